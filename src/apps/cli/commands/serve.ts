/**
 * `rasd serve [--db PATH] [--port 8377] [--host 127.0.0.1] [--token T]`: the HTTP API and the
 * web page over one database, until Ctrl-C. Listens on loopback unless told otherwise.
 */
import type { Command } from 'commander';
import { DEFAULT_DB, openStore } from '../../../store/index.ts';
import { startServer } from '../../server/server.ts';
import { loadWebFiles, NOT_BUILT, WEB_DIST } from '../../server/static.ts';
import { EXIT_USAGE } from '../io.ts';

interface ServeOptions {
  db?: string;
  port: string;
  host: string;
  token?: string;
  cache: boolean;
}

function waitForSignal(): Promise<string> {
  return new Promise((resolve) => {
    for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => resolve(sig));
  });
}

export function register(program: Command, setExit: (code: number) => void): void {
  program
    .command('serve')
    .description('serve the HTTP API (/api, /openapi.json) and the web page')
    .option('--db <path>', 'SQLite file or postgres:// URL (default ./rasd.db or RASD_DB)')
    .option('--port <n>', 'port (0: any free port)', '8377')
    .option('--host <addr>', 'address to listen on; loopback unless you mean to share it', '127.0.0.1')
    .option('--token <token>', 'token for POST /api/ingest (default RASD_INGEST_TOKEN; none: ingest off)')
    .option('--no-cache', 'answer every API request from the database (no response cache)')
    .action(async (opts: ServeOptions) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        process.stderr.write(`rasd serve: --port must be 0..65535, got "${opts.port}"\n`);
        setExit(EXIT_USAGE);
        return;
      }
      const db = opts.db ?? process.env.RASD_DB ?? DEFAULT_DB;
      const token = opts.token ?? process.env.RASD_INGEST_TOKEN ?? undefined;
      if (!loadWebFiles()) process.stderr.write(`rasd serve: ${NOT_BUILT} (looked in ${WEB_DIST})\n`);
      const store = await openStore(db);
      let server: Awaited<ReturnType<typeof startServer>>;
      try {
        server = await startServer({
          store,
          host: opts.host,
          port,
          token: token || undefined,
          cache: opts.cache ? undefined : false,
        });
      } catch (err) {
        await store.close();
        process.stderr.write(
          `rasd serve: cannot listen on ${opts.host}:${port}: ${(err as Error).message}\n`,
        );
        setExit(EXIT_USAGE);
        return;
      }
      process.stdout.write(
        `rasd serve: ${server.url}/ (database ${db}; API ${server.url}/api/stories; ` +
          `${server.url}/openapi.json; ingest ${token ? 'on' : 'off: set RASD_INGEST_TOKEN or --token'})\n`,
      );
      await waitForSignal();
      await server.close();
      await store.close();
    });
}
