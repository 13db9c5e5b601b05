/**
 * What the register holds about one indicator's evidence: the indicator of the fiscal year, the
 * requests linked to it, where their files are on the website (published_file, live rows), and
 * the approval memo's book number already issued for a request. Read only: evidence never gives
 * a book number — a number belongs to a document sent once, not to each copy printed for assessors.
 */
import type { Indicator } from '@shared/domain/records'
import type { RequestStatus } from '@shared/domain/request-status'
import { AppError } from '@shared/result'
import { toArabicDigits } from '@shared/thai'
import type { Db } from '../../db/open-database'
import { TH } from './evidence-text'

/** "MOIT 1", "moit1", "MOIT ๑" are one code: case, spaces and the digits' script do not count. */
export function codeKey(code: string): string {
  return toArabicDigits(code.normalize('NFC')).replace(/\s+/g, '').toUpperCase()
}

/** The indicator `code` among fiscal year `fy`'s (CatalogService.listIndicators), or a Thai refusal listing their codes. */
export function findIndicator(indicators: readonly Indicator[], code: string, fy: number): Indicator {
  const wanted = codeKey(code)
  const found = indicators.find((i) => codeKey(i.code) === wanted)
  if (!found) throw new AppError('not-found', TH.noIndicator(code, fy, indicators.map((i) => i.code)), { indicatorCode: TH.noIndicatorField })
  return found
}

export interface LinkedRequest {
  id: number
  title: string
  status: RequestStatus
  requestDate: string
  publishedAt: string | null
  publicUrl: string
  withdrawnAt: string | null
}

/** Every request linked to the indicator, rejected ones included (the caller decides what counts). */
export function linkedRequests(db: Db, indicatorId: number): LinkedRequest[] {
  return db
    .prepare<[number], LinkedRequest>(
      `SELECT r.id, r.title, r.status, r.request_date AS requestDate, r.published_at AS publishedAt,
              r.public_url AS publicUrl, r.withdrawn_at AS withdrawnAt
       FROM request_indicator ri JOIN request r ON r.id = ri.request_id
       WHERE ri.indicator_id = ?
       ORDER BY r.id`
    )
    .all(indicatorId)
}

/** Public URLs of the request's files still on the website, by attachment (first published first). */
export function liveFileUrls(db: Db, requestId: number): Map<number, string> {
  const rows = db
    .prepare<[number], { attachmentId: number; publicUrl: string }>(
      `SELECT attachment_id AS attachmentId, public_url AS publicUrl FROM published_file
       WHERE request_id = ? AND removed_at IS NULL AND public_url <> ''
       ORDER BY attachment_id, id`
    )
    .all(requestId)
  const urls = new Map<number, string>()
  for (const r of rows) if (!urls.has(r.attachmentId)) urls.set(r.attachmentId, r.publicUrl)
  return urls
}

export interface IssuedMemo {
  /** Canonical (Arabic digits), as stored: "นภ 0332/878". */
  bookNo: string
  documentDate: string
  /** Every request the memo asked about (a memo may ask for several). */
  requestIds: number[]
}

/**
 * The approval memo issued for the request: the latest entry of the outgoing register of kind
 * memo-approval naming it. Latest, because a memo printed again got a new number, and the last
 * one printed is the one that went to the head.
 */
export function issuedMemo(db: Db, requestId: number): IssuedMemo | null {
  const row = db
    .prepare<[number], { book_no: string; document_date: string; request_ids: string }>(
      `SELECT b.book_no, b.document_date, b.request_ids FROM book_number b, json_each(b.request_ids) j
       WHERE b.document_kind = 'memo-approval' AND j.value = ?
       ORDER BY b.id DESC LIMIT 1`
    )
    .get(requestId)
  if (!row) return null
  const ids = (JSON.parse(row.request_ids) as unknown[]).filter((x): x is number => typeof x === 'number' && Number.isInteger(x))
  return { bookNo: row.book_no, documentDate: row.document_date, requestIds: ids }
}
