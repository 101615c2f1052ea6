/**
 * Malformed input: `rasd ingest DIR --jobs 2` over the generated corpus (malformed-cases.ts) in
 * a child process with an overall time limit, then every case is judged from the database and
 * the error lines: stored, or refused with exactly one `rasd: PATH[:LINE]: ...` line. Counts
 * crashes (exit code other than 0/1, a signal or a stack trace) and hangs (the per-item time
 * limit hit, or the whole run not finishing).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { startRasd, within } from './harness.ts';
import { type MalformedCase, writeMalformedCorpus } from './malformed-cases.ts';

export interface MalformedFigures {
  cases: number;
  crashes: number;
  hangs: number;
  refused: number;
  stored: number;
  /** Valid articles that were not stored. */
  validLost: number;
  /** Cases with neither outcome, or with more than one error line for one input. */
  unclear: number;
  /** Stored articles whose body is empty (nothing of the input was kept, yet no error). */
  emptyStored: number;
  /** Lines on stderr that are not `rasd: PATH: message` error lines. */
  strayLines: number;
  exitCode: number | null;
  seconds: number;
  /** Up to 20 described problems, for the test's failure message. */
  problems: string[];
}

export interface MalformedOptions {
  seed?: number;
  /** Overall limit for the ingest run. */
  limitMs?: number;
  /** Per-item time limit given to the worker pool. */
  itemTimeoutMs?: number;
}

/** Where an error line or a stored source points: the case file and an optional line/item. */
interface Ref {
  file: string;
  n?: number;
}

