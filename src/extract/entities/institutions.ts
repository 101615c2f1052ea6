/**
 * Institutions named by a generic head noun and its modifiers: وزارة الصحة، محكمة النقض، مجلس
 * النواب، النيابة العامة، مصرف لبنان، المديرية العامة للأرصاد الجوية، محكمة جنايات القاهرة،
 * هيئة سوق المال، أمانة عمّان الكبرى. News names them all the time, and the tagger, which
 * learned names rather than noun phrases, mostly misses them. The heads are data
 * (data/ner/institution-heads.txt). After the head, in order:
 * 1. up to two indefinite nouns of a genitive chain ("جنايات", "سوق"), which only count when a
 *    definite word or a place closes the chain;
 * 2. a place name, which may take nisba adjectives after it ("عمّان الكبرى"); or a first
 *    definite word ("الصحة", "النقض");
 * 3. after that first definite word, only what continues a name: coordination ("والسكان"), a
 *    genitive with لل ("للأرصاد"), an adjective ("الجوية", "العليا") or a place, which ends
 *    it as in 2 ("مجلس الناتو وروسيا"). Any other definite
 *    word is the next part of the sentence ("استقبلت وزارة الصحة الوفد"), and time words and
 *    relative pronouns ("الأسبوع المقبل", "التي") never continue a name; nor does a coordinated
 *    word after a nationality ("... اليمنيين والحكومة") or the people a body serves ("للمواطنين");
 * 4. after an adjective, a genitive that completes the name ("الاتحاد المصري لكرة القدم").
 * At most four words follow the head (a closing genitive may add two). Besides: a head with ال
 * is a name with a naming adjective (الهيئة العامة) or a nisba and a genitive (الشركة السعودية
 * للكهرباء); words no dictionary knows after شركة/مجموعة/بنك are a company's name, without the
 * generic شركة (هواوي الصينية); "مجلس إدارة" is part of a title, the institution follows it.
 */
import { join } from 'node:path';
import type { Token } from '../../doc/types.ts';
import { normalizeText } from '../../text/index.ts';
import { stopwordSet } from '../../text/lexicon.ts';
import { DATA_DIR } from '../../util/paths.ts';
import { readTable } from '../dates/table.ts';
import { dictionaryClass } from '../ner/features.ts';
import { dataSections } from '../ner/lexicon.ts';
import { isListedPlaceWord, isNationality, JOINED_PARTICLE, spanMention } from './spans.ts';
import type { Placed } from './titles.ts';

/** Words after the head, at most. */
const MAX_MODIFIERS = 4;
/** Indefinite nouns of a genitive chain before its definite end ("هيئة تنظيم قطاع الاتصالات"). */
const MAX_INDEFINITE = 2;

interface HeadTable {
  bare: Set<string>;
  definite: Set<string>;
  adjectives: Set<string>;
  /** Joined forms that are set phrases (برئاسة), and/ف stripped. */
  not: Set<string>;
  /** Heads with ال that open a name when a naming adjective follows (الهيئة العامة). */
  namedBy: Set<string>;
  /** The naming adjectives: العامة، الوطنية، العليا. */
  naming: Set<string>;
  /** Words after "مجلس" that make it the board of the institution named next (إدارة، أمناء). */
  board: Set<string>;
  /** Heads with ال that any nisba adjective makes a name (الاتحاد الأوروبي). */
  nisba: Set<string>;
  /** Heads after which words unknown to the dictionary are the name (مجموعة سينوبك). */
  foreign: Set<string>;
  /** Such heads that are no part of the name (شركة in شركة هواوي). */
  generic: Set<string>;
}

let heads: HeadTable | null = null;

