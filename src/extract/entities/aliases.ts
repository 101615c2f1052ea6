/**
 * Names from the alias table (data/ner/aliases.txt) found directly in the text when the
 * tagger missed them: الناتو, حلف شمال الأطلسي, الخارجية الأميركية. Longest match first; the
 * first word may carry a joined particle (وحلف, بالأمم via the stemmer's split).
 */
import type { EntityType, Token } from '../../doc/types.ts';
import { splitClitics } from '../ner/clitics.ts';
import { aliasGroups, phraseWords } from '../ner/lexicon.ts';
import { mentionOf, type NameEvidence, particleLength } from './spans.ts';
import type { Placed } from './titles.ts';

interface AliasIndex {
  /** First word → phrases (word arrays with type), longest first. */
  byFirst: Map<string, Array<{ words: string[]; type: EntityType }>>;
}

let index: AliasIndex | null = null;

function aliasIndex(): AliasIndex {
  if (index) return index;
  const byFirst = new Map<string, Array<{ words: string[]; type: EntityType }>>();
  for (const g of aliasGroups()) {
    for (const form of g.forms) {
      const words = phraseWords(form);
      if (!words.length) continue;
      const list = byFirst.get(words[0]) ?? [];
      list.push({ words, type: g.type as EntityType });
      byFirst.set(words[0], list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  index = { byFirst };
  return index;
}

/** The alias-table type of a mention's whole text, if it is a listed form. */
function aliasType(p: Placed, tokens: readonly Token[], ev: NameEvidence): EntityType | null {
  const words = tokens.slice(p.from, p.to).map((t) => t.norm);
  words[0] = words[0].slice(particleLength(tokens[p.from].text, ev));
  for (const cand of aliasIndex().byFirst.get(words[0]) ?? [])
    if (cand.words.length === words.length && cand.words.every((w, k) => w === words[k])) return cand.type;
  return null;
}

/** Add alias-table names over tokens no mention covers yet; listed names take the table's type. */
export function findAliases(
  body: string,
  tokens: readonly Token[],
  placed: Placed[],
  ev: NameEvidence,
): Placed[] {
  const covered = new Uint8Array(tokens.length);
  for (const p of placed) {
    covered.fill(1, p.from, p.to);
    const type = aliasType(p, tokens, ev);
    if (type) p.mention.type = type;
  }
  const { byFirst } = aliasIndex();
  const added: Placed[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || tokens[i].kind !== 'word') continue;
    const t = tokens[i];
    const split = splitClitics(t.text, t.norm);
    const firsts = new Set([
      t.norm,
      split.core,
      split.prefix ? `ال${split.norm.slice(split.prefix.length)}` : t.norm,
    ]);
    let hit: { len: number; type: EntityType } | null = null;
    for (const first of firsts) {
      for (const cand of byFirst.get(first) ?? []) {
        const len = cand.words.length;
        if (hit && hit.len >= len) break;
        if (i + len > tokens.length) continue;
        let ok = true;
        for (let k = 1; k < len && ok; k++) ok = !covered[i + k] && tokens[i + k].norm === cand.words[k];
        if (ok) hit = { len, type: cand.type };
      }
    }
    if (!hit) continue;
    const mention = mentionOf(body, tokens, i, i + hit.len, hit.type, ev);
    if (mention) added.push({ mention, from: i, to: i + hit.len });
    i += hit.len - 1;
  }
  return added.length ? [...placed, ...added].sort((a, b) => a.from - b.from) : placed;
}
