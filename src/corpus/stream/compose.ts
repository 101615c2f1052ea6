/**
 * Filling sentence templates: a sentence is a list of segments, plain text or a named entity,
 * so mention spans stay exact through light edits and re-assembly into a body.
 */
import type { EntityType, Mention } from '../../doc/types.ts';

export interface Segment {
  text: string;
  type?: EntityType;
}
export type Sentence = Segment[];

/** Slot values: a string for plain slots; entity slots carry their type. */
export type SlotValue = string | { text: string; type: EntityType } | (() => string);

const SLOT = /\{([A-Z0-9]+)\}/g;

/** Fill `template` with `slots`; unknown slots are an error naming the template. */
export function fill(template: string, slots: Record<string, SlotValue>): Sentence {
  const out: Sentence = [];
  let last = 0;
  for (const m of template.matchAll(SLOT)) {
    const at = m.index ?? 0;
    if (at > last) out.push({ text: template.slice(last, at) });
    const v = slots[m[1]];
    if (v === undefined) throw new Error(`stream: template slot {${m[1]}} has no value: "${template}"`);
    if (typeof v === 'function') out.push({ text: v() });
    else if (typeof v === 'string') out.push({ text: v });
    else out.push({ text: v.text, type: v.type });
    last = at + m[0].length;
  }
  if (last < template.length) out.push({ text: template.slice(last) });
  return out;
}

/** Plain text of a sentence. */
export function plain(s: Sentence): string {
  return s.map((g) => g.text).join('');
}

/** Join sentences as paragraphs; mentions are exact spans into the resulting body. */
export function assemble(sentences: Sentence[]): { body: string; mentions: Mention[] } {
  let body = '';
  const mentions: Mention[] = [];
  sentences.forEach((s, i) => {
    if (i > 0) body += '\n\n';
    for (const g of s) {
      if (g.type)
        mentions.push({ start: body.length, end: body.length + g.text.length, text: g.text, type: g.type });
      body += g.text;
    }
  });
  return { body, mentions };
}

/** Replace whole words in plain segments (entity segments are never edited). */
export function substitute(s: Sentence, from: string, to: string): Sentence {
  const re = new RegExp(`(^|\\s)${from}(?=\\s|$|[،,.])`, 'g');
  return s.map((g) => (g.type ? g : { text: g.text.replace(re, `$1${to}`) }));
}
