/**
 * When does a cited span support a summary sentence? When they share enough content terms:
 * at least `MIN_SHARED` of the smaller side's distinct terms. Used by the summarizer before it
 * cites a span and by the `summary.citations.valid` evaluation.
 */
import { tokenize } from '../../text/index.ts';
import { contentTerms } from './units.ts';

/** Share of the smaller side's distinct content terms that the other side also has. */
export const MIN_SHARED = 0.3;

/** Distinct content terms (stems, numbers) of a text. */
export function termSet(text: string): Set<string> {
  return new Set(contentTerms(tokenize(text)));
}

/** Overlap of content terms between `span` and `sentence`, over the smaller of the two. */
export function overlap(span: string, sentence: string): number {
  const a = termSet(span);
  const b = termSet(sentence);
  const small = Math.min(a.size, b.size);
  if (!small) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / small;
}

/** Numbers written in digits in a text (normalized: Arabic-Indic digits as ASCII). */
export function numbersOf(text: string): Set<string> {
  return new Set(
    tokenize(text)
      .filter((t) => t.kind === 'number')
      .map((t) => t.norm),
  );
}

/** Both texts give numbers and share none: "12 dead" is no evidence for "15 dead". */
export function numbersDisagree(a: string, b: string): boolean {
  const x = numbersOf(a);
  const y = numbersOf(b);
  if (!x.size || !y.size) return false;
  for (const n of x) if (y.has(n)) return false;
  return true;
}

/** True when the span's text can stand as evidence for the sentence. */
export function supports(span: string, sentence: string): boolean {
  return overlap(span, sentence) >= MIN_SHARED && !numbersDisagree(span, sentence);
}
