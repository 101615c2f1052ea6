/**
 * Resolving people. Names are taken fullest first, so every surname-only mention meets the
 * full names already known. Evidence, strongest first:
 *   1. the same name key (جو بايدن = جو بايدن);
 *   2. a shorter name whose words end a known full name (جاويش أوغلو in مولود جاويش أوغلو);
 *   3. the same surname, or a surname one or two edits away (زيلينسكي ~ زيلنسكي), with first
 *      names that agree or are close spellings (فلاديمير ~ فولوديمير). A shared first name
 *      alone never merges: فلاديمير زيلنسكي goes to Zelensky, not to Putin;
 *   4. a surname alone (بايدن) joins the person with that surname (most mentioned if several).
 * Every merge writes a reason line.
 */
import { nameDistance } from '../../text/index.ts';
import type { Cluster } from './cluster.ts';
import { type MentionRef, nameWords, personKey, wordKey } from './forms.ts';

interface Name {
  key: string;
  words: string[];
  keys: string[];
  variant: string;
  refs: MentionRef[];
}

interface Person {
  cluster: Cluster;
  fulls: string[][];
  firsts: string[];
  surnames: string[];
  label: string;
}

const FIRST_NAME_DISTANCE = 3;

/** Whether two surnames (match-normalized) are one name, and why. */
function surnameEvidence(a: string, b: string): string | null {
  if (wordKey(a) === wordKey(b)) return `same surname key "${wordKey(a)}"`;
  if (a[0] !== b[0] || Math.min(a.length, b.length) < 5) return null;
  const d = nameDistance(a, b);
  const limit = Math.min(a.length, b.length) >= 8 ? 2 : 1;
  return d <= limit ? `surname spellings ${a} ~ ${b} (distance ${d})` : null;
}

/** Why a first name fits a person's known first names, or null when it does not. */
function firstEvidence(first: string, p: Person): string | null {
  if (!p.firsts.length) return 'no first name known yet';
  for (const f of p.firsts) {
    if (wordKey(f) === wordKey(first))
      return f === first ? 'same first name' : `first names ${first} ~ ${f} (same key)`;
    if (f[0] === first[0] && nameDistance(f, first) <= FIRST_NAME_DISTANCE)
      return `first names ${first} ~ ${f} (distance ${nameDistance(f, first)})`;
  }
  return null;
}

function endsWith(full: string[], part: string[]): boolean {
  if (part.length >= full.length) return false;
  const off = full.length - part.length;
  return part.every((w, i) => wordKey(full[off + i]) === wordKey(w));
}

/**
 * People indexed for matching: by full-name key (rule 1), and by the first letter of each
 * surname (rules 2–4 all need a surname that starts with the same letter), so that a large
 * corpus compares a name with a few people, not with everyone.
 */
class People {
  readonly all: Person[] = [];
  private readonly byFull = new Map<string, Person>();
  private readonly byInitial = new Map<string, Person[]>();

  add(p: Person): void {
    this.all.push(p);
    for (const f of p.fulls) this.indexFull(p, f);
    for (const s of p.surnames) this.indexSurname(p, s);
  }

  indexFull(p: Person, full: string[]): void {
    const key = personKey(full.join(' '));
    if (!this.byFull.has(key)) this.byFull.set(key, p);
  }

  indexSurname(p: Person, surname: string): void {
    const bucket = this.byInitial.get(surname[0]) ?? [];
    if (!bucket.includes(p)) bucket.push(p);
    this.byInitial.set(surname[0], bucket);
  }

  exact(key: string): Person | undefined {
    return this.byFull.get(key);
  }

  candidates(surname: string): Person[] {
    return this.byInitial.get(surname[0]) ?? [];
  }
}

/** Best candidate and the evidence, or null. */
function match(n: Name, people: People): { person: Person; reason: string } | null {
  const exact = people.exact(n.key);
  if (exact) return { person: exact, reason: `same name key "${n.key}"` };
  const found: Array<{ person: Person; reason: string }> = [];
  const surname = n.words[n.words.length - 1];
  for (const p of people.candidates(surname)) {
    if (n.words.length >= 2 && p.fulls.some((f) => endsWith(f, n.words))) {
      found.push({ person: p, reason: 'its words end the full name' });
      continue;
    }
    const ev = p.surnames.map((s) => surnameEvidence(surname, s)).find(Boolean);
    if (!ev) continue;
    const first = n.words.length >= 2 ? firstEvidence(n.words[0], p) : null;
    if (n.words.length >= 2 && !first) continue;
    found.push({ person: p, reason: n.words.length >= 2 ? `${ev}; ${first}` : `surname only: ${ev}` });
  }
  if (!found.length) return null;
  found.sort((a, b) => b.person.cluster.refs.length - a.person.cluster.refs.length);
  const others = found.slice(1).map((f) => f.person.label);
  const also = others.length ? `; also matched ${others.join(', ')}` : '';
  return { person: found[0].person, reason: `${found[0].reason}${also}` };
}

/** Cluster person mentions (role-only mentions are linked later). */
export function resolvePersons(refs: MentionRef[]): Cluster[] {
  const names = new Map<string, Name>();
  for (const r of refs) {
    const key = personKey(r.variant);
    if (!key) continue;
    const words = nameWords(r.variant);
    const n = names.get(key) ?? { key, words, keys: words.map(wordKey), variant: r.variant, refs: [] };
    n.refs.push(r);
    names.set(key, n);
  }
  const ordered = [...names.values()].sort(
    (a, b) => b.words.length - a.words.length || b.refs.length - a.refs.length || (a.key < b.key ? -1 : 1),
  );
  const people = new People();
  for (const n of ordered) {
    const m = match(n, people);
    const surname = n.words[n.words.length - 1];
    if (m) {
      m.person.cluster.refs.push(...n.refs);
      m.person.cluster.why.push(`merged ${n.variant} into ${m.person.label}: ${m.reason}`);
      if (n.words.length >= 2) {
        m.person.fulls.push(n.words);
        people.indexFull(m.person, n.words);
      }
      if (!m.person.surnames.includes(surname)) {
        m.person.surnames.push(surname);
        people.indexSurname(m.person, surname);
      }
      continue;
    }
    people.add({
      cluster: { type: 'PER', refs: [...n.refs], why: [] },
      fulls: n.words.length >= 2 ? [n.words] : [],
      firsts: n.words.length >= 2 ? [n.words[0]] : [],
      surnames: [surname],
      label: n.variant,
    });
  }
  return people.all.map((p) => p.cluster);
}
