/**
 * contract.*: does `rasd analyze --json` on ../shared/seeds (and the sample corpus) validate
 * against the shared schema, and is every part of it filled?
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { loadArticles } from '../src/apps/cli/load.ts';
import type { Analysis } from '../src/doc/types.ts';
import { analyzeCorpus, toAnalysis } from '../src/pipeline/run.ts';
import { SAMPLES_DIR, sharedPath } from '../src/util/paths.ts';

async function analyze(path: string): Promise<Analysis> {
  const { articles } = await loadArticles([path]);
  return toAnalysis(analyzeCorpus(articles));
}

/** Every span in the analysis lies inside its document's body. */
function spansValid(a: Analysis): number {
  const bodies = new Map(a.documents.map((d) => [d.id, d.body.length]));
  const spans = [
    ...a.entities.flatMap((e) => e.mentions),
    ...a.quotes,
    ...a.timeline.flatMap((t) => t.evidence),
    ...a.stories.flatMap((s) => s.summary.flatMap((x) => x.sources)),
    ...a.contradictions.flatMap((c) => c.claims),
  ];
  const bad = spans.filter(
    (s) => !bodies.has(s.document) || s.start < 0 || s.end > (bodies.get(s.document) ?? 0) || s.start > s.end,
  );
  return spans.length ? 1 - bad.length / spans.length : 1;
}

export default async function (): Promise<Record<string, number>> {
  const schemaPath = sharedPath('contract/analysis.schema.json');
  const seeds = sharedPath('seeds');
  if (!schemaPath || !seeds) {
    process.stderr.write('eval contract: skipped, ../shared/contract or ../shared/seeds is absent\n');
    return {};
  }
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(
    JSON.parse(readFileSync(schemaPath, 'utf8')),
  );
  const out: Record<string, number> = {};
  for (const [name, path] of [
    ['seeds', seeds],
    ['samples', resolve(SAMPLES_DIR, 'corpus')],
  ] as const) {
    const a = await analyze(path);
    const valid = validate(a) ? 1 : 0;
    if (!valid)
      process.stderr.write(`eval contract ${name}: ${JSON.stringify(validate.errors?.slice(0, 3))}\n`);
    const prefix = name === 'seeds' ? 'contract' : `contract.${name}`;
    out[`${prefix}.valid`] = valid;
    out[`${prefix}.documents`] = a.documents.length;
    out[`${prefix}.stories`] = a.stories.length;
    out[`${prefix}.entities`] = a.entities.length;
    out[`${prefix}.quotes`] = a.quotes.length;
    out[`${prefix}.timeline`] = a.timeline.length;
    out[`${prefix}.contradictions`] = a.contradictions.length;
    out[`${prefix}.spansValid`] = spansValid(a);
  }
  return out;
}
