/**
 * Fetching a feed over HTTP with the limits a long-running watcher needs: http and https only
 * (checked again after every redirect), a bounded number of redirects, one time limit for the
 * whole exchange, a size limit enforced while the body streams in, conditional requests
 * (ETag / Last-Modified) and a content-type check.
 */

/** Limits of one fetch; defaults are the exported constants. */
export interface FetchLimits {
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
}

export const DEFAULT_FEED_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_FEED_TIMEOUT_MS = 20_000;
export const DEFAULT_FEED_MAX_REDIRECTS = 5;

/** What the server said last time, sent back so an unchanged feed costs a 304. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type FetchResult =
  | { status: 'not-modified'; url: string }
  | { status: 'ok'; url: string; bytes: Uint8Array; contentType: string; validators: Validators };

const FEED_TYPES = /xml|rss|atom|rdf|text\/plain|octet-stream/i;

/** Throw unless `url` is an http(s) URL. */
export function checkScheme(url: string): URL {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new Error(`not a URL: ${url}`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new Error(`only http and https feeds are fetched, not ${u.protocol.replace(':', '')}`);
  }
  return u;
}

async function readLimited(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<Uint8Array> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      throw new Error(`feed is larger than the ${maxBytes} bytes limit (raise it with --max-bytes)`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Fetch one feed URL within `limits`, conditionally on `validators`. */
export async function fetchFeed(
  url: string,
  validators: Validators = {},
  limits: FetchLimits = {},
): Promise<FetchResult> {
  const maxBytes = limits.maxBytes ?? DEFAULT_FEED_MAX_BYTES;
  const timeoutMs = limits.timeoutMs ?? DEFAULT_FEED_TIMEOUT_MS;
  const maxRedirects = limits.maxRedirects ?? DEFAULT_FEED_MAX_REDIRECTS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let current = checkScheme(url).href;
  try {
    for (let hop = 0; ; hop++) {
      const headers: Record<string, string> = {
        'user-agent': 'rasd-watch/0.1 (+feed reader)',
        accept: 'application/rss+xml, application/atom+xml, application/xml, text/xml;q=0.9, */*;q=0.1',
      };
      if (validators.etag) headers['if-none-match'] = validators.etag;
      if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
      const res = await fetch(current, { headers, redirect: 'manual', signal: controller.signal });
      if (res.status >= 300 && res.status < 400 && res.status !== 304) {
        await res.body?.cancel();
        const location = res.headers.get('location');
        if (!location) throw new Error(`redirect ${res.status} without a Location header`);
        if (hop >= maxRedirects) throw new Error(`too many redirects (more than ${maxRedirects})`);
        current = checkScheme(new URL(location, current).href).href;
        continue;
      }
      if (res.status === 304) {
        await res.body?.cancel();
        return { status: 'not-modified', url: current };
      }
      if (!res.ok) {
        await res.body?.cancel();
        throw new Error(`HTTP ${res.status}`);
      }
      const contentType = res.headers.get('content-type') ?? '';
      if (contentType && !FEED_TYPES.test(contentType)) {
        await res.body?.cancel();
        throw new Error(`not a feed: content type ${contentType}`);
      }
      const bytes = await readLimited(res.body, maxBytes);
      const next: Validators = {};
      const etag = res.headers.get('etag');
      const lastModified = res.headers.get('last-modified');
      if (etag) next.etag = etag;
      if (lastModified) next.lastModified = lastModified;
      return { status: 'ok', url: current, bytes, contentType, validators: next };
    }
  } catch (err) {
    if (controller.signal.aborted) throw new Error(`timed out after ${timeoutMs} ms`);
    throw err;
  } finally {
    clearTimeout(timer);
  }
}
