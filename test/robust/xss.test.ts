/** Hostile articles through ingest and serve, opened in Chromium: nothing runs, titles read as text. */
import { describe, expect, it } from 'vitest';
import { MUST_RUN, missingBrowser } from '../browser/harness.ts';
import { recordFigures } from './figures.ts';
import { canary, runXss } from './xss.ts';

const missing = missingBrowser();
const skip = !!missing && !MUST_RUN;
const label = skip ? ` (skipped: ${missing})` : '';

describe('hostile pages in Chromium', () => {
  it.skipIf(skip)(`the detector sees raw payloads run${label}`, async () => {
    if (missing) throw new Error(`CI=true needs Chromium: ${missing}`);
    expect(await canary()).toBeGreaterThanOrEqual(5);
  });

  it.skipIf(skip)(`no payload runs in any view, and titles show as text${label}`, async () => {
    if (missing) throw new Error(`CI=true needs Chromium: ${missing}`);
    const f = await runXss();
    recordFigures({ 'robust.xss.payloads': f.payloads, 'robust.xss.executed': f.executed });
    const why = f.problems.join('\n');
    expect(f.views, why).toBeGreaterThan(f.payloads);
    expect(
      { executed: f.executed, unsafeNodes: f.unsafeNodes, titlesWrong: f.titlesWrong, bidiLeft: f.bidiLeft },
      why,
    ).toEqual({
      executed: 0,
      unsafeNodes: 0,
      titlesWrong: 0,
      bidiLeft: 0,
    });
  });
});
