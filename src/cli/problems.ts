// Build warnings and skipped files, summarised for a terminal.

/** Files named individually per kind of problem before the rest are counted. */
const FILES_SHOWN_PER_PROBLEM = 3;

/**
 * "file: problem" lines grouped by problem, so a corpus of 14,000 articles without a
 * publisher gives one line with a count instead of 14,000 lines that bury a real error.
 */
export function summariseProblems(label: string, lines: readonly string[]): string[] {
  const filesByProblem = new Map<string, string[]>();
  for (const line of lines) {
    const cut = line.indexOf(': ');
    const [file, problem] = cut < 0 ? ['', line] : [line.slice(0, cut), line.slice(cut + 2)];
    const files = filesByProblem.get(problem);
    if (files === undefined) filesByProblem.set(problem, [file]);
    else files.push(file);
  }
  const out: string[] = [];
  for (const [problem, files] of filesByProblem) {
    for (const file of files.slice(0, FILES_SHOWN_PER_PROBLEM)) out.push(`${label}: ${file === '' ? '' : `${file}: `}${problem}`);
    const rest = files.length - FILES_SHOWN_PER_PROBLEM;
    if (rest > 0) out.push(`${label}: … and ${rest} more ${rest === 1 ? 'file' : 'files'}: ${problem}`);
  }
  return out;
}
