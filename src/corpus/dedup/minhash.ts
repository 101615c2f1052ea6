/**
 * MinHash signatures over normalized word shingles. Two texts' Jaccard similarity of shingle
 * sets is estimated by the share of equal signature positions. Seeded and deterministic.
 */

import type { Token } from '../../doc/types.ts';
import { tokenize } from '../../text/index.ts';
import { combine, hashString, mix32 } from '../similarity/hash.ts';

/** Words per shingle: 3 keeps single shared phrases from looking like copies. */
export const SHINGLE_SIZE = 3;
/** Signature length (and so the precision of the Jaccard estimate: ±1/√64 ≈ 0.12). */
export const SIGNATURE_SIZE = 64;
/** Fixed seed of the hash family: signatures are comparable across runs and machines. */
export const MINHASH_SEED = 0x5eed;

const FAMILY = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix32(MINHASH_SEED + i * 0x9e3779b9));

/** Hashes of the word shingles of `tokens` (matching-normalized words, numbers, Latin words). */
export function shingleHashes(tokens: Token[], size = SHINGLE_SIZE): Uint32Array {
  const words: number[] = [];
  for (const t of tokens) {
    if (t.kind === 'word' || t.kind === 'number' || t.kind === 'latin') words.push(hashString(t.norm));
  }
  if (words.length === 0) return new Uint32Array(0);
  const n = Math.max(1, words.length - size + 1);
  const out = new Set<number>();
  for (let i = 0; i < n; i++) {
    let h = words[i];
    for (let j = 1; j < size && i + j < words.length; j++) h = combine(h, words[i + j]);
    out.add(h);
  }
  return Uint32Array.from(out);
}

/** MinHash signature of a set of shingle hashes (all 0xffffffff for an empty set). */
export function signature(shingles: Uint32Array): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (let s = 0; s < shingles.length; s++) {
    const h = shingles[s];
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const v = mix32(h ^ FAMILY[i]);
      if (v < sig[i]) sig[i] = v;
    }
  }
  return sig;
}

/** Signature of a text or of already computed tokens. */
export function textSignature(text: string, tokens?: Token[]): Uint32Array {
  return signature(shingleHashes(tokens ?? tokenize(text)));
}

/** Estimated Jaccard similarity of two signatures. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i] && a[i] !== 0xffffffff) same++;
  return same / a.length;
}
