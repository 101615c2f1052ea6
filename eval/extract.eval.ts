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
 * Set EXTRACT_EVAL_DEBUG=1 to print every error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Span } from '../src/doc/types.ts';
import { datesStage } from '../src/extract/dates/index.ts';
import { entitiesStage } from '../src/extract/entities/index.ts';
import { quotesStage } from '../src/extract/quotes/index.ts';
import { createArticle } from '../src/pipeline/run.ts';
import { tokenize } from '../src/text/index.ts';
import { textStage } from '../src/text/stage.ts';
import { PROJECT_ROOT } from '../src/util/paths.ts';

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

function run(item: Item, published: string | null): Article {
  const a = createArticle({
    source: item.id,
    format: 'text',
    text: item.text,
    published: published ?? undefined,
  });
  a.body = item.text;
  a.published = published;
  for (const stage of [textStage, entitiesStage, quotesStage, datesStage]) stage.run(a);
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
  inferred: number;
  inferredOk: number;
  inferredMonthOk: number;
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

function scorePublished(item: Item, t: Tally): void {
  if (!item.published) return;
  const b = run(item, null);
  if (!b.published) return;
  t.inferred++;
  if (b.published.slice(0, 7) === item.published.slice(0, 7)) t.inferredMonthOk++;
  if (b.published.slice(0, 10) === item.published.slice(0, 10)) t.inferredOk++;
  else if (DEBUG) console.error(`${item.id} PUBLISHED gold=${item.published} inferred=${b.published}`);
}

export default async (): Promise<Record<string, number>> => {
  const path = join(PROJECT_ROOT, 'eval/data/extract-set.jsonl');
  const items = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Item);
  const t: Tally = {
    qTp: 0,
    qPred: 0,
    qGold: 0,
    spkOk: 0,
    dTp: 0,
    dPred: 0,
    dGold: 0,
    resOk: 0,
    inferred: 0,
    inferredOk: 0,
    inferredMonthOk: 0,
  };
  for (const item of items) {
    const a = run(item, item.published);
    scoreQuotes(item, a, t);
    scoreDates(item, a, t);
    scorePublished(item, t);
  }
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
    'dates.published.coverage': round(items.length ? t.inferred / items.length : 0),
    'dates.published.accuracy': round(t.inferred ? t.inferredOk / t.inferred : 0),
    'dates.published.monthAccuracy': round(t.inferred ? t.inferredMonthOk / t.inferred : 0),
  };
};
