/**
 * Builds the derived word lists of the text core under data/text/ (run once, commit the output):
 *   npx tsx scripts/build-text-lexicons.ts
 *
 * - stopwords-ar.txt: ../shared/data/lexicons/stopwords-ar.txt (MIT) minus the words listed in
 *   data/text/stopword-exclusions-ar.txt (negations, numbers, months... that matter in news).
 * - lexicon-nouns-ar.txt, lexicon-verbs-ar.txt: the bare words of Debian's hunspell-ar (Ayaspell)
 *   dictionary, /usr/share/hunspell/ar.dic (`apt-get install hunspell-ar`): the stemmer's guard.
 * - names-ner-ar.txt: names tagged in ../shared/data/ner and the ANERGazet gazetteers, kept when
 *   the corpus tags them as names more often than not.
 * A source that is absent is skipped with a message, leaving its previous output in place.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readConll, splitAqmar, splitDev, type TaggedSentence } from '../src/extract/ner/conll.ts';
import { normalizeText } from '../src/text/normalize.ts';
import { DATA_DIR, sharedPath } from '../src/util/paths.ts';

const OUT = resolve(DATA_DIR, 'text');
const HUNSPELL_DIC = '/usr/share/hunspell/ar.dic';
const ARABIC_WORD = /^[\u0621-\u064A]+$/;
const CLITICS = [
  'و',
  'ف',
  'ب',
  'ك',
  'ل',
  'وب',
  'فب',
  'ول',
  'فل',
  'وك',
  'وال',
  'فال',
  'بال',
  'كال',
  'لل',
  'ولل',
  'وبال',
];

const search = (w: string) => normalizeText(w, 'search');
/** Endings of adjectives and plurals derived from a noun. */
const DERIVED = ['ية', 'يات', 'يون', 'يين', 'ي', 'ة', 'ات'];

function lines(path: string): string[] {
  return readFileSync(path, 'utf8').split('\n');
}

