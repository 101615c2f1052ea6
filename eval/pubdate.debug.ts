/**
 * DEBUG (not an eval module): for every annotated text and sample page with a known date,
 * prints the true and inferred publication date, the clues with their tense, and each
 * clue's "true side" (the gold date before/after the true publication). Run:
 * `npx tsx eval/pubdate.debug.ts [extract|samples] [ID]`. `!!` marks a clue whose tense says
 * the other side of the publication from where its date lies.
 */
import { join } from 'node:path';
import type { Article } from '../src/doc/types.ts';
import { dateClues, extractDates } from '../src/extract/dates/index.ts';
import { inferPublished } from '../src/extract/dates/published.ts';
import { stampDate } from '../src/extract/dates/stamp.ts';
import { createArticle } from '../src/pipeline/run.ts';
import { toOriginal } from '../src/text/index.ts';
import { textStage } from '../src/text/stage.ts';
import { PROJECT_ROOT } from '../src/util/paths.ts';
import { readJsonl } from './jsonl.ts';
import { datedSamplePages } from './samples.ts';

const [which = 'all', only] = process.argv.slice(2);

function show(id: string, gold: string, a: Article, contextYears: number[]): void {
  const { n, clues } = dateClues(a.body, a.sentences ?? []);
  const inf = inferPublished(clues, [], { contextYears });
  const forced = inferPublished(clues, [], { contextYears, abstain: false });
  // The dates as resolved against the true publication date: which side of it each lies.
  const resolved = extractDates({ ...a, published: gold });
  const mark = inf ? (inf.published === gold ? 'OK ' : 'BAD') : 'ABS';
  console.log(
    `\n${mark} ${id} gold=${gold} inferred=${inf?.published ?? '-'} likeliest=${forced?.published} ` +
      `confidence=${forced?.confidence} evidence=[${(forced?.evidence ?? []).join('; ')}]`,
  );
  for (const c of clues) {
    const start = toOriginal(n, c.start, c.end).start;
    const r = resolved.find((d) => d.start === start);
    const day = r?.date.slice(0, 10) ?? '';
    const side = !r
      ? '?'
      : day < gold.slice(0, day.length)
        ? 'before'
        : day > gold.slice(0, day.length)
          ? 'after'
          : 'same';
    const wrong = (c.tense === 'future' && side === 'before') || (c.tense === 'past' && side === 'after');
    console.log(
      `  ${wrong ? '!!' : '  '} [${c.tense ?? '-'}${c.lead ? ' lead' : ''}] ${JSON.stringify(c.spec)} ${side} ${r?.date ?? ''} «${c.before}|${c.after}»`,
    );
  }
}

if (which !== 'samples') {
  const items = readJsonl<{ id: string; published: string | null; text: string }>(
    join(PROJECT_ROOT, 'eval/data/extract-set.jsonl'),
  );
  const years = [...new Set(items.flatMap((x) => (x.published ? [Number(x.published.slice(0, 4))] : [])))];
  for (const item of items) {
    if (!item.published || (only && item.id !== only)) continue;
    const a = createArticle({ source: item.id, format: 'text', text: item.text });
    a.body = item.text;
    a.published = null;
    textStage.run(a);
    show(item.id, item.published, a, years);
  }
}
if (which !== 'extract') {
  const pages = await datedSamplePages(only);
  const years = [
    ...new Set(pages.flatMap((p) => (p.full.published ? [Number(p.full.published.slice(0, 4))] : []))),
  ];
  for (const { id, gold, full } of pages) {
    const a: Article = {
      ...full,
      published: null,
      removed: full.removed.filter((r) => r.kind !== 'byline' && !stampDate([r])),
    };
    show(id, gold.slice(0, 10), a, years);
  }
}
