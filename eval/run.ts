/**
 * `npm run eval [-- --json] [-- --only NAME]`: runs every `eval/*.eval.ts` module, each scoring
 * one stage on real data, and prints one flat object of dotted keys (or a table), then checks
 * the floors in eval/baseline.json.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Figures, printFigures } from '../bench/figures.ts';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const json = args.includes('--json');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;

const figures: Figures = {};
const modules = readdirSync(here)
  .filter((f) => f.endsWith('.eval.ts'))
  .sort();
for (const file of modules) {
  const name = file.replace(/\.eval\.ts$/, '');
  if (only && !name.includes(only)) continue;
  const started = Date.now();
  try {
    const mod = await import(join(here, file));
    Object.assign(figures, await mod.default());
  } catch (err) {
    process.stderr.write(`eval ${name}: failed: ${(err as Error).stack}\n`);
    figures[`${name}.error`] = 1;
  }
  if (!json) process.stderr.write(`eval ${name}: ${((Date.now() - started) / 1000).toFixed(1)}s\n`);
}
printFigures(figures, json);

// Floors: a figure below its floor in baseline.json fails the run (exit 1).
const baselinePath = join(here, 'baseline.json');
if (existsSync(baselinePath)) {
  const floors = JSON.parse(readFileSync(baselinePath, 'utf8')) as Record<string, number>;
  const below = Object.entries(floors).filter(
    ([k, v]) => typeof figures[k] === 'number' && (figures[k] as number) < v,
  );
  for (const [k, v] of below) process.stderr.write(`eval: ${k} = ${figures[k]} is below its floor ${v}\n`);
  if (below.length) process.exitCode = 1;
}
