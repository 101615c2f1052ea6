/**
 * Line classification for text copied from a browser: each line is body or one removal kind
 * (caption, credit, promo, related, navigation, comments, share, source-line, dateline, title,
 * byline, other). Rules run in a fixed order from the surest (phrase lists, credits) to the
 * ones that need context (the title, runs of related headlines).
 */
import type { RemovedKind } from '../../doc/types.ts';
import { cleanData } from '../data.ts';
import { type LineFeatures, lineFeatures, matchPhrase } from './features.ts';

/** One classified line. */
export interface LineLabel {
  text: string;
  kind: 'body' | RemovedKind;
  reason: string;
}

/** What the classifier may know besides the lines. */
export interface ClassifyOptions {
  /** The title is already known (JSONL/HTML): no line is taken as the title. */
  titleKnown?: boolean;
  /** Normalized lines this outlet repeats across articles (see templates.ts). */
  templates?: Set<string>;
  /** The given title (JSONL, feed): the line repeating it is marked as the title. */
  title?: string;
  /** Lines come from HTML paragraphs (already structured): skip the title and run rules. */
  fromHtml?: boolean;
}

/** Most words a headline-like line has. */
const HEADLINE_WORDS = 20;
/** Shortest repeated HTML paragraph that is dropped as a copy. */
const MIN_HTML_REPEAT_WORDS = 12;
/** Lines this long are prose whatever their punctuation. */
const PROSE_WORDS = 30;

/** A line that reads like a headline: short, no sentence end (a question is fine), no body evidence. */
function headlineLike(f: LineFeatures): boolean {
  const question = /[؟?]["'»”]?$/u.test(f.text);
  return (
    f.words >= 2 && f.words <= HEADLINE_WORDS && (!f.endsSentence || question) && !f.connective && !f.speech
  );
}

/** A dateline line: places joined by / or ، then a dash and an outlet or agency. */
export function datelineParts(text: string): { places: string; source: string } | null {
  const m = /^([\p{L} ]{2,25}(?:\s*[/،,]\s*[\p{L} ]{2,25}){0,3})\s*[-–—]\s*([\p{L} .]{2,25})$/u.exec(
    text.trim(),
  );
  if (!m || m[0].split(/\s+/).length > 8) return null;
  return { places: m[1].trim(), source: m[2].trim() };
}

/**
 * A line that is only a date or time ("10/3/2024", "الأربعاء 3 أبريل 2024", "آخر تحديث: ...
 * 12:30"): digits make most of it and at most three words remain once they are gone.
 */
function dateOnly(f: LineFeatures): boolean {
  if (f.words > 8 || /[.!؟]$/.test(f.text.trim())) return false;
  if (!/(?:^|\D)(?:19|20)\d{2}(?:\D|$)|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}:\d{2}/.test(f.text))
    return false;
  const words = f.text
    .replace(/[\d\u0660-\u0669]+/g, ' ')
    .split(/[\s/:,،\-–|]+/)
    .filter((w) => /\p{L}/u.test(w));
  const numbers = f.text.match(/[\d\u0660-\u0669]+/g) ?? [];
  return numbers.length <= 5 && words.length <= 4;
}

/** "وكالة الرافد للأنباء | الثلاثاء 11 فبراير 2025 - 06:40 م": a name and a date; returns the name. */
export function outletAndDate(text: string): string | null {
  const parts = text.split(/\s+[|•]\s+/);
  if (parts.length !== 2) return null;
  const [a, b] = parts.map((p) => p.trim());
  const isDate = (s: string) => dateOnly(lineFeatures(s));
  const name = isDate(b) ? a : isDate(a) ? b : null;
  return name && name.split(/\s+/).length <= 5 ? name : null;
}

