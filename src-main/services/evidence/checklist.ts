/**
 * The checklist in the shape MITAS asks for — MOIT | ลำดับ | หลักฐานที่ต้องตรวจ | มี/ไม่มี |
 * File/Link | คำอธิบาย — one row per request linked to the indicator (rejected ones are not
 * evidence and are left out). A row is มี when the request is on the website now (status
 * published) and was published within the period; every other row is ไม่มี and says why. An
 * indicator with no request at all still gets its one ไม่มี row, so the assessor sees the gap.
 * Rows that have evidence come first, in publication order; the rest follow by request date.
 */
import type { Indicator } from '@shared/domain/records'
import { formatThaiDate } from '@shared/thai'
import type { LinkedRequest } from './evidence-query'
import { TH } from './evidence-text'
import type { ReportPeriod } from '@shared/domain/report-period'
import { bangkokDay, inPeriod } from './period'

export interface ChecklistRow {
  moit: string
  order: number
  evidence: string
  present: boolean
  /** The public URL the assessor opens; '' when the register has none. */
  link: string
  description: string
}

export interface ChecklistSource {
  request: LinkedRequest
  /** Public URLs of the request's files still on the website, else the request's own public URL. */
  urls: readonly string[]
}

export function checklistRows(indicator: Indicator, period: ReportPeriod, sources: readonly ChecklistSource[], thaiDigits: boolean): ChecklistRow[] {
  const date = (at: string) => formatThaiDate(bangkokDay(at), { thaiDigits })
  const judged = sources
    .filter((s) => s.request.status !== 'rejected')
    .map((s) => {
      const r = s.request
      const publishedOn = r.publishedAt === null ? null : bangkokDay(r.publishedAt)
      const present = r.status === 'published' && publishedOn !== null && inPeriod(period, publishedOn)
      let description: string
      if (present && r.publishedAt !== null) description = TH.checklist.published(r.title, date(r.publishedAt))
      else if (r.status === 'withdrawn' && r.withdrawnAt !== null) description = TH.checklist.withdrawn(r.title, date(r.withdrawnAt))
      else if (r.status === 'published' && r.publishedAt !== null) description = TH.checklist.outside(r.title, date(r.publishedAt))
      else description = TH.checklist.notYet(r.title, r.status)
      const [link = '', ...others] = r.status === 'withdrawn' ? [] : s.urls
      if (others.length > 0) description += ` — ${TH.checklist.otherFiles(others)}`
      if (present && link === '') description += ` — ${TH.checklist.noLink}`
      return { r, present, link, description, sortKey: present ? `0${publishedOn ?? ''}` : `1${r.requestDate}` }
    })
    .sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.r.id - b.r.id))
  if (judged.length === 0) {
    return [{ moit: indicator.code, order: 1, evidence: indicator.title, present: false, link: '', description: TH.checklist.noRequests(indicator.title) }]
  }
  return judged.map((j, i) => ({ moit: indicator.code, order: i + 1, evidence: j.r.title, present: j.present, link: j.link, description: j.description }))
}

/** The cells of a row as text, in the column order of TH.checklist.columns. */
export function rowCells(row: ChecklistRow): [string, number, string, string, string, string] {
  return [row.moit, row.order, row.evidence, row.present ? TH.checklist.present : TH.checklist.absent, row.link, row.description]
}
