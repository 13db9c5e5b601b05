/** Timing and percentiles for the benchmarks. */

export interface Sample {
  /** Milliseconds of each measured run, in run order. */
  runs: number[]
  p50: number
  p95: number
  max: number
}

/** Nearest-rank percentile (p in 0..100) of unsorted values: a value that was really measured. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new RangeError('percentile of no values')
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[rank - 1] as number
}

export function timeMs<T>(fn: () => T): { ms: number; value: T } {
  const start = process.hrtime.bigint()
  const value = fn()
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value }
}

/**
 * Runs `fn` `warmup` times unmeasured (statement cache, page cache), then `runs` times measured.
 */
export function measure(fn: () => unknown, options: { warmup: number; runs: number }): Sample {
  for (let i = 0; i < options.warmup; i++) fn()
  const runs: number[] = []
  for (let i = 0; i < options.runs; i++) runs.push(timeMs(fn).ms)
  return { runs, p50: percentile(runs, 50), p95: percentile(runs, 95), max: Math.max(...runs) }
}
