/**
 * Dedup stage: near-duplicates and syndicated copies. Every article gets `duplicateOf`: the id
 * of its origin (earliest published; ties: wire-credited, then id order), or null when it is
 * an origin or has no copy. Articles are processed in canonical order (published, then id), so
 * the result does not depend on input order.
 */
import type { Article } from '../../doc/types.ts';
import type { CorpusStage } from '../../pipeline/stage.ts';
import { namesWireAgency } from '../similarity/lexicon.ts';
import { DedupIndex, type DedupItem, type DedupOptions } from './lsh.ts';
import { textSignature } from './minhash.ts';

export { DedupIndex, isBetterOrigin } from './lsh.ts';
export { estimateJaccard, shingleHashes, signature, textSignature } from './minhash.ts';

/** Publication time in ms, NaN when absent or unreadable. */
export function publishedMs(article: Pick<Article, 'published'>): number {
  return article.published ? Date.parse(article.published) : Number.NaN;
}

/** Canonical processing order: published (unknown last), then id. */
export function canonicalOrder<T extends Pick<Article, 'published' | 'id'>>(articles: T[]): T[] {
  const key = (a: T) => {
    const t = publishedMs(a);
    return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
  };
  return articles.slice().sort((a, b) => key(a) - key(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The dedup view of an article. */
export function dedupItem(article: Article): DedupItem {
  const credit = [...article.credits, article.dateline ?? ''].join(' ');
  return {
    id: article.id,
    time: publishedMs(article),
    wire: credit.trim() !== '' && namesWireAgency(credit),
    signature: textSignature(article.body, article.tokens),
  };
}

/** Set `duplicateOf` on every article (null for origins and unique articles). */
export function markDuplicates(articles: Article[], options: Partial<DedupOptions> = {}): void {
  const index = new DedupIndex(options);
  const order = canonicalOrder(articles);
  const ords = order.map((a) => index.add(dedupItem(a)));
  order.forEach((a, i) => {
    a.duplicateOf = index.duplicateOf(ords[i]);
  });
}

export const dedupStage: CorpusStage = {
  name: 'dedup',
  requires: ['article.contentHash'],
  assigns: ['article.duplicateOf'],
  run(corpus) {
    markDuplicates(corpus.articles);
  },
};
