// The one cleaning of text that comes from outside: a user's line or option value, and a
// sentence of the coverage (or anything else not written here) before it is shown. Small named
// steps, composed three ways:
// - cleanQuestion, for a line read for its meaning (the router's slash syntax and question
//   shapes): folded with NFKC, because users type full-width and other compatibility forms
//   ("ｗｈｏ ｉｓ", "／ａｉｄ") that mean the plain letters;
// - cleanTypedText, for an option value: NFC only, because it is echoed as typed ("No one called
//   “…”"), and the commands fold names themselves where they compare them (name-fold.ts);
// - removeInvisible alone, for display: a quotation shows as written, only what could hide or
//   reorder it on a screen goes.

// Characters that show nothing but can hide or reorder text: controls (ANSI escapes start with
// one), zero-width space, bidi marks, embeddings, overrides and isolates, word joiner and
// invisible operators, the byte-order mark. Removed, never turned into a space: they show
// nothing, so "Ol\u200Bsen" is "Olsen" and "@\u200Beveryone" is the mention it looks like. The
// zero-width (non-)joiners stay: emoji sequences and several scripts' spelling need them.
const INVISIBLE = /[\p{Cc}\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u061C\uFEFF]/gu;
const LINE_BREAK = /\r\n?|[\n\v\f\u0085\u2028\u2029]/gu;
// "Zalgo" text piles dozens of combining marks on one letter; real scripts need at most a few.
const MARK_PILE = /(\p{M}{2})\p{M}+/gu;

/** Without invisible characters; tabs and line breaks become spaces, or line breaks stay ("\n") when `keepNewlines`. */
export function removeInvisible(text: string, keepNewlines = false): string {
  const spaced = text.replace(LINE_BREAK, keepNewlines ? '\n' : ' ').replace(/\t/gu, ' ');
  // Only kept line breaks are left to spare.
  return spaced.replace(INVISIBLE, (char) => (char === '\n' ? char : ''));
}

/** At most two combining marks on a letter: enough for every real script's accents. */
export function flattenMarkPiles(text: string): string {
  return text.replace(MARK_PILE, '$1');
}

/** Text a user typed, safe to process and echo as typed: NFC, no invisible characters or mark piles, single spaces, trimmed. */
export function cleanTypedText(raw: string): string {
  return flattenMarkPiles(removeInvisible(raw.normalize('NFC'))).replace(/\s+/gu, ' ').trim();
}

/** A line read for its meaning: compatibility forms folded (NFKC), then cleaned as typed text. */
export function cleanQuestion(raw: string): string {
  return cleanTypedText(raw.normalize('NFKC'));
}
