// Shows a DateRef only as precisely as the coverage stated it: "2024-07" for "July 2024",
// never an invented first-of-the-month day.
import type { DateRef } from './schema.js';

function atPrecision(iso: string, precision: DateRef['precision']): string {
  if (precision === 'year') return iso.slice(0, 4);
  if (precision === 'month') return iso.slice(0, 7);
  return iso;
}

export function formatDateRef(date: DateRef): string {
  const start = atPrecision(date.start, date.precision);
  if (date.end === undefined) return start;
  const end = atPrecision(date.end, date.precision);
  return end === start ? start : `${start} – ${end}`;
}
