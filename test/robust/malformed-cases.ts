/**
 * Generator of the malformed-input corpus: over a thousand hostile or broken inputs (fuzzed
 * HTML, feeds and JSONL, wrong encodings, binary, empty, truncated, oversized, a gzip bomb) and
 * some valid articles among them, written to a folder. Deterministic for a given seed.
 */
import { createWriteStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip, gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { seeded } from './harness.ts';
import { synthArticle } from './synth.ts';

/** One generated input: a file, or one line of a multi-line JSONL file. */
export interface MalformedCase {
  /** File name inside the corpus folder. */
  file: string;
  /** 1-based line for the cases that are one line of a shared JSONL file. */
  line?: number;
  /** Family and mutation, e.g. "html/truncate". */
  kind: string;
  /** A valid article: it must be stored. */
  valid: boolean;
  /** False for inputs that may hold several articles (feeds), which may end in several ways. */
  single: boolean;
}

type Rand = () => number;

const CLOSE_TAG = /<\/[a-z0-9]+\s*>/gi;

/** Case `i`'s unique article (synthetic numbers far from the other suites' ones). */
function art(i: number) {
  return synthArticle(100_000 + i);
}

/** A plain, well-formed Arabic article page. */
export function articlePage(i: number, charset = 'utf-8'): string {
  const a = art(i);
  const paras = a.text.split('\n\n').slice(1);
  return [
    '<!doctype html>',
    `<html lang="ar" dir="rtl"><head><meta charset="${charset}"><title>${a.title}</title></head>`,
    `<body><header><nav><a href="/">الرئيسية</a></nav></header>`,
    `<article><h1>${a.title}</h1><time datetime="${a.published}">${a.published}</time>`,
    ...paras.map((p) => `<p>${p}</p>`),
    '</article><footer>جميع الحقوق محفوظة</footer></body></html>',
  ].join('\n');
}

/** An RSS 2.0 feed with `n` items starting at article `i`. */
function rssFeed(i: number, n: number): string {
  const items = Array.from({ length: n }, (_, k) => {
    const a = art(i + k);
    return `<item><title>${a.title}</title><link>https://example.org/a/${i + k}</link><guid>rss-${i + k}</guid><pubDate>Mon, 03 Mar 2025 10:00:00 GMT</pubDate><description><![CDATA[${a.text
      .split('\n\n')
      .map((p) => `<p>${p}</p>`)
      .join('')}]]></description></item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>منفذ تجريبي</title><link>https://example.org/</link><description>أخبار</description>\n${items.join('\n')}\n</channel></rss>\n`;
}

/** An Atom feed with `n` entries starting at article `i`. */
function atomFeed(i: number, n: number): string {
  const entries = Array.from({ length: n }, (_, k) => {
    const a = art(i + k);
    const body = a.text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    return `<entry><title>${a.title}</title><id>urn:rasd:atom-${i + k}</id><updated>2025-03-03T10:00:00Z</updated><link href="https://example.org/e/${i + k}"/><content type="text">${body}</content></entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>منفذ أطوم</title><id>urn:rasd:feed</id><updated>2025-03-03T10:00:00Z</updated>\n${entries.join('\n')}\n</feed>\n`;
}

const int = (r: Rand, n: number) => Math.floor(r() * n);
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[int(r, xs.length)];
const utf8 = (s: string) => Buffer.from(s, 'utf8');

function truncate(r: Rand, b: Buffer): Buffer {
  return b.subarray(0, 1 + int(r, Math.max(1, b.length - 1)));
}

function flipBytes(r: Rand, b: Buffer, count: number): Buffer {
  const out = Buffer.from(b);
  for (let k = 0; k < count; k++) out[int(r, out.length)] = int(r, 256);
  return out;
}

function insertNuls(r: Rand, b: Buffer, count: number): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  const cuts = Array.from({ length: count }, () => int(r, b.length)).sort((x, y) => x - y);
  for (const c of cuts) {
    parts.push(b.subarray(at, c), Buffer.from([0]));
    at = c;
  }
  parts.push(b.subarray(at));
  return Buffer.concat(parts);
}

/** Drop each closing tag with probability `p`. */
function unclose(r: Rand, s: string, p: number): string {
  return s.replace(CLOSE_TAG, (m) => (r() < p ? '' : m));
}

function nested(depth: number, tag: string, inner: string): string {
  return `<!doctype html><html><body>${`<${tag}>`.repeat(depth)}${inner}${`</${tag}>`.repeat(depth)}</body></html>`;
}

const SOUP_TAGS = [
  'div',
  'p',
  'span',
  'a',
  'table',
  'tr',
  'td',
  'script',
  'style',
  'svg',
  'math',
  'template',
  'iframe',
  'b',
  'i',
  'li',
  'ul',
  'title',
  'textarea',
  'select',
  'option',
];
const SOUP_BITS = [
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '&amp;',
  '&#x0;',
  '&#xFFFFFFFF;',
  '&nbsp',
  '<',
  '>',
  '"',
  "'",
  '=',
  '\u202E',
  '\uFEFF',
  'مرحبا',
  ' ',
  '\n',
  '</',
  '/>',
];

function tagSoup(r: Rand, n: number): string {
  const out: string[] = [];
  for (let k = 0; k < n; k++) {
    const x = r();
    const t = pick(r, SOUP_TAGS);
    if (x < 0.3)
      out.push(`<${t}${r() < 0.5 ? ` class="${pick(r, ['x', 'article', 'content', '"'])}"` : ''}>`);
    else if (x < 0.5) out.push(`</${t}>`);
    else if (x < 0.8) out.push(pick(r, SOUP_BITS));
    else out.push(art(int(r, 50)).text.slice(0, int(r, 200)));
  }
  return out.join('');
}

/** Collects cases and writes their files. */
class Corpus {
  readonly cases: MalformedCase[] = [];
  private n = 0;
  constructor(readonly dir: string) {}

  /** Next case number (also the unique article number of its content). */
  next(): number {
    return this.n++;
  }

  file(kind: string, ext: string, bytes: Buffer | string, valid = false, single = true): void {
    const file = `c${String(this.cases.length).padStart(4, '0')}-${kind.replace(/\//g, '-')}${ext}`;
    writeFileSync(join(this.dir, file), bytes);
    this.cases.push({ file, kind, valid, single });
  }
}

function htmlCases(c: Corpus, r: Rand, count: number): void {
  const mutations: Array<[string, (i: number) => Buffer | string]> = [
    ['truncate', (i) => truncate(r, utf8(articlePage(i)))],
    ['flip', (i) => flipBytes(r, utf8(articlePage(i)), 1 + int(r, 60))],
    ['unclosed', (i) => unclose(r, articlePage(i), 0.3 + r() * 0.7)],
    ['nul', (i) => insertNuls(r, utf8(articlePage(i)), 1 + int(r, 5))],
    ['nest', (i) => nested(513 + int(r, 4000), pick(r, ['div', 'span', 'b', 'table']), art(i).text)],
    ['soup', () => tagSoup(r, 20 + int(r, 400))],
    ['open-comment', (i) => articlePage(i).replace('<article>', '<article><!-- ')],
    ['open-script', (i) => articlePage(i).replace('<article>', '<script>var x = "')],
    [
      'huge-attr',
      (i) =>
        articlePage(i).replace('<article>', `<article data-x="${'ب'.repeat(200_000 + int(r, 300_000))}">`),
    ],
    [
      'entities',
      (i) => articlePage(i).replace('<p>', `<p>${'&#x0;&#xD800;&#xFFFFFFFF;&bogus;&amp'.repeat(200)}`),
    ],
    ['no-body', (i) => art(i).text],
    [
      'markup-only',
      (i) =>
        `<html><head><title></title></head><body data-case="${i}"><div><span></span></div></body></html>`,
    ],
  ];
  for (let k = 0; k < count; k++) {
    const [name, make] = mutations[k % mutations.length];
    c.file(`html/${name}`, '.html', make(c.next()));
  }
  // The two 100,000-deep pages of the brief.
  c.file('html/nest-100k', '.html', nested(100_000, 'div', art(c.next()).text));
  c.file('html/nest-100k-unclosed', '.html', `<html><body>${'<span>'.repeat(100_000)}${art(c.next()).text}`);
}

function feedMutations(r: Rand): Array<[string, (i: number) => Buffer | string]> {
  const feed = (i: number) => (r() < 0.5 ? rssFeed(i, 2) : atomFeed(i, 2));
  return [
    ['truncate', (i) => truncate(r, utf8(feed(i)))],
    ['flip', (i) => flipBytes(r, utf8(feed(i)), 1 + int(r, 40))],
    ['unclosed', (i) => unclose(r, feed(i), 0.2 + r() * 0.8)],
    ['nul', (i) => insertNuls(r, utf8(feed(i)), 1 + int(r, 3))],
    ['not-xml-json', (i) => JSON.stringify(art(i))],
    ['not-xml-text', (i) => art(i).text],
    ['html-in-xml', (i) => articlePage(i)],
    [
      'empty-channel',
      (i) => `<?xml version="1.0"?><rss version="2.0"><channel><title>فارغ ${i}</title></channel></rss>`,
    ],
    [
      'no-text-items',
      (i) =>
        `<rss version="2.0"><channel><title>x</title><item><title>${art(i).title}</title></item></channel></rss>`,
    ],
    [
      'entity-bomb',
      (i) =>
        `<?xml version="1.0"?><!-- ${i} --><!DOCTYPE r [<!ENTITY a "ههههههههههههه"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">]><rss version="2.0"><channel><title>&g;</title><item><title>&g; ${i}</title><description>&g; ${i}</description></item></channel></rss>`,
    ],
    [
      'external-entity',
      (i) =>
        `<?xml version="1.0"?><!-- ${i} --><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>t</title><item><title>x</title><description>&x;</description></item></channel></rss>`,
    ],
    [
      'deep-xml',
      (i) =>
        `<rss version="2.0"><channel><item><title>${i}</title>${'<x>'.repeat(50_000)}${'</x>'.repeat(50_000)}</item></channel></rss>`,
    ],
    ['many-items', (i) => rssFeed(i, 40)],
    [
      'wrong-root',
      (i) => `<?xml version="1.0"?><kml><Document><name>${art(i).title}</name></Document></kml>`,
    ],
    [
      'bad-dates',
      (i) => rssFeed(i, 1).replace(/<pubDate>.*?<\/pubDate>/, '<pubDate>ليس تاريخا 99/99/99999</pubDate>'),
    ],
  ];
}

function feedCases(c: Corpus, r: Rand, count: number): void {
  const mutations = feedMutations(r);
  for (let k = 0; k < count; k++) {
    const [name, make] = mutations[k % mutations.length];
    const i = c.next();
    c.next(); // feeds use two article numbers
    if (name === 'many-items') for (let j = 0; j < 40; j++) c.next();
    c.file(`feed/${name}`, pick(r, ['.xml', '.rss', '.atom']), make(i), false, false);
  }
}

function jsonlLineMutations(r: Rand): Array<[string, (i: number) => string]> {
  const line = (i: number) => JSON.stringify(art(i));
  return [
    ['truncate', (i) => line(i).slice(0, 1 + int(r, line(i).length - 2))],
    ['flip', (i) => flipBytes(r, utf8(line(i)), 1 + int(r, 10)).toString('latin1')],
    ['text-number', (i) => JSON.stringify({ ...art(i), text: i })],
    ['text-array', (i) => JSON.stringify({ ...art(i), text: [art(i).text] })],
    ['text-object', (i) => JSON.stringify({ ...art(i), text: { ar: art(i).text } })],
    ['text-null', (i) => JSON.stringify({ ...art(i), text: null })],
    ['no-text', (i) => JSON.stringify({ title: art(i).title, outlet: 'x' })],
    ['empty-object', () => '{}'],
    ['array-line', (i) => JSON.stringify([art(i)])],
    ['string-line', (i) => JSON.stringify(art(i).text)],
    ['number-line', (i) => String(i)],
    ['null-line', () => 'null'],
    [
      'wrong-field-types',
      (i) => JSON.stringify({ ...art(i), id: undefined, title: 5, published: { y: 2025 }, outlet: [1] }),
    ],
    ['bad-date', (i) => JSON.stringify({ ...art(i), id: undefined, published: 'أمس صباحا' })],
    ['nul-escape', (i) => JSON.stringify({ text: `${art(i).text}\u0000\u0000 نهاية` })],
    [
      'lone-surrogate',
      (i) => JSON.stringify({ text: art(i).text }).replace('"text":"', '"text":"\\ud800\\udfff\\udc00'),
    ],
    ['whitespace-text', (i) => JSON.stringify({ text: ' \n\t '.repeat(1 + i) })],
    ['html-field', (i) => JSON.stringify({ html: articlePage(i) })],
    ['html-fuzz', (i) => JSON.stringify({ html: tagSoup(r, 50 + int(r, 200)) + art(i).text.slice(0, 50) })],
    ['deep-json', () => `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
    ['trailing-garbage', (i) => `${line(i)} }}} ,,,`],
    ['single-quotes', (i) => line(i).replace(/"/g, "'")],
    ['bogus-charset', (i) => JSON.stringify({ ...art(i), id: undefined, charset: 'x-klingon' })],
  ];
}

function jsonlCases(c: Corpus, r: Rand, count: number, mixedValid: number): void {
  const mutations = jsonlLineMutations(r);
  for (let k = 0; k < count; k++) {
    const [name, make] = mutations[k % mutations.length];
    c.file(`jsonl/${name}`, pick(r, ['.jsonl', '.ndjson']), `${make(c.next())}\n`);
  }
  // Huge lines: 3 MB of text (processed) and 25 MB (over the input limit).
  c.file(
    'jsonl/huge-line-3mb',
    '.jsonl',
    `${JSON.stringify({ text: `${art(c.next()).text}\n\n`.repeat(3_000_000 / 600) })}\n`,
  );
  c.file('jsonl/huge-line-25mb', '.jsonl', `${JSON.stringify({ text: 'س'.repeat(13_000_000) })}\n`);
  // One mixed file: valid articles among broken lines, each line its own case.
  const file = 'c-mixed.jsonl';
  const lines: string[] = [];
  for (let k = 0; k < mixedValid * 3; k++) {
    const valid = k % 3 === 0;
    const i = c.next();
    const [name, make] = valid
      ? ['valid', (n: number) => JSON.stringify({ ...art(n), id: undefined })]
      : pick(r, mutations);
    lines.push(make(i));
    c.cases.push({ file, line: lines.length, kind: `jsonl-mixed/${name}`, valid, single: true });
  }
  writeFileSync(join(c.dir, file), `${lines.join('\n')}\n`);
}

function encodingCases(c: Corpus, r: Rand, count: number): void {
  const make: Array<[string, string, (i: number) => Buffer]> = [
    ['cp1256-declared-utf8', '.html', (i) => iconv.encode(articlePage(i, 'utf-8'), 'windows-1256')],
    ['cp1256-txt', '.txt', (i) => iconv.encode(art(i).text, 'windows-1256')],
    ['iso8859-6-html', '.html', (i) => iconv.encode(articlePage(i, 'iso-8859-6'), 'iso-8859-6')],
    [
      'utf16le-bom-html',
      '.html',
      (i) => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(articlePage(i), 'utf-16le')]),
    ],
    [
      'utf16be-bom-txt',
      '.txt',
      (i) => Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(art(i).text, 'utf-16be')]),
    ],
    [
      'utf16le-bom-jsonl',
      '.jsonl',
      (i) => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(JSON.stringify(art(i)), 'utf-16le')]),
    ],
    ['utf16-no-bom', '.txt', (i) => iconv.encode(art(i).text, 'utf-16le')],
    ['invalid-utf8', '.html', (i) => flipUtf8(r, utf8(articlePage(i)))],
    ['invalid-utf8-txt', '.txt', (i) => flipUtf8(r, utf8(art(i).text))],
    [
      'overlong-surrogate',
      '.txt',
      (i) =>
        Buffer.concat([utf8(art(i).text), Buffer.from([0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xf8, 0x88, 0x80])]),
    ],
    [
      'mixed-utf8-cp1256',
      '.html',
      (i) =>
        Buffer.concat([
          utf8(articlePage(i).slice(0, 400)),
          iconv.encode(articlePage(i).slice(400), 'windows-1256'),
        ]),
    ],
    ['bogus-meta', '.html', (i) => utf8(articlePage(i, 'x-klingon-9'))],
    [
      'utf8-bom-declared-1256',
      '.html',
      (i) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(articlePage(i, 'windows-1256'))]),
    ],
    ['latin1-garbage', '.txt', () => Buffer.from(Array.from({ length: 2000 }, () => 0x80 + int(r, 128)))],
    ['cp1256-jsonl', '.jsonl', (i) => iconv.encode(`${JSON.stringify(art(i))}\n`, 'windows-1256')],
  ];
  for (let k = 0; k < count; k++) {
    const [name, ext, f] = make[k % make.length];
    c.file(`enc/${name}`, ext, f(c.next()));
  }
}

/** Replace a few bytes with lone continuation or lead bytes. */
function flipUtf8(r: Rand, b: Buffer): Buffer {
  const out = Buffer.from(b);
  for (let k = 0; k < 1 + int(r, 8); k++)
    out[int(r, out.length)] = pick(r, [0x80, 0xbf, 0xc3, 0xe0, 0xff, 0xfe]);
  return out;
}

function binaryCases(c: Corpus, r: Rand, count: number): void {
  const heads: Array<[string, number[]]> = [
    ['random', []],
    ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
    ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
    ['elf', [0x7f, 0x45, 0x4c, 0x46]],
    ['zip', [0x50, 0x4b, 0x03, 0x04]],
    ['all-nul', []],
  ];
  for (let k = 0; k < count; k++) {
    const [name, head] = heads[k % heads.length];
    const size = 16 + int(r, 60_000);
    const body =
      name === 'all-nul' ? Buffer.alloc(size) : Buffer.from(Array.from({ length: size }, () => int(r, 256)));
    c.file(
      `binary/${name}`,
      pick(r, ['.html', '.txt', '.jsonl', '.xml', '.warc']),
      Buffer.concat([Buffer.from(head), body]),
    );
  }
}

function emptyCases(c: Corpus): void {
  for (const ext of ['.html', '.txt', '.jsonl', '.xml', '.warc', '.html.gz', '.txt.gz'])
    c.file('empty/zero-bytes', ext, Buffer.alloc(0));
  for (const ext of ['.html', '.txt', '.jsonl', '.xml']) c.file('empty/whitespace', ext, ' \n\r\n\t  \n');
  for (const ext of ['.html', '.txt']) c.file('empty/bom-only', ext, Buffer.from([0xef, 0xbb, 0xbf]));
  c.file('empty/gzip-of-nothing', '.txt.gz', gzipSync(Buffer.alloc(0)));
  c.file('empty/one-nul', '.txt', Buffer.from([0]));
}

function gzipCases(c: Corpus, r: Rand, count: number): void {
  for (let k = 0; k < count; k++) {
    const i = c.next();
    const gz = gzipSync(utf8(articlePage(i)));
    if (k % 4 === 0) c.file('gz/truncated', '.html.gz', truncate(r, gz));
    else if (k % 4 === 1) c.file('gz/flipped', '.html.gz', flipBytes(r, gz, 1 + int(r, 20)));
    else if (k % 4 === 2) c.file('gz/not-gzip', '.html.gz', utf8(articlePage(i)));
    else c.file('gz/double', '.html.gz', gzipSync(gz));
  }
  c.file('gz/text-over-limit', '.txt.gz', gzipSync(utf8('ص '.repeat(8_000_000)), { level: 1 }));
  c.file(
    'warc/fuzz',
    '.warc',
    truncate(
      r,
      utf8(`WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\n${articlePage(c.next())}`),
    ),
  );
  c.file('warc/garbage', '.warc', utf8(`WARC/1.0\r\n${tagSoup(r, 100)}`));
}

function validCases(c: Corpus, n: number): void {
  for (let k = 0; k < n; k++) {
    const i = c.next();
    const a = art(i);
    if (k % 4 === 0) c.file('valid/html', '.html', articlePage(i), true);
    else if (k % 4 === 1) c.file('valid/txt', '.txt', a.text, true);
    else if (k % 4 === 2) c.file('valid/html-gz', '.html.gz', gzipSync(utf8(articlePage(i))), true);
    else c.file('valid/feed', '.xml', rssFeed(i, 1), true, false);
  }
}

/** Write `bytes` total of `chunk` repeated, streaming (never the whole file in memory). */
async function writeRepeated(
  path: string,
  head: string,
  chunk: string,
  bytes: number,
  tail: string,
): Promise<void> {
  const piece = Buffer.from(chunk);
  const times = Math.ceil(bytes / piece.length);
  async function* gen() {
    yield Buffer.from(head);
    for (let k = 0; k < times; k++) yield piece;
    yield Buffer.from(tail);
  }
  await pipeline(Readable.from(gen()), createWriteStream(path));
}

/** The large files: two 50 MB inputs and a gzip that expands to 1.1 GB. */
async function bigCases(c: Corpus): Promise<void> {
  const big = (kind: string, ext: string) => {
    const file = `c${String(c.cases.length).padStart(4, '0')}-${kind.replace(/\//g, '-')}${ext}`;
    c.cases.push({ file, kind, valid: false, single: true });
    return join(c.dir, file);
  };
  const para = `<p>${art(c.next()).text.replace(/\n\n/g, ' ')}</p>\n`;
  await writeRepeated(
    big('big/50mb-html', '.html'),
    '<html><body><article>',
    para,
    50 * 1024 * 1024,
    '</article></body></html>',
  );
  await writeRepeated(
    big('big/50mb-jsonl', '.jsonl'),
    '',
    `${JSON.stringify(art(c.next()))}\n`,
    50 * 1024 * 1024,
    '',
  );
  // Zeros streamed through zlib: about 1 MB on disk, 1.1 GB inflated, a few MB of memory here.
  const zeros = Buffer.alloc(1024 * 1024);
  async function* bomb() {
    for (let k = 0; k < 1100; k++) yield zeros;
  }
  await pipeline(
    Readable.from(bomb()),
    createGzip({ level: 9 }),
    createWriteStream(big('gz/bomb-1.1gb', '.html.gz')),
  );
}

/** Sizes of the families (about 1,050 cases in all with the defaults). */
export const DEFAULT_MIX = {
  html: 330,
  feed: 195,
  jsonl: 240,
  mixedValid: 12,
  encoding: 105,
  binary: 42,
  gzip: 24,
  valid: 38,
};

/** Write the corpus for `seed` into `dir` and describe every case. */
export async function writeMalformedCorpus(
  dir: string,
  seed: number,
  mix = DEFAULT_MIX,
): Promise<MalformedCase[]> {
  const r = seeded(seed);
  const c = new Corpus(dir);
  htmlCases(c, r, mix.html);
  feedCases(c, r, mix.feed);
  jsonlCases(c, r, mix.jsonl, mix.mixedValid);
  encodingCases(c, r, mix.encoding);
  binaryCases(c, r, mix.binary);
  emptyCases(c);
  gzipCases(c, r, mix.gzip);
  validCases(c, mix.valid);
  await bigCases(c);
  return c.cases;
}
