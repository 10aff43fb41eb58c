// build:facts runs in a child process whose allocator asks for transparent huge pages
// (src/cli/huge-pages.ts): the child has the tunable, its output and exit code are the command's,
// and a process that already has the tunable runs the command itself.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/paths.js';
import { useTempDirs } from './helpers/temp-dirs.js';

const tempDir = useTempDirs('huge-pages-');

const offered = ((): boolean => {
  try {
    return process.platform === 'linux' && !readFileSync('/sys/kernel/mm/transparent_hugepage/enabled', 'latin1').includes('[never]');
  } catch {
    return false;
  }
})();

/** Runs a script whose command prints GLIBC_TUNABLES and exits with code 3. */
async function probe(env: Record<string, string>): Promise<{ code: number | null; stdout: string }> {
  const script = path.join(await tempDir(), 'probe.mts');
  const module = JSON.stringify(path.join(REPO_ROOT, 'src', 'cli', 'huge-pages.js'));
  await writeFile(script, `import { ranWithHugePages } from ${module};\nif (!(await ranWithHugePages())) {\n  console.log(process.env.GLIBC_TUNABLES ?? '');\n  process.exitCode = 3;\n}\n`);
  const base = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'GLIBC_TUNABLES'));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: REPO_ROOT, env: { ...base, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout }));
  });
}

describe('ranWithHugePages', { timeout: 60_000 }, () => {
  it.runIf(offered)('GIVEN a process without the tunable THEN the command runs once, in a child that has it, and its exit code is the command\'s', async () => {
    const { code, stdout } = await probe({});
    expect(stdout).toBe('glibc.malloc.hugetlb=1\n');
    expect(code).toBe(3);
  });

  it.runIf(offered)('GIVEN other tunables THEN the child keeps them', async () => {
    const { stdout } = await probe({ GLIBC_TUNABLES: 'glibc.malloc.check=0' });
    expect(stdout).toBe('glibc.malloc.check=0:glibc.malloc.hugetlb=1\n');
  });

  it('GIVEN the tunable already set THEN the command runs in this process', async () => {
    const { code, stdout } = await probe({ GLIBC_TUNABLES: 'glibc.malloc.hugetlb=0' });
    expect(stdout).toBe('glibc.malloc.hugetlb=0\n');
    expect(code).toBe(3);
  });
});