/** Parse `PATH`, `PATH:LINE` or `PATH#ITEM` under `dir` into a Ref (null when outside `dir`). */
export function refOf(where: string, dir: string): Ref | null {
  if (!where.startsWith(`${dir}/`)) return null;
  const m = /^([^/:#]+)(?:[:#](\d+))?$/.exec(where.slice(dir.length + 1));
  return m ? { file: m[1], n: m[2] ? Number(m[2]) : undefined } : null;
}

const STACK = /^\s+at\s|^(?:Uncaught\s)?(?:[A-Z]\w*)?Error\b|FATAL ERROR|node:internal|Unhandled/;

interface ErrorLine {
  where: string;
  ref: Ref | null;
  message: string;
}

/** Split stderr into error lines and stray lines (anything else). */
export function parseStderr(stderr: string, dir: string): { errors: ErrorLine[]; stray: string[] } {
  const errors: ErrorLine[] = [];
  const stray: string[] = [];
  for (const line of stderr.split('\n')) {
    if (!line.trim()) continue;
    // The path has no ": " in it (our names), so the first ": " after it ends the location.
    const m = /^rasd: (\S+?): (.*)$/.exec(line);
    if (m) errors.push({ where: m[1], ref: refOf(m[1], dir), message: m[2] });
    else stray.push(line);
  }
  return { errors, stray };
}

function matches(c: MalformedCase, ref: Ref | null): boolean {
  if (!ref || ref.file !== c.file) return false;
  return c.line === undefined || ref.n === c.line;
}

/** Judge every case from the stored sources and the error lines. */
export function judge(
  cases: MalformedCase[],
  stored: string[],
  errors: ErrorLine[],
  dir: string,
): Pick<MalformedFigures, 'refused' | 'stored' | 'validLost' | 'unclear' | 'problems'> {
  const storedRefs = stored.map((s) => refOf(s, dir));
  const byFile = new Map<string, { stored: Ref[]; errors: ErrorLine[] }>();
  const slot = (file: string) => {
    const s = byFile.get(file) ?? { stored: [], errors: [] };
    byFile.set(file, s);
    return s;
  };
  for (const r of storedRefs) if (r) slot(r.file).stored.push(r);
  for (const e of errors) if (e.ref) slot(e.ref.file).errors.push(e);
  const f = { refused: 0, stored: 0, validLost: 0, unclear: 0, problems: [] as string[] };
  const problem = (c: MalformedCase, what: string) => {
    if (f.problems.length < 20)
      f.problems.push(`${c.file}${c.line ? `:${c.line}` : ''} (${c.kind}): ${what}`);
  };
  for (const c of cases) {
    const s = byFile.get(c.file) ?? { stored: [], errors: [] };
    const nStored = s.stored.filter((r) => matches(c, r)).length;
    const errs = s.errors.filter((e) => matches(c, e.ref));
    const distinct = new Set(errs.map((e) => e.where)).size;
    if (nStored) f.stored++;
    else if (errs.length) f.refused++;
    if (c.valid && (!nStored || errs.length)) {
      f.validLost++;
      problem(c, `valid input not stored${errs.length ? `: ${errs[0].message}` : ''}`);
    }
    const clear = c.single
      ? (nStored === 1 && errs.length === 0) || (nStored === 0 && errs.length === 1)
      : nStored + errs.length > 0 &&
        distinct === errs.length &&
        !(nStored && errs.some((e) => e.ref?.n === undefined));
    if (!clear) {
      f.unclear++;
      problem(
        c,
        `stored ${nStored} time(s), ${errs.length} error line(s)${errs.length ? `: ${errs.map((e) => e.message).join(' | ')}` : ''}`,
      );
    }
  }
  return f;
}

function readStore(db: string): { sources: string[]; empty: number } {
  const d = new Database(db, { readonly: true, fileMustExist: true });
  try {
    const rows = d.prepare('SELECT source, length(trim(body)) AS n FROM articles').all() as Array<{
      source: string;
      n: number;
    }>;
    return { sources: rows.map((r) => r.source), empty: rows.filter((r) => r.n === 0).length };
  } finally {
    d.close();
  }
}

/** Generate the corpus, ingest it, judge it. The temp folder is removed afterwards. */
export async function runMalformed(opts: MalformedOptions = {}): Promise<MalformedFigures> {
  const { seed = 20251123, limitMs = 8 * 60_000, itemTimeoutMs = 30_000 } = opts;
  const root = mkdtempSync(join(tmpdir(), 'rasd-malformed-'));
  const dir = join(root, 'in');
  const db = join(root, 'out.db');
  try {
    mkdirSync(dir);
    const cases = await writeMalformedCorpus(dir, seed);
    const started = Date.now();
    const run = startRasd(['ingest', dir, '--db', db, '--jobs', '2', '--json'], {
      RASD_ITEM_TIMEOUT_MS: String(itemTimeoutMs),
    });
    let result: Awaited<ReturnType<typeof within>> | null = null;
    try {
      result = await within(run, limitMs);
    } catch {
      result = null; // the whole run hung
    }
    const seconds = (Date.now() - started) / 1000;
    const { errors, stray } = parseStderr(result?.stderr ?? '', dir);
    const stored = result ? readStore(db) : { sources: [], empty: 0 };
    const verdict = judge(cases, stored.sources, errors, dir);
    const crashed =
      result !== null &&
      ((result.code !== 0 && result.code !== 1) ||
        result.signal !== null ||
        stray.some((l) => STACK.test(l)));
    const timedOut = errors.filter((e) => /timed out after/.test(e.message)).length;
    if (crashed)
      verdict.problems.unshift(
        `crash: exit ${result?.code} ${result?.signal ?? ''}; ${stray.slice(0, 5).join(' / ')}`,
      );
    if (!result) verdict.problems.unshift(`ingest did not finish within ${limitMs / 1000} s`);
    for (const e of errors.filter((x) => /timed out after/.test(x.message)).slice(0, 5))
      verdict.problems.push(`hang: ${e.where}`);
    return {
      cases: cases.length,
      crashes: crashed ? 1 : 0,
      hangs: timedOut + (result ? 0 : 1),
      emptyStored: stored.empty,
      strayLines: stray.length,
      exitCode: result?.code ?? null,
      seconds,
      ...verdict,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
