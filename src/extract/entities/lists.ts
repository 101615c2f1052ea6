/**
 * Lists of names share a type: in "محافظات الأنبار وصلاح الدين وكربلاء" the middle name is a
 * governorate, though alone it reads as a man's name. A mention joined by و or a comma to places
 * on both sides, or to two places before it, becomes a place.
 */
import type { Token } from '../../doc/types.ts';
import type { Placed } from './titles.ts';

/** Tokens (from, to) hold only list joints: a comma, or و standing alone. */
function joinedBy(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.text !== '،' && t.text !== ',' && t.norm !== 'و') return false;
  }
  return true;
}

/** `b` follows `a` in one list: only joints between, or a و joined to b's first word. */
function listed(tokens: readonly Token[], a: Placed, b: Placed): boolean {
  const gap = joinedBy(tokens, a.to, b.from) && b.from - a.to <= 1;
  const joint = b.from > a.to || tokens[b.from].norm.startsWith('و');
  return gap && joint;
}

/** Retype in place the mentions a list of places holds (see module header). */
export function typeLists(tokens: readonly Token[], placed: Placed[]): void {
  const loc = (k: number) => placed[k]?.mention.type === 'LOC';
  for (let k = 1; k < placed.length; k++) {
    const p = placed[k];
    if (p.mention.type === 'LOC' || p.mention.roleOnly) continue;
    const before = loc(k - 1) && listed(tokens, placed[k - 1], p);
    const after = loc(k + 1) && listed(tokens, p, placed[k + 1]);
    const twoBefore = before && k > 1 && loc(k - 2) && listed(tokens, placed[k - 2], placed[k - 1]);
    if ((before && after) || twoBefore) p.mention.type = 'LOC';
  }
}