function headTable(): HeadTable {
  if (!heads) {
    const sections = dataSections(join(DATA_DIR, 'ner', 'institution-heads.txt'));
    const words = sections.get('') ?? [];
    heads = {
      bare: new Set(words.filter((w) => !w.startsWith('ال'))),
      definite: new Set(words.filter((w) => w.startsWith('ال'))),
      adjectives: new Set(sections.get('adjective')),
      not: new Set(sections.get('not')),
      namedBy: new Set([
        ...words
          .filter((w) => !w.startsWith('ال') && !sections.get('bare')?.includes(w))
          .map((w) => `ال${w}`),
        ...(sections.get('named') ?? []),
      ]),
      naming: new Set(sections.get('naming')),
      board: new Set(sections.get('board')),
      nisba: new Set(sections.get('nisba')),
      foreign: new Set([...(sections.get('foreign') ?? []), ...(sections.get('generic') ?? [])]),
      generic: new Set(sections.get('generic')),
    };
  }
  return heads;
}

/**
 * Length of the particle joined to a head with ال at token `i` that the words after it make a
 * name, or -1. A naming adjective does ("والهيئة العامة"); a nationality or other nisba
 * adjective does when a genitive completes the name ("الشركة السعودية للكهرباء", "الاتحاد
 * المصري لكرة القدم"), and alone after the heads listed under [nisba] ("الاتحاد الأوروبي"),
 * where "الشركة الصينية" only describes a company.
 */
function namedHeadParticle(tokens: readonly Token[], i: number): number {
  const { namedBy, naming, nisba } = headTable();
  const t = tokens[i];
  const next = tokens[i + 1];
  if (t?.kind !== 'word' || !next) return -1;
  const particle = /^[وف]/.exec(t.norm)?.[0] ?? '';
  const head = t.norm.slice(particle.length);
  if (!namedBy.has(head) && !nisba.has(head)) return -1;
  if (naming.has(next.norm)) return namedBy.has(head) ? particle.length : -1;
  if (!isAdjective(next)) return -1;
  return nisba.has(head) || genitiveOfName(tokens, i + 2, i + 5) > i + 2 ? particle.length : -1;
}

/** "لإدارة" before a definite word ("لإدارة الحالات"): a genitive with ل that continues a name. */
function isGenitiveStart(t: Token, next: Token | undefined): boolean {
  return (
    t.kind === 'word' &&
    /^ل[^ل]\S{2,}$/.test(t.norm) &&
    !!next &&
    isDefinite(next) &&
    !stopwordSet().has(t.norm) &&
    dictionaryClass(t.text, 1) !== 'V'
  );
}

/** Token `j` is a head that opens an institution of its own ("والمجلس الأعلى", "والشركة العامة"). */
function startsInstitution(tokens: readonly Token[], j: number): boolean {
  return headParticle(tokens[j]) >= 0 || namedHeadParticle(tokens, j) >= 0;
}

/** End (exclusive) of a name opened by a head with ال and its naming adjective at `i + 1`. */
function namedEnd(tokens: readonly Token[], i: number): number {
  const limit = Math.min(tokens.length, i + 2 + MAX_MODIFIERS);
  let j = i + 2;
  while (j < limit) {
    // "والشركة العامة": the next institution, not a part of this one
    if (startsInstitution(tokens, j)) break;
    if (continuesName(tokens[j])) j++;
    else if (j + 1 < limit && isGenitiveStart(tokens[j], tokens[j + 1])) j += 2;
    else break;
  }
  return j;
}

/**
 * "مجلس إدارة" / "مجلس أمناء" before another name: the board of that institution ("رئيس مجلس
 * إدارة بنك الكويت الوطني"), so the institution is what follows, not the board.
 */
function isBoardOf(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  return t.kind === 'word' && /^[وفل]?مجلس$/.test(t.norm) && !!next && headTable().board.has(next.norm);
}

/** Whether a match-normalized word is an institution head ("وزارة", "النيابة"). */
export function isInstitutionHead(word: string): boolean {
  const { bare, definite } = headTable();
  return bare.has(word) || definite.has(word);
}

let timeWords: Set<string> | null = null;

/** Weekdays, months and relative date words (match-normalized): "مجلس النواب الأسبوع المقبل". */
function timeWordSet(): Set<string> {
  if (!timeWords) {
    const keys = ['weekdays.txt', 'months.txt', 'date-modifiers.txt', 'relative-dates.txt'].flatMap((f) =>
      readTable(f).flatMap((r) => r.key.split(/\s+/)),
    );
    timeWords = new Set(keys.map((k) => normalizeText(k, 'match')));
  }
  return timeWords;
}

