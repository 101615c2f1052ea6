/**
 * The rasd HTTP application (hono): the JSON API under /api, its OpenAPI description, and the
 * built web page. Every response carries the security headers; errors are JSON.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { timeout } from 'hono/timeout';
import type { Store } from '../../store/store.ts';
import { type CacheOptions, cached, DEFAULT_CACHE, dataVersionOf, ResponseCache } from './cache.ts';
import { ApiError, errorResponse, notFound, onError } from './errors.ts';
import { ingestItems, parseIngestBody } from './ingest.ts';
import { openApiDocument } from './openapi.ts';
import { readRoutes } from './routes.ts';
import { requireToken, securityHeaders } from './security.ts';
import { loadWebFiles, webHandler } from './static.ts';

/** Limits and switches of the application. */
export interface AppOptions {
  store: Store;
  /** Ingest token; without one POST /api/ingest answers 503. */
  token?: string;
  /** Folder of the built page (default web/dist); null serves no page. */
  webDir?: string | null;
  /** Largest ingest body in bytes. */
  maxBodyBytes?: number;
  /** Time limit of a read request in ms. */
  requestTimeoutMs?: number;
  /** Time limit of an ingest request in ms (the pipeline runs inside it). */
  ingestTimeoutMs?: number;
  /** Response cache of the read API (default on); false turns it off. */
  cache?: Partial<CacheOptions> | false;
}

export const DEFAULT_LIMITS = {
  maxBodyBytes: 10 * 1024 * 1024,
  requestTimeoutMs: 10_000,
  ingestTimeoutMs: 300_000,
};

/** Build the application over an open store. */
export function createApp(opts: AppOptions): Hono {
  const limits = { ...DEFAULT_LIMITS, ...opts };
  const app = new Hono();
  const cache =
    opts.cache === false
      ? null
      : new ResponseCache({ ...DEFAULT_CACHE, ...opts.cache }, dataVersionOf(opts.store));
  app.use('*', securityHeaders);
  app.onError(onError);

  const openApi = JSON.stringify(openApiDocument()); // fixed for the life of the process
  app.get('/openapi.json', (c) =>
    c.body(openApi, 200, { 'Content-Type': 'application/json; charset=utf-8' }),
  );

  app.post(
    '/api/ingest',
    timeout(limits.ingestTimeoutMs),
    requireToken(opts.token),
    bodyLimit({
      maxSize: limits.maxBodyBytes,
      onError: (c) =>
        errorResponse(
          c,
          new ApiError(413, 'too_large', `the body is larger than ${limits.maxBodyBytes} bytes`),
        ),
    }),
    async (c) => {
      const items = parseIngestBody(await c.req.text(), c.req.header('content-type') ?? '');
      const result = await ingestItems(opts.store, items);
      if (result.added) cache?.clear();
      return c.json(result, result.added ? 201 : 200);
    },
  );

  // The cache answers first: a hit needs no timer; a miss runs under the time limit.
  if (cache) app.use('/api/*', cached(cache));
  app.use('/api/*', timeout(limits.requestTimeoutMs));
  app.route('/api', readRoutes(opts.store));
  app.all('/api/*', notFound);
  app.all('/openapi.json', notFound);

  const files = opts.webDir === null ? null : loadWebFiles(opts.webDir);
  const web = webHandler(files);
  app.get('*', web);
  app.all('*', (c) =>
    errorResponse(c, new ApiError(405, 'method_not_allowed', `${c.req.method} is not allowed here`)),
  );
  return app;
}