/** "الرئيسية › دولية", "الرئيسية / عربي ودولي / أوروبا": short segments joined by separators. */
function breadcrumb(text: string): boolean {
  const parts = text.split(/\s*[›»>/|]\s*/).filter(Boolean);
  if (parts.length < 2 || !/[›»>/|]/.test(text)) return false;
  return parts.every((p) => p.split(/\s+/).length <= 3 && !/[.!؟]$/.test(p));
}

/** Rules that look at one line alone. Returns null for "no opinion". */
function singleLineRule(f: LineFeatures, opts: ClassifyOptions): LineLabel | null {
  const { linePhrases, captionMarkers } = cleanData();
  const label = (kind: LineLabel['kind'], reason: string): LineLabel => ({ text: f.text, kind, reason });
  if (f.punctOnly) return label('other', 'punctuation only');
  if (f.creditOnly) return label('credit', `credit line (${f.creditOnly})`);
  if (opts.templates?.has(f.key) && f.words <= PROSE_WORDS) return label('other', 'outlet template');
  const phrase = matchPhrase(f.key, linePhrases);
  if (phrase) return label(phrase.kind as RemovedKind, `phrase "${phrase.phrase}"`);
  if (f.words <= PROSE_WORDS) {
    const caption = matchPhrase(f.key, captionMarkers, PROSE_WORDS);
    if (caption && !f.connective) return label('caption', `caption marker "${caption.phrase}"`);
    if (f.creditAtEnd && !f.connective && !/[.!؟]\s*\([^()]*\)\s*$/u.test(f.text)) {
      return label('caption', `credit (${f.creditAtEnd}) at the end`);
    }
  }
  if (dateOnly(f)) return label('other', 'date or time line');
  if (outletAndDate(f.text)) return label('byline', 'outlet or author with a date');
  if (f.latin > 0.6 && f.words <= 60 && !opts.fromHtml)
    return label('caption', 'non-Arabic line in Arabic text');
  if (!opts.fromHtml && datelineParts(f.text) && f.words <= 8) return label('dateline', 'places - source');
  if (!opts.fromHtml && breadcrumb(f.text)) return label('navigation', 'breadcrumb');
  return null;
}

/** Pick the title among the first lines: the longest headline-like line before the body starts. */
function pickTitle(labels: LineLabel[], feats: LineFeatures[]): number {
  let best = -1;
  for (let i = 0; i < labels.length && i < 4; i++) {
    if (labels[i].kind !== 'body') continue;
    const f = feats[i];
    if (f.connective || f.speech || f.words > 30) break;
    if (f.words >= 3 && !/[.!]$/.test(f.text.trim()) && (best < 0 || f.words > feats[best].words)) best = i;
  }
  return best;
}

/** The line (among the first ones) that repeats a given title, or -1. */
function givenTitleLine(feats: LineFeatures[], title: string): number {
  const key = lineFeatures(title).key;
  return feats.slice(0, 6).findIndex((f) => f.key === key);
}

/** Classify the lines (paragraphs) of one article, in order. */
export function classifyLines(lines: string[], opts: ClassifyOptions = {}): LineLabel[] {
  const feats = lines.map(lineFeatures);
  const labels = feats.map(
    (f) => singleLineRule(f, opts) ?? { text: f.text, kind: 'body' as const, reason: '' },
  );
  // Repeated lines (a photo's alt text and caption, pasted twice): the copies go.
  const seen = new Map<string, number>();
  feats.forEach((f, i) => {
    const first = seen.get(f.key);
    if (first === undefined) {
      seen.set(f.key, i);
      return;
    }
    // Tables and lists repeat short cells ("Meal 2", "Eat every 2–3 hours"): only text dumps
    // repeat a caption, so short repeats in HTML stay.
    if (labels[i].kind !== 'body' || (opts.fromHtml && f.words < MIN_HTML_REPEAT_WORDS)) return;
    const kind = labels[first].kind === 'body' && headlineLike(f) ? 'caption' : labels[first].kind;
    if (kind === 'caption') labels[first] = { ...labels[first], kind, reason: 'repeated line' };
    labels[i] = { text: f.text, kind: kind === 'body' ? 'other' : kind, reason: 'repeated line' };
  });
  markCaptionsBeforeCredits(labels, feats);
  markRelatedAfterHeader(labels, feats);
  if (opts.fromHtml) return labels;
  // Title and what sits above it (breadcrumbs, kickers).
  if (!opts.titleKnown || opts.title) {
    const t = opts.title ? givenTitleLine(feats, opts.title) : pickTitle(labels, feats);
    if (t >= 0) {
      labels[t] = { ...labels[t], kind: 'title', reason: 'first headline-like line' };
      for (let i = 0; i < t; i++) {
        if (labels[i].kind === 'body')
          labels[i] = {
            ...labels[i],
            kind: feats[i].words >= 3 && i === t - 1 ? 'title' : 'navigation',
            reason: 'above the title',
          };
      }
    }
  }
  markHeaderZone(labels, feats);
  markRelatedRuns(labels, feats);
  markTail(labels, feats);
  return labels;
}

