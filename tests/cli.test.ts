import { beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AnswerSchema } from '../src/answer.js';
import { buildFactBase } from '../src/ingest/build.js';
import { saveFactBase } from '../src/factbase/persist.js';
import { REPO_ROOT as ROOT } from './helpers/paths.js';
import { useSuiteTempDirs } from './helpers/temp-dirs.js';
import { CHILE_PLEDGE, FOLLOW_UP_ARTICLES, NORWAY_PLEDGE } from './helpers/follow-up-coverage.js';


interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(script: string, args: readonly string[], stdin = '', env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'cli', script), ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

// Each spawn pays tsx's start-up (1–5 s on a busy machine): few spawns, generous timeouts.
describe('the ask and repl CLIs', { timeout: 60_000 }, () => {
  const tempDir = useSuiteTempDirs('cli-test-');
  let dir: string;
  let factbase: string;
  beforeAll(async () => {
    dir = await tempDir();
    factbase = path.join(dir, 'factbase.json');
    await saveFactBase((await buildFactBase(path.join(ROOT, 'data', 'articles'))).factBase, factbase);
  }, 60_000);

  it('GIVEN --json and a slash line THEN stdout is exactly one Answer, valid under AnswerSchema, and the exit code is 0', async () => {
    const { code, stdout } = await run('ask.ts', ['--json', '--factbase', factbase, '/who name:Blinken']);
    expect(code).toBe(0);
    expect(stdout.endsWith('\n')).toBe(true);
    expect(stdout.trimEnd().split('\n')).toHaveLength(1);
    const answer = AnswerSchema.parse(JSON.parse(stdout));
    expect(answer.command).toBe('who');
    expect(answer.abstained).toBe(false);
    expect(answer.title).toContain('Antony Blinken');
  });

  it('GIVEN "-" and three lines on stdin THEN three JSON lines in order, and exit 1 because one was an unknown command', async () => {
    const { code, stdout } = await run('ask.ts', ['--json', '--factbase', factbase, '-'], 'who is kuleba\n/nosuch\naid from europe\n');
    const answers = stdout.trimEnd().split('\n').map((line) => AnswerSchema.parse(JSON.parse(line)));
    expect(answers.map((a) => [a.command, a.error ?? null])).toEqual([
      ['who', null],
      ['nosuch', 'unknown-command'],
      ['aid', null],
    ]);
    expect(code).toBe(1);
  });

  it('GIVEN a missing or a corrupt --factbase THEN exit 2 with one line on stderr saying how to rebuild, nothing on stdout', async () => {
    const corrupt = path.join(dir, 'corrupt.json');
    await writeFile(corrupt, '{"format": "coverage-factbase", "vers');
    for (const file of [path.join(dir, 'missing.json'), corrupt]) {
      const { code, stdout, stderr } = await run('ask.ts', ['--json', '--factbase', file, 'who is kuleba']);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(stderr).toContain('npm run build:facts');
    }
  });

  it('GIVEN FACTBASE_PATH and no --factbase THEN ask answers from that file, and names it with the command that rebuilds it when it is missing', async () => {
    const answered = await run('ask.ts', ['--json', '/who name:Blinken'], '', { FACTBASE_PATH: factbase });
    expect(answered.code).toBe(0);
    expect(AnswerSchema.parse(JSON.parse(answered.stdout)).abstained).toBe(false);

    const missing = path.join(dir, 'elsewhere.json');
    const { code, stderr } = await run('ask.ts', ['who is kuleba'], '', { FACTBASE_PATH: missing });
    expect(code).toBe(2);
    expect(stderr.trim()).toBe(`ask: Fact base ${missing} does not exist. Rebuild it with: npm run build:facts -- --out ${missing}`);
  });

  it('GIVEN no input or an unknown flag THEN usage on stderr and exit 1', async () => {
    const { code, stderr } = await run('ask.ts', ['--jsn', 'x']);
    expect(code).toBe(1);
    expect(stderr).toContain('unknown flag --jsn');
  });

  it('GIVEN the REPL with piped stdin THEN it answers each line as text and exits 0 at end of input', async () => {
    const { code, stdout } = await run('repl.ts', ['--factbase', factbase], '/who name:Blinken\n/help\n');
    expect(code).toBe(0);
    expect(stdout).toContain('Antony Blinken');
    expect(stdout).toContain('Sources:');
    expect(stdout).toContain('/timeline');
    expect(stdout).not.toContain('\x1b[');
  });

  it('GIVEN the REPL with a question and then "and chile" piped THEN the second line is answered as the question about Chile, saying so first', async () => {
    const articles = path.join(dir, 'follow-up-articles');
    await mkdir(articles);
    await Promise.all(Object.entries(FOLLOW_UP_ARTICLES).map(([name, text]) => writeFile(path.join(articles, name), text)));
    const invented = path.join(dir, 'follow-up.json');
    await saveFactBase((await buildFactBase(articles)).factBase, invented);
    const { code, stdout } = await run('repl.ts', ['--factbase', invented], 'how much flood relief has norway given\nand chile\n');
    expect(code).toBe(0);
    // The second answer starts on the line after the blank line that ends the first.
    const at = stdout.indexOf('\nTaking this as: ');
    expect(at).toBeGreaterThan(0);
    const [first, second] = [stdout.slice(0, at), stdout.slice(at + 1)];
    expect(first).toContain(`1. ${NORWAY_PLEDGE}`);
    expect(first.endsWith('\n')).toBe(true);
    expect(second.split('\n')[0]).toBe('Taking this as: how much flood relief has chile given');
    expect(second).toContain(`1. ${CHILE_PLEDGE}`);
  });
});
