/** The SQLite a backup reads: the copy being packed, or the register inside an archive being checked. */
import Database from 'better-sqlite3'
import type { Db } from '../../../db/open-database'
import type { Manifest } from '../manifest'

export interface SqliteOptions {
  /** better-sqlite3 build for the running runtime (Electron needs its own). */
  nativeBinding?: string
}

export function openSqlite(file: string, options: SqliteOptions & { readonly?: boolean } = {}): Db {
  return new Database(file, {
    readonly: options.readonly ?? false,
    fileMustExist: true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
  })
}

export function hasTable(db: Db, table: string): boolean {
  return db.prepare<[string], { n: number }>("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = ?").get(table)?.n === 1
}

/** The rows the manifest counts; a table an older schema lacks counts 0. */
export function countRows(db: Db): Manifest['counts'] {
  const count = (table: string) => (hasTable(db, table) ? (db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table}`).get()?.n ?? 0) : 0)
  return { requests: count('request'), people: count('person'), attachments: count('attachment'), auditEntries: count('audit_log') }
}

/** One attachment blob, with a request and a file name that refer to it (for messages). */
export interface ReferencedBlob {
  sha256: string
  requestId: number
  fileName: string
}

/** Every blob the register refers to, once each, by hash. */
export function referencedBlobs(db: Db): ReferencedBlob[] {
  if (!hasTable(db, 'attachment')) return []
  return db
    .prepare<[], ReferencedBlob>('SELECT sha256, min(request_id) AS requestId, min(file_name) AS fileName FROM attachment GROUP BY sha256 ORDER BY sha256')
    .all()
}
