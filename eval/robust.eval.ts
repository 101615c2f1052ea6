/**
 * Robustness figures: crash survival, malformed input, load and hostile pages. Each family comes
 * from .artifacts/robust-figures.json when `npm run test:robust` wrote it less than a day ago,
 * else its scenario runs here. A figure that was not measured is left out, never guessed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/util/paths.ts';
import { missingBrowser } from '../test/browser/harness.ts';
import { crashSqlite } from '../test/robust/crash.ts';
import { FIGURES_FILE } from '../test/robust/figures.ts';
import { runLoad } from '../test/robust/load.ts';
import { runMalformed } from '../test/robust/malformed.ts';
import { runXss } from '../test/robust/xss.ts';

type Figures = Record<string, number>;

const DAY_MS = 24 * 3600 * 1000;

/** The suite's figures when fresh (less than a day old), else an empty object. */
function recorded(): Figures {
  if (!existsSync(FIGURES_FILE)) return {};
  const f = JSON.parse(readFileSync(FIGURES_FILE, 'utf8')) as Figures;
  return typeof f.updated === 'number' && Date.now() - f.updated < DAY_MS ? f : {};
}

/** Status of the robust-suite tests by full name, from the last `npm run test:robust`. */
function testStatus(): Map<string, string> {
  const path = join(PROJECT_ROOT, '.artifacts/vitest-robust.json');
  const out = new Map<string, string>();
  if (!existsSync(path)) return out;
  const r = JSON.parse(readFileSync(path, 'utf8')) as {
    testResults: Array<{ assertionResults: Array<{ fullName: string; status: string }> }>;
  };
  for (const f of r.testResults) for (const t of f.assertionResults) out.set(t.fullName, t.status);
  return out;
}

function pick(from: Figures, keys: string[]): Figures | null {
  return keys.every((k) => typeof from[k] === 'number')
    ? Object.fromEntries(keys.map((k) => [k, from[k]]))
    : null;
}

/**
 * Crash figures from the suite: the crash test checks integrity, every article once and no
 * orphans only at its end, so its kills count as survived only when that test passed.
 */
function crashFromSuite(rec: Figures): Figures | null {
  if (typeof rec['robust.crashes.sqlite.killed'] !== 'number') return null;
  const status = testStatus();
  let survived = 0;
  let runs = 0;
  let lost = 0;
  for (const db of ['sqlite', 'postgres']) {
    const killed = rec[`robust.crashes.${db}.killed`];
    if (typeof killed !== 'number') continue;
    const test = [...status].find(
      ([name]) => name.startsWith('crash safety') && name.toLowerCase().includes(db),
    );
    if (!test) return null; // figures without the test result that says whether they held
    runs += killed;
    if (test[1] === 'passed') survived += killed;
    lost += rec[`robust.crashes.${db}.lost`] ?? 0;
  }
  return { 'robust.crashes.runs': runs, 'robust.crashes.survived': survived, 'robust.articles.lost': lost };
}

async function crash(rec: Figures): Promise<Figures> {
  const fromSuite = crashFromSuite(rec);
  if (fromSuite) return fromSuite;
  const f = await crashSqlite();
  const ok = f.integrity === 'ok' && f.lost === 0 && f.duplicates === 0 && f.orphans === 0;
  return {
    'robust.crashes.runs': f.killed,
    'robust.crashes.survived': ok ? f.killed : 0,
    'robust.articles.lost': f.lost,
  };
}

const MALFORMED = ['cases', 'crashes', 'hangs', 'refused', 'stored'].map((k) => `robust.malformed.${k}`);
const LOAD = ['errors', 'requests', 'p99Ms', 'peakRssMb'].map((k) => `robust.load.${k}`);
const XSS = ['robust.xss.payloads', 'robust.xss.executed'];

async function malformed(rec: Figures): Promise<Figures> {
  const fromSuite = pick(rec, MALFORMED);
  if (fromSuite) return fromSuite;
  const f = await runMalformed();
  return Object.fromEntries(MALFORMED.map((k) => [k, f[k.split('.')[2] as 'cases']]));
}

async function load(rec: Figures): Promise<Figures> {
  const fromSuite = pick(rec, LOAD);
  if (fromSuite) return fromSuite;
  const f = await runLoad({ articles: 2000, connections: 200, durationS: 60 });
  return Object.fromEntries(LOAD.map((k) => [k, f[k.split('.')[2] as 'errors']]));
}

async function xss(rec: Figures): Promise<Figures> {
  const fromSuite = pick(rec, XSS);
  if (fromSuite) return fromSuite;
  const missing = missingBrowser();
  if (missing) {
    process.stderr.write(`eval robust: xss not measured: ${missing}\n`);
    return {};
  }
  const f = await runXss();
  return { 'robust.xss.payloads': f.payloads, 'robust.xss.executed': f.executed };
}

/** One family's figures, or none (with the reason on stderr) when its scenario fails. */
async function family(name: string, run: () => Promise<Figures>): Promise<Figures> {
  try {
    return await run();
  } catch (err) {
    process.stderr.write(`eval robust: ${name} not measured: ${(err as Error).message.split('\n')[0]}\n`);
    return {};
  }
}

export default async (): Promise<Figures> => {
  const rec = recorded();
  return {
    ...(await family('crash', () => crash(rec))),
    ...(await family('malformed', () => malformed(rec))),
    ...(await family('load', () => load(rec))),
    ...(await family('xss', () => xss(rec))),
  };
};
