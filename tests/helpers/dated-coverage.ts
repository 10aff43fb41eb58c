// A made-up coverage with many dated events and aid figures, for the chart tests: several
// outlets, sentences dated to the day, the month and the year (and a date range), the same
// report carried word for word by two outlets (near-duplicates), aid figures from several
// donors (single packages and running totals), and one stray date a century away.
import { seededRandom } from '../../src/eval/seeded-random.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
const PLACES = ['Harbour', 'Northgate', 'Riverside', 'Old Town', 'Westfield', 'Hillcrest', 'Lakeview', 'Eastbrook'] as const;
const DONORS = [
  ['The United States', '$'],
  ['Canada', '$'],
  ['The European Union', '€'],
  ['Germany', '€'],
] as const;
const STATUSES = ['announced', 'approved', 'pledged', 'delivered'] as const;

export interface DatedCoverageOptions {
  seed?: number;
  /** Articles per outlet. */
  perOutlet?: number;
  /** Add a sentence about the year 1901 (a date far from all others). */
  strayDate?: boolean;
}

/** Article files (name → text) for builtCoverage. */
export function datedCoverage({ seed = 7, perOutlet = 4, strayDate = false }: DatedCoverageOptions = {}): Record<string, string> {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const files: Record<string, string> = {};
  const shared: string[] = [];
  for (const outlet of ['Coastal Gazette', 'Evening Ledger', 'Wire Service']) {
    for (let n = 0; n < perOutlet; n += 1) {
      const year = 2023 + Math.floor(random() * 2);
      const month = Math.floor(random() * 12);
      const published = `${year}-${String(month + 1).padStart(2, '0')}-${String(1 + Math.floor(random() * 27)).padStart(2, '0')}`;
      const paragraphs: string[] = [];
      for (let s = 0; s < 6; s += 1) {
        const place = pick(PLACES);
        const day = 1 + Math.floor(random() * 27);
        const when = pick(MONTHS);
        const y = 2022 + Math.floor(random() * 3);
        switch (Math.floor(random() * 6)) {
          case 0:
            paragraphs.push(`On ${when} ${day}, ${y}, the council of ${place} approved a new budget for its ${n + s}th district.`);
            break;
          case 1:
            paragraphs.push(`In ${when} ${y}, the ministry opened talks with the ${place} dock workers about pay scale ${n * 7 + s}.`);
            break;
          case 2:
            paragraphs.push(`The ${place} festival of ${y} drew more visitors than any before it, organisers of edition ${n + s} said.`);
            break;
          case 3:
            paragraphs.push(`From ${when} ${day} to ${when} ${day + 1}, ${y}, inspectors visited the ${place} water plant number ${n + s}.`);
            break;
          default: {
            const [donor, symbol] = pick(DONORS);
            const amount = 1 + Math.floor(random() * 60);
            const running = random() < 0.25;
            paragraphs.push(
              running
                ? `${donor} has provided a total of ${symbol}${amount} billion in aid to Ukraine since the war began, officials said on ${when} ${day}, ${y}.`
                : `${donor} ${pick(STATUSES)} ${symbol}${amount * 10} million in military aid to Ukraine on ${when} ${day}, ${y}.`,
            );
          }
        }
      }
      // The same report, word for word, in two outlets: one event with two sources.
      if (n % 2 === 0) {
        const report = `On ${pick(MONTHS)} ${1 + n}, 2024, the ${pick(PLACES)} ferry service resumed after a strike over rota ${n}.`;
        shared.push(report);
        paragraphs.push(report);
      } else if (shared.length > 0) paragraphs.push(shared[shared.length - 1]!);
      if (strayDate && outlet === 'Wire Service' && n === 0) paragraphs.push('The town charter was first granted in 1901, historians note.');
      files[`${outlet.toLowerCase().replace(/ /gu, '-')}-${n}.md`] = `---\ntitle: ${outlet} report ${n}\npublisher: ${outlet}\npublished: ${published}\n---\n${paragraphs.join('\n\n')}\n`;
    }
  }
  return files;
}
