/**
 * Article features for dedup, stories, threads and pair similarity: content stems and entity
 * keys from the text core, interned to integer ids, weighted by TF-IDF with document
 * frequencies maintained online (adding a document never recomputes the others).
 */
import type { Article, Mention, Token } from '../../doc/types.ts';
import { nameKey, tokenize } from '../../text/index.ts';
import { variantOf } from '../resolve/forms.ts';
import { canonicalPlaceKey } from '../resolve/places.ts';
import { isFunctionWord, namesWireAgency } from './lexicon.ts';
import { fromEntries, type Sparse } from './sparse.ts';

/** Raw counts of one document: content stems and entity keys. */
export interface TermCounts {
  terms: Map<string, number>;
  entities: Map<string, number>;
}

/** Prefix that keeps entity keys apart from stems in the shared vocabulary. */
const ENTITY_PREFIX = '@';

/** Content terms of tokens: stems of non-function words, numbers and Latin words. */
export function countTerms(
  tokens: Token[],
  into = new Map<string, number>(),
  weight = 1,
): Map<string, number> {
  for (const t of tokens) {
    let key: string | null = null;
    if (t.kind === 'word') {
      if (t.norm.length >= 2 && !isFunctionWord(t.norm) && t.stem.length >= 2) key = t.stem;
    } else if (t.kind === 'number' || t.kind === 'latin') {
      if (t.norm.length >= 2) key = t.norm;
    } else if (t.kind === 'hashtag') key = t.norm;
    if (key !== null) into.set(key, (into.get(key) ?? 0) + weight);
  }
  return into;
}

/**
 * Key an entity mention is compared by across documents, so that the forms outlets use for one
 * entity agree: a person by the name key of the last word of the name (جو بايدن, بايدن and
 * بايدن's other spellings all end in one key; outlets give the full name once and the surname
 * after), an organisation or place by the alias table's canonical name (الناتو = حلف شمال
 * الأطلسي) with articles left out (الكرملين = كرملين).
 */
export function entityKey(m: Pick<Mention, 'text' | 'type'>): string {
  const memo = `${m.type}|${m.text}`;
  let key = entityKeys.get(memo);
  if (key === undefined) {
    const text = variantOf(m as Mention);
    const words = m.type === 'PER' ? nameKey(text).split(' ') : [];
    key = m.type === 'PER' ? (words[words.length - 1] ?? '') : canonicalPlaceKey(text);
    if (entityKeys.size > 100_000) entityKeys.clear();
    entityKeys.set(memo, key);
  }
  return key;
}

/** entityKey by type and text: names recur across a corpus, their keys are costly to build. */
const entityKeys = new Map<string, string>();

/**
 * Entity keys of an article's mentions (see entityKey). A wire agency is the source, not an
 * actor: its name is shared by every article it sends, whatever the event.
 */
export function countEntities(article: Pick<Article, 'mentions'>): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of article.mentions ?? []) {
    if (m.roleOnly || (m.type === 'ORG' && namesWireAgency(m.text))) continue;
    const key = entityKey(m);
    if (key) out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Title weight: a headline word says more about the event than a body word. */
export const TITLE_WEIGHT = 2;

/** Counts of an article: body tokens (computed when the text stage has not run), title, mentions. */
export function articleCounts(article: Pick<Article, 'body' | 'title' | 'tokens' | 'mentions'>): TermCounts {
  const terms = countTerms(article.tokens ?? tokenize(article.body));
  if (article.title) countTerms(tokenize(article.title), terms, TITLE_WEIGHT);
  return { terms, entities: countEntities(article) };
}

/** Interned vocabulary with online document frequencies. */
export class Vocab {
  private readonly ids = new Map<string, number>();
  private readonly keys: string[] = [];
  private df = new Uint32Array(1024);
  /** Number of documents observed. */
  docs = 0;

  /** Id of `key`, interning it when new. */
  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
      if (id >= this.df.length) {
        const grown = new Uint32Array(this.df.length * 2);
        grown.set(this.df);
        this.df = grown;
      }
    }
    return id;
  }

  /** Id of an entity key. */
  entityId(key: string): number {
    return this.id(ENTITY_PREFIX + key);
  }

  /** The key of an id (entity keys keep their prefix). */
  key(id: number): string {
    return this.keys[id];
  }

  /** Count one document containing these ids (each id once). */
  observe(ids: Iterable<number>): void {
    this.docs++;
    for (const id of ids) this.df[id]++;
  }

  /** Smoothed inverse document frequency. */
  idf(id: number): number {
    return Math.log((1 + this.docs) / (1 + this.df[id])) + 1;
  }

  /** Number of interned keys. */
  get size(): number {
    return this.keys.length;
  }

  toJSON(): { keys: string[]; df: number[]; docs: number } {
    return {
      keys: this.keys.slice(),
      df: Array.from(this.df.subarray(0, this.keys.length)),
      docs: this.docs,
    };
  }

  static fromJSON(j: { keys: string[]; df: number[]; docs: number }): Vocab {
    const v = new Vocab();
    for (const k of j.keys) v.id(k);
    v.df.set(j.df);
    v.docs = j.docs;
    return v;
  }
}

/** Interned ids of counts (text terms and entities), without touching document frequencies. */
export interface DocIds {
  terms: Array<[number, number]>;
  entities: Array<[number, number]>;
}

/** Intern the keys of `counts`. */
export function internCounts(vocab: Vocab, counts: TermCounts): DocIds {
  return {
    terms: [...counts.terms].map(([k, c]) => [vocab.id(k), c]),
    entities: [...counts.entities].map(([k, c]) => [vocab.entityId(k), c]),
  };
}

/** TF-IDF vector (sublinear tf), truncated to the `k` heaviest terms, L2-normalized. */
export function tfidf(vocab: Vocab, entries: Array<[number, number]>, k: number): Sparse {
  return fromEntries(
    entries.map(([id, c]) => [id, (1 + Math.log(c)) * vocab.idf(id)] as [number, number]),
    k,
    true,
  );
}
