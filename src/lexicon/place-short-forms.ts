// Short forms people type for a country, union or alliance, and the full name they stand for:
// abbreviations, the everyday name, the adjective and people ("americans"), and the capital
// used as a metonym ("washington"). General English, so the router and /aid read one list.
// Names without a short form are matched by their own words (by prefix: "europe" ~ "European
// allies").

const FULL_NAMES: readonly (readonly [full: string, shortForms: readonly string[]])[] = [
  ['United States', ['us', 'usa', 'united states', 'united states of america', 'america', 'american', 'americans', 'washington']],
  ['United Kingdom', ['uk', 'united kingdom', 'britain', 'great britain', 'british', 'london']],
  ['European Union', ['eu', 'european union']],
  ['Europe', ['europe', 'european', 'europeans']],
  ['NATO', ['nato', 'north atlantic treaty organization', 'north atlantic treaty organisation']],
];

const FULL_NAME_OF: ReadonlyMap<string, string> = new Map(FULL_NAMES.flatMap(([full, forms]) => forms.map((form): [string, string] => [form, full])));

const MAX_WORDS = Math.max(...[...FULL_NAME_OF.keys()].map((form) => form.split(' ').length));

/**
 * The full name a short form stands for ("U.S." → "United States", "great britain" → "United
 * Kingdom"), case and dots ignored; undefined for any other text.
 */
export function fullNameOfShortForm(text: string): string | undefined {
  return FULL_NAME_OF.get(text.toLowerCase().replace(/\./gu, '').replace(/\s+/gu, ' ').trim());
}

/** The full name of the longest short form starting at `words[start]` ("great", "britain" → "United Kingdom"). */
export function fullNameAt(words: readonly string[], start: number): string | undefined {
  for (let count = Math.min(MAX_WORDS, words.length - start); count >= 1; count -= 1) {
    const full = fullNameOfShortForm(words.slice(start, start + count).join(' '));
    if (full !== undefined) return full;
  }
  return undefined;
}

/** Several names in one option ("United States, Europe"): commas separate them, as people list them. */
export const NAME_LIST_SEPARATOR = ', ';

/** The names of a comma-separated list, trimmed, empty ones dropped. */
export function namesInList(text: string): string[] {
  return text.split(/\s*[,;]\s*/u).filter((name) => name !== '');
}
