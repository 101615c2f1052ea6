/**
 * Titles and roles. A role phrase from data/ner/titles.txt, with what qualifies it (a
 * nationality adjective, a modifier such as السابق, an organisation after باسم), is attached
 * to the person named right after it (`الرئيس الأمريكي جو بايدن`) or after a comma before it
 * (`بيسكوف، المتحدث باسم الكرملين`). A qualified role with no name (`الرئيس الروسي`,
 * `نظيره الأوكراني`) becomes a role-only mention, linked to the person the article gives that
 * role, when exactly one person has it.
 */
import type { Mention, Token } from '../../doc/types.ts';
import { nameKey, normalizeText } from '../../text/index.ts';
import { stopwordSet } from '../../text/lexicon.ts';
import { originalPrefixLength, splitClitics } from '../ner/clitics.ts';
import { phraseWords, type RoleLexicon } from '../ner/lexicon.ts';

/** A mention with the token range it covers. */
export interface Placed {
  mention: Mention;
  from: number;
  to: number;
}

/** The longest qualified role starting at token `p` (token range), or null. */
interface RoleMatch {
  from: number;
  /** End of the role phrase itself. */
  phraseEnd: number;
  /** End of the role with its qualifiers. */
  to: number;
  counterpart: boolean;
}

const MAX_ROLE_TOKENS = 9;

function core(t: Token): string {
  return splitClitics(t.text, t.norm).core;
}

/** Length in tokens of the role phrase at `p`, 0 when none. */
function phraseAt(
  tokens: readonly Token[],
  p: number,
  lex: RoleLexicon,
): { len: number; counterpart: boolean } {
  const norm = tokens[p].norm;
  // most words open no role: rule them out before splitting clitics
  const first = lex.byHead.has(norm) || lex.counterparts.has(norm) ? norm : core(tokens[p]);
  if (lex.counterparts.has(first)) return { len: 1, counterpart: true };
  // longest first, over the phrases of the word as split and as written
  const candidates = [
    ...(lex.byHead.get(first) ?? []),
    ...(first !== norm ? (lex.byHead.get(norm) ?? []) : []),
  ];
  candidates.sort((a, b) => b.length - a.length);
  for (const role of candidates) {
    if (p + role.length > tokens.length) continue;
    let ok = true;
    for (let k = 1; k < role.length && ok; k++) ok = tokens[p + k].norm === role[k];
    if (ok) return { len: role.length, counterpart: false };
  }
  return { len: 0, counterpart: false };
}

/**
 * A role phrase ends right before token `i`, qualified or not ("المهندس"، "رجل الأعمال"،
 * "الوزير الأردني"): what follows it is the person's name.
 */
export function roleBefore(tokens: readonly Token[], i: number, lex: RoleLexicon): boolean {
  let q = i;
  while (q > 0 && i - q < MAX_ROLE_TOKENS && isQualifier(tokens[q - 1], lex)) q--;
  for (let p = q - 1; p >= 0 && q - p <= MAX_ROLE_TOKENS; p--) {
    const { len, counterpart } = phraseAt(tokens, p, lex);
    if (len && !counterpart && p + len === q) return true;
  }
  return false;
}

/** A definite nisba adjective (الروسي، الأمريكية) or a listed modifier. */
export function isQualifier(t: Token, lex: RoleLexicon): boolean {
  if (t.kind !== 'word') return false;
  if (lex.modifiers.has(t.norm)) return true;
  if (stopwordSet().has(t.norm) || stopwordSet().has(normalizeText(t.text, 'search'))) return false;
  return t.norm.startsWith('ال') && t.norm.length >= 5 && (t.norm.endsWith('ي') || t.norm.endsWith('يه'));
}

function roleAt(
  tokens: readonly Token[],
  p: number,
  lex: RoleLexicon,
  byStart: Map<number, Placed>,
): RoleMatch | null {
  const { len, counterpart } = phraseAt(tokens, p, lex);
  if (!len) return null;
  let q = p + len;
  while (q < tokens.length && q - p < MAX_ROLE_TOKENS) {
    const m = byStart.get(q);
    if (m && m.mention.type === 'PER') break;
    if (m) q = m.to;
    else if (isQualifier(tokens[q], lex)) q++;
    else break;
  }
  return { from: p, phraseEnd: p + len, to: q, counterpart };
}

