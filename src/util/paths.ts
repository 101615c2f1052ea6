/** Where things are: the project root, its data/ folder, and ../shared beside the project. */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DATA_DIR = resolve(PROJECT_ROOT, 'data');
export const SAMPLES_DIR = resolve(PROJECT_ROOT, 'samples');
/** ../shared (seeds, contract, data sets), or RASD_SHARED. */
export const SHARED_DIR = process.env.RASD_SHARED ?? resolve(PROJECT_ROOT, '../shared');

/** Path of a file under ../shared, or null when it is absent (tests then skip clearly). */
export function sharedPath(rel: string): string | null {
  const p = resolve(SHARED_DIR, rel);
  return existsSync(p) ? p : null;
}