/**
 * Length (match-normalized) of the particle joined to a head noun at token `t`, or -1 when `t`
 * is no head. "للنيابة" (ل + النيابة) gives 0: the span keeps the word whole.
 */
function headParticle(t: Token): number {
  if (t.kind !== 'word') return -1;
  const { bare, definite, not } = headTable();
  const n = t.norm;
  if (bare.has(n) || definite.has(n)) return 0;
  if (not.has(n.replace(/^[وف]/, ''))) return -1;
  const particle = JOINED_PARTICLE.exec(n)?.[0] ?? '';
  const rest = n.slice(particle.length);
  if (!particle || rest.length < 3) return -1;
  if (bare.has(rest) || definite.has(rest)) return particle.length;
  // لل joined to a definite head: "للنيابة" is ل + النيابة
  return particle.endsWith('ل') && definite.has(`ال${rest.slice(1)}`) ? 0 : -1;
}

/** A definite word, or one joined to لل or وال: "الصحة", "للأرصاد", "والسكان". */
function isDefinite(t: Token): boolean {
  return (
    t.kind === 'word' &&
    /^(?:و?ال|لل)\S{2,}/.test(t.norm) &&
    !stopwordSet().has(t.norm) &&
    !timeWordSet().has(t.norm.replace(/^و/, ''))
  );
}

/** An adjective that may follow a name's definite word or place: nisba ("الجوية") or listed. */
function isAdjective(t: Token): boolean {
  if (!isDefinite(t) || !t.norm.startsWith('ال')) return false;
  // "النادي" ends like a nisba but is a head noun: the object after a name, not its adjective
  if (headTable().bare.has(t.norm.slice(2))) return false;
  // nisba, singular or plural (الجوية، اليمنيين، الفلسطينيون)
  return /(?:ي|يه|يين|يون)$/.test(t.norm) || headTable().adjectives.has(t.norm);
}

/** What continues a name after its first definite word: "والسكان", "للأرصاد", "العليا". */
function continuesName(t: Token): boolean {
  return isDefinite(t) && (/^(?:وال|لل)/.test(t.norm) || isAdjective(t)) && !isServedPeople(t);
}

/** "للمواطنين": a plural of people after لل is who the body serves, not its name. */
function isServedPeople(t: Token): boolean {
  return /^لل\S{3,}ين$/.test(t.norm);
}

/**
 * An indefinite nisba adjective ("دولية", "حكومي"): it describes the head ("هيئة دولية"), it
 * does not name it. Verbal nouns of the تفعية pattern (تنمية) and -اية nouns (حماية) end
 * alike and are not adjectives.
 */
function looksNisba(norm: string): boolean {
  if (norm.length < 4 || !/[^ا](?:ي|يه)$/.test(norm)) return false;
  return !(norm.startsWith('ت') && norm.endsWith('يه'));
}

/** An indefinite noun of a genitive chain: a bare word, no verb, adjective, number or stop word. */
function isChainNoun(t: Token): boolean {
  if (t.kind !== 'word' || /^(?:ال|لل|و)/.test(t.norm) || stopwordSet().has(t.norm)) return false;
  if (timeWordSet().has(t.norm) || looksNisba(t.norm)) return false;
  return dictionaryClass(t.text, 0) !== 'V';
}

/** A bare word ending like a construct plural or nisba (معلمي، موظفي): no verb, no stop word. */
function isConstruct(t: Token): boolean {
  if (t.kind !== 'word' || /^(?:ال|لل|و)/.test(t.norm) || stopwordSet().has(t.norm)) return false;
  return t.norm.endsWith('ي') && dictionaryClass(t.text, 0) !== 'V';
}

/** End of the adjectives after a place that ends at token `end` ("عمّان الكبرى"). */
function adjectivesAfter(tokens: readonly Token[], end: number, limit: number): number {
  let j = end;
  while (j < limit && j < tokens.length && isAdjective(tokens[j])) j++;
  return j;
}

