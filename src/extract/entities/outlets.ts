/**
 * Names that a head noun or quotation marks introduce: news outlets and companies (صحيفة
 * الراية، لإذاعة موزاييك أف أم، لموقع "مصراوي"، قال لـ"العربية") and the short
 * name in brackets or quotes after an organisation (وكالة الأنباء الأردنية (بترا)). The tagger
 * knows few of these names and often reads them as common words (الغد = tomorrow, الراية = the
 * flag) or as places. The name is an organisation without its head: news cites an outlet by
 * name alone. Heads are data (data/ner/outlet-heads.txt).
 */
import { join } from 'node:path';
import type { Token } from '../../doc/types.ts';
import { stopwordSet } from '../../text/lexicon.ts';
import { DATA_DIR } from '../../util/paths.ts';
import { dictionaryClass } from '../ner/features.ts';
import { dataSections } from '../ner/lexicon.ts';
import { JOINED_PARTICLE, spanMention } from './spans.ts';
import type { Placed } from './titles.ts';

interface OutletHeads {
  /** Heads whose next word is a name, quoted or not. */
  bare: Set<string>;
  /** Heads that introduce a name only in quotation marks. */
  quoted: Set<string>;
  tail: Set<string>;
  /** Heads that are also place nouns (قناة, a canal). */
  places: Set<string>;
  /** Words that make a head a common phrase (صحيفة الاتهام). */
  not: Set<string>;
}

let table: OutletHeads | null = null;

function outletHeads(): OutletHeads {
  if (!table) {
    const s = dataSections(join(DATA_DIR, 'ner', 'outlet-heads.txt'));
    table = {
      bare: new Set(s.get('')),
      quoted: new Set(s.get('quoted')),
      tail: new Set(s.get('tail')),
      places: new Set(s.get('place')),
      not: new Set(s.get('not')),
    };
  }
  return table;
}

/** Words inside quotation marks or brackets that can be a name, at most. */
const MAX_QUOTED = 4;
/** "لـ" written apart before a quoted name (قال لـ"الغد"): the preposition alone. */
const TO = 'ل';

/** The head at `t` without a joined particle, or null. */
function headOf(t: Token | undefined): string | null {
  if (t?.kind !== 'word') return null;
  const { bare, quoted } = outletHeads();
  const rest = t.norm.slice(JOINED_PARTICLE.exec(t.norm)?.[0].length ?? 0);
  for (const w of [t.norm, rest]) if (bare.has(w) || quoted.has(w)) return w;
  return null;
}

/** "لـ" written apart (its tatweel makes the text differ from the bare letter). */
function isApartTo(t: Token | undefined): boolean {
  return t?.norm === TO && t.text !== TO;
}

/** A quoted name after `t` is a name (an outlet's, a company's), not a quotation: لصحيفة، لـ. */
export function introducesName(t: Token | undefined): boolean {
  return headOf(t) !== null || isApartTo(t);
}

const isQuote = (t: Token | undefined) => t?.kind === 'punct' && t.norm === '"';
const isOpen = (t: Token | undefined) => isQuote(t) || t?.text === '(';

/** End of a quoted or bracketed name opening at token `i` (the mark), or -1. */
function quotedEnd(tokens: readonly Token[], i: number): number {
  const open = tokens[i];
  // A name opens with a name word, not a particle or a verb of speech ("إن" after a quote's end).
  if (!isOpen(open) || tokens[i + 1]?.kind !== 'word' || stopwordSet().has(tokens[i + 1].norm)) return -1;
  for (let j = i + 1; j < tokens.length && j - i - 1 <= MAX_QUOTED; j++) {
    const t = tokens[j];
    const closes = open.text === '(' ? t.text === ')' : isQuote(t);
    if (closes) return j > i + 1 ? j : -1;
    if (t.kind !== 'word' && t.kind !== 'latin' && t.kind !== 'number') return -1;
  }
  return -1;
}

