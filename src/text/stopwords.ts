/**
 * Stop words: function words that carry no topic, for keywords, TF-IDF and clustering. The
 * list (data/text/stopwords-ar.txt) is the shared MIT list cleaned of what matters in news:
 * negations, numbers, months, weekdays, dates and currencies stay content words.
 */
import { stopwordSet } from './lexicon.ts';

/** True for a stop word (match-normalized, as in `Token.norm`), also after a joined و or ف. */
export function isStopword(normWord: string): boolean {
  const stop = stopwordSet();
  if (stop.has(normWord)) return true;
  const c = normWord.charCodeAt(0);
  return (c === 0x0648 || c === 0x0641) && normWord.length > 2 && stop.has(normWord.slice(1));
}
