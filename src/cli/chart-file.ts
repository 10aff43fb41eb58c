// `--chart FILE` for `ask` and the REPL: the PNG chart of an answer that can be drawn (/aid,
// /timeline, and questions routed to them), written where the user said. The text answer is
// printed as always; this only adds the file, and says on stderr what it did.
import { writeFile } from 'node:fs/promises';
import { commands, hasChart, runChart } from '../commands/index.js';
import type { LoadedFactBase } from '../factbase/persist.js';
import { chartPngFor } from '../render/chart-image.js';
import { route, routerContextOf } from '../router.js';

/** Writes the chart of `input`'s answer to `file`; the note to print (what was written, or why nothing was). */
export async function writeChartFile(input: string, facts: LoadedFactBase, file: string): Promise<string> {
  const routed = route(input, commands, routerContextOf(facts));
  if ('error' in routed || !hasChart(routed.command)) return 'No chart: only /aid and /timeline answers are drawn.';
  const png = await chartPngFor(runChart(routed.command, routed.options, facts));
  if (png === null) return 'No chart: fewer than two points to plot, so the text answer stands alone.';
  await writeFile(file, png);
  return `Chart written to ${file} (${Math.round(png.length / 1024)} KiB).`;
}
