// Loads one of rasd's TypeScript entry points: from the bundle `npm run build:cli` wrote to
// dist/cli when it is newer than every file under src/, else from the sources through tsx (no
// build step is needed while developing, and an edit after a build is never shadowed).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Newest modification time (ms) of the files under `dir`. */
function newestUnder(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (e.isFile()) newest = Math.max(newest, statSync(join(e.parentPath, e.name)).mtimeMs);
  return newest;
}

function freshBundle(name) {
  if (process.env.RASD_NO_BUNDLE) return null;
  const file = resolve(root, 'dist/cli', `${name}.mjs`);
  if (!existsSync(file)) return null;
  return statSync(file).mtimeMs > newestUnder(resolve(root, 'src')) ? file : null;
}

/** The module `name` (bundle entry) or, without a fresh bundle, `source` (path under the project). */
export async function loadEntry(name, source) {
  const bundle = freshBundle(name);
  if (bundle) return import(pathToFileURL(bundle).href);
  const { register } = await import('tsx/esm/api');
  register();
  return import(pathToFileURL(resolve(root, source)).href);
}
