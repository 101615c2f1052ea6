/**
 * The page over real pipeline output: the sample corpus (samples/corpus) analysed by the
 * pipeline, stored, served, and opened in Chromium. A smoke test of what analysts will see;
 * the fixture tests in page.test.ts pin the exact behaviour.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../src/apps/cli/store-io.ts';
import { SAMPLES_DIR } from '../../src/util/paths.ts';
import { type Harness, missingBrowser, startHarness } from './harness.ts';

const corpus = join(SAMPLES_DIR, 'corpus');
const skip = missingBrowser() ?? (existsSync(corpus) ? null : `no sample corpus at ${corpus}`);
if (skip) console.warn(`sample browser test skipped: ${skip}`);

describe.skipIf(!!skip)('sample corpus in Chromium', () => {
  let hx: Harness;
  beforeAll(async () => {
    hx = await startHarness({
      articles: [],
      stories: [],
      threads: [],
      entities: [],
      timeline: [],
      contradictions: [],
    });
    await ingestPaths(hx.store, [corpus]);
  }, 300_000);
  afterAll(async () => hx?.close());

  it('lists the stories and opens the biggest one and a cited article', async () => {
    const { page, errors, dialogs } = await hx.page();
    await page.goto(`${hx.server.url}/`);
    await page.waitForSelector('#story-list .story-card');
    await hx.shot(page, '10-samples-list');
    const biggest = (await hx.store.listStories({ limit: 200 })).sort((a, b) => b.size - a.size)[0];
    await page.goto(`${hx.server.url}/#/story/${encodeURIComponent(biggest.id)}`);
    await page.waitForSelector('.story-view #summary');
    await hx.shot(page, '11-samples-story');
    const cites = page.locator('#summary .cite');
    if ((await cites.count()) > 0) {
      await cites.first().click();
      await page.locator('#article-body mark.cited').first().waitFor();
      expect(await page.locator('#article-body mark.cited').count()).toBeGreaterThan(0);
      await hx.shot(page, '12-samples-cited-article');
    }
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
});
