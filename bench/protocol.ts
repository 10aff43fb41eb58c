// What a measuring child process (child.ts, bot-process.ts) reports to the benchmark runner.
export const RESULT_PREFIX = 'BENCH_RESULT ';
/** A bot process prints this (and the requests to send it, as JSON) once connected, then waits for a line on stdin. */
export const READY_LINE = 'BENCH_READY';
/** A bot process prints this once it has taken its CPU time at the start of the measurement. */
export const MEASURING_LINE = 'BENCH_MEASURING';

/** What a bot process (bot-process.ts) spent between the runner's `measure` and `stop`. */
export interface BotProcessMeasurement {
  /** CPU time of the whole process (user + system, every thread), ms. */
  cpuMs: number;
  /** The main thread's share of it (Linux only). */
  mainThreadCpuMs: number | undefined;
  maxRssMb: number;
}

export interface BuildMeasurement {
  wallMs: number;
  saveMs: number;
  timings: Record<string, number>;
  articles: number;
  sentences: number;
  skipped: number;
  bytesOnDisk: number;
  maxRssMb: number;
  /** CPU time of the whole process, workers included (user + system): less noisy than wall time on a shared machine. */
  cpuMs: number;
  /** With the incremental build's cache: files processed and files reused. */
  cache: { computed: number; reused: number } | null;
}

export interface LoadMeasurement {
  loadMs: number;
  rssMb: number;
  heapUsedMb: number;
  maxRssMb: number;
}

