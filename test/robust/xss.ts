/**
 * Hostile pages end to end: the payloads of xss-payloads.ts go through `rasd ingest` (JSONL and
 * HTML), `rasd serve` shows them, and Chromium opens every view that shows them (story list,
 * story, thread, article, search, entity). Nothing may run: each payload would record itself
 * through `window.__pwned` or alert(). The page's Content-Security-Policy is bypassed on purpose
 * so the rendering itself is tested, not only the CSP behind it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS, ensureWebBuilt } from '../browser/harness.ts';
import { startRasd, within } from './harness.ts';
import { startServe, stopServe } from './load.ts';
import {
  HOSTILE_PERSON,
  HOSTILE_WORD,
  hostilePage,
  hostileRecord,
  hostileTitle,
  PAYLOADS,
  type Payload,
  shownText,
} from './xss-payloads.ts';

export interface XssFigures {
  /** Payload instances ingested (each payload in a JSONL record and in an HTML page). */
  payloads: number;
  /** Distinct payloads that ran (set window.__pwned or opened a dialog) in any view. */
  executed: number;
  /** Views opened. */
  views: number;
  /** Script, iframe, object or embed elements, on* attributes and javascript: URLs in the views. */
  unsafeNodes: number;
  /** Article views whose visible title is not the stored title as text (minus bidi controls). */
  titlesWrong: number;
  /** Bidi override/isolate characters left in the visible text. */
  bidiLeft: number;
  problems: string[];
}

/** Records every assignment to window.__pwned (the payloads' marker), in the page and frames. */
const INIT = `(() => {
  const hits = [];
  Object.defineProperty(window, '__pwnedAll', { value: hits });
  Object.defineProperty(window, '__pwned', { configurable: false, get: () => hits[0], set: (v) => hits.push(String(v)) });
})();`;

interface ViewState {
  pwned: string[];
  unsafe: string[];
  bidi: number;
  title: string | null;
}

/** Inspect the current view. Runs in the page. */
function inspect(): ViewState {
  const w = window as unknown as { __pwnedAll?: string[] };
  const unsafe: string[] = [];
  for (const el of document.querySelectorAll('main *')) {
    const tag = el.tagName.toLowerCase();
    if (['script', 'iframe', 'object', 'embed', 'frame', 'base', 'meta', 'style'].includes(tag))
      unsafe.push(tag);
    for (const a of el.attributes) {
      if (a.name.startsWith('on')) unsafe.push(`${tag}[${a.name}]`);
      if (
        /^(href|src|action|formaction|xlink:href|data)$/.test(a.name) &&
        /^\s*(javascript|data|vbscript):/i.test(a.value)
      )
        unsafe.push(`${tag}[${a.name}=${a.value.slice(0, 30)}]`);
    }
  }
  const text = document.querySelector('main')?.textContent ?? '';
  return {
    pwned: [...(w.__pwnedAll ?? [])],
    unsafe,
    bidi: (text.match(/[\u202A-\u202E\u2066-\u2069]/g) ?? []).length,
    title: document.querySelector('#article-title')?.textContent ?? null,
  };
}

interface Target {
  route: string;
  /** For article views: the title the page must show. */
  title?: string;
}

/** Write the hostile inputs: one JSONL file of records and one HTML page per payload. */
function writeInputs(dir: string): Array<{ id?: string; k: number; p: Payload }> {
  const records = PAYLOADS.map((p, k) => ({ k, p, rec: hostileRecord(k, p) }));
  writeFileSync(join(dir, 'hostile.jsonl'), `${records.map((r) => JSON.stringify(r.rec)).join('\n')}\n`);
  for (const [k, p] of PAYLOADS.entries())
    writeFileSync(join(dir, `hostile-${k}.html`), hostilePage(k + 100, p));
  return [
    ...records.map((r) => ({ id: r.rec.id, k: r.k, p: r.p })),
    ...PAYLOADS.map((p, k) => ({ k: k + 100, p })),
  ];
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url} answered ${res.status}`);
  return (await res.json()) as T;
}

/** Every view that shows the hostile articles, found through the API. */
async function targets(url: string, items: Array<{ id?: string; k: number; p: Payload }>): Promise<Target[]> {
  type Hit = { article: string; title: string; storyId: string | null };
  const search = await getJson<{ hits: Hit[] }>(
    `${url}/api/search?q=${encodeURIComponent(HOSTILE_WORD)}&limit=100`,
  );
  const byNumber = new Map<number, string>();
  for (const h of search.hits) {
    const m = new RegExp(`${HOSTILE_WORD} رقم (\\d+) `).exec(h.title ?? '');
    if (m) byNumber.set(Number(m[1]), h.article);
  }
  const out: Target[] = [{ route: '/' }];
  for (const it of items) {
    const id = it.id ?? byNumber.get(it.k);
    out.push({
      route: `/article/${encodeURIComponent(id ?? `missing-${it.k}`)}`,
      title: shownText(hostileTitle(it.k, it.p)),
    });
  }
  const stories = new Set(search.hits.map((h) => h.storyId).filter((s): s is string => !!s));
  for (const s of stories) {
    out.push({ route: `/story/${encodeURIComponent(s)}` });
    const story = await getJson<{ threadId?: string | null }>(`${url}/api/stories/${encodeURIComponent(s)}`);
    if (story.threadId) out.push({ route: `/thread/${encodeURIComponent(story.threadId)}` });
  }
  for (const q of [HOSTILE_WORD, 'script', 'javascript', 'onerror', HOSTILE_PERSON])
    out.push({ route: `/search?q=${encodeURIComponent(q)}` });
  const entities = await getJson<{ entities: Array<{ id: string; name: string }> }>(
    `${url}/api/entities?limit=200`,
  );
  const hostile = entities.entities.filter(
    (e) => /[<>="']|javascript/i.test(e.name) || e.name.includes(HOSTILE_PERSON.split(' ')[1]),
  );
  for (const e of hostile.slice(0, 15)) out.push({ route: `/entity/${encodeURIComponent(e.id)}` });
  return out;
}

async function visit(page: Page, base: string, t: Target): Promise<ViewState> {
  await page.goto(`${base}/#${t.route}`);
  await page.waitForSelector('main[aria-busy="false"]', { timeout: 30_000 });
  await page.mouse.move(600, 400); // an onmouseover payload would fire now
  await page.keyboard.press('Tab'); // and an onfocus one
  await page.waitForTimeout(150);
  return page.evaluate(inspect);
}

