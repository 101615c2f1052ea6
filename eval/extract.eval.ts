/**
 * Quotes and dates evaluation on our own annotated set (eval/data/extract-set.jsonl, see
 * eval/data/README.md). Each text runs as an Article (body = text, published as given) through
 * the text, entities, quotes and dates stages.
 *
 * Matching (one-to-one, greedy by largest overlap):
 * - a predicted quote matches a gold quote when their spans overlap by at least 50% of the
 *   longer span; `quotes.f1` is the F1 of those matches;
 * - `quotes.speaker.accuracy`: of matched quotes, the speakers agree when, after the text
 *   core's match normalization and light stemming of each word, the predicted speaker equals
 *   the gold speaker (or its gold `mention`, the form used at the quote) or the words of one
 *   appear contiguously in the other ("المتحدث باسم الكرملين ديمتري بيسكوف" ⊇ "ديمتري
 *   بيسكوف"; "بيان للبيت الأبيض" ⊇ "البيت الأبيض");
 * - a predicted date matches a gold date when their expression spans overlap at all;
 *   `dates.f1` is the F1 of those matches; `dates.resolved.accuracy`: of matched dates, same
 *   ISO date and same precision;
 * - `dates.published.accuracy`: the same texts with `published` removed, share whose inferred
 *   publication date equals the given one (`dates.published.coverage`: share inferred at all;
 *   `dates.published.monthAccuracy`: same year and month).
 * - `dates.published.samples.*`: the sample corpus (samples/corpus, full pages in every input
 *   format, dated by samples/truth.json) run through the whole pipeline, then the dates stage
 *   again with the date removed: no `published`, and no removed line that is a date stamp or
 *   a byline (captions, related links and the title stay, as in a browser copy). `coverage`:
 *   share inferred; `accuracy`: same day; `within3`: at most 3 days off; `monthAccuracy`:
 *   same year and month (all of the inferred ones); `contextYear.*`: the same with the year
 *   of the page's crawl given as context (the truth year, which a crawler always knows
 *   within a year), for texts that write none.
 * Set EXTRACT_EVAL_DEBUG=1 to print every error.
 */
import { join } from 'node:path';
import type { Article, Span } from '../src/doc/types.ts';
import { datesStage, extractDates } from '../src/extract/dates/index.ts';
import { stampDate } from '../src/extract/dates/stamp.ts';
import { entitiesStage } from '../src/extract/entities/index.ts';
import { quotesStage } from '../src/extract/quotes/index.ts';
import { createArticle } from '../src/pipeline/run.ts';
import { tokenize } from '../src/text/index.ts';
import { textStage } from '../src/text/stage.ts';
import { PROJECT_ROOT } from '../src/util/paths.ts';
import { readJsonl } from './jsonl.ts';
import { datedSamplePages } from './samples.ts';

interface GoldQuote extends Partial<Span> {
  text: string;
  speaker: string;
  /** The shorter form used at the quote itself ("عبد العاطي", "البيان"). */
  mention?: string;
  kind: 'direct' | 'indirect';
}
interface GoldDate extends Partial<Span> {
  expression: string;
  date: string;
  precision: string;
  scheduled?: boolean;
}
interface Item {
  id: string;
  published: string | null;
  text: string;
  quotes: GoldQuote[];
  dates: GoldDate[];
}

const DEBUG = process.env.EXTRACT_EVAL_DEBUG === '1';

function spanOf(text: string, g: Partial<Span>, s: string): Span {
  if (typeof g.start === 'number' && typeof g.end === 'number') return { start: g.start, end: g.end };
  const start = text.indexOf(s);
  if (start < 0) throw new Error(`gold string not in text: ${s}`);
  return { start, end: start + s.length };
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** One-to-one matches (gold index, predicted index), greedy by largest overlap. */
export function matchSpans(
  gold: Span[],
  pred: Span[],
  accept: (g: Span, p: Span) => boolean,
): Array<[number, number]> {
  const cands: Array<[number, number, number]> = [];
  gold.forEach((g, i) => {
    pred.forEach((p, j) => {
      if (accept(g, p)) cands.push([overlap(g, p), i, j]);
    });
  });
  cands.sort((a, b) => b[0] - a[0]);
  const gUsed = new Set<number>();
  const pUsed = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const [, i, j] of cands) {
    if (gUsed.has(i) || pUsed.has(j)) continue;
    gUsed.add(i);
    pUsed.add(j);
    out.push([i, j]);
  }
  return out;
}

