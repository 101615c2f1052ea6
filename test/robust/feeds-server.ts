/**
 * A local HTTP server (127.0.0.1, ephemeral port) with feeds that misbehave: slow, endless,
 * redirect loops, wrong content types, not XML, redirects to other schemes, a gzip bomb, hang-ups.
 * Each route says how `rasd watch` must refuse it; two routes are good feeds to be read anyway.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { synthArticle } from './synth.ts';

/** One route: what it does, and the error it must end in (null: a good feed, read and stored). */
export interface FeedRoute {
  path: string;
  /** False for routes only reached through a redirect. */
  listed?: false;
  expect: RegExp | null;
  handle: (res: ServerResponse, base: string) => void;
}

/** Items of a good feed: distinct synthetic articles. */
export function goodRss(from: number, n: number): string {
  const items = Array.from({ length: n }, (_, k) => {
    const a = synthArticle(300_000 + from + k);
    const body = a.text
      .split('\n\n')
      .map((p) => `<p>${p}</p>`)
      .join('');
    return `<item><title>${a.title}</title><link>https://example.org/feed/${from + k}</link><guid>feed-${from + k}</guid><pubDate>Tue, 04 Mar 2025 09:00:00 GMT</pubDate><description><![CDATA[${body}]]></description></item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>صحيفة المراقبة</title><link>https://example.org/</link><description>أخبار</description>${items.join('')}</channel></rss>`;
}

/** Time limit passed to `rasd watch --timeout` in the test (seconds). */
export const WATCH_TIMEOUT_S = 4;
/** Size limit passed to `rasd watch --max-bytes`. */
export const WATCH_MAX_BYTES = 1_000_000;

const xml = (res: ServerResponse, body: string, type = 'application/rss+xml; charset=utf-8') => {
  res.writeHead(200, { 'content-type': type });
  res.end(body);
};

/** Keep writing `chunk` every `everyMs` until the client goes away. */
function stream(res: ServerResponse, chunk: string, everyMs: number): void {
  res.writeHead(200, { 'content-type': 'application/rss+xml' });
  res.write('<?xml version="1.0"?><rss version="2.0"><channel><title>بلا نهاية</title>');
  const timer = setInterval(() => {
    if (res.destroyed) return clearInterval(timer);
    res.write(chunk);
  }, everyMs);
  res.on('close', () => clearInterval(timer));
}

export const ROUTES: FeedRoute[] = [
  { path: '/good', expect: null, handle: (res) => xml(res, goodRss(0, 3)) },
  { path: '/good-text-xml', expect: null, handle: (res) => xml(res, goodRss(10, 2), 'text/xml') },
  {
    path: '/slow-headers',
    expect: /timed out/i,
    handle: (res) => {
      const t = setTimeout(() => xml(res, goodRss(20, 1)), 120_000);
      res.on('close', () => clearTimeout(t));
    },
  },
  {
    path: '/slow-body',
    expect: /timed out/i,
    handle: (res) => stream(res, '<!-- . -->', 1000),
  },
  {
    path: '/endless',
    expect: /larger than|limit/i,
    handle: (res) => stream(res, `<item><title>${'ن'.repeat(2000)}</title></item>`, 1),
  },
  {
    path: '/redirect-loop',
    expect: /redirect/i,
    handle: (res) => {
      res.writeHead(302, { location: '/redirect-loop' });
      res.end();
    },
  },
  {
    path: '/redirect-ping',
    expect: /redirect/i,
    handle: (res) => {
      res.writeHead(301, { location: '/redirect-pong' });
      res.end();
    },
  },
  {
    path: '/redirect-pong',
    listed: false,
    expect: /redirect/i,
    handle: (res) => {
      res.writeHead(307, { location: '/redirect-ping' });
      res.end();
    },
  },
  {
    path: '/redirect-to-file',
    expect: /http and https|scheme|file/i,
    handle: (res) => {
      res.writeHead(302, { location: 'file:///etc/passwd' });
      res.end();
    },
  },
  {
    path: '/redirect-to-ftp',
    expect: /http and https|scheme|ftp/i,
    handle: (res) => {
      res.writeHead(302, { location: 'ftp://127.0.0.1/feed.xml' });
      res.end();
    },
  },
  {
    path: '/wrong-type-html',
    expect: /content type|not a feed/i,
    handle: (res) =>
      xml(res, '<!doctype html><html><body><p>صفحة لا خلاصة</p></body></html>', 'text/html; charset=utf-8'),
  },
  {
    path: '/wrong-type-image',
    expect: /content type|not a feed/i,
    handle: (res) => xml(res, '\x89PNG\r\n\x1a\n', 'image/png'),
  },
  {
    path: '/not-xml',
    expect: /not XML|not an RSS/i,
    handle: (res) => xml(res, JSON.stringify({ items: [synthArticle(300_100)] })),
  },
  {
    path: '/xml-not-feed',
    expect: /not an RSS|feed/i,
    handle: (res) =>
      xml(res, '<?xml version="1.0"?><kml><Document><name>خريطة</name></Document></kml>', 'application/xml'),
  },
  {
    path: '/http-500',
    expect: /500/,
    handle: (res) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('boom');
    },
  },
  {
    path: '/gzip-bomb',
    expect: /larger than|limit/i,
    handle: (res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' });
      res.end(BOMB());
    },
  },
  {
    path: '/hang-up',
    expect: /terminated|socket|closed|fetch failed|aborted|other side/i,
    handle: (res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': '100000' });
      res.write('<?xml version="1.0"?><rss version="2.0"><channel>');
      setTimeout(() => res.socket?.destroy(), 50);
    },
  },
];

let bomb: Buffer | undefined;
/** 100 MB of spaces, gzipped once (about 100 KB), served with Content-Encoding: gzip. */
function BOMB(): Buffer {
  bomb ??= gzipSync(Buffer.alloc(100 * 1024 * 1024, 0x20), { level: 9 });
  return bomb;
}

export interface FeedServer {
  base: string;
  close(): Promise<void>;
}

/** Start the misbehaving server on 127.0.0.1 with an ephemeral port. */
export async function startFeedServer(): Promise<FeedServer> {
  const byPath = new Map(ROUTES.map((r) => [r.path, r]));
  let base = '';
  const server: Server = createServer((req, res) => {
    const route = byPath.get(new URL(req.url ?? '/', base).pathname);
    if (!route) {
      res.writeHead(404);
      res.end();
      return;
    }
    route.handle(res, base);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