/** A line that starts the article text: long, or a sentence, or opened by a connective or speech verb. */
function bodyLike(f: LineFeatures): boolean {
  return f.words >= 10 || f.endsSentence || f.connective || f.speech;
}

/** Between the title and the first line of text: short lines are categories and labels. */
function markHeaderZone(labels: LineLabel[], feats: LineFeatures[]): void {
  const title = labels.findIndex((l) => l.kind === 'title');
  for (let i = title + 1; i < labels.length; i++) {
    if (labels[i].kind !== 'body') continue;
    if (bodyLike(feats[i]) || feats[i].words > 4) return;
    labels[i] = { ...labels[i], kind: 'navigation', reason: 'category between title and text' };
  }
}

/** The short line just above a credit line ("(رويترز)") is the photo's caption. */
function markCaptionsBeforeCredits(labels: LineLabel[], feats: LineFeatures[]): void {
  for (let i = 1; i < labels.length; i++) {
    if (labels[i].kind !== 'credit') continue;
    const f = feats[i - 1];
    if (labels[i - 1].kind === 'body' && f.words <= 25 && !f.endsSentence && !f.connective) {
      labels[i - 1] = { ...labels[i - 1], kind: 'caption', reason: 'above a credit line' };
    }
  }
}

/** Most words a "related" header has ("اقرأ أيضا", "You may also like...") before its list. */
const RELATED_HEADER_WORDS = 5;

/** The headline-like lines right after a bare "related" header are the links it introduces. */
function markRelatedAfterHeader(labels: LineLabel[], feats: LineFeatures[]): void {
  for (let i = 0; i < labels.length; i++) {
    if (labels[i].kind !== 'related' || feats[i].words > RELATED_HEADER_WORDS) continue;
    for (let j = i + 1; j < labels.length && labels[j].kind === 'body' && headlineLike(feats[j]); j++) {
      labels[j] = { ...labels[j], kind: 'related', reason: 'listed under a related header' };
    }
  }
}

/** Two or more headline-like lines in a row inside the body are related-article links. */
function markRelatedRuns(labels: LineLabel[], feats: LineFeatures[]): void {
  let run: number[] = [];
  const close = () => {
    if (run.length >= 2)
      for (const i of run) labels[i] = { ...labels[i], kind: 'related', reason: 'run of headlines' };
    run = [];
  };
  labels.forEach((l, i) => {
    if (l.kind !== 'body') return;
    if (headlineLike(feats[i])) run.push(i);
    else close();
  });
  close();
}

/** Short non-sentence lines after the last body paragraph are page furniture. */
function markTail(labels: LineLabel[], feats: LineFeatures[]): void {
  for (let i = labels.length - 1; i >= 0; i--) {
    if (labels[i].kind !== 'body') continue;
    const f = feats[i];
    if (f.words <= 6 && !f.endsSentence && !f.speech)
      labels[i] = { ...labels[i], kind: 'navigation', reason: 'after the article' };
    else break;
  }
}
