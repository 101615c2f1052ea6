/**
 * Line features for classifying text copied from a browser: length, sentence punctuation,
 * connectives and speech verbs (body evidence), agency credits in parentheses, script mix and
 * phrase-list matches. Every feature is cheap and independent of the others.
 */
import { cleanData, type PhraseRule, phraseKey } from '../data.ts';

/** What we know of one line. */
export interface LineFeatures {
  text: string;
  key: string;
  words: number;
  /** Ends like a sentence (. ! ؟ … or a closing quote after one). */
  endsSentence: boolean;
  /** First word(s) are a connective (و/ف + verb, "من جهته" ...). */
  connective: boolean;
  /** Has a reporting/speech verb. */
  speech: boolean;
  /** Ends with a parenthesized credit: "(رويترز)", "(الأناضول)". */
  creditAtEnd: string | null;
  /** Share of letters that are Latin. */
  latin: number;
  /** Only punctuation and symbols. */
  punctOnly: boolean;
  /** The whole line is a parenthesized agency: "(رويترز)"; the agency. */
  creditOnly: string | null;
}

const SENTENCE_END = /[.!؟?…:]["'»”)\]]*$/u;

/** The agency named by `text`, when the whole text is one of the agency variants. */
export function agencyOf(text: string): string | null {
  const key = phraseKey(text);
  for (const a of cleanData().agencies) if (a.variants.some((v) => phraseKey(v) === key)) return a.name;
  return null;
}

/** Agencies mentioned anywhere in `text` as whole words. */
export function agenciesIn(text: string): string[] {
  const key = ` ${phraseKey(text).replace(/[^\p{L}\p{N} ]+/gu, ' ')} `;
  const out: string[] = [];
  for (const a of cleanData().agencies) {
    for (const v of a.variants) {
      const vk = phraseKey(v).replace(/[^\p{L}\p{N} ]+/gu, ' ');
      if (vk.length >= 2 && key.includes(` ${vk} `)) {
        out.push(a.name);
        break;
      }
    }
  }
  return out;
}

function latinShare(text: string): number {
  let latin = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c >= 0x61 && c <= 0x7a) {
      latin++;
      letters++;
    } else if (text.charCodeAt(i) >= 0x0621 && text.charCodeAt(i) <= 0x06ff) letters++;
  }
  return letters ? latin / letters : 0;
}

/**
 * Lines longer than this are prose for every rule (all word rules stop at 30 words), so their
 * features are computed without normalizing the whole line: the hot path on long pages.
 */
const LONG_LINE_WORDS = 30;

/** Compute the features of one line. */
export function lineFeatures(text: string): LineFeatures {
  const { connectives, speechVerbs } = cleanData();
  const rough = text.split(/\s+/).length;
  if (rough > LONG_LINE_WORDS) {
    const trimmed = text.trim();
    return {
      text,
      key: trimmed.replace(/\s+/g, ' '),
      words: rough,
      endsSentence: SENTENCE_END.test(trimmed),
      connective: false,
      speech: false,
      creditAtEnd: null,
      latin: latinShare(text),
      punctOnly: false,
      creditOnly: null,
    };
  }
  const key = phraseKey(text);
  const words = key.split(' ').filter(Boolean);
  const bare = words.map((w) => w.replace(/^[وف](?=\p{L}{3})/u, '').replace(/[^\p{L}]/gu, ''));
  const paren = /\(([^()]{2,40})\)\s*$/u.exec(text);
  return {
    text,
    key,
    words: words.length,
    endsSentence: SENTENCE_END.test(text.trim()),
    connective: connectives.some((c) => key.startsWith(`${c} `) || key === c),
    speech:
      bare.some((w) => speechVerbs.has(w)) || words.some((w) => speechVerbs.has(w.replace(/[^\p{L}]/gu, ''))),
    creditAtEnd: paren ? (agencyOf(paren[1]) ?? null) : null,
    latin: latinShare(text),
    punctOnly: !/[\p{L}\p{N}]/u.test(text),
    creditOnly: paren && paren.index === 0 && text.trim().startsWith('(') ? agencyOf(paren[1]) : null,
  };
}

/** The first phrase rule matching a line's key, or null. Long lines only match "whole". */
export function matchPhrase(key: string, rules: PhraseRule[], maxWords = 14): PhraseRule | null {
  const long = key.split(' ').length > maxWords;
  for (const r of rules) {
    if (r.where === 'whole') {
      if (key === r.phrase || key.replace(/[:.!]+$/, '') === r.phrase) return r;
      continue;
    }
    if (long) continue;
    if (r.where === 'start' && key.startsWith(r.phrase)) return r;
    if (r.where === 'end' && key.endsWith(r.phrase)) return r;
    if (r.where === 'any' && key.includes(r.phrase)) return r;
  }
  return null;
}
