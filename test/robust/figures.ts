/** The robustness suite records its figures in .artifacts/robust-figures.json for `npm run eval`. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/util/paths.ts';

export const FIGURES_FILE = join(PROJECT_ROOT, '.artifacts/robust-figures.json');

/** Merge `figures` into the file (several test files write to it in turn). */
export function recordFigures(figures: Record<string, number>): void {
  mkdirSync(join(PROJECT_ROOT, '.artifacts'), { recursive: true });
  const current = existsSync(FIGURES_FILE) ? JSON.parse(readFileSync(FIGURES_FILE, 'utf8')) : {};
  writeFileSync(FIGURES_FILE, JSON.stringify({ ...current, ...figures, updated: Date.now() }, null, 1));
}
