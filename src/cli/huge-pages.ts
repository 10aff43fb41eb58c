// Runs the command again in a child process whose memory allocator asks Linux for transparent huge
// pages (glibc's `glibc.malloc.hugetlb=1` tunable), unless it already does. A build's large
// buffers (the build cache's 320 MB of segments, the workers' typed arrays, the file it writes)
// are then mapped 2 MB at a time instead of 4 KB. On the virtual machine of bench/RESULTS.md,
// first touching fresh memory cost ~3.7 ms a MB in 4 KB pages (1.2 s for the segments, whose
// read then cost as much again) and ~1 ms in huge pages (their read 0.05 s). glibc reads the
// tunable only as a process starts, hence the child. Where huge pages are off or not Linux, or the
// child cannot start, the command runs in this process as before (a C library that does not know
// the tunable ignores it).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const TUNABLE = 'glibc.malloc.hugetlb';
const FORWARDED: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** Whether Linux gives a process transparent huge pages when it asks (`madvise`) or always. */
function hugePagesOffered(): boolean {
  try {
    return !readFileSync('/sys/kernel/mm/transparent_hugepage/enabled', 'latin1').includes('[never]');
  } catch {
    return false;
  }
}

/**
 * Runs this command (same Node, flags and arguments) in a child that has the tunable, when this
 * process lacks it and huge pages are offered: true once the child has ended (its exit code is
 * this process's, a signal that ended it ends this one), false when the caller should run the
 * command itself. Signals sent to this process alone go on to the child.
 */
export function ranWithHugePages(): Promise<boolean> {
  const tunables = process.env.GLIBC_TUNABLES ?? '';
  if (process.platform !== 'linux' || tunables.includes(TUNABLE) || !hugePagesOffered()) return Promise.resolve(false);
  const env = { ...process.env, GLIBC_TUNABLES: tunables === '' ? `${TUNABLE}=1` : `${tunables}:${TUNABLE}=1` };
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], { env, stdio: 'inherit' });
    const forward = (signal: NodeJS.Signals): void => void child.kill(signal);
    const stopForwarding = (): void => {
      for (const signal of FORWARDED) process.off(signal, forward);
    };
    let started = false;
    child.once('spawn', () => (started = true));
    child.once('error', () => {
      if (started) return;
      stopForwarding();
      resolve(false);
    });
    child.once('exit', (code, signal) => {
      if (!started) return;
      stopForwarding();
      if (signal !== null) process.kill(process.pid, signal);
      else process.exitCode = code ?? 1;
      resolve(true);
    });
    for (const signal of FORWARDED) process.on(signal, forward);
  });
}
