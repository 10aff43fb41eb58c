// Compiles a list of phrases into one regex source factored by common prefixes
// ("Secretary(?: of (?:State|Defense)| General)?"). A flat alternation of a hundred phrases makes
// the regex engine try every phrase at every position of every sentence; the factored form
// rejects a position on its first character.

export interface PhrasePatternOptions {
  /** Let each word start in either case ("foreign minister" as well as "Foreign Minister"). */
  caseTolerantWordStarts?: boolean;
}

type Trie = Map<string, Trie>;
const END = '';

/** The text as a regex source that matches it literally. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** The regex units of a phrase: one per character, a space or hyphen matching either. */
function unitsOf(phrase: string, caseTolerant: boolean): string[] {
  const units: string[] = [];
  let wordStart = true;
  for (const char of phrase) {
    if (char === ' ' || char === '-') {
      units.push(String.raw`[-\s]+`);
      wordStart = true;
      continue;
    }
    const lower = char.toLowerCase();
    const upper = char.toUpperCase();
    units.push(caseTolerant && wordStart && lower !== upper ? `[${upper}${lower}]` : escapeRegex(char));
    wordStart = false;
  }
  return units;
}

function sourceOf(node: Trie): string {
  const branches = [...node.entries()].filter(([unit]) => unit !== END);
  const alternatives = branches.map(([unit, child]) => unit + sourceOf(child));
  if (alternatives.length === 0) return '';
  const body = alternatives.length === 1 ? (alternatives[0] ?? '') : `(?:${alternatives.join('|')})`;
  // A phrase may end here: the rest is optional, and greedy, so the longest phrase wins.
  if (!node.has(END)) return body;
  return alternatives.length === 1 && branches.length === 1 ? `(?:${body})?` : `${body}?`;
}

/** A regex source matching any of `phrases`, preferring the longest. */
export function phrasesPattern(phrases: readonly string[], options: PhrasePatternOptions = {}): string {
  const root: Trie = new Map();
  for (const phrase of phrases) {
    let node = root;
    for (const unit of unitsOf(phrase, options.caseTolerantWordStarts ?? false)) {
      let child = node.get(unit);
      if (child === undefined) {
        child = new Map();
        node.set(unit, child);
      }
      node = child;
    }
    node.set(END, new Map());
  }
  return `(?:${sourceOf(root)})`;
}
