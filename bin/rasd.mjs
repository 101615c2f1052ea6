#!/usr/bin/env node
// Entry point of the `rasd` command: runs the built CLI when it is up to date, else the
// TypeScript sources through tsx (see load.mjs).
import { loadEntry } from './load.mjs';

const { main } = await loadEntry('main', 'src/apps/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
