// Folding of names for comparison: accents, case, apostrophe style and transliteration
// variants ("Zelenskyy" / "Zelensky" / "Zelenskiy") must not split one person in two.

/** Letters that NFD does not decompose into a base letter and a mark. */
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ß: 'ss', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', ı: 'i', ð: 'd', þ: 'th',
};

/** Strips accents: combining marks after NFD decomposition, and "ł"-like letters: "Šefčovič" → "Sefcovic". */
export function stripAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[łŁøØđĐßæÆœŒıðþ]/g, (letter) => UNDECOMPOSED[letter] ?? letter);
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
  // News vocabulary is small and this runs on every capitalised word: remember the answers.
  let key = spellingKeys.get(word);
  if (key === undefined) {
    key = computeSpellingKey(word);
    if (spellingKeys.size >= MAX_REMEMBERED) spellingKeys.clear();
    spellingKeys.set(word, key);
  }
  return key;
}

const MAX_REMEMBERED = 200_000;
const spellingKeys = new Map<string, string>();

function computeSpellingKey(word: string): string {
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
