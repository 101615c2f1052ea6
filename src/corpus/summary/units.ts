/**
 * Sentence units: the sentences of a set of articles with their content terms (light stems
 * without function words), numbers and position, the common ground of the summarizer, the
 * outlet comparison and the contradiction finder.
 */
import type { Article, Span, Token } from '../../doc/types.ts';
import { splitSentences, tokenize } from '../../text/index.ts';
import { loadNormSet } from './lists.ts';

/** One sentence of one article. */
export interface Unit {
  /** Article id. */
  doc: string;
  /** Index of the article in the input list. */
  docIndex: number;
  /** Index of the sentence in its article. */
  index: number;
  /** Sentences in the article (for position features). */
  of: number;
  /** Index of the paragraph that holds the sentence, and whether the sentence opens it. */
  paragraph: number;
  opensParagraph: boolean;
  start: number;
  end: number;
  text: string;
  /** Content terms: stems of words that are not function words, and numbers. */
  terms: string[];
  /** Tokens of the sentence (with body offsets). */
  tokens: Token[];
}

/** Tokens whose start lies in [span.start, span.end), given tokens sorted by offset. */
export function tokensIn(tokens: Token[], span: Span): Token[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Token[] = [];
  for (let i = lo; i < tokens.length && tokens[i].start < span.end; i++) out.push(tokens[i]);
  return out;
}

/** Content terms of tokens: stems of non-stop words (≥2 letters) and numbers. */
export function contentTerms(tokens: Token[]): string[] {
  const stop = loadNormSet('stopwords.txt');
  const out: string[] = [];
  for (const t of tokens) {
    if (t.kind === 'number') out.push(t.norm);
    else if (t.kind === 'word' || t.kind === 'latin') {
      if (stop.has(t.norm) || t.norm.length < 2) continue;
      out.push(t.stem);
    }
  }
  return out;
}

/** Tokens and sentences of an article, computed with the text core when a stage has not. */
export function articleText(a: Article): { tokens: Token[]; sentences: Span[] } {
  return { tokens: a.tokens ?? tokenize(a.body), sentences: a.sentences ?? splitSentences(a.body) };
}

/** The sentence units of `articles`, in article then sentence order. */
export function buildUnits(articles: Article[], minTerms = 1): Unit[] {
  const units: Unit[] = [];
  articles.forEach((a, docIndex) => {
    const { tokens, sentences } = articleText(a);
    let paragraph = 0;
    sentences.forEach((s, index) => {
      const gap = index ? a.body.slice(sentences[index - 1].end, s.start) : '';
      const opensParagraph = index === 0 || gap.includes('\n');
      if (index && opensParagraph) paragraph++;
      const toks = tokensIn(tokens, s);
      const terms = contentTerms(toks);
      if (terms.length < minTerms) return;
      units.push({
        doc: a.id,
        docIndex,
        index,
        of: sentences.length,
        paragraph,
        opensParagraph,
        start: s.start,
        end: s.end,
        text: a.body.slice(s.start, s.end),
        terms,
        tokens: toks,
      });
    });
  });
  return units;
}

/** Units of many articles, at most `max` in all: each article keeps its first sentences, evenly. */
export function capUnits(units: Unit[], max: number): Unit[] {
  if (units.length <= max) return units;
  const docs = new Set(units.map((u) => u.docIndex)).size;
  const per = Math.max(1, Math.floor(max / docs));
  const seen = new Map<number, number>();
  return units.filter((u) => {
    const n = seen.get(u.docIndex) ?? 0;
    seen.set(u.docIndex, n + 1);
    return n < per;
  });
}

/**
 * At most `max` articles of a big story or thread, for the quadratic summary: originals before
 * copies, then outlets in turn (each outlet's earliest first), so every outlet keeps a voice and a
 * story of a thousand articles costs what one of `max` does.
 */
export function representativeArticles(articles: Article[], max: number): Article[] {
  if (articles.length <= max) return articles;
  const byTime = [...articles].sort(
    (x, y) =>
      Number(!!x.duplicateOf) - Number(!!y.duplicateOf) ||
      (x.published ?? '9999').localeCompare(y.published ?? '9999'),
  );
  const queues = new Map<string, Article[]>();
  for (const a of byTime) {
    const key = a.outlet ?? a.id;
    const q = queues.get(key);
    if (q) q.push(a);
    else queues.set(key, [a]);
  }
  const out: Article[] = [];
  while (out.length < max) {
    for (const q of queues.values()) {
      const a = q.shift();
      if (a && out.length < max) out.push(a);
    }
  }
  const keep = new Set(out);
  return articles.filter((a) => keep.has(a)); // input order, as the caller gave it
}