function write(file: string, header: string[], words: Iterable<string>): void {
  const body = [...words].sort();
  writeFileSync(join(OUT, file), `${header.map((h) => `# ${h}`).join('\n')}\n${body.join('\n')}\n`);
  console.log(`${file}: ${body.length} words`);
}

function ownList(file: string): string[] {
  return lines(join(OUT, file))
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#') && !l.startsWith('['));
}

function buildStopwords(): Set<string> {
  const src = sharedPath('data/lexicons/stopwords-ar.txt');
  if (!src) {
    console.log('stopwords: ../shared/data/lexicons/stopwords-ar.txt absent, skipped');
    return new Set(ownList('stopwords-ar.txt').map(search));
  }
  const excluded = new Set(ownList('stopword-exclusions-ar.txt').map((w) => normalizeText(w, 'match')));
  const kept = new Set<string>();
  for (const raw of lines(src)) {
    const w = search(raw.trim());
    if (!ARABIC_WORD.test(w) || excluded.has(normalizeText(w, 'match'))) continue;
    kept.add(w);
  }
  write(
    'stopwords-ar.txt',
    [
      'Arabic stop words for keywords, TF-IDF and clustering (search-normalized, one per line).',
      'Source: mohataher/arabic-stop-words @ 767255429135eb8120818102cf97523b3c05c8bd, list.txt (MIT License),',
      'via ../shared/data/lexicons/stopwords-ar.txt; cleaned for rasd by scripts/build-text-lexicons.ts:',
      'removed the words in stopword-exclusions-ar.txt (negations, numbers, months, dates...),',
      'multi-word entries, punctuation and malformed entries. License: MIT.',
    ],
    kept,
  );
  return kept;
}

const HUNSPELL_HEADER = [
  'Source: Debian package hunspell-ar, /usr/share/hunspell/ar.dic (Ayaspell, (c) 2006-2008',
  'Mohamed Kebdani), affix flags removed, search-normalized with ى folded to ي.',
  'License: upstream is tri-licensed GPL-2.0 / LGPL-2.1 / MPL-1.1; this derived file is',
  'distributed under MPL-1.1 (see /usr/share/doc/hunspell-ar/copyright).',
  'Built by scripts/build-text-lexicons.ts.',
];

/** The stemmer's working form of a dictionary word. */
const working = (w: string) => search(w).replaceAll('ى', 'ي');

/**
 * Bare words of the hunspell-ar dictionary: nouns and particles (sections names.dic and
 * tools.dic) apart from verbs (verb.huns.dic), so the stemmer strips verb endings from verbs only.
 */
function buildHunspell(): Set<string> {
  if (!existsSync(HUNSPELL_DIC)) {
    console.log(`hunspell: ${HUNSPELL_DIC} absent (apt-get install hunspell-ar), skipped`);
    return new Set(existsSync(join(OUT, 'lexicon-nouns-ar.txt')) ? ownList('lexicon-nouns-ar.txt') : []);
  }
  const nouns = new Set<string>();
  const verbs = new Set<string>();
  let section = '';
  for (const raw of lines(HUNSPELL_DIC)) {
    if (raw.endsWith('.dic')) section = raw.trim();
    // The stop-word section lists words with their clitics attached: not bare words.
    if (section === 'stopwords.dic' || raw.startsWith(':')) continue;
    const w = working(raw.split(/[/\t]/)[0].trim());
    if (w.length < 2 || !ARABIC_WORD.test(w)) continue;
    (section === 'verb.huns.dic' ? verbs : nouns).add(w);
  }
  write(
    'lexicon-nouns-ar.txt',
    ['Guard vocabulary of the light stemmer: bare nouns, adjectives and particles.', ...HUNSPELL_HEADER],
    nouns,
  );
  write(
    'lexicon-verbs-ar.txt',
    [
      'Guard vocabulary of the light stemmer: bare verb forms (past, present, imperative).',
      ...HUNSPELL_HEADER,
    ],
    verbs,
  );
  return new Set([...nouns, ...verbs]);
}

interface TagCount {
  name: number;
  other: number;
}

/**
 * Name/other counts of each word in the NER training data only: the ANERcorp train split and
 * the even half of AQMAR (src/extract/ner/conll.ts), so the held-out halves that
 * eval/ner.eval.ts scores never shape the lexicon.
 */
function countNerTags(): Map<string, TagCount> {
  const counts = new Map<string, TagCount>();
  const sentences: TaggedSentence[] = [];
  const aner = sharedPath('data/ner/anercorp-camel-train.txt');
  if (aner) sentences.push(...splitDev(readConll(aner)).train);
  const aqmar = sharedPath('data/ner/aqmar');
  if (aqmar) {
    const files = splitAqmar(readdirSync(aqmar).filter((f) => f.endsWith('.txt'))).train;
    for (const f of files) sentences.push(...readConll(join(aqmar, f)));
  }
  for (const s of sentences) {
    s.tokens.forEach((token, i) => {
      const w = working(token);
      if (!ARABIC_WORD.test(w)) return;
      const c = counts.get(w) ?? { name: 0, other: 0 };
      if (/^[BI]-(PER|LOC|ORG)$/.test(s.tags[i])) c.name++;
      else c.other++;
      counts.set(w, c);
    });
  }
  return counts;
}

function gazetteerWords(): string[] {
  const out: string[] = [];
  for (const kind of ['persons', 'locations', 'organizations']) {
    const p = sharedPath(`data/gazetteers/ANERGazet-${kind}.txt`);
    if (!p) continue;
    for (const raw of lines(p)) {
      const w = working(raw.trim());
      if (ARABIC_WORD.test(w)) out.push(w);
    }
  }
  return out;
}

function buildNames(stop: Set<string>, lexicon: Set<string>): void {
  const counts = countNerTags();
  if (counts.size === 0) {
    console.log('names: ../shared/data/ner absent, skipped');
    return;
  }
  const names = new Set<string>();
  for (const [w, c] of counts) if (c.name > c.other) names.add(w);
  for (const w of gazetteerWords()) {
    const c = counts.get(w);
    // A gazetteer entry that is also a dictionary word is kept only when the corpus tags it as a name.
    if (c ? c.name > c.other : !lexicon.has(w)) names.add(w);
  }
  const bare = new Set<string>();
  for (const w of names) {
    const v = w.length > 4 && w.startsWith('ال') ? w.slice(2) : w;
    if (v.length >= 3 && !stop.has(w) && !stop.has(v)) bare.add(v);
  }
  // Drop forms that are a clitic plus another listed name (وواشنطن is واشنطن), and adjectives
  // and plurals derived from a dictionary noun (جنوبية is جنوب + ية: the stemmer reduces it).
  for (const w of [...bare]) {
    if (CLITICS.some((c) => w.startsWith(c) && bare.has(w.slice(c.length)))) bare.delete(w);
    else if (
      DERIVED.some((d) => w.endsWith(d) && w.length - d.length >= 3 && lexicon.has(w.slice(0, -d.length)))
    )
      bare.delete(w);
  }
  write(
    'names-ner-ar.txt',
    [
      'Proper names protected from stemming (search-normalized, leading article removed).',
      'Source: tokens tagged PER/LOC/ORG more often than O in ANERcorp (ITE-5th/arabic-ner) and AQMAR',
      '(HussamHallak/AQMAR-Arabic-NERC-Dataset), plus ANERGazet gazetteer entries, via ../shared/data/.',
      'License: none stated by the source repositories (ANERcorp/ANERGazet by Benajiba et al.,',
      'AQMAR by CMU ARK). Built by scripts/build-text-lexicons.ts.',
    ],
    bare,
  );
}

const stop = buildStopwords();
const lexicon = buildHunspell();
buildNames(stop, lexicon);
