/**
 * Cleaning speed on the scrapinghub pages: rasd's HTML cleaning (htmlparser2) against
 * Readability over linkedom, in the same run.
 */

import { readabilityText, scrapinghubPages } from '../eval/clean.eval.ts';
import { cleanRaw } from '../src/clean/index.ts';

function pagesPerSec(pages: string[], run: (html: string) => unknown, minMs: number): number {
  let n = 0;
  const start = performance.now();
  do {
    for (const html of pages) {
      run(html);
      n++;
    }
  } while (performance.now() - start < minMs);
  return n / ((performance.now() - start) / 1000);
}

export default async function ({ full }: { full?: boolean } = {}): Promise<Record<string, number>> {
  const all = scrapinghubPages().map((p) => p.html);
  if (!all.length) {
    process.stderr.write('bench clean: ../shared/data/extraction/scrapinghub absent, skipped\n');
    return {};
  }
  const pages = full ? all : all.slice(0, 60);
  const ours = (html: string) => cleanRaw({ source: 'bench', format: 'html', html });
  ours(pages[0]); // warm up the data files and the JIT
  readabilityText(pages[0]);
  const minMs = full ? 5000 : 1000;
  const a = pagesPerSec(pages, ours, minMs);
  const b = pagesPerSec(pages, readabilityText, minMs);
  return { 'clean.pagesPerSec': a, 'clean.readabilityPagesPerSec': b, 'clean.speedupVsReadability': a / b };
}
