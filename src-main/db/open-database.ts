/**
 * Opens the register: a real SQLite file in the data directory, set up for evidence-grade
 * durability, and brought to the latest schema.
 */
import Database from 'better-sqlite3'
import { AppError } from '@shared/result'
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations'
import { registerSearchFunctions } from './search-grams'

export type Db = Database.Database

export interface OpenOptions {
  /** Path of a better_sqlite3.node built for the running runtime (Electron needs its own). */
  nativeBinding?: string
  readonly?: boolean
  /** Apply migrations up to this version only (tests of a single migration). */
  migrateTo?: number
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const db = new Database(file, {
    readonly: options.readonly ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
  })
  try {
    // The search index's triggers call these (migration 0010): without them no request could be saved.
    registerSearchFunctions(db)
    // Before anything that writes (switching to WAL rewrites the header of a rollback-journal
    // file): a database from a newer version must be left exactly as it was.
    refuseNewer(db)
    // WAL lets the UI read while a write is running; FULL makes every commit survive power loss,
    // which NORMAL does not promise in WAL mode, and the register is evidence.
    if (!options.readonly) db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    // Sorts and temporary tables (the search's match list, request-query.ts) stay in memory: nothing
    // is written outside the data directory, and they are small (a page's sort keeps only the rows
    // up to that page; the match list is one integer per match).
    db.pragma('temp_store = MEMORY')
    if (!options.readonly) {
      migrate(db, options.migrateTo ?? LATEST_VERSION)
      // Refreshes the planner's statistics where the data has grown since (cheap when it has not).
      db.pragma('optimize = 0x10002')
      floorSearchIndexStatistics(db)
    }
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

/**
 * FTS5 removes merged segments with `DELETE FROM <index>_data WHERE id >= ? AND id <= ?`. With
 * statistics gathered while an index was tiny (a new register: 2 rows) SQLite plans that as a scan
 * of the whole table, the cheaper plan for 2 rows; `optimize` renews statistics only at the next
 * start, so a register that grows within one session (an import, the benchmark) rescans its whole
 * index at every merge: 30,000 requests took 90 s, and each 5,000 took longer than the last. The
 * row count recorded for these tables is therefore never below SEARCH_INDEX_MIN_ROWS, at which the
 * planner seeks by row id; FTS5 issues no other query there that the count could mislead. Removing
 * the statistics would not do: the planner keeps the estimate it has until the connection closes.
 */
const SEARCH_INDEX_MIN_ROWS = 1000

export function floorSearchIndexStatistics(db: Db): void {
  const hasStats = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'sqlite_stat1'").get()
  if (!hasStats) return
  const changed = db
    .prepare(
      `UPDATE sqlite_stat1 SET stat = CAST(@floor AS TEXT)
       WHERE CAST(stat AS INTEGER) < @floor AND tbl IN (
         SELECT name || '_data' FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE % USING fts5%')`
    )
    .run({ floor: SEARCH_INDEX_MIN_ROWS }).changes
  // The planner reads sqlite_stat1 when it loads the schema: reload it so the change applies now.
  if (changed > 0) db.exec('ANALYZE sqlite_schema')
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number
}

function refuseNewer(db: Db): void {
  const current = schemaVersion(db)
  if (current > LATEST_VERSION) {
    throw new AppError(
      'database-too-new',
      `ฐานข้อมูลนี้สร้างจาก Publish Desk รุ่นที่ใหม่กว่า (โครงสร้างรุ่น ${current} แต่โปรแกรมนี้รู้จักถึงรุ่น ${LATEST_VERSION}) — กรุณาติดตั้ง Publish Desk รุ่นล่าสุด แล้วเปิดอีกครั้ง ข้อมูลไม่ได้ถูกแก้ไข`
    )
  }
}

export function migrate(db: Db, target: number = LATEST_VERSION, migrations: readonly Migration[] = MIGRATIONS): void {
  refuseNewer(db)
  const current = schemaVersion(db)
  for (const migration of migrations) {
    if (migration.version <= current || migration.version > target) continue
    // One transaction per migration: a failure leaves the database at the previous version.
    db.transaction(() => {
      migration.up(db)
      db.pragma(`user_version = ${migration.version}`)
    }).immediate()
  }
}
