// Character classes for names, as regex sources usable without the `u` flag. V8 runs \p{Lu}
// and friends several times slower than plain ranges, and the extractors scan every character
// of the coverage; these ranges cover the Latin, Greek and Cyrillic letters that news names use.

/** An uppercase letter (Latin Extended-A/B mixes cases, so it is taken whole). */
export const UPPER = String.raw`A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u024F\u0391-\u03A9\u0410-\u042F`;
/** A lowercase letter. */
export const LOWER = String.raw`a-z\u00DF-\u00F6\u00F8-\u00FF\u0100-\u024F\u0250-\u02AF\u03AC-\u03CE\u0430-\u045F`;
/** Any letter. */
export const LETTER = String.raw`A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0250-\u02AF\u0370-\u03FF\u0400-\u04FF`;
