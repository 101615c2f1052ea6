/**
 * Count claims: a number in digits or words ("12", "اثني عشر", "مئة ألف", "15%"), the noun it
 * counts (the key two outlets must share), the words just before it and any qualifier
 * ("نحو", "أكثر من"). Days of the month and years inside date expressions are not counts.
 */
import type { Token } from '../../doc/types.ts';
import { loadNormSet } from '../summary/lists.ts';
import type { NumberClaim } from './claims.ts';
import { type DocContext, inDate, sentenceAt, spanTerms } from './context.ts';
import { countContextTable, lookupWord, numberWordTable, qualifierTable, unitTable } from './tables.ts';

/** A number phrase: its value and token range [from, to). */
export interface NumberPhrase {
  amount: number;
  from: number;
  to: number;
  percent: boolean;
}

/** Value of a digit token: "1,500" → 1500, "2.5" → 2.5, "15%" → 15. */
export function digitValue(norm: string): number {
  const s = norm.replace(/[%٪]$/, '').replace('٫', '.');
  if (/^\d{1,3}([,٬]\d{3})+$/.test(s)) return Number(s.replace(/[,٬]/g, ''));
  return Number(s.replace(',', '.'));
}

/** Prefixes a number word may carry: "وعشرون", "بعشرين" (not "ل": "لست" is "I am not"). */
const WORD_PREFIXES = ['و', 'ب'];

/** The number word of a token, allowing a leading conjunction or preposition. */
function wordValue(t: Token): number | undefined {
  const table = numberWordTable();
  if (t.kind !== 'word') return undefined;
  const v = table.get(t.norm);
  if (v !== undefined) return v;
  for (const p of WORD_PREFIXES)
    if (t.norm.startsWith(p) && t.norm.length > 3) return table.get(t.norm.slice(1));
  return undefined;
}

const isScale = (v: number | undefined) => v !== undefined && v >= 1000;
const isFraction = (v: number | undefined) => v !== undefined && v < 1;

/** One group: digits or words, then scale words ("3 ملايين", "عشرين مليار", "نصف مليون"). */
function readGroup(ts: Token[], i: number): { value: number; next: number; scaled: boolean } | null {
  let j = i;
  let current = 0;
  let any = false;
  if (ts[j]?.kind === 'number') {
    current = digitValue(ts[j].norm);
    if (!Number.isFinite(current)) return null;
    any = true;
    j++;
  }
  for (; j < ts.length; j++) {
    const v = wordValue(ts[j]);
    if (v === undefined || isScale(v)) break;
    if (isFraction(v)) {
      if (any || !isScale(wordValue(ts[j + 1] ?? ts[j]))) break; // "الربع الثاني" is a quarter, not a count
      current = v;
    } else if (v === 10 && current > 0 && current < 10 && ts[j].norm.replace(/^[وب]/, '').startsWith('عشر'))
      current += 10;
    else if (any && ts[j - 1]?.kind === 'number')
      break; // "5 ثلاثة" is two numbers
    else current += v;
    any = true;
  }
  let scaled = false;
  while (j < ts.length && isScale(wordValue(ts[j]))) {
    current = (current || 1) * wordValue(ts[j])!;
    scaled = true;
    any = true;
    j++;
  }
  return any ? { value: current, next: j, scaled } : null;
}

/** Read a number phrase starting at token i, or null: groups after a scale join on "و" ("3 ملايين و900 ألف"). */
export function readNumber(ts: Token[], i: number): NumberPhrase | null {
  const first = readGroup(ts, i);
  if (!first) return null;
  let amount = first.value;
  let j = first.next;
  let scaled = first.scaled;
  while (scaled) {
    const conj = ts[j]?.norm === 'و' ? j + 1 : ts[j]?.norm.startsWith('و') ? j : -1;
    if (conj < 0) break;
    const g = readGroup(ts, conj);
    if (!g || (conj === j && wordValue(ts[j]) === undefined)) break;
    amount += g.value;
    j = g.next;
    scaled = g.scaled;
  }
  let percent = /[%٪]$/.test(ts[j - 1].norm);
  const next = ts[j];
  if (!percent && next && unitTable().get(next.norm) === 'percent') {
    percent = true;
    j++;
  } else if (!percent && next?.norm === 'في' && unitTable().get(ts[j + 1]?.norm ?? '') === 'percent') {
    percent = true;
    j += 2;
  }
  return { amount, from: i, to: j, percent };
}

