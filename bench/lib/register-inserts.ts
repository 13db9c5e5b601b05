/**
 * The prepared INSERTs the benchmarks fill a register with: a request row with every column (as
 * register-data generates it) and an attachment row, straight into the app's schema so that its
 * FTS triggers fire on every row as they do in the app.
 */
import type { Statement } from 'better-sqlite3'
import type { Db } from '../../src-main/db/open-database'
import type { RequestRowData } from '../register-data'

export function registerInserts(db: Db): { insertRequest: Statement<RequestRowData>; insertAttachment: Statement } {
  const insertRequest = db.prepare<RequestRowData>(
    `INSERT INTO request (owner_unit, request_date, title, details, external_link, note, requester_id, category_code,
       fiscal_year, fiscal_quarter, period_start, period_end, publish_until, status, approved_by, approved_at,
       approved_verbal, rejection_reason, published_by, published_at, public_url, withdrawn_by, withdrawn_at,
       withdrawn_reason, created_at, updated_at)
     VALUES (@owner_unit, @request_date, @title, @details, @external_link, @note, @requester_id, @category_code,
       @fiscal_year, @fiscal_quarter, @period_start, @period_end, @publish_until, @status, @approved_by, @approved_at,
       @approved_verbal, @rejection_reason, @published_by, @published_at, @public_url, @withdrawn_by, @withdrawn_at,
       @withdrawn_reason, @created_at, @updated_at)`
  )
  const insertAttachment = db.prepare(
    'INSERT INTO attachment (request_id, file_name, sha256, size_bytes, kind, added_at) VALUES (@request_id, @file_name, @sha256, @size_bytes, @kind, @added_at)'
  )
  return { insertRequest, insertAttachment }
}
