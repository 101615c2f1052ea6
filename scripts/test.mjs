#!/usr/bin/env node
// Runs vitest (default: the `unit` project; `--project robust` for the robustness suite) and
// ends with the plain summary line `tests: N passed, M failed` that CI reads.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const args = process.argv.slice(2);
const project = args.includes('--project') ? args[args.indexOf('--project') + 1] : 'unit';
const rest = args.filter((a, i) => a !== '--project' && args[i - 1] !== '--project');
mkdirSync('.artifacts', { recursive: true });
const out = `.artifacts/vitest-${project}.json`;
rmSync(out, { force: true });
const run = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
    ...rest,
  ],
  { stdio: 'inherit' },
);
let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const r = JSON.parse(readFileSync(out, 'utf8'));
  passed = r.numPassedTests;
  // A file that failed outside any test (import error, failing beforeAll) counts as one failure.
  const brokenFiles = r.testResults.filter(
    (f) => f.status === 'failed' && !f.assertionResults.some((t) => t.status === 'failed'),
  ).length;
  failed = r.numFailedTests + brokenFiles;
  skipped = r.numPendingTests + (r.numTodoTests ?? 0);
} catch {
  failed = Math.max(1, failed); // no report means the run itself broke
}
if (run.status !== 0 && failed === 0) failed = 1;
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed ? 1 : 0);
