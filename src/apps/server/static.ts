/**
 * Serves the built web page (web/dist) with the right content types. Files are read once and
 * kept in memory: the page is small and never changes while the server runs.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { Context } from 'hono';
import { PROJECT_ROOT } from '../../util/paths.ts';

/** Where `npm run build:web` writes the page. */
export const WEB_DIST = join(PROJECT_ROOT, 'web', 'dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

interface File {
  body: Uint8Array;
  type: string;
}

function walk(dir: string, root: string, out: Map<string, File>): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, root, out);
    else
      out.set(`/${relative(root, path).split(sep).join('/')}`, {
        body: readFileSync(path),
        type: TYPES[extname(name)] ?? 'application/octet-stream',
      });
  }
}

/** The page's files by URL path, or null when the page is not built. */
export function loadWebFiles(dir: string = WEB_DIST): Map<string, File> | null {
  if (!existsSync(join(dir, 'index.html'))) return null;
  const files = new Map<string, File>();
  walk(dir, dir, files);
  return files;
}

/** The message shown when web/dist is missing. */
export const NOT_BUILT =
  'The rasd web page is not built (web/dist is missing). Run `npm run build:web` (npm ci runs it too), then restart `rasd serve`. The API under /api works without it.';

/** A handler for GET requests outside /api: the file, or index.html for page routes. */
export function webHandler(files: Map<string, File> | null) {
  return (c: Context): Response => {
    if (!files) return c.text(NOT_BUILT, 503);
    const path = c.req.path === '/' ? '/index.html' : c.req.path;
    const file = files.get(path) ?? (extname(path) ? undefined : files.get('/index.html'));
    if (!file) return c.text(`not found: ${path}`, 404);
    const immutable = path.startsWith('/assets/');
    return c.body(file.body as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': file.type,
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  };
}
