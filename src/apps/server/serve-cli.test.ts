/** `rasd serve` as a process: it listens on loopback, answers, and stops on SIGTERM. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../util/paths.ts';

const BIN = join(PROJECT_ROOT, 'bin/rasd.mjs');

describe('rasd serve', () => {
  it('serves on 127.0.0.1 and exits on SIGTERM', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'rasd-serve-')), 'x.db');
    const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0'], {
      env: { ...process.env, RASD_INGEST_TOKEN: '' },
    });
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d) => {
        out += d;
        const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
        if (m) resolve(m[1]);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    expect(out).toContain('ingest off');
    const res = await fetch(`${url}/api/stories`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ stories: [], limit: 50, offset: 0 });
    const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });
  const bad: Array<[string[], RegExp]> = [
    [['--port', 'abc'], /--port must be 0\.\.65535/],
    [['--port', '70000'], /--port must be 0\.\.65535/],
  ];
  for (const [args, message] of bad)
    it(`refuses ${args.join(' ')}`, () => {
      const r = spawnSync(process.execPath, [BIN, 'serve', '--db', ':memory:', ...args], {
        encoding: 'utf8',
      });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(message);
    });
});
