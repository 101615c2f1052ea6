/**
 * Summary evaluation. EASC (../shared/data/summarization/easc.jsonl): ROUGE-1/2/L F1 of rasd's
 * summarizer and of the Lead-3, Lead-5 and TextRank baselines, same ROUGE code
 * (src/corpus/summary/rouge.ts). rasd and TextRank get as many sentences as the reference has
 * (split by the text core); `summary.auto.*` is rasd given no length, as `rasd summarize --jsonl`
 * answers a line without "sentences". Then `summary.citations.valid` on the seeds and samples.
 */
import { citationValidity } from '../src/corpus/summary/citations.ts';
import { rouge } from '../src/corpus/summary/rouge.ts';
import {
  defaultSentenceCount,
  leadBaseline,
  summarizeText,
  textRankBaseline,
} from '../src/corpus/summary/single.ts';
import type { Span } from '../src/doc/types.ts';
import { splitSentences } from '../src/text/index.ts';
import { sharedPath } from '../src/util/paths.ts';
import { readJsonl } from './jsonl.ts';

interface EascItem {
  id: string;
  text: string;
  references: string[];
}

type System = (text: string, k: number) => Span[];

const SYSTEMS: Record<string, System> = {
  easc: (t, k) => summarizeText(t, { budget: { sentences: k } }),
  auto: (t) => summarizeText(t, { budget: { sentences: defaultSentenceCount(t) } }),
  lead3: (t) => leadBaseline(t, 3),
  lead5: (t) => leadBaseline(t, 5),
  leadk: (t, k) => leadBaseline(t, k),
  textrank: (t, k) => textRankBaseline(t, k),
};

function mean(xs: number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/** ROUGE figures of every system on EASC. */
export function eascFigures(items: EascItem[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, system] of Object.entries(SYSTEMS)) {
    const r1: number[] = [];
    const r2: number[] = [];
    const rl: number[] = [];
    for (const item of items) {
      const ref = item.references[0];
      const k = Math.max(1, splitSentences(ref).length);
      const text = system(item.text, k)
        .map((s) => item.text.slice(s.start, s.end))
        .join('\n');
      const r = rouge(text, ref);
      r1.push(r.r1.f);
      r2.push(r.r2.f);
      rl.push(r.rl.f);
    }
    out[`summary.${name}.rouge1`] = round(mean(r1));
    if (name === 'easc' || name === 'auto') {
      out[`summary.${name}.rouge2`] = round(mean(r2));
      out[`summary.${name}.rougeL`] = round(mean(rl));
    }
  }
  return out;
}

export default async (): Promise<Record<string, number>> => {
  const out: Record<string, number> = {};
  const path = sharedPath('data/summarization/easc.jsonl');
  if (!path)
    process.stderr.write('eval summary: ../shared/data/summarization/easc.jsonl absent, EASC skipped\n');
  else {
    const items = readJsonl<EascItem>(path);
    Object.assign(out, eascFigures(items));
  }
  const valid = await citationValidity();
  if (valid !== null) out['summary.citations.valid'] = round(valid);
  return out;
};
