/**
 * Pair similarity for `rasd similarity`: how likely two texts report the same story, in [0, 1].
 * Both texts go through the article stages the score reads (clean, text); the score combines
 * the TF-IDF cosine of content stems (IDF over every text of the batch, so common news words
 * weigh little), the overlap of entity keys (weight 0 for now), and the cosine of the titles
 * when given. Two headlines that state opposite outcomes (stance.ts) have their score lowered.
 */
import type { Article } from '../../doc/types.ts';
import { createArticle } from '../../pipeline/run.ts';
import { ARTICLE_STAGES } from '../../pipeline/stages.ts';
import { tokenize } from '../../text/index.ts';
import { articleCounts, internCounts, type TermCounts, tfidf, Vocab } from './features.ts';
import { cosine } from './sparse.ts';
import { opposed, type Polarity, polarity } from './stance.ts';

export interface PairInput {
  id: unknown;
  text1: string;
  text2: string;
  title1?: string | null;
  title2?: string | null;
}

/**
 * Weights of the combined score. Entity overlap gets no weight: on SemEval dev it lowered
 * Pearson (0.62 → 0.58 at 0.3). Computed more carefully (IDF-weighted overlap of name-key
 * words, role mentions out) it still barely correlates with the gold (r 0.06 over all types;
 * PER 0.03, LOC 0.17, ORG -0.12): the dev pairs rated "different story" often share the
 * protagonist or the governorate (two statements of one politician, two local news items of one
 * province), so shared names say "same topic", not "same event". Kept for when the entity
 * stage resolves events rather than names.
 */
export const PAIR_WEIGHTS = { text: 0.9, entities: 0, title: 0.1 };
/**
 * Terms kept per text. Keeping the 40 heaviest stems focuses on what the article is about
 * (SemEval Pearson 0.62, against 0.55 with 200 or 400 terms). Story vectors keep more: there the
 * centroid does the focusing.
 */
const PAIR_TERMS = 40;

/**
 * Stages the pair score reads: the cleaned body and title, tokens, and mentions only while
 * entities carry weight. Quotes and dates are not read, so they are not run.
 */
const PAIR_STAGES = ARTICLE_STAGES.filter(
  (s) => s.name === 'clean' || s.name === 'text' || (s.name === 'entities' && PAIR_WEIGHTS.entities > 0),
);

/**
 * Article view of one side of a pair. A stage that fails is skipped, not fatal: a broken later
 * stage must not cost the pair its cleaned body and tokens (what is missing is rebuilt from the
 * raw text by `side`).
 */
export function pairArticle(text: string, title?: string | null): Article {
  const article = createArticle({ source: 'similarity', format: 'text', text, title: title ?? undefined });
  for (const stage of PAIR_STAGES) {
    try {
      stage.run(article);
    } catch {
      // Keep what the earlier stages produced.
    }
  }
  return article;
}

interface Side {
  counts: TermCounts;
  title: TermCounts | null;
  /** Polarity of a headline-length text (null for articles: see `HEADLINE_TOKENS`). */
  lead: Polarity | null;
}

/** Texts of at most this many words are headlines: what they state is the whole report. */
const HEADLINE_TOKENS = 30;
/**
 * Factor on the score of two headlines that state opposite outcomes (stance.ts): they share
 * the words of the happening, so overlap alone ranks them with paraphrases. ANS stance F1
 * 0.537 → 0.574 (dev, threshold from train); 0.7 gives 0.559, 0.3 gives 0.576.
 */
export const OPPOSED_FACTOR = 0.5;

function side(text: string, title?: string | null): Side {
  const a = pairArticle(text, title);
  const titleCounts = title ? articleCounts({ body: title, title: null, mentions: [] }) : null;
  // Cleaning may judge a very short text to be all boilerplate (or all title); the pair still has words.
  const emptied = a.body.trim() === '';
  const counts = emptied
    ? articleCounts({ body: text, title: title ?? null, mentions: a.mentions })
    : articleCounts(a);
  const tokens = emptied || !a.tokens ? tokenize(text) : a.tokens;
  const short = tokens.filter((t) => t.kind === 'word').length <= HEADLINE_TOKENS;
  return { counts, title: titleCounts, lead: short ? polarity(tokens) : null };
}

/** Scores of a batch of pairs (IDF is estimated on the batch itself). */
export function scorePairs(pairs: PairInput[]): number[] {
  const vocab = new Vocab();
  const sides = pairs.map((p) => [side(p.text1, p.title1), side(p.text2, p.title2)] as const);
  const ids = sides.map((pair) =>
    pair.map((s) => {
      const d = internCounts(vocab, s.counts);
      vocab.observe([...d.terms.map((e) => e[0]), ...d.entities.map((e) => e[0])]);
      return { d, t: s.title ? internCounts(vocab, s.title) : null, lead: s.lead };
    }),
  );
  return ids.map(([a, b]) => {
    const text = cosine(tfidf(vocab, a.d.terms, PAIR_TERMS), tfidf(vocab, b.d.terms, PAIR_TERMS));
    let score = text;
    let weight = PAIR_WEIGHTS.text;
    score *= PAIR_WEIGHTS.text;
    if (PAIR_WEIGHTS.entities > 0 && a.d.entities.length && b.d.entities.length) {
      score += PAIR_WEIGHTS.entities * cosine(tfidf(vocab, a.d.entities, 50), tfidf(vocab, b.d.entities, 50));
      weight += PAIR_WEIGHTS.entities;
    }
    if (a.t && b.t) {
      score += PAIR_WEIGHTS.title * cosine(tfidf(vocab, a.t.terms, 50), tfidf(vocab, b.t.terms, 50));
      weight += PAIR_WEIGHTS.title;
    }
    const factor = a.lead && b.lead && opposed(a.lead, b.lead) ? OPPOSED_FACTOR : 1;
    return Math.min(1, Math.max(0, (factor * score) / weight));
  });
}
