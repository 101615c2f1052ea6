/**
 * Feed reader: RSS 2.0, Atom and RDF through feedsmith; each item becomes one article, with
 * `content:encoded` (or Atom content) preferred over the short description.
 */
import { parseFeed } from 'feedsmith';
import type { RawInput } from '../../doc/types.ts';
import { decodeBytes } from '../encoding.ts';
import { fail, type ReadItem } from './types.ts';

type Loose = Record<string, unknown> | undefined;

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (v && typeof v === 'object' && 'value' in v) return str((v as { value: unknown }).value);
  return undefined;
}

function firstOf(v: unknown): unknown {
  return Array.isArray(v) ? v[0] : v;
}

/** One feed item (any of the three formats) as a RawInput. */
function itemToInput(item: Record<string, unknown>, source: string, outlet?: string): RawInput | null {
  const content = item.content as Loose;
  const html = str(content?.encoded) ?? str(content) ?? str(item.description) ?? str(item.summary);
  if (!html) return null;
  const links = item.links as Array<{ href?: string; rel?: string }> | undefined;
  const link = str(item.link) ?? links?.find((l) => !l.rel || l.rel === 'alternate')?.href;
  const dc = item.dc as Loose;
  const published =
    str(item.pubDate) ?? str(item.published) ?? str(item.updated) ?? str(firstOf(dc?.dates)) ?? str(dc?.date);
  const input: RawInput = { source, format: 'feed-item', html };
  const title = str(item.title);
  if (title) input.title = title;
  if (link) input.url = link;
  if (outlet) input.outlet = outlet;
  const iso = published ? new Date(published) : null;
  if (iso && !Number.isNaN(iso.getTime())) input.published = iso.toISOString();
  const guid = str(item.guid) ?? str(item.id);
  if (guid) input.id = guid;
  return input;
}

/** Parse feed text into items; throws with a clear message when it is not a feed. */
export function parseFeedItems(xml: string, source: string): RawInput[] {
  const head = xml.trimStart().slice(0, 1);
  if (head !== '<') throw new Error('feed is not XML (does not start with "<")');
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(xml);
  } catch (err) {
    throw new Error(`not an RSS, Atom or RDF feed: ${(err as Error).message}`);
  }
  const feed = parsed.feed as Record<string, unknown>;
  const items = (feed.items ?? feed.entries ?? []) as Array<Record<string, unknown>>;
  // "قناة المدار - أخبار العالم": the channel name comes first, the section after it.
  const outlet = str(feed.title)?.split(/\s+[-–—|:]\s+/)[0];
  const out: RawInput[] = [];
  items.forEach((item, i) => {
    const input = itemToInput(item, `${source}#${i + 1}`, outlet);
    if (input) out.push(input);
  });
  return out;
}

/** Read every item of a feed file. */
export function* readFeed(source: string, bytes: Uint8Array): Generator<ReadItem> {
  let items: RawInput[];
  try {
    items = parseFeedItems(decodeBytes(bytes, null, true).text, source);
  } catch (err) {
    yield fail(source, (err as Error).message);
    return;
  }
  if (!items.length) yield fail(source, 'feed has no items with text');
  for (const input of items) yield { ok: true, input };
}
