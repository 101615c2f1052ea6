/**
 * A story's title: the title of its most central article (highest cosine with the story's
 * centroid); when that article has no title, its first sentence, trimmed to a headline length.
 */
import type { Article } from '../../doc/types.ts';
import { splitSentences } from '../../text/index.ts';
import { cosine, type Sparse } from '../similarity/sparse.ts';

/** Longest fallback title, in characters (cut at a word boundary). */
export const MAX_TITLE_CHARS = 120;

/** First sentence of the body, trimmed to `MAX_TITLE_CHARS` at a word boundary. */
export function firstSentenceTitle(body: string): string {
  const s = splitSentences(body)[0];
  const text = s ? body.slice(s.start, s.end).trim() : body.trim();
  if (text.length <= MAX_TITLE_CHARS) return text;
  const cut = text.slice(0, MAX_TITLE_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > 40 ? cut.slice(0, space) : cut).trim()}…`;
}

/** The most central article of a story: highest cosine with the centroid, then earliest id. */
export function mostCentral(members: Array<{ article: Article; vector: Sparse }>, centroid: Sparse): Article {
  let best = members[0];
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const m of members) {
    const s = cosine(m.vector, centroid);
    if (s > bestScore + 1e-9) {
      best = m;
      bestScore = s;
    }
  }
  return best.article;
}

/** Title of a story from its central article. */
export function storyTitle(central: Article): string {
  return central.title?.trim() || firstSentenceTitle(central.body);
}
