/** Readers: every format and every kind of bad input, as a table of [file, expectation]. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { WARCRecord, WARCSerializer } from 'warcio';
import { type ReadItem, readInputs } from './index.ts';

const dir = mkdtempSync(join(tmpdir(), 'rasd-ingest-'));
const AR = 'أعلنت الحكومة اليوم عن خطة جديدة للنقل العام في العاصمة';
const page = (body: string, head = '') => `<html><head>${head}</head><body><p>${body}</p></body></html>`;

async function read(name: string, content: Buffer | string, options = {}): Promise<ReadItem[]> {
  const path = join(dir, name);
  writeFileSync(path, content);
  const out: ReadItem[] = [];
  for await (const item of readInputs([path], options)) out.push(item);
  return out;
}

const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>صحيفة</title><link>http://x.test</link>
<item><title>خبر أول</title><link>http://x.test/1</link><pubDate>Tue, 04 Jan 2022 10:00:00 GMT</pubDate><description>قصير</description><content:encoded><![CDATA[<p>${AR}</p>]]></content:encoded></item>
<item><title>خبر ثان</title><link>http://x.test/2</link><description>${AR}</description></item></channel></rss>`;
const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>موقع</title><id>x</id><updated>2022-01-01T00:00:00Z</updated><entry><title>عنوان</title><id>e1</id><updated>2022-01-02T00:00:00Z</updated><link href="http://a.test/b"/><content type="html">&lt;p&gt;${AR}&lt;/p&gt;</content></entry></feed>`;
const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="x"><title>R</title><link>http://r</link></channel><item rdf:about="http://r/1"><title>t1</title><link>http://r/1</link><description>${AR}</description><dc:date>2022-01-03</dc:date></item></rdf:RDF>`;

async function warc(): Promise<Buffer> {
  const html = new TextEncoder().encode(page(AR));
  const record = WARCRecord.create(
    {
      url: 'http://news.test/a',
      date: '2022-01-04T00:00:00Z',
      type: 'response',
      httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' },
    },
    (async function* () {
      yield html;
    })(),
  );
  const one = Buffer.from(await WARCSerializer.serialize(record, { gzip: true }));
  return Buffer.concat([one, one]); // two gzip members, as in CC-NEWS files
}

type Case = [string, () => Promise<Buffer | string>, (items: ReadItem[]) => void];
const ok = (items: ReadItem[]) =>
  items.filter((i) => i.ok).map((i) => (i as unknown as { input: Record<string, unknown> }).input);
const errors = (items: ReadItem[]) =>
  items.filter((i) => !i.ok).map((i) => (i as { error: { message: string } }).error);

const cases: Case[] = [
  ['utf8.html', async () => page(AR), (it) => expect(ok(it)[0].html).toContain(AR)],
  [
    'bom.html',
    async () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page(AR))]),
    (it) => expect(ok(it)[0].charset).toBe('utf-8'),
  ],
  [
    'meta1256.html',
    async () => iconv.encode(page(AR, '<meta charset="windows-1256">'), 'windows-1256'),
    (it) => expect(ok(it)[0].html).toContain(AR),
  ],
  [
    'detect1256.html',
    async () => iconv.encode(page(AR), 'windows-1256'),
    (it) => expect(ok(it)[0]).toMatchObject({ charset: 'windows-1256' }),
  ],
  [
    'detect8859.html',
    async () => iconv.encode(page(AR), 'iso-8859-6'),
    (it) => expect(ok(it)[0]).toMatchObject({ charset: 'iso-8859-6' }),
  ],
  [
    'lying-meta.html',
    async () => iconv.encode(page(AR, '<meta charset="utf-8">'), 'windows-1256'),
    (it) => expect(ok(it)[0].html).toContain(AR),
  ],
  ['page.html.gz', async () => gzipSync(page(AR)), (it) => expect(ok(it)[0].html).toContain(AR)],
  ['plain.txt', async () => `عنوان\n\n${AR}`, (it) => expect(ok(it)[0].text).toContain(AR)],
  [
    'feed.rss',
    async () => rss,
    (it) => {
      expect(ok(it)).toHaveLength(2);
      expect(ok(it)[0]).toMatchObject({
        title: 'خبر أول',
        url: 'http://x.test/1',
        outlet: 'صحيفة',
        published: '2022-01-04T10:00:00.000Z',
      });
      expect(ok(it)[0].html).toContain(AR);
    },
  ],
  [
    'feed.atom',
    async () => atom,
    (it) => expect(ok(it)[0]).toMatchObject({ url: 'http://a.test/b', title: 'عنوان' }),
  ],
  [
    'feed.xml',
    async () => rdf,
    (it) => expect(ok(it)[0]).toMatchObject({ url: 'http://r/1', published: '2022-01-03T00:00:00.000Z' }),
  ],
  ['feed.xml.gz', async () => gzipSync(rss), (it) => expect(ok(it)).toHaveLength(2)],
  [
    'crawl.warc.gz',
    warc,
    (it) => {
      expect(ok(it)).toHaveLength(2);
      expect(ok(it)[0]).toMatchObject({ url: 'http://news.test/a', format: 'warc' });
    },
  ],
  [
    'lines.jsonl',
    async () =>
      `{"text":"${AR}","outlet":"الغد","published":"2022-01-04"}\n{broken\n\n{"title":"x"}\n{"html":"<p>${AR}</p>","id":7}\n`,
    (it) => {
      expect(ok(it).map((i) => i.source)).toEqual([`${dir}/lines.jsonl#1`, `${dir}/lines.jsonl#5`]);
      expect(ok(it)[0]).toMatchObject({ outlet: 'الغد', published: '2022-01-04' });
      expect(errors(it).map((e) => (e as { line?: number }).line)).toEqual([2, 4]);
    },
  ],
  [
    'bytes.jsonl',
    async () =>
      `{"html_base64":"${iconv.encode(page(AR), 'windows-1256').toString('base64')}","charset":"windows-1256"}\n{"html_base64":"${iconv.encode(page(AR), 'iso-8859-6').toString('base64')}"}\n`,
    (it) => {
      expect(ok(it).map((i) => i.charset)).toEqual(['windows-1256', 'iso-8859-6']);
      expect(ok(it)[1].html).toContain(AR);
    },
  ],
  ['lines.jsonl.gz', async () => gzipSync(`{"text":"${AR}"}\n`), (it) => expect(ok(it)).toHaveLength(1)],
  // Bad inputs: one clear error each.
  ['empty.txt', async () => '', (it) => expect(errors(it)[0].message).toMatch(/empty/)],
  [
    'image.html',
    async () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]),
    (it) => expect(errors(it)[0].message).toMatch(/binary.*PNG/),
  ],
  [
    'nul.txt',
    async () => Buffer.from([0x41, 0, 0x42, 0]),
    (it) => expect(errors(it)[0].message).toMatch(/binary/),
  ],
  ['notes.docx', async () => 'x', (it) => expect(errors(it)[0].message).toMatch(/unknown extension/)],
  [
    'cut.html',
    async () => `<html><body><p>${AR}</p><div cla`,
    (it) => expect(errors(it)[0].message).toMatch(/truncated/),
  ],
  [
    'cut2.html',
    async () => `<html><body><p>${AR}</p><div>${AR}`,
    (it) => expect(errors(it)[0].message).toMatch(/truncated/),
  ],
  [
    'deep.html',
    async () => `<html><body>${'<div>'.repeat(5000)}${AR}${'</div>'.repeat(5000)}</body></html>`,
    (it) => expect(errors(it)[0].message).toMatch(/nested deeper/),
  ],
  ['notxml.rss', async () => 'هذا ليس خلاصة', (it) => expect(errors(it)[0].message).toMatch(/not XML/)],
  [
    'notfeed.xml',
    async () => '<?xml version="1.0"?><note>x</note>',
    (it) => expect(errors(it)[0].message).toMatch(/not an RSS/),
  ],
  [
    'badutf8.txt',
    async () => Buffer.from([0x48, 0x69, 0xc3, 0x28, 0x41, 0x42]),
    (it) => expect(errors(it)[0].message).toMatch(/invalid UTF-8 at byte 2/),
  ],
  [
    'bomb.html.gz',
    async () => gzipSync(Buffer.alloc(3 * 1024 * 1024, 0x20)),
    (it) => expect(errors(it)[0].message).toMatch(/decompressed gzip.*RASD_MAX_INPUT_BYTES/),
  ],
  ['fake.html.gz', async () => 'not gzip', (it) => expect(errors(it)[0].message).toMatch(/not gzip/)],
];

describe('readInputs', () => {
  it.each(cases)('%s', async (name, make, check) => {
    const opts = name.startsWith('bomb') ? { maxInputBytes: 1024 * 1024 } : {};
    check(await read(name, await make(), opts));
  });

  it('refuses a page over the size limit, saying how to raise it', async () => {
    const items = await read('big.html', page('x'.repeat(2048)), { maxInputBytes: 1000 });
    expect(errors(items)[0].message).toMatch(
      /over the 1000 bytes limit; raise it with RASD_MAX_INPUT_BYTES=<bytes> or the maxInputBytes option/,
    );
  });

  it('reads a folder and keeps going after bad files', async () => {
    const sub = mkdtempSync(join(dir, 'batch-'));
    writeFileSync(join(sub, 'a.txt'), AR);
    writeFileSync(join(sub, 'b.txt'), '');
    writeFileSync(join(sub, 'c.html'), page(AR));
    writeFileSync(join(sub, 'd.bin'), 'ignored: unknown extensions inside folders are skipped');
    const items: ReadItem[] = [];
    for await (const item of readInputs([sub, join(dir, 'missing.txt')])) items.push(item);
    expect(ok(items)).toHaveLength(2);
    expect(errors(items).map((e) => e.message)).toEqual(['empty file', 'cannot read: ENOENT']);
  });
});
