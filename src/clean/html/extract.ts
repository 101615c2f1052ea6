/**
 * HTML main-text extraction: parse once, read metadata, prune boilerplate, then run the
 * numbered steps in order; the first that finds enough text wins and is recorded by name.
 */
import type { Removed } from '../../doc/types.ts';
import { computeStats, type Para, parseHtml } from './dom.ts';
import { jsonLdObjects } from './jsonld.ts';
import { type PageMeta, pageMeta } from './meta.ts';
import { prune } from './prune.ts';
import { jsonLdArticleBody } from './steps/01-jsonld-articlebody.ts';
import { articleTag } from './steps/02-article-tag.ts';
import { scoredBlocks } from './steps/03-scored-blocks.ts';
import { allParagraphs } from './steps/04-all-paragraphs.ts';
import { allText } from './steps/05-all-text.ts';
import type { Step, StepContext } from './steps/types.ts';

/** The cascade, in order. */
export const STEPS: Step[] = [jsonLdArticleBody, articleTag, scoredBlocks, allParagraphs, allText];

/** Least text (characters) a step must find to win, except the last one. */
export const MIN_STEP_CHARS = 150;

/** What extraction produced for one page. */
export interface HtmlExtraction {
  paras: Para[];
  /** Name of the step that won ("03-scored-blocks"), or "none". */
  extractedBy: string;
  removed: Removed[];
  meta: PageMeta;
}

/** Extract the article of an HTML page (or fragment). */
export function extractHtml(html: string, url?: string): HtmlExtraction {
  const doc = parseHtml(html);
  const ld = jsonLdObjects(doc);
  const meta = pageMeta(doc, ld, url);
  const removed = prune(doc);
  const stats = computeStats(doc);
  const page = stats.get(doc as never);
  const ctx: StepContext = {
    doc,
    stats,
    ld,
    arabicPage: !!page && page.letters > 0 && page.arabic / page.letters > 0.5,
  };
  for (let i = 0; i < STEPS.length; i++) {
    const result = STEPS[i].run(ctx);
    if (!result) continue;
    const chars = result.paras.reduce((n, p) => n + p.text.length, 0);
    if (chars >= MIN_STEP_CHARS || i === STEPS.length - 1) {
      return { paras: result.paras, extractedBy: STEPS[i].name, removed, meta };
    }
  }
  return { paras: [], extractedBy: 'none', removed, meta };
}
