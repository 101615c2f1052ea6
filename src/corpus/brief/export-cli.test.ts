import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../util/paths.ts';
import { FLOOD_STORY } from './fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'rasd-export-'));
const files = FLOOD_STORY.map((h) => {
  const f = join(dir, `${h.id}.jsonl`);
  writeFileSync(
    f,
    `${JSON.stringify({ id: h.id, text: h.body, outlet: h.outlet, published: h.published, title: h.title })}\n`,
  );
  return f;
});

function rasd(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin/rasd.mjs'), ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('rasd export --story N PATH...', () => {
  // [format, what the output starts with or holds]
  const CASES: Array<[string, string]> = [
    ['md', '# '],
    ['html', '<!DOCTYPE html>'],
    ['json', '{'],
    ['text', '■ '],
  ];
  for (const [format, start] of CASES) {
    it(`writes ${format}`, () => {
      const r = rasd(['export', '--story', '1', '--format', format, ...files]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout.startsWith(start)).toBe(true);
    });
  }

  it('writes to -o FILE', () => {
    const out = join(dir, 'brief.html');
    const r = rasd(['export', '--story', '1', '--format', 'html', '-o', out, ...files]);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('dir="rtl"');
  });

  // [args, exit status, message]
  const BAD: Array<[string[], number, RegExp]> = [
    [['export', '--story', '1', '--format', 'pdf', files[0]], 2, /unknown format/],
    [['export', '--story', '99', files[0]], 1, /no story/],
    [['export', '--story', '1'], 2, /needs files/],
  ];
  for (const [args, status, message] of BAD) {
    it(`fails clearly: ${args.slice(1).join(' ').replace(dir, '…')}`, () => {
      const r = rasd(args);
      expect(r.status).toBe(status);
      expect(r.stderr).toMatch(message);
    });
  }
});
