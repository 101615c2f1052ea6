/**
 * The entities stage: named-entity mentions of one article with their titles and roles.
 * 1. Tag each sentence's tokens with the NER model.
 * 2. Trim stray edge words and drop chunks that are no name (clean.ts); turn the rest into
 *    mentions, joined particles kept out of the span (spans.ts).
 * 3. Tag missed occurrences of words tagged elsewhere in the article (propagate.ts), names of
 *    the alias table the model missed (aliases.ts), and institutions named by a head noun and
 *    its modifiers (institutions.ts: وزارة الصحة، النيابة العامة).
 * 4. Attach titles and roles, add role-only mentions (titles.ts).
 * 5. Link role-only mentions to the person the article gives that role.
 */
import type { Article, Mention, Span, Token } from '../../doc/types.ts';
import type { ArticleStage } from '../../pipeline/stage.ts';
import { nerModel } from '../ner/index.ts';
import { roleLexicon } from '../ner/lexicon.ts';
import { findAliases } from './aliases.ts';
import { cleanChunk } from './clean.ts';
import {
  personInside,
  tagGivenNames,
  tagTitledNames,
  withApposition,
  withFamilyName,
  withGivenName,
  withNisba,
  withTitledName,
} from './given.ts';
import { findInstitutions } from './institutions.ts';
import { typeLists } from './lists.ts';
import { findOutletNames } from './outlets.ts';
import { findNamedPlaces, placesAfterCues } from './places.ts';
import { propagateNames } from './propagate.ts';
import { labelChunks, listedPlace, mentionOf, type NameEvidence } from './spans.ts';
import { attachRoles, linkRoles, type Placed, roleBefore } from './titles.ts';

/** Token index ranges of each sentence (the whole body when there are no sentences). */
function sentenceRanges(
  tokens: readonly Token[],
  sentences: readonly Span[] | undefined,
): Array<[number, number]> {
  if (!sentences?.length) return tokens.length ? [[0, tokens.length]] : [];
  const out: Array<[number, number]> = [];
  let i = 0;
  for (const s of sentences) {
    while (i < tokens.length && tokens[i].end <= s.start) i++;
    const from = i;
    while (i < tokens.length && tokens[i].start < s.end) i++;
    if (i > from) out.push([from, i]);
  }
  if (i < tokens.length) out.push([i, tokens.length]);
  return out;
}

/** Mentions of one article, in text order. */
export function findMentions(article: Pick<Article, 'body' | 'tokens' | 'sentences'>): Mention[] {
  const tokens = article.tokens ?? [];
  const model = nerModel();
  const ev: NameEvidence = {
    articleWords: new Set(tokens.map((t) => t.norm)),
    nameWords: model.nameWords,
    gazetteer: model.ctx.gazetteer.entries,
  };
  const placed: Placed[] = [];
  const lex = roleLexicon();
  for (const [from, to] of sentenceRanges(tokens, article.sentences)) {
    const labels = model.tag(tokens.slice(from, to).map((t) => t.text));
    // several rules ask whether a title ends before a token: look each up once
    const titles = new Map<number, boolean>();
    const titled = (i: number) => {
      let known = titles.get(i);
      if (known === undefined) {
        known = roleBefore(tokens, i, lex);
        titles.set(i, known);
      }
      return known;
    };
    tagGivenNames(tokens, from, labels, lex.heads, titled);
    tagTitledNames(tokens, from, labels, lex.heads, titled);
    const free = (i: number) => labels[i - from] === 'O';
    for (const [a, b, t] of labelChunks(labels)) {
      const chunk = cleanChunk(tokens, [from + a, from + b, t], model, lex);
      if (!chunk) continue;
      const person = chunk[2] === 'PER' ? -1 : personInside(tokens, [chunk[0], chunk[1]], lex.heads);
      if (person !== -1) {
        const head = mentionOf(article.body, tokens, chunk[0], person, chunk[2], ev);
        if (head) placed.push({ mention: head, from: chunk[0], to: person });
        [chunk[0], chunk[2]] = [person, 'PER'];
      }
      if (chunk[2] === 'PER') {
        const last = placed[placed.length - 1];
        chunk[0] = Math.max(from, withGivenName(tokens, chunk[0], !!last && last.to >= chunk[0]));
        // the tagger's own chunk counts as free: clean-up may have cut a word a title or commas give back
        const own = (i: number) => free(i) || (i >= from + a && i < from + b);
        chunk[0] = Math.max(from, withTitledName(tokens, chunk[0], own, lex.heads, titled));
        if (chunk[1] === from + b) {
          chunk[1] = withFamilyName(tokens, [chunk[0], chunk[1]], to, free, lex.heads);
          chunk[1] = withNisba(tokens, [chunk[0], chunk[1]], to, free, lex.heads);
        }
        [chunk[0], chunk[1]] = withApposition(
          tokens,
          [chunk[0], chunk[1]],
          [from, to],
          own,
          lex.heads,
          titled,
        );
      }
      const mention = mentionOf(article.body, tokens, chunk[0], chunk[1], chunk[2], ev);
      if (mention) placed.push({ mention, from: chunk[0], to: chunk[1] });
    }
  }
  const named = findAliases(article.body, tokens, propagateNames(article.body, tokens, placed, ev), ev);
  const institutions = findInstitutions(article.body, tokens, named);
  const places = findNamedPlaces(article.body, tokens, institutions, (t) => lex.heads.has(t.norm));
  placesAfterCues(tokens, places);
  const isPlace = (t: Token) => listedPlace(ev, t.norm) || listedPlace(ev, t.norm.replace(/^ال/, ''));
  const all = findOutletNames(article.body, tokens, places, isPlace);
  typeLists(tokens, all);
  const mentions = attachRoles(article.body, tokens, all, lex).map((p) => p.mention);
  linkRoles(mentions, lex);
  return mentions;
}

export const entitiesStage: ArticleStage = {
  name: 'entities',
  requires: ['tokens', 'sentences'],
  assigns: ['mentions'],
  run(article) {
    article.mentions = findMentions(article);
  },
};
