/**
 * WARC reader (CC-NEWS style crawls) through warcio: every `response` record with an HTML
 * payload becomes one article, its URL from WARC-Target-URI and its charset from the HTTP
 * Content-Type header when given.
 */
import { WARCParser } from 'warcio';
import { canonicalCharset } from '../encoding.ts';
import { readHtml } from './html.ts';
import { fail, type ReadItem } from './types.ts';

function headerCharset(contentType: string | null | undefined): string | undefined {
  const m = contentType ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType) : null;
  return canonicalCharset(m?.[1]) ?? undefined;
}

/** Read every HTML response of a WARC file (already gunzipped or not: warcio inflates both). */
export async function* readWarc(
  source: string,
  bytes: Uint8Array,
  maxDepth?: number,
): AsyncGenerator<ReadItem> {
  let n = 0;
  let count = 0;
  try {
    for await (const record of new WARCParser([bytes])) {
      n++;
      if (record.warcType !== 'response') continue;
      const type = record.httpHeaders?.headers.get('content-type') ?? '';
      if (type && !/html/i.test(type)) continue;
      const payload = await record.readFully(true);
      if (!payload.length) continue;
      const url = record.warcTargetURI ?? undefined;
      const item = readHtml(`${source}#${n}`, payload, headerCharset(type), maxDepth);
      if (item.ok && url) item.input.url = url;
      if (item.ok) item.input.format = 'warc';
      count++;
      yield item;
    }
  } catch (err) {
    yield fail(source, `broken WARC after record ${n}: ${(err as Error).message}`);
    return;
  }
  if (!count) yield fail(source, n ? 'WARC has no HTML response records' : 'not a WARC file (no records)');
}
