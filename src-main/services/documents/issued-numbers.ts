/**
 * A memo keeps the book number (ที่) it was first given. Saving the same memo again — as DOCX and
 * then as PDF, or printed again after a typo is fixed — must carry the same ที่: a second number
 * would put two entries for one paper in the outgoing register and two different ที่ on copies of
 * the same memo.
 *
 * "The same memo" is its identity, not its wording: the kind, the requests it is about (as a set),
 * the fiscal year it speaks of and its date. Editing a section, the urgency or the proposer keeps
 * the memo (and its number); another date or other requests make another memo. Each export's audit
 * entry records the identity as `documentKey` with the number it printed, so the number is found
 * again by key — in the same transaction that would otherwise allocate a new one.
 */
import type { Db } from '../../db/open-database'

export interface DocumentIdentity {
  kind: string
  requestIds: readonly number[]
  fiscalYear: number | null
  date: string
  /** The quarter or MOIT round a follow-up memo reports on ("ปีงบ2569-ไตรมาส4"). */
  period?: string
}

/** e.g. "memo-approval|2021-12-24|fy:-|requests:3,5": readable in the audit log, equal for the same memo. */
export function documentKey(identity: DocumentIdentity): string {
  const requests = [...new Set(identity.requestIds)].sort((a, b) => a - b).join(',')
  const period = identity.period === undefined ? '' : `|period:${identity.period}`
  return `${identity.kind}|${identity.date}|fy:${identity.fiscalYear ?? '-'}|requests:${requests}${period}`
}

/** The book-number entry the latest export of the memo `key` printed, or null when it has none yet. */
export function issuedNumberId(db: Db, key: string): number | null {
  // Document exports are few (a handful a week): the entity index narrows the search to them.
  const row = db
    .prepare<[string], { id: number | null }>(
      `SELECT json_extract(detail, '$.bookNumberId') AS id FROM audit_log
        WHERE entity = 'document' AND action = 'document.export'
          AND json_extract(detail, '$.documentKey') = ? AND json_extract(detail, '$.bookNumberId') IS NOT NULL
        ORDER BY seq DESC LIMIT 1`
    )
    .get(key)
  return typeof row?.id === 'number' ? row.id : null
}
