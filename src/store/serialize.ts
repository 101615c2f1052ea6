/**
 * How an Article is kept in a store: everything but the tokens (recomputed on load, they are
 * the bulk) and the raw input's text (the body and `removed` keep all of it).
 */
import type { Article } from '../doc/types.ts';
import { textStage } from '../text/stage.ts';

/** JSON of an article for storage. */
export function serializeArticle(article: Article): string {
  const { tokens: _tokens, raw, ...rest } = article;
  const { text: _text, html: _html, ...rawMeta } = raw;
  return JSON.stringify({ ...rest, raw: rawMeta });
}

/** An article from its stored JSON, with tokens recomputed so corpus stages can run on it. */
export function deserializeArticle(json: string, withTokens = true): Article {
  const article = JSON.parse(json) as Article;
  if (withTokens) textStage.run(article);
  return article;
}
