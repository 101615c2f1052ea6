/** Plain-text reader: one article per file, whatever a copy from a browser gave. */
import { decodeBytes } from '../encoding.ts';
import { fail, type ReadItem } from './types.ts';

/** Read one plain-text article from bytes. */
export function readText(source: string, bytes: Uint8Array): ReadItem {
  try {
    const { text, charset } = decodeBytes(bytes);
    if (!text.trim()) return fail(source, 'empty file (only whitespace)');
    return { ok: true, input: { source, format: 'text', text, charset } };
  } catch (err) {
    return fail(source, (err as Error).message);
  }
}
