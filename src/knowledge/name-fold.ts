// Folding of names for comparison: accents, case, apostrophe style and transliteration
// variants ("Zelenskyy" / "Zelensky" / "Zelenskiy") must not split one person in two.

/** Strips combining marks after NFD decomposition: "Šefčovič" → "Sefcovic". */
export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '');
}

/** Case-, accent- and apostrophe-insensitive form of a name or query. */
export function foldName(text: string): string {
  return stripAccents(text).toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
}

/**
 * A key under which transliteration variants of one word coincide: letters only, doubled
 * letters collapsed, and the common Slavic endings -yy/-iy/-ii/-i/-y made one.
 */
export function spellingKey(word: string): string {
  const letters = foldName(word).replace(/[^a-z]/g, '');
  const collapsed = letters.replace(/([a-z])\1+/g, '$1');
  return collapsed.replace(/(?:iy|yi|ij|i|y)$/, 'y');
}

/** URL-safe id of a name: "James O’Brien" → "james-o-brien". */
export function slugOfName(name: string): string {
  return foldName(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
