/**
 * Contradiction evaluation. `contradictions.precision` / `.recall` on eval/data/contradictions.jsonl
 * (story pairs with planted disagreements and agreeing paraphrases; see
 * src/corpus/contradictions/score.ts for the matching), the same on our own development pairs
 * (`contradictions.fixtures.*`), and `contradictions.seedsSummitDate`: 1 when the finder, run
 * on ../shared/seeds as one story, reports the date of the Biden–Putin summit as disputed.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { storyContradictions } from '../src/corpus/contradictions/index.ts';
import { type Pair, scorePairs } from '../src/corpus/contradictions/score.ts';
import type { Article } from '../src/doc/types.ts';
import { readInputs } from '../src/ingest/index.ts';
import { processArticle } from '../src/pipeline/run.ts';
import { PROJECT_ROOT, sharedPath } from '../src/util/paths.ts';
import { readJsonl } from './jsonl.ts';

const here = dirname(fileURLToPath(import.meta.url));

const round = (x: number) => Math.round(x * 10000) / 10000;

/** 1 when the seeds' summit-date disagreement is found, 0 when not, null without seeds. */
async function seedsSummitDate(): Promise<number | null> {
  const dir = sharedPath('seeds');
  if (!dir) return null;
  const articles: Article[] = [];
  for await (const item of readInputs([dir])) if (item.ok) articles.push(processArticle(item.input));
  const found = storyContradictions(articles, 'seeds');
  const summit = found.some(
    (c) =>
      c.kind === 'date' &&
      c.claims.some((x) => x.value.includes('9 ديسمبر')) &&
      c.claims.some((x) => /أمس|الثلاثاء/.test(x.value) || /الثلاثاء/.test(x.text ?? '')),
  );
  return summit ? 1 : 0;
}

export default async (): Promise<Record<string, number>> => {
  const out: Record<string, number> = {};
  const main = join(here, 'data', 'contradictions.jsonl');
  if (existsSync(main)) {
    const r = scorePairs(readJsonl<Pair>(main));
    out['contradictions.precision'] = round(r.precision);
    out['contradictions.recall'] = round(r.recall);
  } else
    process.stderr.write('eval contradictions: eval/data/contradictions.jsonl absent, main set skipped\n');
  const own = scorePairs(
    readJsonl<Pair>(join(PROJECT_ROOT, 'src/corpus/contradictions/pairs.fixture.jsonl')),
  );
  out['contradictions.fixtures.precision'] = round(own.precision);
  out['contradictions.fixtures.recall'] = round(own.recall);
  const seeds = await seedsSummitDate();
  if (seeds === null)
    process.stderr.write('eval contradictions: ../shared/seeds absent, seedsSummitDate skipped\n');
  else out['contradictions.seedsSummitDate'] = seeds;
  return out;
};
