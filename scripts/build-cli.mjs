// `npm run build:cli`: bundles the CLI and the article pipeline (for the pool's worker threads)
// into dist/cli with esbuild, npm packages left as imports. Loading the bundle skips tsx's
// per-file transform: a worker process starts with ~0.4 s less CPU, which four workers on a
// two-core machine pay four times. bin/load.mjs uses the bundle only while it is newer than
// every source file, so a stale bundle never runs.
import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = resolve(root, 'dist/cli');
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: {
    main: resolve(root, 'src/apps/cli/main.ts'),
    pipeline: resolve(root, 'src/pipeline/run.ts'),
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  outExtension: { '.js': '.mjs' },
  // src/util/paths.ts finds the project root two folders above its own file: dist/cli keeps that true.
  logLevel: 'warning',
});