/** End of a genitive with لل and its adjectives after token `end` ("للطيران المدني"), else `end`. */
function genitiveAfter(tokens: readonly Token[], end: number, limit: number): number {
  const t = tokens[end];
  if (!t?.norm.startsWith('لل') || !isDefinite(t)) return end;
  return adjectivesAfter(tokens, end + 1, limit);
}

/**
 * End of the genitive that completes a name ending in an adjective at `end - 1`, else `end`:
 * with لل ("الهيئة الوطنية للإعلام") or with ل before an indefinite noun and its definite
 * complement ("الاتحاد المصري لكرة القدم", "المرصد السوري لحقوق الإنسان"). Only after an
 * adjective: after a plain noun the same words are the sentence going on ("قالت وزارة الصحة
 * لوسائل الإعلام").
 */
function genitiveOfName(tokens: readonly Token[], end: number, limit: number): number {
  if (end < 1 || !isAdjective(tokens[end - 1])) return end;
  if (startsInstitution(tokens, end)) return end;
  const t = tokens[end];
  // "الدائرة الإعلامية للمجلس": a bare head after لل points back to an institution named before;
  // a plural of people after لل is who the body serves ("بنك الائتمان الكويتي للمواطنين")
  if (t?.norm.startsWith('لل') && (headTable().bare.has(t.norm.slice(2)) || isServedPeople(t))) return end;
  if (t?.norm.startsWith('لل')) return coordinatedAfter(tokens, genitiveAfter(tokens, end, limit));
  if (!isGenitiveStart(t, tokens[end + 1])) return end;
  return coordinatedAfter(tokens, adjectivesAfter(tokens, end + 2, limit));
}

/**
 * End of one coordinated definite word after a closing genitive ("البنك الأوروبي لإعادة الإعمار
 * والتنمية"), else `end`; not one that opens another institution.
 */
function coordinatedAfter(tokens: readonly Token[], end: number): number {
  const t = tokens[end];
  if (!t || !/^وال\S{3,}/.test(t.norm) || !isDefinite(t) || startsInstitution(tokens, end)) return end;
  // "... والحكومة": an institution's head with ال is the next actor, not part of the name
  if (headTable().bare.has(t.norm.slice(3))) return end;
  return isNationality(tokens[end - 1]?.norm ?? '') ? end : end + 1;
}

/** Words of a foreign name after a head, at most ("شركة جنرال إلكتريك"). */
const MAX_FOREIGN_WORDS = 2;

/**
 * A word the dictionary does not know, without ال, no stop word and not ending in ة (an Arabic
 * adjective or noun the dictionary misses: "ناشئة"): a foreign name ("هواوي").
 */
function isForeignName(t: Token | undefined): boolean {
  if (t?.kind !== 'word' || t.norm.startsWith('ال') || t.norm.length < 3 || t.norm.endsWith('ه'))
    return false;
  return !stopwordSet().has(t.norm) && !timeWordSet().has(t.norm) && dictionaryClass(t.text, 0) === '-';
}

/**
 * A company or bank named by foreign words after its head at `i` ("مجموعة سينوبك الصينية",
 * "شركة هواوي"): where the name starts (after a generic head), where it ends (with the nisba
 * adjectives after the words) and the joined particle of its first word; or null.
 */
function foreignName(
  tokens: readonly Token[],
  i: number,
): { start: number; end: number; particle: number } | null {
  const t = tokens[i];
  const { foreign } = headTable();
  const joined = JOINED_PARTICLE.exec(t.norm)?.[0] ?? '';
  const particle = foreign.has(t.norm) ? 0 : joined.length;
  if (t.kind !== 'word' || !foreign.has(t.norm.slice(particle)) || !isForeignName(tokens[i + 1])) return null;
  let j = i + 2;
  // a second foreign word; an unknown word in the accusative is the sentence's object ("عقدا")
  while (j < i + 1 + MAX_FOREIGN_WORDS && isForeignName(tokens[j]) && !tokens[j].norm.endsWith('ا')) j++;
  const end = adjectivesAfter(tokens, j, j + MAX_NAME_ADJECTIVES);
  return isGenericBefore(tokens, i) ? { start: i + 1, end, particle: 0 } : { start: i, end, particle };
}

