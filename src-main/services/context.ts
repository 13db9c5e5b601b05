/** What every service is built from: the open register, the data directory and a clock. */
import type { Db } from '../db/open-database'

export interface Clock {
  /** Current instant as an ISO date-time string (UTC). */
  now(): string
}

export const systemClock: Clock = { now: () => new Date().toISOString() }

export interface ServiceContext {
  db: Db
  dataDir: string
  clock: Clock
}
