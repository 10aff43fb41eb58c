// What a measuring child process (child.ts) reports to the benchmark runner.
export const RESULT_PREFIX = 'BENCH_RESULT ';
/** A child that measures together with others prints this when ready, then waits for a line on stdin. */
export const READY_LINE = 'BENCH_READY';

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

