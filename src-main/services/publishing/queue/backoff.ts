/**
 * How long to wait before trying a job again after a network error: doubling from `baseMs` up to
 * `maxMs`, with up to a quarter of random spread so that several connections that lost the host
 * together do not all knock again at the same instant. After `maxAttempts` tries the job fails
 * with the last error, so an unreachable host never keeps a job "retrying" for ever.
 */
export interface RetryPolicy {
  maxAttempts: number
  baseMs: number
  maxMs: number
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 5, baseMs: 2000, maxMs: 60_000 }

export function backoffMs(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const plain = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1))
  return Math.round(plain * (1 + 0.25 * random()))
}
