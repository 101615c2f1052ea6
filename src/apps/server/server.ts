/**
 * Starting and stopping the HTTP server (node's http through @hono/node-server). Used by
 * `rasd serve`, the tests and the benchmark.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { type AppOptions, createApp } from './app.ts';

/** A running server. */
export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Listen on `host:port` (port 0: any free port) and resolve once listening. */
export function startServer(opts: AppOptions & { host?: string; port?: number }): Promise<RunningServer> {
  const app = createApp(opts);
  const host = opts.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, hostname: host, port: opts.port ?? 8377 },
      (info: AddressInfo) => {
        const shown = host.includes(':') ? `[${host}]` : host;
        resolve({
          url: `http://${shown}:${info.port}`,
          port: info.port,
          close: () =>
            new Promise<void>((done) => {
              if ('closeAllConnections' in server) server.closeAllConnections();
              server.close(() => done());
            }),
        });
      },
    );
    server.once('error', reject);
    // Slow clients must not hold sockets forever.
    if ('requestTimeout' in server) server.requestTimeout = 60_000;
    if ('headersTimeout' in server) server.headersTimeout = 15_000;
  });
}
