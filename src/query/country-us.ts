// "us" typed in lower case is either the pronoun ("tell us about the summit") or the United States
// ("how much us aid", "did us send tanks"). Capitals cannot tell them apart in chat, but the word
// before can: the pronoun is an object, so it follows a verb or ends a prepositional phrase; the
// country stands where a subject or a modifier does. Closed-class English words only.
const SUBJECT_SLOT: ReadonlySet<string> = new Set([
  'did', 'does', 'do', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should',
  'may', 'might', 'must', 'isnt', "isn't", 'didnt', "didn't", 'doesnt', "doesn't", 'hasnt', "hasn't", 'havent', "haven't",
  'what', 'how', 'much', 'many', 'when', 'where', 'why', 'which', 'who', 'whose',
  'and', 'or', 'nor', 'but', 'than', 'vs', 'versus', 'the', 'both', 'either', 'neither',
]);
const PREPOSITIONS: ReadonlySet<string> = new Set([
  'to', 'from', 'for', 'of', 'by', 'with', 'about', 'against', 'on', 'in', 'at', 'between', 'toward', 'towards',
  'into', 'over', 'under', 'among', 'like', 'via', 'without',
]);
// Before a noun, "us" after a determiner or an adjective of time modifies it ("the new us package",
// "that us deal"): the pronoun never stands there.
const MODIFIER_SLOT: ReadonlySet<string> = new Set([
  'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'another', 'other',
  'new', 'latest', 'recent', 'last', 'first', 'next', 'old', 'earlier', 'previous', 'current',
]);
// Words that cannot be the noun a country name modifies ("from us to them", "for us and").
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...SUBJECT_SLOT, ...PREPOSITIONS, 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'them', 'they', 'we', 'you',
  'i', 'he', 'she', 'him', 'her', 'me', 'my', 'our', 'your', 'their', 'if', 'so', 'then', 'too', 'also', 'now', 'all',
  'again', 'please', 'here', 'there', 'know', 'up', 'out', 'off', 'down', 'back',
]);

const bare = (word: string | undefined): string => (word ?? '').replace(/[^\p{L}']+$/u, '');

/** The lower-case words with each "us" that names the country written "u.s.". */
export function markCountryUs(words: readonly string[]): string[] {
  return words.map((word, i) => {
    if (bare(word) !== 'us') return word;
    const before = i === 0 ? null : bare(words[i - 1]);
    const after = bare(words[i + 1]);
    const modifiesNext = after !== '' && !FUNCTION_WORDS.has(after);
    const country =
      before === null ? modifiesNext || words.length === 1 : SUBJECT_SLOT.has(before) || ((PREPOSITIONS.has(before) || MODIFIER_SLOT.has(before)) && modifiesNext);
    return country ? word.replace(/^us/u, 'u.s.') : word;
  });
}