async function launch(
  chromiumPath: string,
): Promise<{ browser: Browser; page: Page; executed: Set<string> }> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  const context = await browser.newContext({
    viewport: { width: 1200, height: 900 },
    locale: 'ar',
    bypassCSP: true,
  });
  await context.addInitScript(INIT);
  const page = await context.newPage();
  const executed = new Set<string>();
  page.on('dialog', (d) => {
    executed.add(`dialog:${d.message()}`);
    void d.dismiss();
  });
  return { browser, page, executed };
}

/**
 * The detector's own check: the same payloads put into a page as raw HTML. Returns how many
 * ran; if none did, the detector is blind and a zero from runXss would mean nothing.
 */
export async function canary(chromiumPath = CHROMIUM): Promise<number> {
  const { browser, page, executed } = await launch(chromiumPath);
  try {
    await page.setContent(`<main>${PAYLOADS.map((p) => p.markup).join('\n')}</main>`);
    await page.mouse.move(600, 400);
    await page.waitForTimeout(1000);
    for (const p of await page.evaluate(() => (window as unknown as { __pwnedAll: string[] }).__pwnedAll))
      executed.add(p);
    return executed.size;
  } finally {
    await browser.close();
  }
}

/** Ingest, serve, open every view in Chromium (at `chromium`), and count what ran. */
export async function runXss(chromiumPath = CHROMIUM): Promise<XssFigures> {
  ensureWebBuilt();
  const root = mkdtempSync(join(tmpdir(), 'rasd-xss-'));
  const dir = join(root, 'in');
  mkdirSync(dir);
  const db = join(root, 'xss.db');
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof startServe>> | undefined;
  try {
    const items = writeInputs(dir);
    const ingest = await within(startRasd(['ingest', dir, '--db', db, '--jobs', '2']), 5 * 60_000);
    if (ingest.code !== 0)
      throw new Error(`ingest of the hostile articles exited ${ingest.code}: ${ingest.stderr.slice(0, 500)}`);
    server = await startServe(db);
    const views = await targets(server.url, items);
    const launched = await launch(chromiumPath);
    browser = launched.browser;
    const { page, executed } = launched;
    const f: XssFigures = {
      payloads: items.length,
      executed: 0,
      views: 0,
      unsafeNodes: 0,
      titlesWrong: 0,
      bidiLeft: 0,
      problems: [],
    };
    const problem = (s: string) => f.problems.length < 30 && f.problems.push(s);
    for (const t of views) {
      const state = await visit(page, server.url, t);
      f.views++;
      for (const p of state.pwned) executed.add(p);
      if (state.pwned.length) problem(`${t.route}: ran ${state.pwned.join(', ')}`);
      f.unsafeNodes += state.unsafe.length;
      if (state.unsafe.length) problem(`${t.route}: unsafe ${state.unsafe.slice(0, 5).join(', ')}`);
      f.bidiLeft += state.bidi;
      // HTML collapses white space in <title>, so compare with runs of white space as one space.
      const squash = (x: string | null | undefined) => x?.replace(/\s+/g, ' ').trim();
      if (t.title !== undefined && squash(state.title) !== squash(t.title)) {
        f.titlesWrong++;
        problem(
          `${t.route}: title shown as ${JSON.stringify(state.title)}, expected ${JSON.stringify(t.title)}`,
        );
      }
    }
    f.executed = executed.size;
    for (const e of executed) if (e.startsWith('dialog:')) problem(`dialog opened: ${e}`);
    return f;
  } finally {
    await browser?.close();
    if (server) await stopServe(server.run);
    rmSync(root, { recursive: true, force: true });
  }
}
