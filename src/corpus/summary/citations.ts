/**
 * `summary.citations.valid`: the share of cited spans, over every story and thread summary of
 * an analysed corpus, that exist (document known, 0 ≤ start < end ≤ body length) and support
 * their sentence (enough shared content terms, no disagreeing number: citations-check.ts).
 */
import type { Article, Corpus, SummarySentence } from '../../doc/types.ts';
import { readInputs } from '../../ingest/index.ts';
import { analyzeCorpus, processArticle } from '../../pipeline/run.ts';
import { SAMPLES_DIR, sharedPath } from '../../util/paths.ts';
import { supports } from './citations-check.ts';

/** Valid and total citations of a corpus's summaries, with the first bad one for messages. */
export function checkCitations(corpus: Corpus): { valid: number; total: number; bad: string[] } {
  const bodies = new Map(corpus.articles.map((a) => [a.id, a.body]));
  const summaries: SummarySentence[][] = [
    ...corpus.stories.map((s) => s.summary),
    ...corpus.threads.map((t) => t.summary ?? []),
  ];
  let valid = 0;
  let total = 0;
  const bad: string[] = [];
  for (const sentence of summaries.flat()) {
    for (const src of sentence.sources) {
      total++;
      const body = bodies.get(src.document);
      const ok =
        body !== undefined &&
        src.start >= 0 &&
        src.start < src.end &&
        src.end <= body.length &&
        supports(body.slice(src.start, src.end), sentence.text);
      if (ok) valid++;
      else bad.push(`${src.document}:${src.start}-${src.end} for "${sentence.text.slice(0, 60)}"`);
    }
  }
  return { valid, total, bad };
}

async function load(path: string): Promise<Article[]> {
  const out: Article[] = [];
  for await (const item of readInputs([path])) {
    if (!item.ok) continue;
    try {
      out.push(processArticle(item.input));
    } catch {
      // a bad input is the ingest evaluation's business; here it is simply not cited
    }
  }
  return out;
}

/** Citation validity on the sample corpus and the seeds (each analysed on its own); null when neither exists. */
export async function citationValidity(): Promise<number | null> {
  const sets = [`${SAMPLES_DIR}/corpus`, sharedPath('seeds')].filter((p): p is string => !!p);
  let valid = 0;
  let total = 0;
  for (const path of sets) {
    const articles = await load(path);
    if (!articles.length) continue;
    const r = checkCitations(analyzeCorpus(articles));
    valid += r.valid;
    total += r.total;
    for (const b of r.bad.slice(0, 3)) process.stderr.write(`eval summary: unsupported citation ${b}\n`);
  }
  return total ? valid / total : null;
}
