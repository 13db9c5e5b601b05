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

/**
 * Runs `fn` in a write transaction that takes SQLite's write lock at BEGIN. A deferred
 * transaction that reads first and writes later fails at once with "database is locked" when
 * another process (the CLI beside the app) writes in between; an immediate one waits its turn.
 * Inside another transaction it becomes a savepoint of that one.
 */
export function writeTransaction<T>(db: Db, fn: () => T): T {
  return db.transaction(fn).immediate()
}
