/**
 * JSONL reader: one article per line with the contract's fields (`text` or `html`, and
 * optionally `id`, `source`, `outlet`, `published`, `title`). A page kept as raw bytes can come
 * as `html_base64` with its `charset` (decoded like a saved page: declared charset, meta tag,
 * detection). A broken line is one error naming the file and line; the other lines still read.
 */
import type { RawInput } from '../../doc/types.ts';
import { decodeBytes } from '../encoding.ts';
import { checkHtml } from './html.ts';
import { fail, type ReadItem } from './types.ts';

const STRING_FIELDS = ['id', 'outlet', 'published', 'title', 'url', 'charset'] as const;

/** Turn one parsed JSON line into a RawInput, or throw saying what is wrong with it. */
export function jsonToInput(o: unknown, source: string): RawInput {
  if (!o || typeof o !== 'object' || Array.isArray(o)) throw new Error('not a JSON object');
  const rec = o as Record<string, unknown>;
  const text = typeof rec.text === 'string' ? rec.text : undefined;
  let html = typeof rec.html === 'string' ? rec.html : undefined;
  if (html === undefined && typeof rec.html_base64 === 'string') {
    const decoded = decodeBytes(
      Buffer.from(rec.html_base64, 'base64'),
      rec.charset as string | undefined,
      true,
    );
    const problem = checkHtml(decoded.text);
    if (problem) throw new Error(problem);
    html = decoded.text;
    rec.charset = decoded.charset;
  }
  if (text === undefined && html === undefined)
    throw new Error('needs a "text", "html" or "html_base64" field');
  const input: RawInput = { source, format: 'jsonl' };
  if (html !== undefined) input.html = html;
  else input.text = text;
  for (const f of STRING_FIELDS) {
    const v = rec[f];
    if (typeof v === 'string' && v.trim()) input[f] = v.trim();
    else if (f === 'id' && typeof v === 'number') input.id = String(v);
  }
  // `source` is the article's own URL or path; the RawInput source stays file#line.
  if (typeof rec.source === 'string' && !input.url && /^https?:\/\//i.test(rec.source))
    input.url = rec.source;
  return input;
}

/** Read every line of a JSONL file. */
export function* readJsonl(source: string, bytes: Uint8Array): Generator<ReadItem> {
  let text: string;
  try {
    text = decodeBytes(bytes).text;
  } catch (err) {
    yield fail(source, (err as Error).message);
    return;
  }
  const lines = text.split('\n');
  let any = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    any = true;
    try {
      yield { ok: true, input: jsonToInput(JSON.parse(line), `${source}#${i + 1}`) };
    } catch (err) {
      const msg = err instanceof SyntaxError ? `invalid JSON: ${err.message}` : (err as Error).message;
      yield fail(source, msg, i + 1);
    }
  }
  if (!any) yield fail(source, 'empty file (no JSON lines)');
}
