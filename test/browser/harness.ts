/**
 * Browser test harness: Debian's Chromium through playwright-core, and a rasd server on
 * 127.0.0.1 (ephemeral port) over a temporary SQLite database filled with the fixture corpus.
 * Without Chromium the tests skip with a message, except under CI=true where they fail.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { fillStore, fixtureCorpus } from '../../src/apps/server/fixtures.ts';
import { type RunningServer, startServer } from '../../src/apps/server/server.ts';
import { WEB_DIST } from '../../src/apps/server/static.ts';
import type { Corpus } from '../../src/doc/types.ts';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/store.ts';
import { PROJECT_ROOT } from '../../src/util/paths.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(PROJECT_ROOT, '.artifacts', 'screenshots');

/** The launch flags the project requires (no network side traffic, no GPU, no sandbox in CI containers). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Why the browser tests cannot run here, or null when they can. */
export function missingBrowser(): string | null {
  return existsSync(CHROMIUM)
    ? null
    : `Chromium not found at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`;
}

/** True when a missing browser must fail the run instead of skipping. */
export const MUST_RUN = process.env.CI === 'true';

/** Build web/dist when it is missing (the tests exercise the real built page). */
export function ensureWebBuilt(): void {
  if (existsSync(join(WEB_DIST, 'index.html'))) return;
  const r = spawnSync('npm', ['run', '-s', 'build:web'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm run build:web failed; the browser tests need web/dist');
}

export interface Harness {
  browser: Browser;
  server: RunningServer;
  store: Store;
  corpus: Corpus;
  /** A fresh page that records dialogs, page errors and CSP violations. */
  page(): Promise<{ page: Page; dialogs: string[]; errors: string[] }>;
  shot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

/** Start the server over a temp DB with `corpus` (default: the fixtures) and launch Chromium. */
export async function startHarness(corpus: Corpus = fixtureCorpus()): Promise<Harness> {
  ensureWebBuilt();
  mkdirSync(SCREENSHOTS, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'rasd-browser-'));
  const store = await openStore(join(dir, 'test.db'));
  await fillStore(store, corpus);
  const server = await startServer({ store, host: '127.0.0.1', port: 0, token: 'browser-test-token' });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, locale: 'ar' });
  return {
    browser,
    server,
    store,
    corpus,
    async page() {
      const page = await context.newPage();
      const dialogs: string[] = [];
      const errors: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      return { page, dialogs, errors };
    },
    async shot(page, name) {
      const path = join(SCREENSHOTS, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    async close() {
      await browser.close();
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