/** End of a broadcaster's name at token `end` with its FM tail ("موزاييك أف أم"). */
function withTail(tokens: readonly Token[], end: number): number {
  const { tail } = outletHeads();
  let j = end;
  while (j < tokens.length && j - end < 2 && tail.has(tokens[j].norm)) j++;
  return j - end === 2 ? j : end;
}

/** A word that can be a name on its own after a head: definite, or no dictionary word. */
function nameWord(t: Token | undefined): boolean {
  if (t?.kind !== 'word' || stopwordSet().has(t.norm) || t.norm.length < 3) return false;
  if (outletHeads().not.has(t.norm)) return false;
  return t.norm.startsWith('ال') || dictionaryClass(t.text, 0) === '-';
}

/** What the search for names knows of an article's mentions and words. */
interface Context {
  /** The mention starting at token j. */
  at(j: number): Placed | undefined;
  /** A listed place name (السويس). */
  isPlace(t: Token): boolean;
}

/** Token range [from, to) of the name the head at `i` introduces, or null. */
function nameAfterHead(
  tokens: readonly Token[],
  i: number,
  cx: Context,
): { from: number; to: number } | null {
  const head = headOf(tokens[i]) ?? (isApartTo(tokens[i]) ? TO : null);
  if (!head) return null;
  const q = quotedEnd(tokens, i + 1);
  if (q > 0) return { from: i + 2, to: q };
  const { bare, places } = outletHeads();
  if (!bare.has(head)) return null;
  const next = cx.at(i + 1);
  // A head that is also a place noun names a place after it (قناة السويس is a canal).
  const place = next ? next.mention.type === 'LOC' : cx.isPlace(tokens[i + 1]);
  if (place && places.has(head)) return null;
  if (next) return { from: i + 1, to: withTail(tokens, next.to) };
  const genitive = cx.at(i + 2);
  if (genitive && tokens[i + 1].kind === 'word' && !tokens[i + 1].norm.startsWith('ال'))
    return { from: i + 1, to: genitive.to };
  return nameWord(tokens[i + 1]) ? { from: i + 1, to: withTail(tokens, i + 2) } : null;
}

/** Add the names that heads, quotation marks and brackets introduce (see module header). */
export function findOutletNames(
  body: string,
  tokens: readonly Token[],
  found: Placed[],
  isPlace: (t: Token) => boolean,
): Placed[] {
  const starts = new Map(found.map((p) => [p.from, p]));
  const cx: Context = { at: (j) => starts.get(j), isPlace };
  const ends = new Map(found.filter((p) => p.mention.type === 'ORG').map((p) => [p.to, p]));
  const added: Placed[] = [];
  const gone = new Set<Placed>();
  for (let i = 0; i < tokens.length; i++) {
    // A head inside a mention stays; the tagger's organisation that opens with the head
    // ("صحيفة الأهرام") gives way to the name after it.
    const own = found.find((p) => p.from <= i && i < p.to);
    if (own && !(own.from === i && own.mention.type === 'ORG')) continue;
    let span = nameAfterHead(tokens, i, cx);
    // the short name in brackets or quotes right after an organisation
    if (!span && ends.has(i) && !isQuote(tokens[(ends.get(i)?.from ?? 0) - 1])) {
      const q = quotedEnd(tokens, i);
      if (q > 0) span = { from: i + 1, to: q };
    }
    if (!span) continue;
    const { from, to } = span;
    // Mentions inside the name give way to it (and the head's own); one reaching out of it wins.
    const overlap = found.filter((p) => p.from < to && from < p.to);
    const yields = (p: Placed) => (from <= p.from && p.to <= to) || (p === own && p.to <= to);
    if (!overlap.every(yields)) continue;
    for (const p of overlap) gone.add(p);
    added.push({ mention: spanMention(body, tokens, from, to, 'ORG'), from, to });
    i = to - 1;
  }
  return [...found.filter((p) => !gone.has(p)), ...added].sort((a, b) => a.from - b.from);
}
