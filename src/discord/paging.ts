// Custom ids for the Previous/Next buttons of a paged answer. The id itself carries the
// whole request when it fits Discord's 100 characters, so paging needs no state and works
// after a restart or during a store outage; longer requests are saved in the store under
// a short content-derived key and the id carries that key instead.
import type { Pending } from '../pipeline.js';
import type { PagedQuery, PagingState } from '../store.js';

export const CUSTOM_ID_MAX = 100;

export interface PageTarget {
  readonly page: number;
  /** Only this user may turn the page. */
  readonly requesterId: string;
}

export type DecodedPageButton =
  | (PageTarget & { readonly kind: 'inline'; readonly query: PagedQuery })
  | (PageTarget & { readonly kind: 'stored'; readonly key: string });

// `pg1|page|requester|command|{options json}` or `pk1|page|requester|key`.
const INLINE = 'pg1';
const STORED = 'pk1';

export function inlinePageId(query: PagedQuery, target: PageTarget): string | undefined {
  const id = [INLINE, target.page, target.requesterId, query.command, JSON.stringify(query.options)].join('|');
  return id.length <= CUSTOM_ID_MAX ? id : undefined;
}

export function storedPageId(key: string, target: PageTarget): string {
  return [STORED, target.page, target.requesterId, key].join('|');
}

/** Undefined for ids that are not ours or are malformed (an old or forged button). */
export function decodePageId(customId: string): DecodedPageButton | undefined {
  const [tag, pageText, requesterId, ...rest] = customId.split('|');
  const page = Number(pageText);
  if (!Number.isInteger(page) || page < 1 || requesterId === undefined || !/^\d+$/.test(requesterId)) return undefined;
  if (tag === STORED && rest.length === 1 && rest[0]) return { kind: 'stored', page, requesterId, key: rest[0] };
  if (tag !== INLINE || rest.length < 2) return undefined;
  const [command, ...json] = rest;
  try {
    // Option values may themselves contain "|": everything after the command is the JSON.
    const options: unknown = JSON.parse(json.join('|'));
    if (command === undefined || typeof options !== 'object' || options === null || Array.isArray(options)) return undefined;
    const clean = Object.fromEntries(
      Object.entries(options).filter(
        (entry): entry is [string, string | number | boolean] => ['string', 'number', 'boolean'].includes(typeof entry[1]),
      ),
    );
    return { kind: 'inline', page, requesterId, query: { command, options: clean } };
  } catch {
    return undefined;
  }
}

export interface PagingButtons {
  previousId?: string;
  nextId?: string;
}

/**
 * Ids for the buttons around `page` of `total`: inline when they fit (synchronously, no
 * store), else through the store; with neither (a long query during a store outage) the
 * buttons are left out.
 */
export function pagingButtons(
  query: PagedQuery,
  requesterId: string,
  page: number,
  total: number,
  state: PagingState,
): Pending<PagingButtons | undefined> {
  const targets = [page > 1 ? page - 1 : undefined, page < total ? page + 1 : undefined];
  const inline = targets.map((target) => (target === undefined ? undefined : inlinePageId(query, { page: target, requesterId })));
  const collect = (ids: readonly (string | undefined)[]): PagingButtons | undefined => {
    const [previousId, nextId] = ids;
    const buttons: PagingButtons = {};
    if (previousId !== undefined) buttons.previousId = previousId;
    if (nextId !== undefined) buttons.nextId = nextId;
    return previousId === undefined && nextId === undefined ? undefined : buttons;
  };
  if (targets.every((target, i) => target === undefined || inline[i] !== undefined)) return collect(inline);
  return state.save(query).then((key) =>
    collect(targets.map((target, i) => inline[i] ?? (target === undefined || key === undefined ? undefined : storedPageId(key, { page: target, requesterId })))),
  );
}
