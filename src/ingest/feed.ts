// Reads an RSS or Atom feed (already fetched: the fetching, its limits and its errors are
// fetch-page.ts's) into the list of article links it announces, in feed order.
import { parseFeed } from '@rowanmanning/feed-parser';
import { absoluteHttpUrl, IngestError } from './fetch-page.js';

export interface FeedEntry {
  /** The item's link, absolute; null when the item has none or it is not http(s). */
  url: string | null;
  /** What the feed says, used only where the page itself does not say it. */
  title: string | null;
  published: string | null;
  author: string | null;
}

export function readFeed(xml: string, feedUrl: string): FeedEntry[] {
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new IngestError(`not a readable RSS or Atom feed (${detail})`);
  }
  const entries = feed.items.map((item) => ({
    url: absoluteHttpUrl(item.url, feed.url ?? feedUrl),
    title: item.title?.replace(/\s+/g, ' ').trim() || null,
    // A feed date is a moment; its UTC day is the best a feed states.
    published: item.published !== null && !Number.isNaN(item.published.getTime()) ? item.published.toISOString().slice(0, 10) : null,
    author: item.authors.map((a) => a.name).filter((n): n is string => typeof n === 'string' && n.trim() !== '').join(', ') || null,
  }));
  // The parser is lenient, and a truncated or garbled document can still yield "items": with not
  // one link among them, the feed is unusable rather than empty.
  if (entries.length > 0 && entries.every((e) => e.url === null)) {
    throw new IngestError(`not a readable RSS or Atom feed (none of its ${entries.length} items has a link)`);
  }
  return entries;
}