/** Token `i` is a generic head ("شركة", with or without a joined particle) before a foreign name. */
function isGenericBefore(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const { generic } = headTable();
  const particle = JOINED_PARTICLE.exec(t.norm)?.[0] ?? '';
  return (generic.has(t.norm) || generic.has(t.norm.slice(particle.length))) && isForeignName(tokens[i + 1]);
}

/** End (exclusive) of the institution opened by the head at `i`, or -1. */
function institutionEnd(tokens: readonly Token[], i: number, placeAt: Map<number, number>): number {
  const limit = i + 1 + MAX_MODIFIERS;
  let j = i + 1;
  // 1. the indefinite nouns of a genitive chain
  while (
    j < limit &&
    j - i - 1 < MAX_INDEFINITE &&
    j < tokens.length &&
    !placeAt.has(j) &&
    !isListedPlaceWord(tokens[j].norm)
  ) {
    // a construct plural ends like a nisba; before a place it is a noun of the chain ("اتحاد معلمي كردستان")
    if (!isChainNoun(tokens[j]) && !(placeAt.has(j + 1) && isConstruct(tokens[j]))) break;
    j++;
  }
  // 2. a place, or the first definite word ("والسكان" only continues: "وزارة الصحة والسكان");
  // after a place, its adjectives and a genitive with لل ("هيئة دبي للطيران المدني")
  // a listed town the tagger and the place search left (a common word too: "بلدية ظفار")
  const listed = j < tokens.length && !tokens[j].norm.startsWith('ال') && isListedPlaceWord(tokens[j].norm);
  const place = placeAt.get(j) ?? (listed ? j + 1 : undefined);
  if (place !== undefined) return genitiveAfter(tokens, adjectivesAfter(tokens, place, limit), limit + 2);
  if (j >= tokens.length || j >= limit || !isDefinite(tokens[j]) || tokens[j].norm.startsWith('و')) return -1;
  j++;
  // 3. what continues the name; a place still closes it ("مجلس الناتو وروسيا"); a coordinated
  // head starts the next institution ("مجلس النواب والمجلس الأعلى للدولة")
  while (j < limit && j < tokens.length) {
    const after = placeAt.get(j);
    if (after !== undefined) return adjectivesAfter(tokens, after, limit);
    if (startsInstitution(tokens, j)) break;
    if (!continuesName(tokens[j])) break;
    // after a nationality the name is closed: "والحكومة" is the next actor ("نقابة المعلمين اليمنيين والحكومة")
    if (tokens[j].norm.startsWith('و') && isNationality(tokens[j - 1].norm)) break;
    j++;
  }
  return genitiveOfName(tokens, j, limit + 2);
}

/**
 * Add the institutions of an article to its mentions. A mention inside an institution's name
 * (لبنان in مصرف لبنان) gives way to it; one that reaches outside it wins, unless it only adds
 * adjectives the name would not take.
 */
export function findInstitutions(body: string, tokens: readonly Token[], found: Placed[]): Placed[] {
  const placed = withPlaceComplement(body, tokens, found).map((p, k, all) =>
    withoutGenericHead(body, tokens, withAdjectives(body, tokens, p, all[k + 1]?.from ?? tokens.length)),
  );
  const owner = new Int32Array(tokens.length).fill(-1);
  placed.forEach((p, k) => {
    owner.fill(k, p.from, p.to);
  });
  const placeAt = new Map<number, number>();
  for (const p of placed) if (p.mention.type === 'LOC') placeAt.set(p.from, p.to);
  const dropped = new Set<number>();
  const added: Placed[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // a mention of the head word alone (the tagger's "بورصة" in "بورصة الكويت") gives way to the name
    const lone = owner[i] !== -1 && placed[owner[i]].to === i + 1 && headParticle(tokens[i]) >= 0;
    if (owner[i] !== -1 && !lone) continue;
    if (isBoardOf(tokens, i)) {
      i++;
      continue;
    }
    let particle = headParticle(tokens[i]);
    let end = particle < 0 ? -1 : institutionEnd(tokens, i, placeAt);
    let start = i;
    const foreign = end < 0 ? foreignName(tokens, i) : null;
    if (foreign) ({ start, end, particle } = foreign);
    else if (end >= 0 && isGenericBefore(tokens, i)) [start, particle] = [i + 1, 0];
    if (end < 0) {
      particle = namedHeadParticle(tokens, i);
      if (particle < 0) continue;
      end = namedEnd(tokens, i);
    }
    const inside = new Set<number>();
    for (let k = start; k < end; k++) if (owner[k] !== -1) inside.add(owner[k]);
    if (lone) inside.add(owner[i]);
    if ([...inside].some((k) => placed[k].from < start || placed[k].to > end)) continue;
    // The head list, not the clitic splitter, tells the particle: "لرئاسة" loses its ل, while
    // "بلدية" keeps the ب the splitter would cut.
    const mention = spanMention(body, tokens, start, end, 'ORG', particle);
    for (const k of inside) dropped.add(k);
    added.push({ mention, from: start, to: end });
    i = end - 1;
  }
  return [...placed.filter((_, k) => !dropped.has(k)), ...added].sort((a, b) => a.from - b.from);
}

