// Chart spec → SVG → PNG: the image is 800 px wide, a sensible size, drawn with the bundled
// font only, and the same bytes every time.
import { describe, expect, it } from 'vitest';
import { renderAsync } from '@resvg/resvg-js';
import { CHART_FONT_FILES, CHART_SUBSET_FONT_FILES, chartPng, chartSvg, fontFilesFor, widened } from '../src/render/chart-image.js';
import { chartSpec } from '../src/render/chart-spec.js';
import { CHART_WIDTH } from '../src/render/chart-theme.js';
import { loadFontMetrics } from '../src/render/font-metrics.js';
import { aidAnswer, article, timelineAnswer } from './helpers/chart-answers.js';

const wire = article('wire', '2024-03-14', 'Wire Service');

const aidChart = () =>
  aidAnswer([
    { value: 61.4e9, donor: 'United States', status: 'requested', cumulative: false, date: '2024-03-14', article: wire },
    { value: 50e9, donor: 'United States', status: 'provided', cumulative: true, date: '2024-03-14', article: wire },
    { value: 2.5e9, donor: 'Canada', status: 'pledged', cumulative: false, date: '2024-03-12', article: wire },
  ]);
const timelineChart = () =>
  timelineAnswer(
    ['2024-01-15', '2024-01-20', '2024-02-03', '2024-03-09', '2024-03-10', '2024-06-01'].map((start) => ({ start, precision: 'day' as const, article: wire })),
  );

/** Width and height from the PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe.each([
  ['/aid', aidChart],
  ['/timeline', timelineChart],
])('GIVEN the %s chart THEN the PNG', (_, make) => {
  const spec = chartSpec(make())!;

  it('is a PNG 800 px wide, of a height and size a Discord message takes', async () => {
    const png = await chartPng(spec);
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    const { width, height } = pngSize(png);
    expect(width).toBe(CHART_WIDTH);
    expect(height).toBeGreaterThan(250);
    expect(height).toBeLessThan(1200);
    expect(png.length).toBeGreaterThan(10_000);
    // Discord takes 8 MiB without Nitro; a chart should be far below that.
    expect(png.length).toBeLessThan(400_000);
  });

  it('is the same bytes every time, whatever ran before it', async () => {
    const first = await chartPng(spec);
    await chartPng(chartSpec(aidChart())!);
    await chartPng(chartSpec(timelineChart())!);
    const again = await chartPng(chartSpec(make())!);
    expect(again.equals(first)).toBe(true);
  });

  it('draws its text in the bundled font, on an opaque background', async () => {
    const svg = await chartSvg(spec);
    expect(svg).toContain('font-family="DejaVu Sans"');
    expect(svg).toMatch(/^<svg[^>]*><rect width="\d+" height="\d+" fill="#ffffff"\/>/u);
    expect(svg).not.toMatch(/font-family="(?!DejaVu Sans")/u);
  });
});

describe('the SVG text', () => {
  it('has the title, axis titles, labels and caption', async () => {
    const svg = await chartSvg(chartSpec(aidChart())!);
    for (const text of ['Aid figures in the coverage', 'Amount (billions of US dollars)', '$61.4 billion · requested', '[1] Wire Service', 'Source: 1 article published 2024-03-14']) {
      expect(svg).toContain(text.replace('&', '&amp;'));
    }
  });
});

describe('the font files a chart is drawn with', () => {
  const svgWith = (text: string) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="60"><rect width="300" height="60" fill="#ffffff"/><text x="4" y="24" font-family="DejaVu Sans" font-size="16">${text}</text><text x="4" y="50" font-family="DejaVu Sans" font-weight="bold" font-size="16">${text}</text></svg>`;
  const draw = async (svg: string, fontFiles: string[]) =>
    (await renderAsync(svg, { font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'DejaVu Sans' }, logLevel: 'off' })).asPng();

  it('are the small subsets when they have every character of its text', () => {
    expect(fontFilesFor(svgWith('Ukraine · $61.4 billion – “requested” … Ș ₴ &amp; &#xA;'))).toEqual(CHART_SUBSET_FONT_FILES);
  });
  it('are the full fonts when the text has a character only they have (a Cyrillic or Greek name)', () => {
    expect(fontFilesFor(svgWith('Зеленський'))).toEqual(CHART_FONT_FILES);
    expect(fontFilesFor(svgWith('&#x0393;'))).toEqual(CHART_FONT_FILES);
  });
  it('are the subsets for a character neither has: it is drawn the same either way', async () => {
    const svg = svgWith('Kyiv \u{E000}');
    expect(fontFilesFor(svg)).toEqual(CHART_SUBSET_FONT_FILES);
    expect((await draw(svg, CHART_SUBSET_FONT_FILES)).equals(await draw(svg, CHART_FONT_FILES))).toBe(true);
  });
  it('draw the same pixels with the subsets as with the full fonts, regular and bold', async () => {
    const svg = svgWith('Aid to Ukraine: €2.5 bn — “provided” · Ș');
    expect((await draw(svg, CHART_SUBSET_FONT_FILES)).equals(await draw(svg, CHART_FONT_FILES))).toBe(true);
  });
});

describe('widened', () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" class="marks" width="788" height="400" viewBox="0 0 788 400"><rect width="788" height="400" fill="#ffffff"/><g/></svg>';
  it('adds background on the right of a narrower image instead of scaling it', () => {
    expect(widened(svg, 800)).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" class="marks" width="800" height="400" viewBox="0 0 800 400"><rect width="800" height="400" fill="#ffffff"/><g/></svg>',
    );
  });
  it('leaves a wider one (it is scaled down to fit)', () => {
    expect(widened(svg, 700)).toBe(svg);
  });
});

describe('font metrics', () => {
  const metrics = loadFontMetrics(CHART_FONT_FILES[0]!);
  it('measures from the font: wide letters are wider, width scales with size', () => {
    expect(metrics.width('MMMM', 13)).toBeGreaterThan(metrics.width('iiii', 13) * 2);
    expect(metrics.width('Aid figures', 26)).toBeCloseTo(metrics.width('Aid figures', 13) * 2, 6);
    // Real text is far narrower than Vega's 0.8 em guess.
    const text = 'United States · 2023-11-29';
    expect(metrics.width(text, 13)).toBeLessThan(0.8 * 13 * text.length * 0.8);
    expect(metrics.width(text, 13)).toBeGreaterThan(0.4 * 13 * text.length);
  });
  it('gives a character the font lacks the missing-glyph width, not zero', () => {
    expect(metrics.width('\u{E000}', 13)).toBeGreaterThan(0);
  });
});
