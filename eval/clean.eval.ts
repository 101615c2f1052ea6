/**
 * Cleaning accuracy: the article-extraction benchmark (scrapinghub, 181 English pages) for
 * rasd and for Readability (@mozilla/readability over linkedom) side by side, our Arabic golden
 * pages (test/pages), and the one Arabic page of trafilatura's test set with its must/must-not
 * snippets.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { cleanRaw } from '../src/clean/index.ts';
import { corpusScore } from '../src/clean/metric.ts';
import { readInputs } from '../src/ingest/index.ts';
import { readHtml } from '../src/ingest/readers/html.ts';
import { PROJECT_ROOT, sharedPath } from '../src/util/paths.ts';

/** Main text by Readability, the npm peer (empty when it fails). */
export function readabilityText(html: string): string {
  try {
    const { document } = parseHTML(html);
    return new Readability(document as unknown as Document).parse()?.textContent ?? '';
  } catch {
    return '';
  }
}

/** The scrapinghub pages as [id, html, truth body]. */
export function scrapinghubPages(): Array<{ id: string; html: string; truth: string; url?: string }> {
  const dir = sharedPath('data/extraction/scrapinghub');
  if (!dir) return [];
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8'));
  return readdirSync(join(dir, 'html'))
    .sort()
    .map((f) => {
      const id = f.replace(/\.html\.gz$/, '');
      const html = gunzipSync(readFileSync(join(dir, 'html', f))).toString('utf8');
      return { id, html, truth: truth[id]?.articleBody ?? '', url: truth[id]?.url };
    });
}

function scrapinghub(): Record<string, number> {
  const pages = scrapinghubPages();
  if (!pages.length) {
    process.stderr.write('eval clean: ../shared/data/extraction/scrapinghub absent, skipped\n');
    return {};
  }
  const ours = pages.map((p): [string, string] => [
    p.truth,
    cleanRaw({ source: p.id, format: 'html', html: p.html }).body,
  ]);
  const theirs = pages.map((p): [string, string] => [p.truth, readabilityText(p.html)]);
  const a = corpusScore(ours);
  const b = corpusScore(theirs);
  return {
    'clean.scrapinghub.f1': a.f1,
    'clean.scrapinghub.precision': a.precision,
    'clean.scrapinghub.recall': a.recall,
    'clean.scrapinghub.tokenF1': corpusScore(ours, 1).f1,
    'clean.readability.scrapinghub.f1': b.f1,
    'clean.readability.scrapinghub.precision': b.precision,
    'clean.readability.scrapinghub.recall': b.recall,
    'clean.readability.scrapinghub.tokenF1': corpusScore(theirs, 1).f1,
  };
}

/** A golden page decoded as the HTML reader decodes a user's file (windows-1256 pages too). */
function decodePage(path: string): string {
  const item = readHtml(path, readFileSync(path));
  return item.ok ? (item.input.html ?? '') : '';
}

/** Golden pages: test/pages/<behaviour>/{source.html,expected.txt}. */
export function goldenPages(): Array<{
  name: string;
  html: string;
  expected: string;
  meta: Record<string, unknown>;
}> {
  const dir = join(PROJECT_ROOT, 'test/pages');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((d) => existsSync(join(dir, d, 'source.html')))
    .sort()
    .map((d) => ({
      name: d,
      html: decodePage(join(dir, d, 'source.html')),
      expected: readFileSync(join(dir, d, 'expected.txt'), 'utf8').trim(),
      meta: existsSync(join(dir, d, 'expected.json'))
        ? JSON.parse(readFileSync(join(dir, d, 'expected.json'), 'utf8'))
        : {},
    }));
}

function arabic(): Record<string, number> {
  const pages = goldenPages();
  if (!pages.length) return {};
  const pairs = pages.map((p): [string, string] => [
    p.expected,
    cleanRaw({ source: p.name, format: 'html', html: p.html }).body,
  ]);
  const exact = pairs.filter(([e, g]) => e === g).length;
  return {
    'clean.arabic.f1': corpusScore(pairs, 1).f1,
    'clean.arabic.shingleF1': corpusScore(pairs).f1,
    'clean.arabic.exact': exact / pages.length,
    'clean.arabic.pages': pages.length,
  };
}

function trafilaturaPage(): Record<string, number> {
  const dir = sharedPath('data/extraction/trafilatura');
  if (!dir) return {};
  const expected = JSON.parse(readFileSync(join(dir, 'assabah.com.tn.article.expected.json'), 'utf8'));
  const html = readFileSync(join(dir, 'assabah.com.tn.article.html'), 'utf8');
  const body = cleanRaw({ source: 'assabah', format: 'html', html, url: expected.url }).body;
  const withFound = (expected.with as string[]).filter((s) => body.includes(s)).length;
  const withoutFound = (expected.without as string[]).filter((s) => body.includes(s)).length;
  return {
    'clean.trafilaturaPage.ok': withFound === expected.with.length && withoutFound === 0 ? 1 : 0,
    'clean.trafilaturaPage.withFound': withFound,
    'clean.trafilaturaPage.withTotal': expected.with.length,
    'clean.trafilaturaPage.withoutFound': withoutFound,
  };
}

/**
 * The project's sample corpus (samples/truth.json plants every noise line with its kind): share
 * of noise lines removed from the bodies, and titles and outlets found.
 */
async function samples(): Promise<Record<string, number>> {
  const truthPath = join(PROJECT_ROOT, 'samples/truth.json');
  if (!existsSync(truthPath)) return {};
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')).articles as Record<string, SampleTruth>;
  let noise = 0;
  let removed = 0;
  let titles = 0;
  let outlets = 0;
  let n = 0;
  for await (const item of readInputs([join(PROJECT_ROOT, 'samples/corpus')])) {
    if (!item.ok) continue;
    const name = item.input.source.split('/').pop() ?? '';
    const key = Object.keys(truth).find(
      (k) => k === name || (item.input.id && k === `${name.split('#')[0]}#${item.input.id}`),
    );
    const t = key ? truth[key] : undefined;
    if (!t) continue;
    n++;
    const c = cleanRaw(item.input);
    if (c.title === t.title) titles++;
    if (c.outlet === t.outlet) outlets++;
    const paras = c.body.split('\n\n');
    for (const [kind, lines] of Object.entries(t.noise ?? {})) {
      if (kind === 'title') continue;
      for (const line of lines) {
        noise++;
        // Short noise ("عربي", "مشاركة") also occurs inside sentences: only a whole paragraph counts.
        const left = line.split(/\s+/).length < 5 ? paras.includes(line) : c.body.includes(line);
        if (!left) removed++;
      }
    }
  }
  if (!n) return {};
  return {
    'clean.samples.noiseRemoved': removed / noise,
    'clean.samples.titleAcc': titles / n,
    'clean.samples.outletAcc': outlets / n,
  };
}

interface SampleTruth {
  title: string;
  outlet: string;
  noise?: Record<string, string[]>;
}

export default async function (): Promise<Record<string, number>> {
  return { ...scrapinghub(), ...arabic(), ...trafilaturaPage(), ...(await samples()) };
}
