/** Every shipped data file is in data/catalogue.json with its checksum and a stated provenance. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/util/paths.ts';

it('data/catalogue.json is current and every data file states its provenance', () => {
  const r = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/catalogue.mjs'), '--check'], {
    encoding: 'utf8',
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
});
