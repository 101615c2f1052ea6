/**
 * Runs the pipeline: RawInput → Article through the per-article stages, then the corpus
 * stages over a set of articles, then the contract view of the result.
 */
import { createHash } from 'node:crypto';
import type { PriorResults } from '../corpus/reuse/index.ts';
import type { Analysis, Article, Corpus, RawInput } from '../doc/types.ts';
import { ARTICLE_STAGES, CORPUS_STAGES } from './stages.ts';

/** sha256 hex of a string. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The idempotency key of a raw input: sha256 of its text or HTML. */
export function contentHashOf(raw: RawInput): string {
  return sha256(raw.text ?? raw.html ?? '');
}

/** A fresh article for a raw input: stable id from the given id or the content. */
export function createArticle(input: RawInput): Article {
  const raw = withoutNul(input);
  const contentHash = contentHashOf(raw);
  return {
    id: raw.id ? String(raw.id) : `d${contentHash.slice(0, 12)}`,
    source: raw.source,
    contentHash,
    raw,
    title: null,
    outlet: null,
    published: null,
    dateline: null,
    credits: [],
    body: '',
    removed: [],
  };
}

/**
 * The input with NUL characters removed from its strings: they carry no text, and PostgreSQL
 * refuses them in text and JSON columns, so one stray NUL would make an article fail there only.
 */
export function withoutNul(input: RawInput): RawInput {
  const out: Record<string, unknown> = { ...input };
  for (const [k, v] of Object.entries(out))
    if (typeof v === 'string' && v.includes('\0')) out[k] = v.replaceAll('\0', '');
  return out as unknown as RawInput;
}

/** Run every per-article stage on one raw input. Throws with the stage name on failure. */
export function processArticle(raw: RawInput): Article {
  const article = createArticle(raw);
  for (const stage of ARTICLE_STAGES) {
    try {
      stage.run(article);
    } catch (err) {
      throw new Error(`stage ${stage.name}: ${(err as Error).message}`, { cause: err });
    }
  }
  return article;
}

/**
 * Run the corpus stages over processed articles. `prior`: the stored results of the last
 * refresh, so the stories nothing touched keep theirs (corpus/reuse).
 */
export function analyzeCorpus(articles: Article[], prior?: PriorResults): Corpus {
  const corpus: Corpus = {
    prior,
    articles,
    stories: [],
    threads: [],
    entities: [],
    timeline: [],
    contradictions: [],
  };
  for (const stage of CORPUS_STAGES) stage.run(corpus);
  return corpus;
}

/** The contract JSON (../shared/contract/analysis.schema.json) of a corpus. */
export function toAnalysis(corpus: Corpus): Analysis {
  const quotes = corpus.articles.flatMap((a) =>
    (a.quotes ?? []).map((q) => ({
      document: a.id,
      speaker: q.speaker,
      speakerEntity:
        q.speakerMention !== undefined ? (a.mentions?.[q.speakerMention]?.entityId ?? null) : null,
      text: q.text,
      kind: q.kind,
      start: q.start,
      end: q.end,
    })),
  );
  return {
    version: 1,
    documents: corpus.articles.map((a) => ({
      id: a.id,
      source: a.source,
      outlet: a.outlet,
      published: a.published,
      ...(a.publishedFrom ? { publishedFrom: a.publishedFrom } : {}),
      title: a.title,
      dateline: a.dateline,
      credits: a.credits,
      body: a.body,
      removed: a.removed.map((r) => ({ text: r.text, kind: r.kind })),
      duplicateOf: a.duplicateOf ?? null,
      storyId: a.storyId ?? '',
    })),
    stories: corpus.stories,
    threads: corpus.threads,
    entities: corpus.entities,
    quotes,
    timeline: corpus.timeline,
    contradictions: corpus.contradictions,
  };
}
