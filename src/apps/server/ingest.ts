/**
 * POST /api/ingest: articles as JSONL (one object a line) or JSON (an object, an array, or
 * `{ "articles": [...] }`), with the contract's JSONL fields. Each article runs the pipeline and
 * is stored in its own transaction; then the corpus (stories, threads, entities ...) is
 * recomputed once. Requests are serialized, so two ingests never interleave a corpus refresh.
 */
import { z } from 'zod';
import type { RawInput } from '../../doc/types.ts';
import { processArticle } from '../../pipeline/run.ts';
import { refreshCorpus } from '../../store/refresh.ts';
import type { Store } from '../../store/store.ts';
import { ApiError } from './errors.ts';

/** Most articles one request may carry. */
export const MAX_INGEST_ARTICLES = 1000;

const field = (max: number) => z.string().max(max, { message: `at most ${max} characters` });

/** One article of an ingest body (the contract's JSONL fields). */
export const ingestArticle = z
  .object({
    text: field(2_000_000).optional(),
    html: field(5_000_000).optional(),
    id: z.union([field(300), z.number()]).optional(),
    source: field(2000).optional(),
    outlet: field(300).optional(),
    published: field(64).optional(),
    title: field(2000).optional(),
    url: field(2000).optional(),
  })
  .passthrough()
  .refine((o) => typeof o.text === 'string' || typeof o.html === 'string', {
    message: 'needs a "text" or "html" field',
  });

/** One line of the ingest report. */
export interface IngestItem {
  /** 1-based line (JSONL) or position (JSON array). */
  line: number;
  status: 'added' | 'exists' | 'failed';
  id?: string;
  storyId?: string | null;
  message?: string;
}

type Parsed = { line: number; value: unknown } | { line: number; error: string };

function parseJsonl(text: string): Parsed[] {
  const out: Parsed[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    try {
      out.push({ line: i + 1, value: JSON.parse(lines[i]) });
    } catch (err) {
      out.push({ line: i + 1, error: `not JSON: ${(err as Error).message}` });
    }
  }
  return out;
}

function parseJson(text: string): Parsed[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new ApiError(400, 'bad_body', `the body is not JSON: ${(err as Error).message}`);
  }
  const list =
    value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Array.isArray((value as { articles?: unknown }).articles)
      ? (value as { articles: unknown[] }).articles
      : Array.isArray(value)
        ? value
        : [value];
  return list.map((v, i) => ({ line: i + 1, value: v }));
}

/** Split a request body into items: JSON when the type says so or it is one JSON value, else JSONL. */
export function parseIngestBody(text: string, contentType: string): Parsed[] {
  const type = contentType.toLowerCase();
  const trimmed = text.trim();
  if (!trimmed) throw new ApiError(400, 'empty_body', 'the body is empty: send JSONL or JSON articles');
  const jsonType = type.includes('json') && !type.includes('ndjson') && !type.includes('jsonl');
  const items = jsonType || trimmed.startsWith('[') ? parseJson(trimmed) : parseJsonl(text);
  if (items.length > MAX_INGEST_ARTICLES)
    throw new ApiError(
      413,
      'too_many',
      `at most ${MAX_INGEST_ARTICLES} articles per request (got ${items.length})`,
    );
  return items;
}

function toRaw(value: unknown, line: number): RawInput | string {
  const r = ingestArticle.safeParse(value);
  if (!r.success)
    return r.error.issues.map((i) => `${i.path.join('.') || 'article'}: ${i.message}`).join('; ');
  const o = r.data;
  return {
    ...(o as Record<string, unknown>),
    id: o.id === undefined ? undefined : String(o.id),
    source: o.source ?? o.url ?? `http-ingest#${line}`,
    format: 'jsonl',
  } as RawInput;
}

let queue: Promise<unknown> = Promise.resolve();

/** Run `fn` after every earlier ingest has finished. */
function serialized<T>(fn: () => Promise<T>): Promise<T> {
  const run = queue.then(fn, fn);
  queue = run.catch(() => undefined);
  return run;
}

/** Process, store and analyse the items; per-item failures are reported, not thrown. */
export function ingestItems(store: Store, items: Parsed[]) {
  return serialized(async () => {
    const report: IngestItem[] = [];
    for (const item of items) {
      if ('error' in item) {
        report.push({ line: item.line, status: 'failed', message: item.error });
        continue;
      }
      const raw = toRaw(item.value, item.line);
      if (typeof raw === 'string') {
        report.push({ line: item.line, status: 'failed', message: raw });
        continue;
      }
      try {
        const article = processArticle(raw);
        report.push({ line: item.line, id: article.id, status: await store.putArticle(article) });
      } catch (err) {
        report.push({ line: item.line, status: 'failed', message: (err as Error).message });
      }
    }
    const added = report.filter((r) => r.status === 'added').length;
    if (added) await refreshCorpus(store);
    for (const r of report) if (r.id) r.storyId = (await store.getArticle(r.id))?.storyId ?? null;
    return {
      added,
      existing: report.filter((r) => r.status === 'exists').length,
      failed: report.filter((r) => r.status === 'failed').length,
      items: report,
    };
  });
}
