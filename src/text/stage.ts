/** The text stage: tokens, sentences and paragraphs of the cleaned body. */
import type { ArticleStage } from '../pipeline/stage.ts';
import { splitParagraphs, splitSentences } from './sentences.ts';
import { tokenize } from './tokenize.ts';

export const textStage: ArticleStage = {
  name: 'text',
  requires: ['body'],
  assigns: ['tokens', 'sentences', 'paragraphs'],
  run(article) {
    article.tokens = tokenize(article.body);
    article.sentences = splitSentences(article.body);
    article.paragraphs = splitParagraphs(article.body);
  },
};
