// What a measuring child process (child.ts) reports to the benchmark runner.
export const RESULT_PREFIX = 'BENCH_RESULT ';

export interface BuildMeasurement {
  wallMs: number;
  saveMs: number;
  timings: Record<string, number>;
  articles: number;
  sentences: number;
  skipped: number;
  bytesOnDisk: number;
  maxRssMb: number;
}

export interface LoadMeasurement {
  loadMs: number;
  rssMb: number;
  heapUsedMb: number;
  maxRssMb: number;
}