function roleSpan(tokens: readonly Token[], from: number, to: number): { start: number; end: number } {
  const first = tokens[from];
  const start =
    first.start + originalPrefixLength(first.text, splitClitics(first.text, first.norm).particle.length);
  return { start, end: tokens[to - 1].end };
}

function addTitle(m: Mention, body: string, span: { start: number; end: number }): void {
  const text = body.slice(span.start, span.end);
  m.titles = [...new Set([...(m.titles ?? []), text])];
  m.titleSpan ??= span;
}

const COMMA = new Set([',', '،']);

/**
 * Attach titles to PER mentions and add role-only mentions. `placed` is sorted by `from`;
 * returns the new list (role-only mentions inserted in text order).
 */
export function attachRoles(
  body: string,
  tokens: readonly Token[],
  placed: Placed[],
  lex: RoleLexicon,
): Placed[] {
  const byStart = new Map(placed.map((p) => [p.from, p]));
  const covered = new Uint8Array(tokens.length);
  for (const p of placed) covered.fill(1, p.from, p.to);
  const roles: Placed[] = [];
  for (let p = 0; p < tokens.length; p++) {
    if (covered[p]) continue;
    const r = roleAt(tokens, p, lex, byStart);
    if (!r) continue;
    const span = roleSpan(tokens, r.from, r.to);
    const next = byStart.get(r.to);
    const prev = placed.find((x) => x.to === r.from - 1 && COMMA.has(tokens[r.from - 1].text));
    if (next && next.mention.type === 'PER') addTitle(next.mention, body, span);
    else if (prev && prev.mention.type === 'PER' && !prev.mention.roleOnly)
      addTitle(prev.mention, body, span);
    else if (r.to > r.phraseEnd) {
      const text = body.slice(span.start, span.end);
      roles.push({
        from: r.from,
        to: r.to,
        mention: { ...span, text, type: 'PER', roleOnly: true, titles: [text] },
      });
    }
    p = Math.max(p, r.to - 1);
  }
  return [...placed, ...roles].sort((a, b) => a.from - b.from);
}

/** Normalized words of a role without its particles (the key roles are compared by). */
export function roleKey(role: string): string {
  return phraseWords(role)
    .map((w, i) => (i === 0 ? splitClitics(w, w).core : w))
    .join(' ');
}

/** Who a role-only mention can stand for: persons whose title matches it. */
export function roleMatches(role: Mention, title: string, lex: RoleLexicon): boolean {
  const r = roleKey(role.text).split(' ');
  const t = roleKey(title).split(' ');
  if (lex.counterparts.has(r[0])) {
    // نظيره الأوكراني: the qualifiers must all appear in the person's title.
    return r.slice(1).every((w) => t.includes(w));
  }
  return r.join(' ') === t.join(' ');
}

/** The surname key a person is told apart by. */
function personKey(m: Mention): string {
  const words = nameKey(m.text).split(' ');
  return words[words.length - 1] ?? '';
}

/**
 * Link each role-only mention to the person the article gives that role, when exactly one
 * person has it; the nearest preceding mention of that person is referred to.
 */
export function linkRoles(mentions: Mention[], lex: RoleLexicon): void {
  mentions.forEach((role, i) => {
    if (!role.roleOnly) return;
    const holders = mentions
      .map((m, k) => ({ m, k }))
      .filter(
        ({ m }) => m.type === 'PER' && !m.roleOnly && (m.titles ?? []).some((t) => roleMatches(role, t, lex)),
      );
    const people = new Set(holders.map(({ m }) => personKey(m)));
    if (people.size !== 1) return;
    const before = holders.filter(({ k }) => k < i);
    role.refersTo = (before.length ? before[before.length - 1] : holders[0]).k;
  });
}
