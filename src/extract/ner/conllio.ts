/**
 * The `rasd ner --conll` filter as a library function: CoNLL lines in (first column is the
 * token, blank line between sentences, other columns ignored), `token<TAB>TAG` lines out.
 */
import type { NerModel } from './model.ts';

/** Tag a whole CoNLL text; blank lines are kept where they were. */
export function tagConll(input: string, model: NerModel): string {
  const out: string[] = [];
  let sentence: string[] = [];
  const flush = () => {
    if (!sentence.length) return;
    const tags = model.tag(sentence);
    for (let i = 0; i < sentence.length; i++) out.push(`${sentence[i]}\t${tags[i]}`);
    sentence = [];
  };
  const lines = input.split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  for (const line of lines) {
    const token = line.trim().split(/[\t ]+/)[0];
    if (!token) {
      flush();
      out.push('');
    } else sentence.push(token);
  }
  flush();
  return out.length ? `${out.join('\n')}\n` : '';
}
