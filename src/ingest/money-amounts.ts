// Money amounts written in text ("$1.2 billion", "500 million euros", "EUR 50m"): value,
// currency and where the words stand. Used by the aid and event extractors.

export interface MoneyAmount {
  value: number;
  currency: string;
  /** The matched words: "$48.3 billion", "EUR 500 million". */
  text: string;
  index: number;
}

const SCALES: Record<string, number> = {
  thousand: 1e3, k: 1e3,
  million: 1e6, mn: 1e6, mln: 1e6, m: 1e6,
  billion: 1e9, bn: 1e9, bln: 1e9, b: 1e9, mrd: 1e9, mld: 1e9,
  trillion: 1e12, tn: 1e12, trn: 1e12,
};

// Symbols and codes written before the number ("$", "US$ ", "EUR ").
const PREFIX_CURRENCY: Record<string, string> = {
  '$': 'USD', 'us$': 'USD', 'us $': 'USD', usd: 'USD',
  '€': 'EUR', eur: 'EUR',
  '£': 'GBP', gbp: 'GBP',
  '₴': 'UAH', uah: 'UAH',
  'c$': 'CAD', 'ca$': 'CAD', cad: 'CAD',
  'a$': 'AUD', 'au$': 'AUD', aud: 'AUD',
  '¥': 'JPY', jpy: 'JPY',
  chf: 'CHF', pln: 'PLN', sek: 'SEK', nok: 'NOK', dkk: 'DKK',
};

// Words written after it ("315 million dollars", "500 million euros").
const SUFFIX_CURRENCY: Record<string, string> = {
  'canadian dollars': 'CAD', 'australian dollars': 'AUD', 'us dollars': 'USD', 'u.s. dollars': 'USD',
  dollars: 'USD', euros: 'EUR', euro: 'EUR', 'pounds sterling': 'GBP', pounds: 'GBP', sterling: 'GBP',
  hryvnias: 'UAH', hryvnia: 'UAH', hryvnas: 'UAH', yen: 'JPY', 'swiss francs': 'CHF', zlotys: 'PLN', zloty: 'PLN',
  ...Object.fromEntries(['usd', 'eur', 'gbp', 'uah', 'cad', 'aud', 'jpy', 'chf', 'pln', 'sek', 'nok', 'dkk'].map((c) => [c, c.toUpperCase()])),
};

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?`;
const SCALE = String.raw`(?:\s*(?:thousand|million|billion|trillion|mln|bln|mrd|mld|trn|mn|bn|tn|[kmb])\b\.?)?`;
const PREFIX = String.raw`US\s?\$|CA?\$|AU?\$|[$€£₴¥]|\b(?:USD|EUR|GBP|UAH|CAD|AUD|JPY|CHF|PLN|SEK|NOK|DKK)\b`;
const SUFFIX = String.raw`\s+(?:(?:Canadian|Australian|US|U\.S\.|Swiss)\s+)?(?:dollars|euros?|pounds(?:\s+sterling)?|sterling|hryvnias?|hryvnas|yen|francs|zlotys?|USD|EUR|GBP|UAH|CAD|AUD|JPY|CHF|PLN|SEK|NOK|DKK)\b`;
const MONEY = new RegExp(
  String.raw`(?<prefix>${PREFIX})\s?(?<n1>${NUMBER})(?<s1>${SCALE})|(?<![\w$€£.,])(?<n2>${NUMBER})(?<s2>${SCALE})(?<suffix>${SUFFIX})`,
  'gi',
);

/** What a scale word multiplies by ("billion", "bn" → 1e9); undefined for any other word. */
export const scaleOf = (word: string): number | undefined => (Object.hasOwn(SCALES, word) ? SCALES[word] : undefined);

/** The scale words of one size ("billion", "bn", "bln", …). */
export const scaleWords = (scale: number): string[] => Object.keys(SCALES).filter((word) => SCALES[word] === scale);

function parseNumber(raw: string, scaled: boolean): number {
  // "1,5 mrd" is a European decimal comma; "1,500" is a thousands separator.
  if (/^\d+,\d{1,2}$/.test(raw) && scaled) return Number(raw.replace(',', '.'));
  return Number(raw.replace(/,/g, ''));
}

function currencyOf(words: string, table: Record<string, string>): string | null {
  return table[words.toLowerCase().replace(/\s+/g, ' ').trim()] ?? null;
}

/** Every money amount in `text`, in order. */
export function findMoneyAmounts(text: string): MoneyAmount[] {
  const amounts: MoneyAmount[] = [];
  for (const match of text.matchAll(MONEY)) {
    const g = match.groups ?? {};
    const rawNumber = g['n1'] ?? g['n2'];
    const rawScale = (g['s1'] ?? g['s2'] ?? '').trim().replace(/\.$/, '').toLowerCase();
    if (rawNumber === undefined) continue;
    const currency = g['prefix'] !== undefined ? currencyOf(g['prefix'], PREFIX_CURRENCY) : currencyOf(g['suffix'] ?? '', SUFFIX_CURRENCY);
    // A bare "b"/"m"/"k" only scales right after a symbol ("$300m"), never in "5 m tall".
    const scale = rawScale === '' ? 1 : SCALES[rawScale];
    if (currency === null || scale === undefined) continue;
    const value = parseNumber(rawNumber, scale > 1) * scale;
    if (!(value > 0)) continue;
    const matched = match[0].replace(/[\s.]+$/, '');
    amounts.push({ value, currency, text: matched, index: match.index });
  }
  return amounts;
}
