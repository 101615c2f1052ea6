/** The Arabic text core: the only normalizer, tokenizer, splitter and stemmer in rasd. */
export * from './namekey.ts';
export * from './normalize.ts';
export * from './sentences.ts';
export * from './stem.ts';
export * from './stopwords.ts';
export * from './tokenize.ts';
