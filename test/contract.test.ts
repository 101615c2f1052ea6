/** The `rasd analyze --json` output validates against the shared contract schema. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '../src/apps/cli/load.ts';
import { analyzeCorpus, toAnalysis } from '../src/pipeline/run.ts';
import { SAMPLES_DIR, sharedPath } from '../src/util/paths.ts';

const schemaPath = sharedPath('contract/analysis.schema.json');
const seeds = sharedPath('seeds');
const corpus = resolve(SAMPLES_DIR, 'corpus');

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  return ajv.compile(JSON.parse(readFileSync(schemaPath!, 'utf8')));
}

async function analyze(path: string) {
  const { articles } = await loadArticles([path]);
  return toAnalysis(analyzeCorpus(articles));
}

describe.skipIf(!schemaPath)(
  `contract${schemaPath ? '' : ' (skipped: ../shared/contract is absent)'}`,
  () => {
    it.skipIf(!seeds)(
      `seeds validate and cover all five articles${seeds ? '' : ' (skipped: ../shared/seeds is absent)'}`,
      async () => {
        const analysis = await analyze(seeds!);
        const validate = validator();
        expect(validate(analysis), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
        expect(analysis.documents).toHaveLength(5);
        expect(analysis.stories.length).toBeGreaterThan(0);
      },
    );

    it.skipIf(!existsSync(corpus))('the sample corpus validates', async () => {
      const analysis = await analyze(corpus);
      const validate = validator();
      expect(validate(analysis), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
      expect(analysis.documents.length).toBeGreaterThanOrEqual(30);
    });
  },
);
