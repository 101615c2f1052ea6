/**
 * pipeline.*: per-article stages over the sample corpus repeated to 10,000 articles (each copy
 * made distinct), then the corpus stages over all of them; one process, one core.
 */
import { resolve } from 'node:path';
import type { Article, RawInput } from '../src/doc/types.ts';
import { readInputs } from '../src/ingest/index.ts';
import { analyzeCorpus, processArticle } from '../src/pipeline/run.ts';
import { SAMPLES_DIR } from '../src/util/paths.ts';

const TARGET = 10_000;

export default async function ({ full }: { full?: boolean } = {}): Promise<Record<string, number>> {
  const inputs: RawInput[] = [];
  for await (const item of readInputs([resolve(SAMPLES_DIR, 'corpus')])) if (item.ok) inputs.push(item.input);
  if (!inputs.length) return {};
  const target = full ? TARGET * 5 : TARGET;
  const started = performance.now();
  const articles: Article[] = [];
  for (let i = 0; i < target; i++) {
    const base = inputs[i % inputs.length];
    // A distinct id and a marker line keep copies from collapsing into one article.
    const copy: RawInput = { ...base, id: `bench-${i}`, source: `${base.source}#${i}` };
    articles.push(processArticle(copy));
  }
  const perArticle = (performance.now() - started) / 1000;
  const corpusStarted = performance.now();
  analyzeCorpus(articles);
  const corpus = (performance.now() - corpusStarted) / 1000;
  return {
    'pipeline.articles': target,
    'pipeline.articlesPerSec': Math.round(target / (perArticle + corpus)),
    'pipeline.perArticle.articlesPerSec': Math.round(target / perArticle),
    'pipeline.corpusSeconds': Number(corpus.toFixed(2)),
    'pipeline.peakRssMb': Math.round(process.resourceUsage().maxRSS / 1024),
  };
}
