/**
 * Place claims: where a sentence says something happened, from the entity stage's LOC mentions
 * and from names after a place head ("العاصمة الإيطالية روما", "مدينة صور") when the entity
 * stage has not marked them. A place counts only after a preposition or a head of place.
 */
import type { Token } from '../../doc/types.ts';
import { nameKey, normalizeText } from '../../text/index.ts';
import { loadList } from '../summary/lists.ts';
import type { PlaceClaim } from './claims.ts';
import { type DocContext, sentenceAt, spanTerms } from './context.ts';

let heads: { head: Set<string>; prep: Set<string>; generic: Set<string> } | null = null;

function placeHeads(): { head: Set<string>; prep: Set<string>; generic: Set<string> } {
  if (!heads) {
    heads = { head: new Set(), prep: new Set(), generic: new Set() };
    for (const line of loadList('place-heads.txt')) {
      const [kind, words] = line.split('\t');
      const set = kind === 'head' ? heads.head : kind === 'prep' ? heads.prep : heads.generic;
      for (const w of (words ?? '').split(/\s+/).filter(Boolean)) set.add(normalizeText(w, 'match'));
    }
  }
  return heads;
}

/** "الروسي", "الإيطالية": a nationality or relation adjective, not a name. */
export function isNisba(norm: string): boolean {
  return norm.startsWith('ال') && (norm.endsWith('يه') || norm.endsWith('ي')) && norm.length > 4;
}

/** The place name core used to look for it in another article: match-normalized, no "ال" or "ب". */
export function placeCore(text: string): string {
  return normalizeText(text, 'match')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/^(ب|ل|و)?ال/, '').replace(/^ب(?=...)/, ''))
    .join(' ');
}

function locative(words: Token[], k: number): boolean {
  const { head, prep } = placeHeads();
  for (let b = k - 1; b >= Math.max(0, k - 3); b--) {
    const n = words[b].norm;
    if (head.has(n) || prep.has(n)) return true;
    if (!isNisba(n)) return false;
  }
  return words[k].norm.startsWith('ب') && k > 0; // "برادس"
}

/** Place candidates of one sentence: [start, end) spans. */
function candidates(ctx: DocContext, words: Token[]): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of ctx.article.mentions ?? []) {
    if (m.type !== 'LOC') continue;
    const k = words.findIndex((w) => w.start === m.start || (w.start < m.start && m.start < w.end));
    if (k >= 0 && locative(words, k)) out.push({ start: m.start, end: m.end });
  }
  const { head } = placeHeads();
  words.forEach((w, k) => {
    if (!head.has(w.norm)) return;
    let j = k + 1;
    // "العاصمة الإيطالية روما": skip the adjective; "بلدة النبطية في": the -iyya word is the name
    while (j + 1 < words.length && isNisba(words[j].norm) && !placeHeads().prep.has(words[j + 1].norm)) j++;
    const name = words[j];
    if (!name || placeHeads().prep.has(name.norm) || head.has(name.norm)) return;
    if (out.some((o) => o.start < name.end && name.start < o.end)) return;
    out.push({ start: name.start, end: name.end });
  });
  return out;
}

/** A candidate that cannot be a place name: a generic word, or inside a date expression. */
function notAName(ctx: DocContext, c: { start: number; end: number }): boolean {
  const first = normalizeText(ctx.body.slice(c.start, c.end), 'match').split(/\s+/)[0] ?? '';
  if (placeHeads().generic.has(first) || placeHeads().head.has(first)) return true;
  return ctx.dateMentions.some((d) => d.start < c.end && c.start < d.end);
}

/** Place claims of one article. */
export function placeClaims(ctx: DocContext): PlaceClaim[] {
  const out: PlaceClaim[] = [];
  for (const sentence of ctx.sentences) {
    const words = ctx.tokens.filter(
      (t) => t.kind === 'word' && t.start >= sentence.start && t.end <= sentence.end,
    );
    for (const c of candidates(ctx, words)) {
      if (notAName(ctx, c)) continue;
      const value = ctx.body.slice(c.start, c.end);
      out.push({
        kind: 'place',
        document: ctx.id,
        outlet: ctx.outlet,
        storyId: ctx.storyId,
        value,
        start: c.start,
        end: c.end,
        sentence: sentenceAt(ctx, c.start),
        terms: spanTerms(ctx, sentence),
        key: nameKey(placeCore(value)),
      });
    }
  }
  return out;
}
