/**
 * Multi-document extractive summary of a story or thread:
 *   1. sentence units of every article, scored by centroid, TextRank, position;
 *   2. support: how many other articles tell the same fact (a sentence similar above
 *      `sameFact`), which raises the score of facts many outlets carry;
 *   3. MMR selection, where a candidate too close to a picked sentence is the same fact;
 *   4. each picked sentence cites its own span and, from every other article, the sentence
 *      that tells the same fact;
 *   5. sentences ordered by where their fact first appears in the articles (lead facts first,
 *      then publication time), leading connectives trimmed.
 */
import type { Article, SourceSpan, SummarySentence } from '../../doc/types.ts';
import { supports } from './citations-check.ts';
import { type ScoreWeights, salience, similarityMatrix, unitVectors } from './score.ts';
import { DEFAULT_MMR, type MmrOptions, mmrSelect } from './select.ts';
import { trimSentence } from './trim.ts';
import { buildUnits, capUnits, representativeArticles, type Unit } from './units.ts';
import { idfOf, pairMatrix, tfidf } from './vectors.ts';

/** Options of a story or thread summary. */
export interface StorySummaryOptions {
  /** Sentences in the summary. */
  sentences: number;
  /** Same-fact similarity (factMatrix: cosine, or weighted containment of stem prefixes) above which two sentences of two articles tell one fact. */
  sameFact: number;
  /** Sentences after this index in an article are not candidates (keeps threads fast). */
  maxSentencesPerArticle: number;
  /** Articles read, at most: a bigger story is summarized from a representative few (see units.ts). */
  maxArticles: number;
  /** Candidate sentences in all, at most (the similarity matrix is quadratic): a big thread keeps each article's lead. */
  maxUnits: number;
  /** Sentences with fewer content terms are not candidates (headings, captions). */
  minTerms: number;
  /** Weight of cross-article support in the score. */
  support: number;
  weights: ScoreWeights;
  mmr: MmrOptions;
  /** Drop leading connectives and name the speaker (see trim.ts). */
  trim: boolean;
}

/** Defaults for a story summary. */
export const DEFAULT_STORY_SUMMARY: StorySummaryOptions = {
  sentences: 5,
  sameFact: 0.4,
  maxSentencesPerArticle: 40,
  maxArticles: 40,
  maxUnits: 600,
  minTerms: 4,
  support: 1,
  weights: { centroid: 1, textrank: 0.5, position: 1.5, paragraph: 0, lead: 0.5 },
  mmr: { ...DEFAULT_MMR, lambda: 0.8, maxSimilarity: 0.3 },
  trim: true,
};

/** Defaults for a thread summary (several stories: a little longer). */
export const DEFAULT_THREAD_SUMMARY: StorySummaryOptions = { ...DEFAULT_STORY_SUMMARY, sentences: 7 };

/** For each unit, the best-matching unit of every other article (sim ≥ threshold). */
function sameFactMatches(units: Unit[], sim: number[][], threshold: number): Map<number, number>[] {
  return units.map((u, i) => {
    const best = new Map<number, number>();
    units.forEach((v, j) => {
      if (v.docIndex === u.docIndex || sim[i][j] < threshold) return;
      const cur = best.get(v.docIndex);
      if (cur === undefined || sim[i][j] > sim[i][cur]) best.set(v.docIndex, j);
    });
    return best;
  });
}

/** Letters of a stem kept when matching facts across outlets ("روسيا"/"روسي", "أوكرانيا"/"أوكراني"). */
export const FACT_PREFIX = 4;

/**
 * Same-fact similarity: the cosine, or for sentences of two different articles the weighted
 * containment over stem prefixes when higher (outlets restate a fact with other inflections and
 * more or fewer words around it).
 */
function factMatrix(units: Unit[], sim: number[][]): number[][] {
  const prefixed = units.map((u) => u.terms.map((t) => t.slice(0, FACT_PREFIX)));
  const idf = idfOf(prefixed);
  const contained = pairMatrix(
    prefixed.map((t) => tfidf(t, idf)),
    'containment',
  );
  return sim.map((row, i) =>
    row.map((s, j) => (units[i].docIndex !== units[j].docIndex ? Math.max(s, contained[i][j]) : s)),
  );
}

/** Content terms under which a line without a closing stop is a heading or a caption, not a sentence. */
export const HEADING_TERMS = 8;

/** A short line that does not end like a sentence ("واشنطن تؤكد دعمها سيادة أوكرانيا"). */
function isHeading(u: Unit): boolean {
  return u.terms.length < HEADING_TERMS && !/[.!?؟…"»”)]\s*$/.test(u.text);
}

/** How far back (characters) a "وأضاف" may refer to the last named speaker. */
const SPEAKER_REACH = 400;

/**
 * Who speaks in a sentence according to the quote stage: a quote inside the sentence, else
 * the last quote shortly before it ("وأضاف أن ..." continues the previous speaker).
 */
function speakerOf(a: Article, u: Unit): string | undefined {
  const named = (a.quotes ?? []).filter((x) => x.speaker.trim().length > 1);
  const inside = named.find((x) => x.start < u.end && x.end > u.start);
  if (inside) return inside.speaker.trim();
  const before = named.filter((x) => x.end <= u.start && u.start - x.end < SPEAKER_REACH);
  return before.at(-1)?.speaker.trim();
}

function publishedKey(a: Article): string {
  return a.published ?? '9999';
}

/** The summary of `articles` (one story or thread), each sentence citing every article that says it. */
export function summarizeArticles(
  articles: Article[],
  opts: Partial<StorySummaryOptions> = {},
): SummarySentence[] {
  const o = { ...DEFAULT_STORY_SUMMARY, ...opts };
  articles = representativeArticles(articles, o.maxArticles);
  const units = capUnits(
    buildUnits(articles, o.minTerms).filter((u) => u.index < o.maxSentencesPerArticle && !isHeading(u)),
    o.maxUnits,
  );
  if (!units.length) return [];
  const vecs = unitVectors(units);
  const sim = similarityMatrix(vecs);
  const base = salience(units, vecs, sim, o.weights);
  const fact = factMatrix(units, sim);
  const matches = sameFactMatches(units, fact, o.sameFact);
  const others = Math.max(1, articles.length - 1);
  const score = base.map((s, i) => s + (o.support * matches[i].size) / others);
  const picked = mmrSelect(
    score,
    fact,
    units.map((u) => u.tokens.length),
    { sentences: o.sentences },
    o.mmr,
  );
  const out = picked.map((i) => {
    const u = units[i];
    const a = articles[u.docIndex];
    const t = o.trim
      ? trimSentence(a.body, u.start, u.end, u.tokens, speakerOf(a, u), u.index === 0)
      : { start: u.start, text: u.text };
    const sources: SourceSpan[] = [{ document: u.doc, start: t.start, end: u.end }];
    for (const j of matches[i].values()) {
      const v = units[j];
      if (supports(v.text, t.text)) sources.push({ document: v.doc, start: v.start, end: v.end });
    }
    const order = Math.min(...[i, ...matches[i].values()].map((k) => units[k].index / units[k].of));
    const when = publishedKey(a);
    return { sentence: { text: t.text, sources }, order, when };
  });
  out.sort((x, y) => x.order - y.order || x.when.localeCompare(y.when));
  return out.map((x) => x.sentence);
}
