/**
 * HTML reader: decodes a saved page in whatever encoding it is in, and refuses pages that are
 * truncated or nested deeper than a browser would build, each with one clear error.
 */
import { Parser } from 'htmlparser2';
import { decodeBytes } from '../encoding.ts';
import { DEFAULT_MAX_HTML_DEPTH } from '../limits.ts';
import { fail, type ReadItem } from './types.ts';

/** Deepest element nesting of `html` (implied closes and void elements handled by the parser). */
export function htmlDepth(html: string, stopAt = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let max = 0;
  const parser = new Parser(
    {
      onopentag() {
        depth++;
        if (depth > max) max = depth;
        if (max > stopAt) parser.pause();
      },
      onclosetag() {
        depth--;
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
  return max;
}

/** Why the page looks cut off (ends inside a tag, or opens <body> and never closes it), or null. */
export function truncation(html: string): string | null {
  const tail = html.slice(-2048).trimEnd();
  const lastOpen = tail.lastIndexOf('<');
  if (lastOpen > tail.lastIndexOf('>')) return 'ends inside a tag';
  if (/<body[\s>]/i.test(html) && !/<\/(body|html)\s*>/i.test(html.slice(-65536))) {
    return 'has <body> but no </body> or </html>';
  }
  return null;
}

/** Check a decoded page; returns an error message or null. */
export function checkHtml(html: string, maxDepth = DEFAULT_MAX_HTML_DEPTH): string | null {
  if (!html.trim()) return 'empty page';
  const cut = truncation(html);
  if (cut) return `truncated HTML: ${cut}`;
  const depth = htmlDepth(html, maxDepth);
  if (depth > maxDepth) return `HTML nested deeper than ${maxDepth} elements`;
  return null;
}

/** Read one HTML page from bytes. */
export function readHtml(source: string, bytes: Uint8Array, declared?: string, maxDepth?: number): ReadItem {
  let decoded: ReturnType<typeof decodeBytes>;
  try {
    decoded = decodeBytes(bytes, declared, true);
  } catch (err) {
    return fail(source, (err as Error).message);
  }
  const problem = checkHtml(decoded.text, maxDepth);
  if (problem) return fail(source, problem);
  return { ok: true, input: { source, format: 'html', html: decoded.text, charset: decoded.charset } };
}
