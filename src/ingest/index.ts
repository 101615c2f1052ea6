/**
 * Ingest: files, folders and `-` (stdin) become RawInputs, one per article. Each format has its
 * reader (readers/); this module picks one by extension (looking through `.gz`), applies the
 * size limit and turns every problem into an InputError naming the input, never an exception.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { binaryKind, gunzipLimited, isGzip } from './bytes.ts';
import { maxInputBytes, type ReadOptions, tooLargeMessage } from './limits.ts';
import { readFeed } from './readers/feed.ts';
import { readHtml } from './readers/html.ts';
import { readJsonl } from './readers/jsonl.ts';
import { readText } from './readers/text.ts';
import { fail, type ReadItem } from './readers/types.ts';
import { readWarc } from './readers/warc.ts';

export { DEFAULT_MAX_INPUT_BYTES, MAX_INPUT_BYTES_ENV, type ReadOptions } from './limits.ts';
export type { ReadItem } from './readers/types.ts';

export const TEXT_EXTENSIONS = ['.txt'];
export const HTML_EXTENSIONS = ['.html', '.htm', '.xhtml'];
export const JSONL_EXTENSIONS = ['.jsonl', '.ndjson'];
export const FEED_EXTENSIONS = ['.xml', '.rss', '.atom'];
export const WARC_EXTENSIONS = ['.warc'];
const KNOWN = [
  ...TEXT_EXTENSIONS,
  ...HTML_EXTENSIONS,
  ...JSONL_EXTENSIONS,
  ...FEED_EXTENSIONS,
  ...WARC_EXTENSIONS,
];

/** The format-deciding extension of a name, looking through a final `.gz`. */
export function formatExtension(name: string): { ext: string; gz: boolean } {
  const lower = name.toLowerCase();
  const gz = lower.endsWith('.gz');
  return { ext: extname(gz ? lower.slice(0, -3) : lower), gz };
}

/** What stdin holds, sniffed from its first bytes. */
function sniffExtension(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('utf8').trimStart().toLowerCase();
  if (head.startsWith('warc/')) return '.warc';
  if (
    head.startsWith('<?xml') ||
    head.startsWith('<rss') ||
    head.startsWith('<feed') ||
    head.startsWith('<rdf')
  ) {
    return /<(rss|feed|rdf:rdf)[\s>]/.test(head) ? '.xml' : '.html';
  }
  if (head.startsWith('<')) return '.html';
  if (head.startsWith('{')) return '.jsonl';
  return '.txt';
}

/** Parse the bytes of one input of a known extension. */
async function* parseBytes(
  source: string,
  ext: string,
  raw: Uint8Array,
  options: ReadOptions,
): AsyncGenerator<ReadItem> {
  const limit = maxInputBytes(options);
  let bytes = raw;
  if (isGzip(bytes)) {
    try {
      bytes = gunzipLimited(bytes, limit);
    } catch (err) {
      yield fail(source, (err as Error).message);
      return;
    }
  }
  if (bytes.length === 0) return void (yield fail(source, 'empty file'));
  if (bytes.length > limit) return void (yield fail(source, tooLargeMessage(bytes.length, limit)));
  const kind = binaryKind(bytes);
  if (kind && !(WARC_EXTENSIONS.includes(ext) && kind.startsWith('binary'))) {
    return void (yield fail(source, `binary file (${kind}), not text`));
  }
  if (ext === '') ext = sniffExtension(bytes);
  if (JSONL_EXTENSIONS.includes(ext)) yield* readJsonl(source, bytes);
  else if (HTML_EXTENSIONS.includes(ext)) yield readHtml(source, bytes, undefined, options.maxHtmlDepth);
  else if (FEED_EXTENSIONS.includes(ext)) yield* readFeed(source, bytes);
  else if (WARC_EXTENSIONS.includes(ext)) yield* readWarc(source, bytes, options.maxHtmlDepth);
  else if (TEXT_EXTENSIONS.includes(ext)) yield readText(source, bytes);
  else yield fail(source, `unknown extension "${ext}" (known: ${KNOWN.join(' ')}, and .gz of each)`);
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

async function* readFileItem(path: string, options: ReadOptions): AsyncGenerator<ReadItem> {
  const { ext, gz } = formatExtension(path);
  if (!KNOWN.includes(ext)) return void (yield fail(path, `unknown extension "${ext || '(none)'}"`));
  const limit = maxInputBytes(options);
  const size = (await stat(path)).size;
  // A compressed file may be up to the limit itself; its decompressed size is checked later.
  if (size > limit) return void (yield fail(path, tooLargeMessage(size, limit)));
  const bytes = await readFile(path);
  if (gz && !isGzip(bytes)) return void (yield fail(path, 'named .gz but not gzip data'));
  yield* parseBytes(path, ext, bytes, options);
}

async function* walk(path: string, options: ReadOptions, top: boolean): AsyncGenerator<ReadItem> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (err) {
    return void (yield fail(
      path,
      `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    ));
  }
  if (info.isDirectory()) {
    for (const name of (await readdir(path)).sort()) {
      const child = join(path, name);
      const isDir = (await stat(child).catch(() => null))?.isDirectory();
      if (isDir || KNOWN.includes(formatExtension(name).ext)) yield* walk(child, options, false);
    }
    return;
  }
  if (!top && !info.isFile()) return;
  try {
    yield* readFileItem(path, options);
  } catch (err) {
    yield fail(path, `cannot read: ${(err as Error).message}`);
  }
}

/**
 * Read files, folders (recursively) and `-` (stdin), one item per article or per error.
 * Options default from the environment (`RASD_MAX_INPUT_BYTES`) and exported constants.
 */
export async function* readInputs(paths: string[], options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  for (const path of paths) {
    if (path === '-') {
      const bytes = await readStdin();
      yield* parseBytes('stdin', isGzip(bytes) ? '' : sniffExtension(bytes), bytes, options);
    } else yield* walk(path, options, true);
  }
}