/**
 * An organisation the tagger found as a head and an indefinite noun ("اتحاد عمال") right before a
 * place ("دارفور"): the place completes the genitive chain and the name takes it in. An
 * organisation ending in a definite word is whole, and a place after it is the sentence's object
 * ("دعا مجلس الأمن إسرائيل").
 */
function withPlaceComplement(body: string, tokens: readonly Token[], found: Placed[]): Placed[] {
  const out: Placed[] = [];
  for (let k = 0; k < found.length; k++) {
    const p = found[k];
    const next = found[k + 1];
    const last = tokens[p.to - 1];
    if (
      p.mention.type === 'ORG' &&
      next?.mention.type === 'LOC' &&
      next.from === p.to &&
      p.to - p.from >= 2 &&
      headParticle(tokens[p.from]) >= 0 &&
      (isChainNoun(last) || isConstruct(last))
    ) {
      const end = tokens[next.to - 1].end;
      out.push({ ...p, to: next.to, mention: { ...p.mention, end, text: body.slice(p.mention.start, end) } });
      k++;
    } else out.push(p);
  }
  return out;
}

/** An organisation the tagger found as "شركة" + a foreign name: the name is what follows. */
function withoutGenericHead(body: string, tokens: readonly Token[], p: Placed): Placed {
  if (p.mention.type !== 'ORG' || p.to - p.from < 2 || !isGenericBefore(tokens, p.from)) return p;
  return {
    ...p,
    from: p.from + 1,
    mention: { ...p.mention, ...spanMention(body, tokens, p.from + 1, p.to, 'ORG') },
  };
}

/** Adjectives an organisation's name takes after it, at most. */
const MAX_NAME_ADJECTIVES = 2;

/**
 * An organisation the tagger found, with the nisba adjectives that follow it and belong to its
 * name ("البنك المركزي المصري", "الهلال الأحمر الفلسطيني"): the tagger learned names, and
 * often stops before such a word. `next`: the first token of the next mention.
 */
function withAdjectives(body: string, tokens: readonly Token[], p: Placed, next: number): Placed {
  if (p.mention.type !== 'ORG') return p;
  let to = p.to;
  // "حزب العدالة والتنمية": a coordinated definite word after a headed name ends it, unless it
  // opens another institution ("حزب الله والحكومة اللبنانية" is cut by startsInstitution).
  const headed = headParticle(tokens[p.from]) >= 0 && p.to - p.from >= 2;
  const coordinated = (t: Token | undefined) => t !== undefined && /^وال\S{3,}/.test(t.norm) && isDefinite(t);
  if (
    headed &&
    to < next &&
    coordinated(tokens[to]) &&
    !startsInstitution(tokens, to) &&
    !isAdjective(tokens[to + 1] ?? tokens[to])
  )
    to++;
  while (to < next && to - p.to < MAX_NAME_ADJECTIVES && isAdjective(tokens[to])) to++;
  to = Math.min(next, genitiveOfName(tokens, to, to + 3));
  if (to === p.to) return p;
  const end = tokens[to - 1].end;
  return { ...p, to, mention: { ...p.mention, end, text: body.slice(p.mention.start, end) } };
}
