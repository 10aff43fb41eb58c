// The Answer: the one contract between the commands (pure) and every surface that shows
// them (Discord embeds, DM text, the REPL, `ask --json`). Surfaces never look inside the
// fact base; everything they print is here, and every item points at numbered citations.
import { z } from 'zod';

export const ANSWER_VERSION = 1;

export const CitedArticleSchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  published: z.string().nullable(),
  url: z.string().nullable(),
});
export type CitedArticle = z.infer<typeof CitedArticleSchema>;

export const CitationSchema = z.object({
  /** 1-based, numbered once per answer in order of first use. */
  n: z.number().int().positive(),
  /** The verbatim sentence from the coverage. */
  sentence: z.string(),
  article: CitedArticleSchema,
});
export type Citation = z.infer<typeof CitationSchema>;

/**
 * One line of an answer. `text` is either a verbatim sentence or a structured fact drawn
 * from the cited sentence(s) ("$48.3 billion · requested · United States → Pellonia").
 * Commands add their own fields (amount, person, speaker…) beside these; the loose object
 * keeps them.
 */
export const AnswerItemSchema = z.looseObject({
  text: z.string(),
  /** Display date at the precision the text supports ("2024-07-09 – 2024-07-11", "2023-11"). */
  date: z.string().optional(),
  /** Whose words the line is, as the cited sentences establish it (/quote; /ask where the line does not name them). */
  speaker: z.string().optional(),
  citations: z.array(z.number().int().positive()).min(1),
});
export type AnswerItem = z.infer<typeof AnswerItemSchema>;

export const AnswerSchema = z.object({
  version: z.literal(ANSWER_VERSION),
  command: z.string(),
  /** The user's request as understood, safe to echo (no mentions, no markdown breakage). */
  query: z.string(),
  /** For a follow-up in a conversation ("and france"): the question it was taken as, shown first. */
  takenAs: z.string().optional(),
  title: z.string(),
  /** True when the coverage does not answer: `message` says so; `items` may hold the closest sentences, labelled as such. */
  abstained: z.boolean(),
  /** A short note for the user: why the bot abstained, an input error, or how the answer was trimmed. */
  message: z.string().optional(),
  /** Set when the request itself was bad (unknown command, invalid option): a code surfaces can map. */
  error: z.enum(['bad-input', 'unknown-command', 'not-found', 'internal']).optional(),
  items: z.array(AnswerItemSchema),
  citations: z.array(CitationSchema),
  /** For paged answers (/timeline): 1-based page and page count. */
  page: z.object({ number: z.number().int().positive(), total: z.number().int().positive() }).optional(),
});
export type Answer = z.infer<typeof AnswerSchema>;
