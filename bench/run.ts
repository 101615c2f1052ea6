/**
 * `npm run bench [-- --json] [-- --only NAME] [-- --full]`: runs every `bench/*.bench.ts`
 * module and prints their throughput figures (and ratios against peer libraries).
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Figures, printFigures } from './figures.ts';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const json = args.includes('--json');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;

const figures: Figures = {};
for (const file of readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort()) {
  const name = file.replace(/\.bench\.ts$/, '');
  if (only && !name.includes(only)) continue;
  try {
    const mod = await import(join(here, file));
    Object.assign(figures, await mod.default({ full: args.includes('--full') }));
  } catch (err) {
    process.stderr.write(`bench ${name}: failed: ${(err as Error).stack}\n`);
    figures[`${name}.error`] = 1;
  }
}
printFigures(figures, json);
