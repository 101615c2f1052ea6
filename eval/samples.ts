/**
 * The project's sample pages with the publication date samples/truth.json gives each, processed
 * by the per-article stages: what the publication-date figures (extract.eval.ts) and their
 * diagnostic (pubdate.debug.ts) start from.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../src/doc/types.ts';
import { readInputs } from '../src/ingest/index.ts';
import { processArticle } from '../src/pipeline/run.ts';
import { PROJECT_ROOT } from '../src/util/paths.ts';

export interface DatedPage {
  /** File name (feed items: the feed's). */
  id: string;
  gold: string;
  full: Article;
}

/** Sample pages with a true publication date; `only`: those whose file name contains it. */
export async function datedSamplePages(only?: string): Promise<DatedPage[]> {
  const truth = JSON.parse(readFileSync(join(PROJECT_ROOT, 'samples/truth.json'), 'utf8')) as {
    articles: Record<string, { published: string }>;
  };
  const pages: DatedPage[] = [];
  for await (const item of readInputs([join(PROJECT_ROOT, 'samples/corpus')])) {
    if (!item.ok) continue;
    const name = item.input.source.split('/').pop() ?? '';
    const gold = (truth.articles[name] ?? truth.articles[`${name.split('#')[0]}#${item.input.id}`])
      ?.published;
    if (!gold || (only && !name.includes(only))) continue;
    pages.push({ id: name, gold, full: processArticle(item.input) });
  }
  return pages;
}
