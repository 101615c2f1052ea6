/**
 * Feed watching against a local HTTP server (127.0.0.1 only): conditional requests, new items
 * only, and servers that misbehave (slow, endless body, redirect loop, wrong type, bad scheme).
 */
import { execFile, spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../util/paths.ts';
import { fetchFeed } from './fetch.ts';
import { FeedState, pollFeeds } from './watch.ts';

const P = 'أعلنت البلدية افتتاح حديقة عامة جديدة في الحي الشرقي تضم ملاعب للأطفال ومسارات للمشي وتفتح يوميا.';
const item = (n: number) =>
  `<item><title>خبر ${n}</title><link>http://127.0.0.1/a/${n}</link><guid>g${n}</guid><pubDate>Tue, 04 Jan 2022 10:00:00 GMT</pubDate><description>${P}</description></item>`;
let items = [1, 2];
const feed = () =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>صحيفة</title><link>http://x</link>${items.map(item).join('')}</channel></rss>`;

let server: Server;
let base = '';
const hits: Record<string, number> = {};
const conditional: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits[path] = (hits[path] ?? 0) + 1;
    if (path === '/feed') {
      const etag = `"v${items.length}"`;
      if (req.headers['if-none-match'] === etag) {
        conditional.push('etag');
        res.writeHead(304).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(feed());
    } else if (path === '/modified') {
      const lm = 'Tue, 04 Jan 2022 10:00:00 GMT';
      if (req.headers['if-modified-since'] === lm) {
        conditional.push('last-modified');
        res.writeHead(304).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/xml', 'last-modified': lm }).end(feed());
    } else if (path === '/slow') {
      setTimeout(() => res.writeHead(200, { 'content-type': 'text/xml' }).end(feed()), 3000);
    } else if (path === '/endless') {
      res.writeHead(200, { 'content-type': 'application/xml' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      const push = () => {
        // Bounded: stops by itself after 64 MB even if the client keeps reading.
        while (sent < 1024 && res.write(chunk)) sent++;
        if (sent < 1024 && !res.destroyed) res.once('drain', push);
        else res.end();
      };
      push();
    } else if (path.startsWith('/loop')) {
      res.writeHead(302, { location: path === '/loop/a' ? '/loop/b' : '/loop/a' }).end();
    } else if (path === '/to-file') {
      res.writeHead(301, { location: 'file:///etc/passwd' }).end();
    } else if (path === '/moved') {
      res.writeHead(301, { location: '/feed' }).end();
    } else if (path === '/image') {
      res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    } else if (path === '/html') {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>not a feed</body></html>');
    } else if (path === '/notxml') {
      res.writeHead(200, { 'content-type': 'application/xml' }).end('هذا ليس XML');
    } else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('pollFeeds', () => {
  it('returns items once, then only new ones, with conditional requests', async () => {
    items = [1, 2];
    const state = new FeedState();
    const first = await pollFeeds([`${base}/feed`], state);
    expect(first.items.map((i) => i.title)).toEqual(['خبر 1', 'خبر 2']);
    expect(first.items[0]).toMatchObject({ outlet: 'صحيفة', url: 'http://127.0.0.1/a/1' });
    const again = await pollFeeds([`${base}/feed`], state);
    expect(again).toEqual({ items: [], errors: [] });
    expect(conditional).toContain('etag');
    items = [1, 2, 3];
    const third = await pollFeeds([`${base}/feed`], state);
    expect(third.items.map((i) => i.title)).toEqual(['خبر 3']);
  });

  it('sends If-Modified-Since', async () => {
    const state = new FeedState();
    await pollFeeds([`${base}/modified`], state);
    await pollFeeds([`${base}/modified`], state);
    expect(conditional).toContain('last-modified');
  });

  it('follows a redirect to a feed', async () => {
    const r = await fetchFeed(`${base}/moved`);
    expect(r.status === 'ok' && r.url).toBe(`${base}/feed`);
  });

  const bad: Array<[string, string, RegExp]> = [
    ['slow server', '/slow', /timed out after 500 ms/],
    ['endless body', '/endless', /larger than the 1048576 bytes limit/],
    ['redirect loop', '/loop/a', /too many redirects/],
    ['redirect to file:', '/to-file', /only http and https/],
    ['wrong content type', '/image', /not a feed: content type image\/png/],
    ['HTML page', '/html', /not a feed: content type text\/html/],
    ['not XML', '/notxml', /feed is not XML/],
    ['missing', '/missing', /HTTP 404/],
  ];
  it.each(bad)('%s: one error, the other feeds still read', async (_name, path, message) => {
    items = [1];
    const r = await pollFeeds([`${base}${path}`, `${base}/feed`], new FeedState(), {
      timeoutMs: 500,
      maxBytes: 1024 * 1024,
      maxRedirects: 3,
    });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].message).toMatch(message);
    expect(r.items).toHaveLength(1);
  });

  it.each(['ftp://127.0.0.1/feed', 'file:///etc/passwd', 'javascript:alert(1)'])(
    'refuses %s',
    async (url) => {
      const r = await pollFeeds([url], new FeedState());
      expect(r.errors[0].message).toMatch(/only http and https/);
    },
  );
});

describe('rasd watch', () => {
  it('prints new items as JSON lines with --once', async () => {
    items = [1, 2];
    // Asynchronous: the server runs in this process and must keep answering.
    const run = await promisify(execFile)(
      'node',
      [join(PROJECT_ROOT, 'bin/rasd.mjs'), 'watch', `${base}/feed`, '--once'],
      {
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.title)).toEqual(['خبر 1', 'خبر 2']);
    expect(lines[0]).toMatchObject({ outlet: 'صحيفة', published: '2022-01-04T10:00:00.000Z', body: P });
  });

  it('refuses a non-http URL with a usage error', () => {
    const run = spawnSync(
      'node',
      [join(PROJECT_ROOT, 'bin/rasd.mjs'), 'watch', 'ftp://example.test/feed', '--once'],
      {
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/only http and https/);
  });
});