function stems(s: string): string[] {
  return tokenize(s)
    .filter((t) => t.kind === 'word' || t.kind === 'latin' || t.kind === 'number')
    .map((t) => t.stem);
}

function containsSeq(long: string[], short: string[]): boolean {
  if (!short.length) return false;
  for (let i = 0; i + short.length <= long.length; i++) {
    if (short.every((w, k) => long[i + k] === w)) return true;
  }
  return false;
}

/** Speaker agreement as defined in the module header. */
export function sameSpeaker(a: string, b: string): boolean {
  const x = stems(a);
  const y = stems(b);
  return x.join(' ') === y.join(' ') || containsSeq(x, y) || containsSeq(y, x);
}

function f1(tp: number, nPred: number, nGold: number): { p: number; r: number; f: number } {
  const p = nPred ? tp / nPred : 0;
  const r = nGold ? tp / nGold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

function run(item: Item, published: string | null, contextYears: number[] = []): Article {
  const a = createArticle({
    source: item.id,
    format: 'text',
    text: item.text,
    published: published ?? undefined,
  });
  a.body = item.text;
  a.published = published;
  for (const stage of [textStage, entitiesStage, quotesStage]) stage.run(a);
  if (contextYears.length) a.dates = extractDates(a, { contextYears });
  else datesStage.run(a);
  return a;
}

const round = (x: number) => Math.round(x * 10000) / 10000;

/** Running counts over the set. */
interface Tally {
  qTp: number;
  qPred: number;
  qGold: number;
  spkOk: number;
  dTp: number;
  dPred: number;
  dGold: number;
  resOk: number;
}

function debugUnmatched<T>(items: T[], matched: Set<number>, line: (x: T) => string): void {
  if (!DEBUG) return;
  items.forEach((x, i) => {
    if (!matched.has(i)) console.error(line(x));
  });
}

function scoreQuotes(item: Item, a: Article, t: Tally): void {
  const gq = item.quotes.map((q) => spanOf(item.text, q, q.text));
  const pq = a.quotes ?? [];
  const qm = matchSpans(gq, pq, (g, p) => overlap(g, p) >= 0.5 * Math.max(g.end - g.start, p.end - p.start));
  t.qTp += qm.length;
  t.qPred += pq.length;
  t.qGold += gq.length;
  for (const [i, j] of qm) {
    const g = item.quotes[i];
    const ok =
      sameSpeaker(pq[j].speaker, g.speaker) ||
      (g.mention !== undefined && sameSpeaker(pq[j].speaker, g.mention));
    if (ok) t.spkOk++;
    else if (DEBUG) console.error(`${item.id} SPEAKER gold=${g.speaker} pred=${pq[j].speaker}`);
  }
  debugUnmatched(
    item.quotes,
    new Set(qm.map(([i]) => i)),
    (q) => `${item.id} QUOTE-MISS [${q.kind}] <${q.speaker}> ${q.text}`,
  );
  debugUnmatched(
    pq,
    new Set(qm.map(([, j]) => j)),
    (q) => `${item.id} QUOTE-EXTRA [${q.kind}] <${q.speaker}> ${q.text}`,
  );
}

function scoreDates(item: Item, a: Article, t: Tally): void {
  const gd = item.dates.map((d) => spanOf(item.text, d, d.expression));
  const pd = a.dates ?? [];
  const dm = matchSpans(gd, pd, (g, p) => overlap(g, p) > 0);
  t.dTp += dm.length;
  t.dPred += pd.length;
  t.dGold += gd.length;
  for (const [i, j] of dm) {
    const g = item.dates[i];
    if (pd[j].date === g.date && pd[j].precision === g.precision) t.resOk++;
    else if (DEBUG) {
      console.error(
        `${item.id} RESOLVE ${g.expression}: gold=${g.date}/${g.precision} pred=${pd[j].date}/${pd[j].precision}`,
      );
    }
  }
  debugUnmatched(
    item.dates,
    new Set(dm.map(([i]) => i)),
    (d) => `${item.id} DATE-MISS ${d.expression} (${d.date})`,
  );
  debugUnmatched(
    pd,
    new Set(dm.map(([, j]) => j)),
    (d) => `${item.id} DATE-EXTRA ${d.expression} (${d.date})`,
  );
}

function scorePublished(item: Item, t: PubTally, contextYears: number[]): void {
  if (!item.published) return;
  const b = run(item, null, contextYears);
  t.add(
    `${item.id}${contextYears.length ? ' [context]' : ''}`,
    item.published,
    b.published,
    b.publishedConfidence,
  );
}

/** Days between two ISO dates. */
function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / 86_400_000;
}

