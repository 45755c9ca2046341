/**
 * Timing and memory of one bench case. Peak memory is the process's maximum
 * resident set (getrusage), which is exact however briefly the peak lasted;
 * that is why heavy cases run alone in a child process (bench/child.ts).
 */
import { performance } from "perf_hooks";

export interface Measurement {
  readonly ms: number;
  /** Peak resident set of the whole process so far, MB. */
  readonly peakRssMb: number;
  /** Resident set before the case ran, MB: peak − base is what the case itself needed. */
  readonly baseRssMb: number;
  /** Heap in use after the case minus before (no forced GC), MB. */
  readonly heapDeltaMb: number;
}

const MB = 1024 * 1024;

export function peakRssMb(): number {
  // maxRSS is in kilobytes.
  return process.resourceUsage().maxRSS / 1024;
}

export async function measure<T>(fn: () => T | Promise<T>): Promise<{ value: T; m: Measurement }> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const baseRssMb = process.memoryUsage().rss / MB;
  const heapBefore = process.memoryUsage().heapUsed;
  const start = performance.now();
  const value = await fn();
  const ms = performance.now() - start;
  const heapDeltaMb = (process.memoryUsage().heapUsed - heapBefore) / MB;
  return { value, m: { ms, peakRssMb: peakRssMb(), baseRssMb, heapDeltaMb } };
}

/** The median of several runs, for cases short enough that one run is mostly noise. */
export async function medianMs(runs: number, fn: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}
