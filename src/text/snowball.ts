/**
 * The Snowball Arabic stemmer (npm `snowball-stemmers`, a dev dependency) behind our `Stemmer`
 * interface: the peer we measure against in eval and bench, and a second implementation for
 * the shared stemmer contract test. Loaded on first use, so production code never needs it.
 */
import { createRequire } from 'node:module';
import type { Stemmer } from './stem.ts';

interface SnowballModule {
  newStemmer(language: string): { stem(word: string): string };
}

let loaded: { stem(word: string): string } | undefined;

function snowball(): { stem(word: string): string } {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  let mod: SnowballModule;
  try {
    mod = require('snowball-stemmers') as SnowballModule;
  } catch {
    throw new Error(
      'snowball stemmer: npm package snowball-stemmers is not installed (npm install --save-dev snowball-stemmers)',
    );
  }
  loaded = mod.newStemmer('arabic');
  return loaded;
}

/** Snowball's Arabic stemmer, unmodified and unmemoized. */
export const snowballStemmer: Stemmer = {
  name: 'snowball-arabic',
  stem: (word: string) => snowball().stem(word),
};
