/**
 * Golden pages: every test/pages/<behaviour>/source.html, read through the HTML reader (so the
 * encoding is detected as for a user's file) and cleaned, must give expected.txt as its body and
 * the metadata in expected.json.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanRaw } from '../../src/clean/index.ts';
import { readHtml } from '../../src/ingest/readers/html.ts';

const here = import.meta.dirname;
const pages = readdirSync(here)
  .filter((d) => existsSync(join(here, d, 'source.html')))
  .sort();

/** Clean a golden page the way `rasd analyze page.html` would. */
function cleanPage(dir: string) {
  const item = readHtml(join(dir, 'source.html'), readFileSync(join(dir, 'source.html')));
  if (!item.ok) throw new Error(item.error.message);
  return cleanRaw(item.input);
}

describe('golden pages', () => {
  it('has at least 20 pages from at least 6 kinds of site', () => {
    expect(pages.length).toBeGreaterThanOrEqual(20);
    expect(new Set(pages.map((p) => p.split('-')[0])).size).toBeGreaterThanOrEqual(6);
  });

  it.each(pages)('%s', (name) => {
    const dir = join(here, name);
    const got = cleanPage(dir);
    expect(got.body).toBe(readFileSync(join(dir, 'expected.txt'), 'utf8').trim());
    const meta = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, unknown>;
    for (const [key, value] of Object.entries(meta)) {
      expect({ [key]: (got as unknown as Record<string, unknown>)[key] }).toEqual({ [key]: value });
    }
  });
});
