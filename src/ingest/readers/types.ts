/** What every reader yields: one raw input per article, or one error naming the input. */
import type { InputError, RawInput } from '../../doc/types.ts';

export type ReadItem = { ok: true; input: RawInput } | { ok: false; error: InputError };

/** An error item for `source` (and optionally a line number). */
export function fail(source: string, message: string, line?: number): ReadItem {
  return { ok: false, error: line === undefined ? { source, message } : { source, line, message } };
}
