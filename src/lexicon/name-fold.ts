// Folding of names for comparison: accents, case, apostrophe style, script ("Олсен" /
// "Olsen") and transliteration variants ("Vorenskyy" / "Vorensky" / "Vorenskiy") must not
// split one person in two.
import anyAscii from 'any-ascii';

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

/**
 * Words of other scripts spelt in ASCII letters: "Олсен" → "Olsen", "Μητσοτάκης" →
 * "Mitsotakis", "王小明" → "WangXiaoMing" (CJK syllables run together, so such names are
 * compared without spaces). Latin words keep their accents for `stripAccents`. Only letters
 * are transliterated: emoji and symbols stay as they are and never become words ("🤡" is
 * not "clown").
 */
export function transliterate(text: string): string {
  // NFKC first: full-width and other compatibility forms ("Ｏｌｓｅｎ") are Latin letters too.
  return text
    .normalize('NFKC')
    .replace(/[\p{L}\p{M}]+/gu, (run) => (/^[\p{Script=Latin}\p{M}]+$/u.test(run) ? run : anyAscii(run).replace(/'/g, '')));
}

/** Case-, accent-, script- and apostrophe-insensitive form of a name or query. */
export function foldName(text: string): string {
  const latin = /^[\x20-\x7E]*$/.test(text) ? text : stripAccents(transliterate(text));
  return latin.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
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

/** URL-safe id of a name: "Niamh O’Dowd" → "niamh-o-dowd". */
export function slugOfName(name: string): string {
  return foldName(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