/** Counts of an inference run: inferred, same day, within 3 days, same month. */
class PubTally {
  n = 0;
  inferred = 0;
  ok = 0;
  within3 = 0;
  monthOk = 0;
  add(id: string, gold: string, got: string | null, confidence?: number): void {
    this.n++;
    if (!got) {
      if (DEBUG) console.error(`${id} PUBLISHED gold=${gold} inferred=none`);
      return;
    }
    this.inferred++;
    const off = daysApart(got, gold);
    if (off === 0) this.ok++;
    if (off <= 3) this.within3++;
    if (got.slice(0, 7) === gold.slice(0, 7)) this.monthOk++;
    if (DEBUG && off !== 0) console.error(`${id} PUBLISHED gold=${gold} inferred=${got} (${confidence})`);
  }
  figures(prefix: string, within3 = true): Record<string, number> {
    const share = (k: number) => round(this.inferred ? k / this.inferred : 0);
    return {
      [`${prefix}.coverage`]: round(this.n ? this.inferred / this.n : 0),
      [`${prefix}.accuracy`]: share(this.ok),
      ...(within3 ? { [`${prefix}.within3`]: share(this.within3) } : {}),
      [`${prefix}.monthAccuracy`]: share(this.monthOk),
    };
  }
}

/** Years of the other items' dates: what a caller processing the batch knows. */
function otherYears(dates: Array<string | null>, i: number): number[] {
  return [...new Set(dates.flatMap((d, j) => (j !== i && d ? [Number(d.slice(0, 4))] : [])))];
}

/** Publication-date inference on the sample corpus with the page's date removed (header). */
async function sampleFigures(): Promise<Record<string, number>> {
  const pages = await datedSamplePages();
  // The batch's dates as the pipeline read them from the pages' metadata and stamps.
  const known = pages.map((x) => x.full.published);
  const plain = new PubTally();
  const withContext = new PubTally();
  pages.forEach(({ id, gold, full }, i) => {
    for (const [tally, contextYears] of [
      [plain, []],
      [withContext, otherYears(known, i)],
    ] as Array<[PubTally, number[]]>) {
      const a: Article = {
        ...full,
        published: null,
        publishedFrom: undefined,
        publishedConfidence: undefined,
        removed: full.removed.filter((r) => r.kind !== 'byline' && !stampDate([r])),
      };
      a.dates = extractDates(a, { contextYears });
      tally.add(`${id}${contextYears.length ? ' [context]' : ''}`, gold, a.published, a.publishedConfidence);
    }
  });
  return {
    'dates.published.samples.n': plain.n,
    ...plain.figures('dates.published.samples'),
    ...withContext.figures('dates.published.samples.context'),
  };
}

export default async (): Promise<Record<string, number>> => {
  const path = join(PROJECT_ROOT, 'eval/data/extract-set.jsonl');
  const items = readJsonl<Item>(path);
  const t: Tally = {
    qTp: 0,
    qPred: 0,
    qGold: 0,
    spkOk: 0,
    dTp: 0,
    dPred: 0,
    dGold: 0,
    resOk: 0,
  };
  const pub = new PubTally();
  const pubContext = new PubTally();
  const given = items.map((x) => x.published);
  items.forEach((item, i) => {
    const a = run(item, item.published);
    scoreQuotes(item, a, t);
    scoreDates(item, a, t);
    scorePublished(item, pub, []);
    scorePublished(item, pubContext, otherYears(given, i));
  });
  const q = f1(t.qTp, t.qPred, t.qGold);
  const d = f1(t.dTp, t.dPred, t.dGold);
  return {
    'quotes.f1': round(q.f),
    'quotes.precision': round(q.p),
    'quotes.recall': round(q.r),
    'quotes.speaker.accuracy': round(t.qTp ? t.spkOk / t.qTp : 0),
    'dates.f1': round(d.f),
    'dates.precision': round(d.p),
    'dates.recall': round(d.r),
    'dates.resolved.accuracy': round(t.dTp ? t.resOk / t.dTp : 0),
    ...pub.figures('dates.published'),
    ...pubContext.figures('dates.published.context'),
    ...(await sampleFigures()),
  };
};
