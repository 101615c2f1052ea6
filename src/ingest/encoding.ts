/**
 * Decoding bytes to text: the charset from the BOM, then a declared one (HTTP/JSONL field or
 * `<meta charset>`), then detection among UTF-8, windows-1256 and ISO-8859-6 by byte
 * statistics. Invalid UTF-8 that is not a legacy Arabic encoding is an error, not mojibake.
 */
import iconv from 'iconv-lite';

/** Text plus the charset it was decoded from. */
export interface Decoded {
  text: string;
  charset: string;
}

const ALIASES: Record<string, string> = {
  utf8: 'utf-8',
  'utf-8': 'utf-8',
  'windows-1256': 'windows-1256',
  cp1256: 'windows-1256',
  'x-cp1256': 'windows-1256',
  'iso-8859-6': 'iso-8859-6',
  'iso8859-6': 'iso-8859-6',
  'iso_8859-6': 'iso-8859-6',
  arabic: 'iso-8859-6',
  'us-ascii': 'utf-8',
  ascii: 'utf-8',
};

/** Canonical charset name, or the lower-cased name when iconv knows it, else null. */
export function canonicalCharset(name: string | undefined | null): string | null {
  if (!name) return null;
  const n = name
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  if (ALIASES[n]) return ALIASES[n];
  return iconv.encodingExists(n) ? n : null;
}

function bomCharset(bytes: Uint8Array): { charset: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', skip: 2 };
  return null;
}

/** The charset a page declares in its first 4 KB (`<meta charset>` or http-equiv), if any. */
export function metaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m ? canonicalCharset(m[1]) : null;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Length of the UTF-8 sequence starting at `i` if it is well-formed, else 0. */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  if (b < 0x80) return 1;
  const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (!len || i + len > bytes.length) return 0;
  for (let k = 1; k < len; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return 0;
  return len;
}

/** Byte offset of the first invalid UTF-8 sequence, or -1 when the bytes are valid UTF-8. */
export function invalidUtf8At(bytes: Uint8Array): number {
  try {
    UTF8.decode(bytes);
    return -1;
  } catch {
    // Slow path only for the error message: walk the sequences to name the offset.
    for (let i = 0; i < bytes.length; ) {
      const len = utf8SequenceAt(bytes, i);
      if (!len) return i;
      i += len;
    }
    return bytes.length;
  }
}

/**
 * Score how Arabic a single-byte decoding looks: the definite article "ال" and the most common
 * letters each decode to different bytes in windows-1256 and ISO-8859-6, so the right
 * encoding gives many more of them; undefined bytes (U+FFFD) count against it.
 */
function arabicScore(text: string): number {
  let score = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) score -= 5;
    else if (c === 0x0627 && text.charCodeAt(i + 1) === 0x0644)
      score += 3; // ال
    else if (c === 0x064a || c === 0x0646 || c === 0x0645 || c === 0x0648 || c === 0x0644) score += 1;
    else if (c >= 0x80 && c < 0x600) score -= 1; // Latin-1 letters in Arabic text: wrong guess
  }
  return score;
}

/** Guess among the legacy Arabic single-byte encodings; null when neither looks Arabic. */
export function detectLegacyArabic(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, 65536);
  let best: string | null = null;
  let bestScore = 0;
  for (const cs of ['windows-1256', 'iso-8859-6']) {
    const s = arabicScore(iconv.decode(Buffer.from(sample), cs));
    if (s > bestScore) {
      best = cs;
      bestScore = s;
    }
  }
  return best;
}

/**
 * Decode `bytes`: BOM, then `declared`, then (for HTML) the meta charset, then detection.
 * Throws "invalid UTF-8 at byte N" when the bytes are neither UTF-8 nor legacy Arabic.
 */
export function decodeBytes(bytes: Uint8Array, declared?: string | null, html = false): Decoded {
  const bom = bomCharset(bytes);
  if (bom)
    return { text: iconv.decode(Buffer.from(bytes.subarray(bom.skip)), bom.charset), charset: bom.charset };
  const stated = canonicalCharset(declared) ?? (html ? metaCharset(bytes) : null);
  if (stated && stated !== 'utf-8')
    return { text: iconv.decode(Buffer.from(bytes), stated), charset: stated };
  const bad = invalidUtf8At(bytes);
  if (bad < 0) return { text: Buffer.from(bytes).toString('utf8'), charset: 'utf-8' };
  // Declared or assumed UTF-8 but not valid: pages saved as windows-1256 often lie about it.
  const legacy = detectLegacyArabic(bytes);
  if (legacy) return { text: iconv.decode(Buffer.from(bytes), legacy), charset: legacy };
  throw new Error(
    `invalid UTF-8 at byte ${bad}${stated ? ' (declared utf-8)' : ''} and not a known Arabic encoding`,
  );
}
