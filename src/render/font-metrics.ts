// Text widths from a TrueType file's own advance widths, for Vega's layout. Without a canvas
// Vega guesses every character at 0.8 em, far wider than real text: labels were cut short
// and axes given room they did not need. Reading the font resvg draws with makes layout and
// image agree, and keeps both deterministic. Only what widths need is read: `head` (units
// per em), `hhea` + `hmtx` (advances) and the Unicode `cmap` (format 4, the Basic
// Multilingual Plane). Kerning is ignored: a pixel or two on a long label.
import { readFileSync } from 'node:fs';

export interface FontMetrics {
  /** Width of `text` in pixels at `size` pixels. */
  width(text: string, size: number): number;
  /** Whether the font has a glyph for the code point (BMP). */
  has(codePoint: number): boolean;
}

class TableReader {
  readonly #view: DataView;
  readonly #tables = new Map<string, number>();

  constructor(bytes: Uint8Array) {
    this.#view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const tableCount = this.u16(4);
    for (let i = 0; i < tableCount; i += 1) {
      const record = 12 + i * 16;
      const tag = String.fromCharCode(...[0, 1, 2, 3].map((k) => this.#view.getUint8(record + k)));
      this.#tables.set(tag, this.u32(record + 8));
    }
  }

  table(tag: string): number {
    const offset = this.#tables.get(tag);
    if (offset === undefined) throw new Error(`font has no ${tag} table`);
    return offset;
  }
  u16(offset: number): number {
    return this.#view.getUint16(offset);
  }
  i16(offset: number): number {
    return this.#view.getInt16(offset);
  }
  u32(offset: number): number {
    return this.#view.getUint32(offset);
  }
}

/** Glyph advances by code point (BMP), in font units, from the format-4 Unicode subtable. */
function advancesByCodePoint(font: TableReader): { advances: Map<number, number>; fallback: number; unitsPerEm: number } {
  const unitsPerEm = font.u16(font.table('head') + 18);
  const metricCount = font.u16(font.table('hhea') + 34);
  const hmtx = font.table('hmtx');
  const advanceOf = (glyph: number) => font.u16(hmtx + 4 * Math.min(glyph, metricCount - 1));

  const cmap = font.table('cmap');
  let subtable = -1;
  for (let i = 0; i < font.u16(cmap + 2); i += 1) {
    const record = cmap + 4 + i * 8;
    const platform = font.u16(record);
    const encoding = font.u16(record + 2);
    const offset = cmap + font.u32(record + 4);
    // Windows Unicode BMP (3,1) or Unicode (0,*), whichever format-4 table comes first.
    if ((platform === 3 && encoding === 1) || platform === 0) {
      if (font.u16(offset) === 4) {
        subtable = offset;
        break;
      }
    }
  }
  if (subtable < 0) throw new Error('font has no format-4 Unicode cmap');

  const segments = font.u16(subtable + 6) / 2;
  const ends = subtable + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  const advances = new Map<number, number>();
  for (let s = 0; s < segments; s += 1) {
    const end = font.u16(ends + s * 2);
    const start = font.u16(starts + s * 2);
    const delta = font.i16(deltas + s * 2);
    const rangeOffsetAt = rangeOffsets + s * 2;
    const rangeOffset = font.u16(rangeOffsetAt);
    for (let code = start; code <= end && code !== 0xffff; code += 1) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
      else {
        const raw = font.u16(rangeOffsetAt + rangeOffset + (code - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) advances.set(code, advanceOf(glyph));
    }
  }
  // A character the font lacks is drawn as glyph 0 (the "missing" box): its advance.
  return { advances, fallback: advanceOf(0), unitsPerEm };
}

/** Metrics of the TrueType font at `file`. */
export function loadFontMetrics(file: string): FontMetrics {
  const { advances, fallback, unitsPerEm } = advancesByCodePoint(new TableReader(readFileSync(file)));
  return {
    width(text: string, size: number): number {
      let units = 0;
      for (const char of text) units += advances.get(char.codePointAt(0) ?? 0) ?? fallback;
      return (units / unitsPerEm) * size;
    },
    has: (codePoint) => advances.has(codePoint),
  };
}
