/** Text view of one entity for `rasd entity`: name, variants, titles and the why-lines. */
import type { Entity } from '../../doc/types.ts';
import { normalizeText } from '../../text/index.ts';

/** Whether `query` is the entity's id, name or one of its variants (normalized). */
export function entityMatches(e: Entity, query: string): boolean {
  if (e.id === query) return true;
  const q = normalizeText(query, 'match').trim();
  return [e.name, ...e.variants].some((v) => normalizeText(v, 'match') === q);
}

/** The entity as terminal text; `why` adds the merge reasons. */
export function renderEntity(e: Entity, why: boolean): string {
  const docs = new Set(e.mentions.map((m) => m.document));
  const lines = [
    `${e.id}  ${e.type}  ${e.name}`,
    `variants: ${e.variants.join(' | ') || '(none)'}`,
    ...(e.titles?.length ? [`titles: ${e.titles.join(' | ')}`] : []),
    `mentions: ${e.mentions.length} in ${docs.size} document${docs.size === 1 ? '' : 's'}`,
  ];
  if (why) {
    lines.push('why:');
    lines.push(
      ...(e.why?.length
        ? e.why.map((w) => `  ${w}`)
        : ['  (no merges: every mention has the same name key)']),
    );
  }
  return `${lines.join('\n')}\n`;
}