function qualifierBefore(ts: Token[], i: number): NumberClaim['qualifier'] {
  for (const q of qualifierTable()) {
    const k = q.words.length;
    if (i - k < 0) continue;
    if (q.words.every((w, x) => ts[i - k + x].norm === w)) return q.kind;
  }
  return undefined;
}

/** The counted noun after a phrase ("12 من الجنود" skips "من"). */
function nounAfter(ts: Token[], j: number): Token | undefined {
  if (ts[j]?.norm === 'من' && ts[j + 1]?.kind === 'word') return ts[j + 1];
  return ts[j]?.kind === 'word' ? ts[j] : undefined;
}

const LEAD_WORDS = 4;
const TRAIL_WORDS = 3;

/** Count claims of one article. */
export function numberClaims(ctx: DocContext): NumberClaim[] {
  const stop = loadNormSet('stopwords.txt');
  const ts = ctx.tokens.filter((t) => t.kind !== 'punct' || t.text === '%');
  const out: NumberClaim[] = [];
  for (let i = 0; i < ts.length; i++) {
    const starts =
      ts[i].kind === 'number' || (wordValue(ts[i]) !== undefined && ts[i - 1]?.kind !== 'number');
    if (!starts) continue;
    const phrase = readNumber(ts, i);
    if (!phrase) continue;
    const startTok = ts[phrase.from];
    const endTok = ts[phrase.to - 1];
    i = phrase.to - 1;
    if (inDate(ctx, startTok.start, endTok.end)) continue;
    // "نورد ستريم-2", "إف-16": a number glued to a name by a hyphen is part of the name
    if (/[-‐–]$/.test(ctx.body.slice(Math.max(0, startTok.start - 1), startTok.start))) continue;
    const noun = phrase.percent ? undefined : nounAfter(ts, phrase.to);
    if (noun && stop.has(noun.norm)) continue; // "2 خلال": no counted noun
    const unit = phrase.percent ? 'percent' : noun ? (lookupWord(unitTable(), noun) ?? noun.stem) : '';
    if (!unit) continue;
    // a bare year ("في 2018") or a lone word-number with no counted noun is not a count
    if (
      !phrase.percent &&
      lookupWord(unitTable(), noun!) === undefined &&
      phrase.amount >= 1900 &&
      phrase.amount <= 2100
    )
      continue;
    const sentence = sentenceAt(ctx, startTok.start);
    const after = phrase.to + (noun ? 1 : 0);
    const around = [
      ...ts.slice(Math.max(0, phrase.from - LEAD_WORDS), phrase.from),
      ...ts.slice(after, after + TRAIL_WORDS),
    ].filter((t) => t.start >= sentence.start && t.end <= sentence.end && t.kind === 'word');
    const lead = new Set(around.filter((t) => !stop.has(t.norm)).map((t) => t.stem));
    const happened = around.map((t) => lookupWord(countContextTable(), t)).find((c) => c !== undefined);
    out.push({
      kind: 'number',
      document: ctx.id,
      outlet: ctx.outlet,
      storyId: ctx.storyId,
      value: ctx.body.slice(startTok.start, endTok.end),
      start: startTok.start,
      end: endTok.end,
      sentence,
      terms: spanTerms(ctx, sentence),
      amount: phrase.amount,
      unit,
      noun: noun?.text ?? '%',
      generic: unit === 'generic',
      ...(happened ? { happened } : {}),
      lead,
      ...(qualifierBefore(ts, phrase.from) ? { qualifier: qualifierBefore(ts, phrase.from) } : {}),
    });
  }
  for (const c of out) {
    c.inSentence = out.filter((o) => o.unit === c.unit && o.sentence.start === c.sentence.start).length;
  }
  return out;
}
