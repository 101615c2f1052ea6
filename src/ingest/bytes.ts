/**
 * Byte-level checks before decoding: gzip with a decompressed-size limit (a gzip bomb stops at
 * the limit instead of filling memory) and recognizing binary files by magic numbers and NULs.
 */
import { gunzipSync } from 'node:zlib';
import { tooLargeMessage } from './limits.ts';

/** True when the bytes start with the gzip magic number. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Decompress gzip (several members too), throwing a clear error past `limit` bytes. */
export function gunzipLimited(bytes: Uint8Array, limit: number): Buffer {
  try {
    return gunzipSync(bytes, { maxOutputLength: limit });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) {
      throw new Error(tooLargeMessage(null, limit, 'decompressed gzip'));
    }
    throw new Error(`not valid gzip: ${e.message}`);
  }
}

const MAGIC: Array<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['WebP/RIFF file', [0x52, 0x49, 0x46, 0x46]],
  ['SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65]],
];

/** Why the bytes look binary ("PNG image", "binary data (NUL bytes)"), or null for text. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const [name, sig] of MAGIC) {
    if (sig.every((b, i) => bytes[i] === b)) return name;
  }
  // UTF-16 text has NULs too; its BOM is handled by the decoder before this check matters.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return null;
  const n = Math.min(bytes.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return 'binary data (NUL bytes)';
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) controls++;
  }
  return n > 0 && controls / n > 0.1 ? 'binary data (control bytes)' : null;
}
