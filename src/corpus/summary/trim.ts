/**
 * Cut a sentence loose from its article: drop a leading connective ("ومن جهته،", "وفي سياق
 * متصل،") that points at text the reader no longer has, and turn "وأضاف أن ..." into
 * "أضاف <speaker> أن ..." when the speaker is known, so the attribution survives.
 */
import type { Token } from '../../doc/types.ts';
import { normalizeText } from '../../text/index.ts';
import { loadList, loadNormSet } from './lists.ts';

/** The trimmed sentence: where the kept text starts in the body, and the text to show. */
export interface Trimmed {
  start: number;
  text: string;
  /** What was removed or changed, for debugging ("connective", "conjunction", "speaker"). */
  changes: string[];
}

let connectives: string[][] | null = null;

/** Connective phrases as lists of match-normalized words, longest first. */
function connectivePhrases(): string[][] {
  if (!connectives) {
    connectives = loadList('connectives.txt')
      .map((p) => normalizeText(p, 'match').replace(/[,،]/g, ' ').split(/\s+/).filter(Boolean))
      .sort((a, b) => b.length - a.length);
  }
  return connectives;
}

const PUNCT_AFTER = /^[\s,،:;؛\-–—]+/;

/** Word tokens of the sentence with their index, for phrase matching. */
function words(tokens: Token[]): Token[] {
  return tokens.filter((t) => t.kind !== 'punct' || t.text === '،' || t.text === ',');
}

/** End offset of a leading connective, or -1. */
function matchConnective(body: string, ws: Token[]): number {
  const plain = ws.filter((t) => t.kind === 'word');
  const verbs = loadNormSet('reporting-verbs.txt');
  for (const phrase of connectivePhrases()) {
    if (phrase.length >= plain.length) continue;
    if (!phrase.every((w, i) => plain[i].norm === w)) continue;
    const end = plain[phrase.length - 1].end;
    // one word ("كما", "لكن") is a connective only when a comma or a reporting verb follows it:
    // "كما هو متوقع" is a normal clause
    if (phrase.length === 1 && !/^\s*[,،]/.test(body.slice(end)) && !verbs.has(plain[1].norm)) continue;
    return end;
  }
  return -1;
}

/** A dateline ("جدة - (وكالة الرافد) - ", "بيروت – ") opening an article: up to three words, a dash, maybe a credit and a dash. */
const DATELINE =
  /^[^\s\-–—.،,:()]+(?:\s[^\s\-–—.،,:()]+){0,2}\s+[-–—]\s+(?:\(?[^()\-–—\n.]{2,40}\)?\s+[-–—]\s+)?/;

/** Length of the dateline at the start of an article's first sentence (0 when none). */
export function datelineLength(sentence: string): number {
  const m = DATELINE.exec(sentence);
  // what follows must be a sentence, not the rest of a title ("أوكرانيا - روسيا: ...")
  return m && sentence.length - m[0].length > 40 ? m[0].length : 0;
}

/**
 * Trim the sentence `body.slice(start, end)` whose tokens are `tokens`. `speaker` is who the
 * quote stage says speaks in this sentence, if anyone; `opensArticle` when it is the article's
 * first sentence, where a dateline may stand.
 */
export function trimSentence(
  body: string,
  start: number,
  end: number,
  tokens: Token[],
  speaker?: string,
  opensArticle = false,
): Trimmed {
  const changes: string[] = [];
  let s = start;
  if (opensArticle) {
    const d = datelineLength(body.slice(start, end));
    if (d > 0) {
      s += d;
      changes.push('dateline');
    }
  }
  const cut = matchConnective(body, words(tokens.filter((t) => t.start >= s)));
  if (cut > 0 && cut < end) {
    const rest = body.slice(cut, end);
    const skip = rest.match(PUNCT_AFTER)?.[0].length ?? 0;
    if (cut + skip < end && skip > 0) {
      s = cut + skip;
      changes.push('connective');
    }
  }
  const first = tokens.find((t) => t.start >= s && t.kind === 'word');
  if (!first) return { start: s, text: body.slice(s, end), changes };
  const verbs = loadNormSet('reporting-verbs.txt');
  const bare = first.norm.startsWith('و') || first.norm.startsWith('ف') ? first.norm.slice(1) : '';
  if (bare && !verbs.has(bare) && loadNormSet('conjunction-heads.txt').has(bare)) {
    changes.push('conjunction');
    return { start: first.start + 1, text: body.slice(first.start + 1, end), changes };
  }
  if (bare && verbs.has(bare)) {
    const verbEnd = first.end;
    const next = tokens.find((t) => t.start >= verbEnd && t.kind === 'word');
    const verb = body.slice(first.start + 1, verbEnd);
    s = first.start + 1;
    changes.push('conjunction');
    if (next && (next.norm === 'ان' || next.norm === 'انه' || next.norm === 'انها') && speaker) {
      changes.push('speaker');
      return { start: s, text: `${verb} ${speaker} ${body.slice(next.start, end)}`, changes };
    }
  }
  return { start: s, text: body.slice(s, end), changes };
}
