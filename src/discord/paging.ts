// Custom ids for the Previous/Next buttons of a paged answer. The id itself carries the
// whole request when it fits Discord's 100 characters, so paging needs no state and works
// after a restart or during a store outage; longer requests are saved in the store under
// a short content-derived key and the id carries that key instead. Either way the id names
// the fact base the page was drawn from (a short tag of its version), so a button pressed
// after a rebuild can say the coverage changed.
import { createHash } from 'node:crypto';
import type { Pending } from '../pipeline.js';
import type { PagedQuery, PagingState } from '../store/paging-state.js';

export const CUSTOM_ID_MAX = 100;

/** Whose pages these are and which fact base drew them. */
export interface PageOwner {
  /** Only this user may turn the page. */
  readonly requesterId: string;
  /** coverageTag() of the fact base's version. */
  readonly coverage: string;
}

export interface PageTarget extends PageOwner {
  readonly page: number;
}

/** Buttons made before ids carried the coverage tag decode without one. */
type Decoded = Omit<PageTarget, 'coverage'> & { readonly coverage: string | undefined };

export type DecodedPageButton =
  | (Decoded & { readonly kind: 'inline'; readonly query: PagedQuery })
  | (Decoded & { readonly kind: 'stored'; readonly key: string });

/** 6 characters naming a fact-base version: enough to tell a rebuild, short enough to leave the id room for the request. */
export function coverageTag(version: string): string {
  return createHash('sha256').update(version).digest('base64url').slice(0, 6);
}

// `pg2|page|requester|coverage|command|{options json}` or `pk2|page|requester|coverage|key`
// (pg1 and pk1: the same without the coverage tag, still on messages sent before it).
const INLINE = 'pg2';
const STORED = 'pk2';
const UNTAGGED: Readonly<Record<string, string>> = { pg1: INLINE, pk1: STORED };

export function inlinePageId(query: PagedQuery, target: PageTarget): string | undefined {
  const id = [INLINE, target.page, target.requesterId, target.coverage, query.command, JSON.stringify(query.options)].join('|');
  return id.length <= CUSTOM_ID_MAX ? id : undefined;
}

export function storedPageId(key: string, target: PageTarget): string {
  return [STORED, target.page, target.requesterId, target.coverage, key].join('|');
}

/** Undefined for ids that are not ours or are malformed (a forged button). */
export function decodePageId(customId: string): DecodedPageButton | undefined {
  const [prefix = '', pageText, requesterId, ...fields] = customId.split('|');
  const page = Number(pageText);
  if (!Number.isInteger(page) || page < 1 || requesterId === undefined || !/^\d+$/.test(requesterId)) return undefined;
  const tagged = prefix === INLINE || prefix === STORED;
  const kind = tagged ? prefix : UNTAGGED[prefix];
  const coverage = tagged ? fields.shift() : undefined;
  if (kind === undefined || (tagged && !coverage)) return undefined;
  if (kind === STORED && fields.length === 1 && fields[0]) return { kind: 'stored', page, requesterId, coverage, key: fields[0] };
  if (kind !== INLINE || fields.length < 2) return undefined;
  const [command, ...json] = fields;
  try {
    // Option values may themselves contain "|": everything after the command is the JSON.
    const options: unknown = JSON.parse(json.join('|'));
    if (command === undefined || typeof options !== 'object' || options === null || Array.isArray(options)) return undefined;
    const clean = Object.fromEntries(
      Object.entries(options).filter(
        (entry): entry is [string, string | number | boolean] => ['string', 'number', 'boolean'].includes(typeof entry[1]),
      ),
    );
    return { kind: 'inline', page, requesterId, coverage, query: { command, options: clean } };
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
export function pagingButtons(query: PagedQuery, owner: PageOwner, page: number, total: number, state: PagingState): Pending<PagingButtons | undefined> {
  const targets = [page > 1 ? page - 1 : undefined, page < total ? page + 1 : undefined];
  const inline = targets.map((target) => (target === undefined ? undefined : inlinePageId(query, { ...owner, page: target })));
  const collect = (ids: readonly (string | undefined)[]): PagingButtons | undefined => {
    const [previousId, nextId] = ids;
    const buttons: PagingButtons = {};
    if (previousId !== undefined) buttons.previousId = previousId;
    if (nextId !== undefined) buttons.nextId = nextId;
    return previousId === undefined && nextId === undefined ? undefined : buttons;
  };
  if (targets.every((target, i) => target === undefined || inline[i] !== undefined)) return collect(inline);
  return state.save(query).then((key) =>
    collect(targets.map((target, i) => inline[i] ?? (target === undefined || key === undefined ? undefined : storedPageId(key, { ...owner, page: target })))),
  );
}
