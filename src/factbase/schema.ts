// The fact base: the one contract between the build step and every reader (bot, DM router,
// REPL, CLI). These schemas describe it in memory; factbase-file.ts encodes it on disk and
// validates each record with them on load. Bump FACTBASE_VERSION on any change to either that
// an older reader could misread.
import { z } from 'zod';
import { ALL_ENTITIES } from './entity-kinds.js';
import { SerializedIndexSchema } from './index-format.js';

export const FACTBASE_FORMAT = 'coverage-factbase';
export const FACTBASE_VERSION = 6;

export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/**
 * A date as the coverage states it. `start` is the first day of the period ("July 2024" →
 * 2024-07-01, precision "month"); `end` is the last day of a stated range ("June 3 to 5,
 * 2025" → start 2025-06-03, end 2025-06-05) and is absent for a single point. Display code
 * must show only `precision` worth of the date.
 */
export const DateRefSchema = z.object({
  start: IsoDateSchema,
  end: IsoDateSchema.optional(),
  precision: z.enum(['day', 'month', 'year']),
  /** The words in the sentence the date was resolved from ("on Wednesday", "June 3 to 5, 2025"). */
  text: z.string(),
});
export type DateRef = z.infer<typeof DateRefSchema>;

export const ArticleSchema = z.object({
  /** Stable slug from the file name (without extension). */
  id: z.string().min(1),
  /** File name relative to the articles folder. */
  file: z.string().min(1),
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  published: IsoDateSchema.nullable(),
  url: z.string().nullable(),
  author: z.string().nullable(),
  /** sha256 of the raw file bytes: lets readers tell a stale fact base from a current one. */
  contentHash: z.string(),
  /** What could not be read or inferred ("no publication date: relative dates left unresolved"). */
  warnings: z.array(z.string()),
});
export type Article = z.infer<typeof ArticleSchema>;

export const SentenceSchema = z.object({
  /** Index of this sentence in `FactBase.sentences`. */
  id: z.number().int().nonnegative(),
  articleId: z.string(),
  /** The sentence exactly as the article has it, after typographic normalisation only. */
  text: z.string().min(1),
  /** 0-based paragraph number within the article's cleaned body. */
  paragraph: z.number().int().nonnegative(),
  /**
   * Near-duplicate group: the id of the group's representative (its earliest sentence).
   * A sentence that has no near-duplicate is its own group (`group === id`).
   */
  group: z.number().int().nonnegative(),
  /**
   * The kinds of answer the sentence states (a date, money, a count, a person, a place…), as the
   * bit set of annotate.ts. The build always sets it; a reader annotates a (hand-made) sentence without it.
   */
  entities: z.number().int().min(0).max(ALL_ENTITIES).optional(),
});
export type Sentence = z.infer<typeof SentenceSchema>;

export const RoleSchema = z.object({
  /** The title as written, normalised to title case: "Secretary of State", "Foreign Minister". */
  title: z.string(),
  /** Organisation or country the role belongs to, when stated: "NATO", "U.S.", "Pellonia", "Pentagon". */
  organisation: z.string().nullable(),
  sentenceId: z.number().int().nonnegative(),
  /** Publication date of the article that reported the role (null when unknown). */
  reported: IsoDateSchema.nullable(),
});
export type Role = z.infer<typeof RoleSchema>;

export const PersonSchema = z.object({
  /** Slug of the canonical name: "ingrid-haraldsen". */
  id: z.string(),
  /** Canonical full name as the coverage writes it most completely: "Ingrid Haraldsen". */
  name: z.string(),
  /** Other ways the coverage refers to them: "Haraldsen", "Secretary Haraldsen". */
  aliases: z.array(z.string()),
  roles: z.array(RoleSchema),
  /** Every sentence that mentions the person (by name or alias), ascending. */
  sentenceIds: z.array(z.number().int().nonnegative()),
});
export type Person = z.infer<typeof PersonSchema>;

export const AID_KINDS = ['military', 'financial', 'humanitarian', 'mixed', 'unspecified'] as const;
export const AID_STATUSES = ['pledged', 'requested', 'approved', 'delivered', 'announced', 'provided'] as const;

export const AidFactSchema = z.object({
  id: z.number().int().nonnegative(),
  sentenceId: z.number().int().nonnegative(),
  /** A money amount ("$48.3 billion" → 48_300_000_000 USD); null for a percentage-only fact. */
  amount: z
    .object({ value: z.number().positive(), currency: z.string().length(3), text: z.string() })
    .nullable(),
  /** A share of delivery ("74% of the promised shells" → 74); null for a money fact. */
  percent: z.number().min(0).max(100).nullable(),
  /** What the amount or percentage is of, when stated ("promised shells", "military assistance"). */
  subject: z.string().nullable(),
  donor: z.string().nullable(),
  recipient: z.string().nullable(),
  kind: z.enum(AID_KINDS),
  status: z.enum(AID_STATUSES).nullable(),
  /** "approximately", "more than", "over", "roughly": the figure is not exact. */
  qualifier: z.string().nullable(),
  /** A running total ("so far this year", "in total") rather than one package. */
  cumulative: z.boolean(),
  /** The date the figure applies to: stated in the sentence, else the article's date. */
  date: DateRefSchema.nullable(),
});
export type AidFact = z.infer<typeof AidFactSchema>;

export const EventSchema = z.object({
  id: z.number().int().nonnegative(),
  sentenceId: z.number().int().nonnegative(),
  date: DateRefSchema,
  /**
   * The date belongs to another event than the one the sentence reports (aside-dates.ts: "before
   * the government leaves office next spring", a quotation's "tomorrow"): it answers "when"
   * about that event but does not place the sentence on the timeline. Absent: the sentence's own.
   */
  aside: z.literal(true).optional(),
});
export type DatedEvent = z.infer<typeof EventSchema>;

export const QuoteSchema = z.object({
  id: z.number().int().nonnegative(),
  /** The sentence(s) the quotation spans, ascending: a long quote can run over several. */
  sentenceIds: z.array(z.number().int().nonnegative()).min(1),
  /** The quoted words, without the quotation marks. */
  text: z.string().min(1),
  /** Person id when the speaker is a known person, else null. */
  speakerId: z.string().nullable(),
  /** The speaker as the text names them ("Haraldsen", "a senior harbour official"); null if unattributed. */
  speakerName: z.string().nullable(),
});
export type Quote = z.infer<typeof QuoteSchema>;

export const FactBaseSchema = z.object({
  format: z.literal(FACTBASE_FORMAT),
  version: z.literal(FACTBASE_VERSION),
  /** sha256 over the sorted (file name, content hash) pairs of the input: identifies the coverage. */
  coverageHash: z.string(),
  /**
   * The version of the code that built it (ingest/build-version.ts): a fact base built by other code
   * is stale. Absent from files written before it was recorded, and from hand-made fact bases.
   */
  builderVersion: z.string().optional(),
  articles: z.array(ArticleSchema),
  sentences: z.array(SentenceSchema),
  people: z.array(PersonSchema),
  aid: z.array(AidFactSchema),
  events: z.array(EventSchema),
  quotes: z.array(QuoteSchema),
  index: SerializedIndexSchema,
});
export type FactBase = z.infer<typeof FactBaseSchema>;
