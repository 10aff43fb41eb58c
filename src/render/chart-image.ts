// Chart spec → SVG → PNG, headless: Vega-Lite compiles the spec, Vega lays it out and writes
// SVG (no browser, no canvas), and resvg (Rust, shipped prebuilt in its npm package: no
// native build step) rasterises it. Text is drawn with DejaVu Sans only and system fonts are
// never loaded, so the same spec gives the same PNG bytes on any machine, whatever fonts it has.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { charts, type ChartCache } from './chart-cache.js';
import type { ChartRequest } from '../chart-data.js';
import { chartSpecOf } from './chart-spec.js';
import { CHART_FONT, CHART_WIDTH } from './chart-theme.js';
import { loadFontMetrics } from './font-metrics.js';

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
/** The full DejaVu Sans from the `dejavu-fonts-ttf` package, regular and bold (titles are bold, everything else regular). */
export const CHART_FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) => path.join(FONT_DIR, file));

// resvg-js 2.6.2 takes fonts only as files and re-reads the whole file for every glyph it
// draws (~2,000 a chart): with the 740 KB DejaVu Sans that was half a chart's CPU time. So a
// chart whose text the subsets of the same fonts cover (assets/fonts, made by
// scripts/subset-chart-fonts.sh: Latin, punctuation, currency, arrows; ~65 KB) is drawn with
// them, and one with any other character (a Cyrillic or Greek name from the coverage) with
// the full fonts as before. Not both at once: resvg's fallback for a missing character takes
// the first loaded face that has it whatever its weight, so bold Cyrillic came out regular.
// The glyphs are the same outlines, so either way the image is the same bytes as with the
// full fonts; without assets/ (a build that did not copy it) the full fonts draw every chart.
const SUBSET_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'assets', 'fonts');
/** The subsets, regular and bold, that draw a chart whose text they cover. */
export const CHART_SUBSET_FONT_FILES = ['DejaVuSans-Chart.ttf', 'DejaVuSans-Bold-Chart.ttf'].map((file) => path.join(SUBSET_DIR, file));

const [regularFile = '', boldFile = ''] = CHART_FONT_FILES;
const regular = loadFontMetrics(regularFile);
const bold = loadFontMetrics(boldFile);

const subsets = CHART_SUBSET_FONT_FILES.every((file) => existsSync(file)) ? CHART_SUBSET_FONT_FILES.map((file) => loadFontMetrics(file)) : null;

/**
 * The font files to draw `svg` with: the subsets unless its text has a character they lack
 * and the full fonts have (one neither has is drawn the same, as the missing-glyph box).
 */
export function fontFilesFor(svg: string): string[] {
  if (subsets === null) return CHART_FONT_FILES;
  // Markup, numbers and English are ASCII, which the subsets have: only other characters,
  // written out or as character references, are looked up.
  for (const [char, hex, decimal] of svg.matchAll(/[^\x00-\x7f]|&#x([0-9a-fA-F]+);|&#(\d+);/gu)) {
    const code = hex !== undefined ? parseInt(hex, 16) : decimal !== undefined ? Number(decimal) : (char.codePointAt(0) ?? 0);
    if (code < 0x80) continue;
    if (subsets.some((font, i) => !font.has(code) && [regular, bold][i]!.has(code))) return CHART_FONT_FILES;
  }
  return CHART_SUBSET_FONT_FILES;
}

interface TextItem {
  fontSize?: number;
  fontWeight?: string | number;
  limit?: number;
}
// Vega's hook for measuring text without a canvas (the one vl-convert uses): widths from the
// font files themselves. Truncated text ("…" past `limit`) is never wider than its limit.
const textMetrics = (vega as unknown as { textMetrics: { width: (item: TextItem, text: unknown) => number } }).textMetrics;
textMetrics.width = (item, text) => {
  const size = item.fontSize ?? 11;
  const weight = item.fontWeight;
  const isBold = weight === 'bold' || (typeof weight === 'number' && weight >= 600) || (typeof weight === 'string' && Number(weight) >= 600);
  const width = (isBold ? bold : regular).width(text == null ? '' : String(text).trim(), size);
  return item.limit !== undefined && item.limit > 0 ? Math.min(width, item.limit) : width;
};

const RESVG_OPTIONS: ResvgRenderOptions = {
  font: {
    loadSystemFonts: false,
    fontFiles: CHART_FONT_FILES,
    defaultFontFamily: CHART_FONT,
    sansSerifFamily: CHART_FONT,
  },
  fitTo: { mode: 'width', value: CHART_WIDTH },
  shapeRendering: 2,
  textRendering: 1,
  logLevel: 'off',
};

/** The chart as an SVG document. */
export async function chartSvg(spec: TopLevelSpec): Promise<string> {
  const compiled = compile(spec, { logger: silentLogger() }).spec;
  // renderer 'none': Vega lays out the scene without a canvas or DOM; toSVG draws it to a string.
  // Gradient and clip ids count up per process: reset them so every render writes the same SVG.
  vega.resetSVGDefIds();
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', logLevel: vega.None });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** The chart as PNG bytes, CHART_WIDTH pixels wide. Rasterising runs off the event loop (libuv pool). */
export async function chartPng(spec: TopLevelSpec): Promise<Buffer> {
  const svg = widened(await chartSvg(spec), CHART_WIDTH);
  const image = await renderAsync(svg, { ...RESVG_OPTIONS, font: { ...RESVG_OPTIONS.font, fontFiles: fontFilesFor(svg) } });
  return image.asPng();
}

// Vega sizes the image to its content, a few pixels either side of CHART_WIDTH. A narrower
// one gets background added on the right rather than being scaled up (scaling blurs every
// line of text); only a wider one is scaled down to fit.
const SVG_HEAD = /^<svg([^>]*?) width="([\d.]+)" height="([\d.]+)" viewBox="0 0 [\d.]+ ([\d.]+)">(<rect width=")[\d.]+(")/u;

export function widened(svg: string, width: number): string {
  const head = SVG_HEAD.exec(svg);
  if (head === null || Number(head[2]) >= width) return svg;
  const [whole, attributes, , height, viewHeight, rectStart, rectEnd] = head;
  return `<svg${attributes} width="${width}" height="${height}" viewBox="0 0 ${width} ${viewHeight}">${rectStart}${width}${rectEnd}${svg.slice(whole.length)}`;
}

// Vega-Lite warns on stderr about things the specs do on purpose (a null sort, say): the
// surfaces own stderr (`ask --json` keeps stdout clean, the bot logs one line per record).
function silentLogger() {
  const logger = {
    level: () => logger,
    error: () => logger,
    warn: () => logger,
    info: () => logger,
    debug: () => logger,
  };
  return logger;
}

/**
 * The chart a request asks for (runChart) as PNG bytes, or null when it has nothing (or one
 * thing) to plot. Drawn once per key and then served from `cache` (page after page of the
 * same request, until its fact base is replaced).
 */
export function chartPngFor(request: ChartRequest, cache: ChartCache = charts): Promise<Buffer | null> {
  return cache.png(request.key, async () => {
    const spec = chartSpecOf(request.data());
    return spec === null ? null : chartPng(spec);
  });
}
