/**
 * The web page in Chromium: list → story → cited article with the highlight, search in another
 * spelling, RTL layout, digits toggle, and a hostile article whose payloads must not run.
 * Screenshots go to .artifacts/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCorpus } from '../../src/apps/server/fixtures.ts';
import { type Harness, MUST_RUN, missingBrowser, startHarness } from './harness.ts';
import { HOSTILE_TITLE_SHOWN, withHostile } from './hostile.ts';

const missing = missingBrowser();
if (missing && !MUST_RUN) console.warn(`browser tests skipped: ${missing}`);

describe.runIf(missing && MUST_RUN)('browser tests under CI', () => {
  it('need Chromium', () => {
    throw new Error(`CI=true but ${missing}`);
  });
});

describe.skipIf(!!missing)('web page in Chromium', () => {
  let hx: Harness;
  beforeAll(async () => {
    hx = await startHarness(withHostile(fixtureCorpus()));
  });
  afterAll(async () => hx?.close());

  it('list → story → cited article with the span highlighted', async () => {
    const { page, errors } = await hx.page();
    await page.goto(`${hx.server.url}/`);
    await page.waitForSelector('#story-list .story-card');
    const first = page.locator('#story-list .story-card').first();
    expect(await first.getAttribute('data-id')).toBe('s-kyiv');
    await hx.shot(page, '01-story-list');
    await first.locator('h3 a').click();
    await page.waitForSelector('.story-view #summary .cite');
    for (const id of ['summary', 'timeline', 'volume', 'entities', 'quotes', 'outlets', 'contradictions'])
      expect(await page.locator(`#${id}`).count(), id).toBe(1);
    expect(await page.locator('#timeline svg circle').count()).toBe(2);
    expect(await page.locator('#volume svg circle.volume').count()).toBe(3);
    expect(await page.locator('#quotes .speaker').count()).toBe(2);
    expect(await page.locator('#entities').textContent()).toContain('زيلنسكي');
    await hx.shot(page, '02-story');
    const cite = page.locator('#summary .cite').nth(1);
    await cite.click();
    const mark = page.locator('mark#cited');
    await mark.waitFor();
    // The cited span may be cut into several marks where mentions start and end inside it.
    const cited = await page.locator('#article-body mark.cited').allTextContents();
    expect(cited.join('')).toBe('أعلنت المفوضية الأوروبية أن حزمة المساعدات تبلغ خمسة مليارات يورو');
    expect(await mark.isVisible()).toBe(true);
    const box = (await mark.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(900);
    const bg = await mark.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).not.toBe('rgba(0, 0, 0, 0)');
    expect(page.url()).toContain('/article/a-kyiv-2');
    await hx.shot(page, '03-cited-article');
    expect(errors).toEqual([]);
  });

  const spellings: Array<[string, string[]]> = [
    ['اوكرانيا', ['a-kyiv-1', 'a-kyiv-3']], // bare alef finds hamza spellings
    ['زيلنسكي', ['a-kyiv-1', 'a-kyiv-3', 'a-dc-1']], // short spelling finds the long one
  ];
  for (const [query, mustFind] of spellings)
    it(`search "${query}" finds other spellings`, async () => {
      const { page, errors } = await hx.page();
      await page.goto(`${hx.server.url}/`);
      await page.fill('#search-input', query);
      await page.press('#search-input', 'Enter');
      await page.waitForSelector('#search-hits .hit');
      const ids = await page
        .locator('#search-hits .hit')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
      for (const id of mustFind) expect(ids, `${query} → ${id}`).toContain(id);
      await hx.shot(page, `04-search-${query === 'اوكرانيا' ? 'ukraine' : 'zelensky'}`);
      expect(errors).toEqual([]);
    });

  it('lays out right to left with Arabic fonts', async () => {
    const { page } = await hx.page();
    await page.goto(`${hx.server.url}/`);
    await page.waitForSelector('#story-list .story-card');
    const r = await page.evaluate(() => {
      const html = document.documentElement;
      const card = document.querySelector('#story-list .story-card') as HTMLElement;
      const title = card.querySelector('h3 a') as HTMLElement;
      const header = document.querySelector('.top') as HTMLElement;
      const brand = document.querySelector('.brand') as HTMLElement;
      const c = card.getBoundingClientRect();
      const t = title.getBoundingClientRect();
      return {
        dir: html.getAttribute('dir'),
        lang: html.getAttribute('lang'),
        direction: getComputedStyle(document.body).direction,
        align: getComputedStyle(card).textAlign,
        font: getComputedStyle(document.body).fontFamily,
        titleRightGap: c.right - t.right,
        titleLeftGap: t.left - c.left,
        brandRight: header.getBoundingClientRect().right - brand.getBoundingClientRect().right,
        brandLeft: brand.getBoundingClientRect().left - header.getBoundingClientRect().left,
      };
    });
    expect([r.dir, r.lang, r.direction]).toEqual(['rtl', 'ar', 'rtl']);
    expect(['start', 'right']).toContain(r.align);
    expect(r.font).toContain('Noto Naskh Arabic');
    expect(r.titleRightGap).toBeLessThan(40); // the title starts at the right edge
    expect(r.titleLeftGap).toBeGreaterThan(r.titleRightGap);
    expect(r.brandRight).toBeLessThan(r.brandLeft); // the header starts on the right
  });

  it('switches digits and remembers the choice', async () => {
    const { page } = await hx.page();
    await page.goto(`${hx.server.url}/`);
    const size = page.locator('#story-list .story-card .size').first();
    await size.waitFor();
    expect(await size.textContent()).toContain('٣');
    await page.click('#digits-toggle');
    await page.waitForFunction(() => document.querySelector('#story-list .size')?.textContent?.includes('3'));
    await page.reload();
    await page.locator('#story-list .story-card .size').first().waitFor();
    expect(await page.locator('#story-list .story-card .size').first().textContent()).toContain('3');
    await hx.shot(page, '05-western-digits');
    await page.click('#digits-toggle');
  });

  it('shows a hostile article as text and runs none of it', async () => {
    const { page, dialogs, errors } = await hx.page();
    for (const route of [
      '/article/a-hostile',
      '/story/s-hostile',
      '/thread/t-hostile',
      `/search?q=${encodeURIComponent('الشرطة')}`,
    ]) {
      await page.goto(`${hx.server.url}/#${route}`);
      await page.waitForSelector('main[aria-busy="false"] > *');
      await page.waitForTimeout(300);
      const state = await page.evaluate(() => ({
        pwned: (window as unknown as { __rasdPwned?: string }).__rasdPwned ?? null,
        scripts: document.querySelectorAll('main script, main img, main svg[onload], main iframe').length,
        jsLinks: [...document.querySelectorAll('a')].filter((a) =>
          /^\s*javascript:/i.test(a.getAttribute('href') ?? ''),
        ).length,
        handlers: [...document.querySelectorAll('main *')].filter((e) =>
          [...e.attributes].some((x) => x.name.startsWith('on')),
        ).length,
      }));
      expect(state, route).toEqual({ pwned: null, scripts: 0, jsLinks: 0, handlers: 0 });
      if (route === '/article/a-hostile') {
        const body = await page.locator('#article-body').textContent();
        expect(body).toContain(`<script>window.__rasdPwned='script'</script>`);
        expect(body).toContain(`onerror="window.__rasdPwned='img'; alert('img')"`);
        expect(body).toContain('javascript:');
        expect(body).not.toMatch(/[\u202A-\u202E]/);
        const title = await page.locator('#article-title').textContent();
        expect(title).toBe(HOSTILE_TITLE_SHOWN);
        expect(await page.locator('.source a').count()).toBe(0); // javascript: source is not a link
        await hx.shot(page, '06-hostile-article');
      }
    }
    expect(dialogs).toEqual([]);
    expect(errors.filter((e) => /Content Security Policy|Refused/.test(e))).toEqual([]);
  });

  it('thread over weeks and an entity with its spellings', async () => {
    const { page, errors } = await hx.page();
    await page.goto(`${hx.server.url}/#/thread/t-ukr`);
    await page.waitForSelector('#weeks svg rect.bar');
    expect(await page.locator('#weeks svg rect.bar').count()).toBe(2);
    await hx.shot(page, '07-thread');
    await page.goto(`${hx.server.url}/#/entity/e-zel`);
    await page.waitForSelector('#variants .chip');
    expect(await page.locator('#variants').textContent()).toContain('زيلنسكي');
    await hx.shot(page, '08-entity');
    expect(errors).toEqual([]);
  });

  it('filters the list by outlet and dates', async () => {
    const { page } = await hx.page();
    await page.goto(`${hx.server.url}/`);
    await page.waitForSelector('#story-filters');
    await page.fill('#story-filters input[name=outlet]', 'صحيفة المساء');
    await page.fill('#story-filters input[name=since]', '2025-03-01');
    await page.click('#story-filters button');
    await page.waitForFunction(() => document.querySelectorAll('#story-list .story-card').length === 1);
    expect(await page.locator('#story-list .story-card').getAttribute('data-id')).toBe('s-kyiv');
  });

  it('says clearly when a story does not exist', async () => {
    const { page } = await hx.page();
    await page.goto(`${hx.server.url}/#/story/nope`);
    await page.waitForSelector('main .error');
    expect(await page.locator('main .error').textContent()).toContain('no story with id "nope"');
  });
});
