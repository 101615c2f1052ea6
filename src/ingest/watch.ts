/**
 * Watching feeds: poll each URL, remember its validators (ETag / Last-Modified) and the items
 * already seen, and hand on only new items. One feed's failure is reported and the others go on.
 */
import type { InputError, RawInput } from '../doc/types.ts';
import { canonicalCharset, decodeBytes } from './encoding.ts';
import { type FetchLimits, fetchFeed, type Validators } from './fetch.ts';
import { parseFeedItems } from './readers/feed.ts';

/** What a watcher remembers between polls. */
export class FeedState {
  validators = new Map<string, Validators>();
  seen = new Set<string>();
}

/** The identity of an item: its guid, else its link, else its text. */
function itemKey(feed: string, item: RawInput): string {
  return `${feed} ${item.id ?? item.url ?? item.title ?? item.html?.slice(0, 200) ?? ''}`;
}

/** Poll every feed once; returns the new items and one error per failed feed. */
export async function pollFeeds(
  urls: string[],
  state: FeedState,
  limits: FetchLimits = {},
): Promise<{ items: RawInput[]; errors: InputError[] }> {
  const items: RawInput[] = [];
  const errors: InputError[] = [];
  for (const url of urls) {
    try {
      const res = await fetchFeed(url, state.validators.get(url), limits);
      if (res.status === 'not-modified') continue;
      const charset = canonicalCharset(/charset=([\w.:-]+)/i.exec(res.contentType)?.[1]);
      const xml = decodeBytes(res.bytes, charset, true).text;
      state.validators.set(url, res.validators);
      for (const item of parseFeedItems(xml, url)) {
        const key = itemKey(url, item);
        if (state.seen.has(key)) continue;
        state.seen.add(key);
        items.push(item);
      }
    } catch (err) {
      errors.push({ source: url, message: (err as Error).message });
    }
  }
  return { items, errors };
}
