/**
 * The quarterly log (บันทึกรายงานผลการเผยแพร่ข้อมูลผ่านเว็บไซต์ เดือน … - …) as the seed's: the title
 * with the period's months and Buddhist-Era year(s) computed from the period, then the table
 * วัน เดือน ปี | เรื่อง | เอกสารแนบ | หมายเหตุ of every request published in the period (by its day
 * in Thailand, in date order), its header repeated on every page, and under it the signatures of
 * the webmaster who reports and the head who certifies.
 */
import type { Block, DocModel } from '@shared/documents/model'
import { inPeriod, periodLabel, type ReportPeriod } from '@shared/domain/report-period'
import type { PublishedItem } from '@shared/domain/report-schemas'
import type { Person } from '@shared/domain/schemas'
import { AppError } from '@shared/result'
import { formatThaiDate, type IsoDate } from '@shared/thai'
import { fill, type QuarterlyLogTemplate, type Variables } from '../templates'
import { checkDate, checkTemplate, type BuildContext } from './context'
import { applyDigits, convertDigits } from './digits'
import { TH } from './messages'
import { REPORT_TH } from './report-messages'
import { checkReportDate, periodValues } from './report-values'
import { commonValues, dateParts } from './values'

const BODY_PT = 16
/** Relative widths of the four columns: the subject takes half the line. */
const WEIGHTS = { date: 2.2, title: 6, attachments: 2, note: 2.2 } as const
const DOTS = { day: '........', month: '....................', year: '........' }

const DOCUMENT_KINDS = new Set(['pdf', 'doc', 'docx', 'xls', 'xlsx', 'zip', 'rar'])
const IMAGE_KINDS = new Set(['jpg', 'jpeg', 'png'])

export interface QuarterlyLogInput {
  period: ReportPeriod
  /** The date the log is made (its signatures' date). */
  date: IsoDate
  /** The requests published in the period, in the order they were published. */
  items: readonly PublishedItem[]
  /** A row's note by request id, printed instead of the request's own note. */
  notes?: Readonly<Record<string, string>>
  /** Who reports (a webmaster) and who certifies (the head). */
  reporter: Person
  head: Person
}

export interface LogRowText {
  requestId: number
  day: IsoDate
  date: string
  title: string
  attachments: string
  requestNote: string
  note: string
}

/** What the attachment column says: the kinds of the request's files in the template's words. */
export function attachmentText(item: Pick<PublishedItem, 'attachmentKinds' | 'hasExternalLink'>, words: QuarterlyLogTemplate['attachmentWords']): string {
  const docs = item.attachmentKinds.some((k) => DOCUMENT_KINDS.has(k))
  const images = item.attachmentKinds.some((k) => IMAGE_KINDS.has(k))
  if (docs && images) return words.both
  if (docs) return words.documents
  if (images) return words.images
  return item.hasExternalLink ? words.link : words.none
}

/**
 * The rows as they print (before the document's digits are applied). Refuses an item outside the
 * period and a note for a request that is not in the log: either means the screen and the
 * register no longer describe the same period.
 */
export function logRows(input: Pick<QuarterlyLogInput, 'period' | 'items' | 'notes'>, t: QuarterlyLogTemplate): LogRowText[] {
  const label = periodLabel(input.period)
  const ids = new Set(input.items.map((i) => String(i.requestId)))
  for (const key of Object.keys(input.notes ?? {})) {
    if (!ids.has(key)) throw new AppError('invalid-input', REPORT_TH.noteNotInLog(key, label))
  }
  return input.items.map((item) => {
    if (!inPeriod(input.period, item.day)) throw new AppError('invalid-input', REPORT_TH.itemOutsidePeriod(item.requestId, item.day, label))
    const edited = input.notes?.[String(item.requestId)]
    return {
      requestId: item.requestId,
      day: item.day,
      date: formatThaiDate(item.day, { style: t.dateStyle }),
      title: item.title,
      attachments: attachmentText(item, t.attachmentWords),
      requestNote: item.note,
      note: (edited ?? item.note).trim()
    }
  })
}

/** The rows with the document's digits, as the table shows them (what the report screen lists). */
export function printedRows(rows: readonly LogRowText[], thaiDigits: boolean): LogRowText[] {
  const f = (s: string) => convertDigits(s, thaiDigits)
  return rows.map((r) => ({ ...r, date: f(r.date), title: f(r.title), attachments: f(r.attachments), note: f(r.note) }))
}

export function buildQuarterlyLog(input: QuarterlyLogInput, ctx: BuildContext<'quarterly-log'>): DocModel {
  checkTemplate('quarterly-log', ctx)
  const t = ctx.template
  const date = checkDate(input.date, 'วันที่ของบันทึกรายงาน')
  checkReportDate(TH.docRef('quarterly-log'), input.period, date)
  const rows = logRows(input, t)
  const ref = `แม่แบบ${TH.docRef('quarterly-log')} (quarterly-log.json)`
  const values: Variables<'quarterly-log'> = {
    ...commonValues(ctx.office, input.head, date, input.period.fiscalYear),
    ...periodValues(input.period, rows.length, ctx.thaiDigits)
  }
  const f = (s: string) => fill(s, values, ref)
  const dateLine = (signed: IsoDate | null): string => {
    const p = signed === null ? DOTS : dateParts(signed)
    return fill(t.signatureDateLine, { ...values, 'sign.day': p.day, 'sign.month': p.month, 'sign.year': p.year }, ref)
  }
  const titles = t.titleLines.map(f)
  const blocks: Block[] = [
    ...titles.map(
      (text, i): Block => ({ type: 'paragraph', runs: [{ text, bold: true }], align: 'center', ...(i === titles.length - 1 ? { spaceAfterPt: 8 } : {}) })
    ),
    {
      type: 'table',
      columns: [
        { header: t.columns.date, weight: WEIGHTS.date, align: 'center' },
        { header: t.columns.title, weight: WEIGHTS.title, align: 'left' },
        { header: t.columns.attachments, weight: WEIGHTS.attachments, align: 'center' },
        { header: t.columns.note, weight: WEIGHTS.note, align: 'left' }
      ],
      rows: rows.length === 0 ? [['-', t.emptyRow, '-', '-']] : rows.map((r) => [r.date, r.title, r.attachments, r.note]),
      repeatHeader: true
    },
    { type: 'spacer', heightPt: 18 },
    {
      type: 'signature-grid',
      columns: 2,
      items: [
        { caption: t.signatures.reporter, signatureLines: 2, name: input.reporter.displayName, positionLines: [...input.reporter.positionLines], dateLine: dateLine(date) },
        { caption: t.signatures.certifier, signatureLines: 2, name: input.head.displayName, positionLines: [...input.head.positionLines], dateLine: dateLine(null) }
      ]
    }
  ]
  return applyDigits({
    kind: 'quarterly-log',
    title: titles.join(' '),
    page: { size: 'A4', marginsCm: { top: 2, right: 2, bottom: 2, left: 3 }, pageNumbers: 'continuation', thaiDigits: ctx.thaiDigits },
    bodySizePt: BODY_PT,
    blocks
  })
}
