/** One JSON value per non-blank line of a JSONL file: the shape every eval data set is read in. */
import { readFileSync } from 'node:fs';

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}
