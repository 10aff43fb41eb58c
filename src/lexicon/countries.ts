// Countries and the demonyms that stand for them ("Austrian" → Austria), general news
// vocabulary: read around names (an organisation before a title), in aid parties ("the
// Austrian army") and kept out of people's names.

/** Demonyms and the country they stand for ("Austrian Foreign Minister" → Austria). */
export const DEMONYMS: ReadonlyMap<string, string> = new Map([
  ['American', 'United States'],
  ['Ukrainian', 'Ukraine'],
  ['Russian', 'Russia'],
  ['German', 'Germany'],
  ['French', 'France'],
  ['British', 'United Kingdom'],
  ['Polish', 'Poland'],
  ['Italian', 'Italy'],
  ['Spanish', 'Spain'],
  ['Dutch', 'Netherlands'],
  ['Belgian', 'Belgium'],
  ['Swedish', 'Sweden'],
  ['Finnish', 'Finland'],
  ['Norwegian', 'Norway'],
  ['Danish', 'Denmark'],
  ['Estonian', 'Estonia'],
  ['Latvian', 'Latvia'],
  ['Lithuanian', 'Lithuania'],
  ['Hungarian', 'Hungary'],
  ['Slovak', 'Slovakia'],
  ['Czech', 'Czech Republic'],
  ['Romanian', 'Romania'],
  ['Bulgarian', 'Bulgaria'],
  ['Moldovan', 'Moldova'],
  ['Georgian', 'Georgia'],
  ['Armenian', 'Armenia'],
  ['Azerbaijani', 'Azerbaijan'],
  ['Turkish', 'Turkey'],
  ['Greek', 'Greece'],
  ['Albanian', 'Albania'],
  ['Serbian', 'Serbia'],
  ['Croatian', 'Croatia'],
  ['Slovenian', 'Slovenia'],
  ['Montenegrin', 'Montenegro'],
  ['Kosovar', 'Kosovo'],
  ['Macedonian', 'North Macedonia'],
  ['Belarusian', 'Belarus'],
  ['Kazakh', 'Kazakhstan'],
  ['Austrian', 'Austria'],
  ['Swiss', 'Switzerland'],
  ['Irish', 'Ireland'],
  ['Portuguese', 'Portugal'],
  ['Canadian', 'Canada'],
  ['Mexican', 'Mexico'],
  ['Brazilian', 'Brazil'],
  ['Chinese', 'China'],
  ['Japanese', 'Japan'],
  ['South Korean', 'South Korea'],
  ['North Korean', 'North Korea'],
  ['Korean', 'Korea'],
  ['Indian', 'India'],
  ['Pakistani', 'Pakistan'],
  ['Australian', 'Australia'],
  ['Israeli', 'Israel'],
  ['Palestinian', 'Palestine'],
  ['Iranian', 'Iran'],
  ['Iraqi', 'Iraq'],
  ['Syrian', 'Syria'],
  ['Lebanese', 'Lebanon'],
  ['Jordanian', 'Jordan'],
  ['Egyptian', 'Egypt'],
  ['Saudi', 'Saudi Arabia'],
  ['Qatari', 'Qatar'],
  ['Emirati', 'United Arab Emirates'],
  ['Afghan', 'Afghanistan'],
  ['South African', 'South Africa'],
  ['Nigerian', 'Nigeria'],
  ['Kenyan', 'Kenya'],
  ['Taiwanese', 'Taiwan'],
  ['Vietnamese', 'Vietnam'],
  ['Indonesian', 'Indonesia'],
  ['Filipino', 'Philippines'],
  ['European', 'European Union'],
]);

const PEOPLE_OF = /^(?:the\s+)?(.+?)(?:s|\s+(?:government|army|armed forces|military|forces|people|authorities))?$/i;

/** The country a people, government or army belongs to: "Austrians", "the Austrian army", "Austrian" → Austria. */
export function countryOfPeople(phrase: string): string | null {
  const trimmed = phrase.trim().replace(/^the\s+/i, '');
  const demonym = PEOPLE_OF.exec(trimmed)?.[1];
  if (demonym === undefined) return null;
  const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
  const country = DEMONYMS.get(capitalised(trimmed)) ?? DEMONYMS.get(capitalised(demonym));
  return country === undefined || country === 'European Union' ? null : country;
}

export const COUNTRIES: readonly string[] = [
  ...new Set([...DEMONYMS.values()].filter((c) => c !== 'European Union' && c !== 'Korea')),
  'Ukraine',
  'United States',
  'United Kingdom',
  'Russian Federation',
];

/** Demonyms ("Austrian"): never part of a person's name. */
export const DEMONYM_WORDS: readonly string[] = [...DEMONYMS.keys()].flatMap((d) => d.split(' '));

/** Every country and people name of the list ("Austria", "Austrian"), as written: what names a country in a message or a sentence. */
export const COUNTRY_AND_PEOPLE_NAMES: readonly string[] = [...COUNTRIES, ...DEMONYMS.keys()];
