/**
 * Surface forms and keys used by entity resolution: the variant a mention is listed under
 * (particles already out of the span; لل of للأمم read as ال), and the keys two spellings are
 * compared by, all through the text core's normalizer and name keys.
 */
import type { Mention } from '../../doc/types.ts';
import { joinNameCompounds, nameKey, normalizeText } from '../../text/index.ts';

/** A mention in one document, with its variant and the cluster it ends in. */
export interface MentionRef {
  document: string;
  index: number;
  mention: Mention;
  variant: string;
}

/** The form a mention is listed under: trimmed, لل read as ال (للأمم → الأمم). */
export function variantOf(m: Mention): string {
  const text = m.text.replace(/\s+/g, ' ').trim();
  return normalizeText(text.slice(0, 2), 'match') === 'لل' && text.length > 4 ? `ال${text.slice(2)}` : text;
}

/** Match-normalized words of a name. */
export function nameWords(name: string): string[] {
  return joinNameCompounds(normalizeText(name, 'match')).split(/\s+/).filter(Boolean);
}

/** Key of one word: the text core's name key. */
export function wordKey(word: string): string {
  return nameKey(word);
}

/** Key of an organisation or place: name key of each word with its article left out. */
export function placeKey(name: string): string {
  return nameWords(name)
    .map((w) => (w.startsWith('ال') && w.length > 4 ? w.slice(2) : w))
    .map(wordKey)
    .join(' ');
}

/** Key of a person's name: name key of every word. */
export function personKey(name: string): string {
  return nameWords(name).map(wordKey).join(' ');
}
