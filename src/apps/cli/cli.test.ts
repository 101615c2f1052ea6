/** The CLI as a user runs it: exit codes, one error line per bad input, the rest still analysed. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../util/paths.ts';

const BIN = join(PROJECT_ROOT, 'bin/rasd.mjs');

function rasd(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, CI: '' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function fixtureDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rasd-cli-'));
  writeFileSync(join(dir, 'good.txt'), 'عنوان الخبر\n\nقال وزير المالية إن الاقتصاد ينمو بثبات هذا العام.\n');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'notes.docx'), 'x');
  writeFileSync(
    join(dir, 'feed.jsonl'),
    `${JSON.stringify({ id: 'a1', text: 'افتتح المعرض الدولي للكتاب أبوابه اليوم.' })}\n{broken json\n${JSON.stringify({ id: 'a2', title: 'بلا نص' })}\n`,
  );
  return dir;
}

describe('rasd CLI', () => {
  it('exits 0 when every input was read', () => {
    const dir = fixtureDir();
    const r = rasd(['analyze', join(dir, 'good.txt'), '--json']);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out).documents).toHaveLength(1);
  });

  it('reports each bad input on one line naming the file (and line), analyses the rest, exits 1', () => {
    const dir = fixtureDir();
    const r = rasd(['analyze', dir, join(dir, 'notes.docx'), join(dir, 'missing.txt'), '--json']);
    expect(r.code).toBe(1);
    const lines = r.err.trim().split('\n');
    expect(lines.some((l) => l.includes('empty.txt') && /empty/.test(l))).toBe(true);
    expect(lines.some((l) => l.includes('feed.jsonl:2'))).toBe(true);
    expect(lines.some((l) => l.includes('feed.jsonl:3'))).toBe(true);
    expect(lines.some((l) => l.includes('notes.docx'))).toBe(true);
    expect(lines.some((l) => l.includes('missing.txt'))).toBe(true);
    const ids = JSON.parse(r.out).documents.map((d: { id: string }) => d.id);
    expect(ids).toContain('a1');
    expect(ids).toHaveLength(2);
  });

  it('reads stdin with -', () => {
    const r = rasd(['analyze', '-', '--json'], 'خبر قصير عن افتتاح مستشفى جديد في المدينة.');
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out).documents[0].source).toBe('stdin');
  });

  it('exits 2 on a usage error', () => {
    expect(rasd(['analyze']).code).toBe(2);
    expect(rasd(['no-such-command']).code).toBe(2);
  });

  it('ingest is idempotent by content hash', () => {
    const dir = fixtureDir();
    const db = join(dir, 'test.db');
    const first = rasd(['ingest', join(dir, 'good.txt'), '--db', db, '--json']);
    expect(JSON.parse(first.out)).toMatchObject({ added: 1, existing: 0 });
    const again = rasd(['ingest', join(dir, 'good.txt'), '--db', db, '--json']);
    expect(JSON.parse(again.out)).toMatchObject({ added: 0, existing: 1 });
    const stories = JSON.parse(rasd(['stories', '--db', db, '--json']).out);
    expect(stories).toHaveLength(1);
    const story = rasd(['story', stories[0].id, '--db', db]);
    expect(story.code).toBe(0);
    expect(rasd(['story', 'nope', '--db', db]).code).toBe(1);
  });
});
