/**
 * The evidence pack's contents page as a document model, rendered by the app's own PDF pipeline
 * (Thai line breaking and marks drawn right): the office, the indicator, the period, then a table
 * with one row per part of each item — its memo, its document(s) and its form — and the page the
 * part starts on in the pack. The item's number, title and publication date stand on its first row.
 */
import type { Block, DocModel, ParagraphBlock } from '@shared/documents/model'
import type { EvidenceItem } from '@shared/domain/evidence-schemas'
import { formatThaiDate } from '@shared/thai'
import { applyDigits } from '../../documents/builders'
import { TH } from './evidence-text'

export interface ContentsInput {
  officeName: string
  indicatorCode: string
  indicatorTitle: string
  /** As printed (computed from the period's dates). */
  periodLabel: string
  items: readonly EvidenceItem[]
  totalPages: number
  today: string
  thaiDigits: boolean
}

const TABLE_PT = 14

export function contentsModel(input: ContentsInput): DocModel {
  const t = TH.contents
  const c = t.columns
  const rows: string[][] = []
  input.items.forEach((item, i) => {
    item.parts.forEach((part, j) => {
      const first = j === 0
      rows.push([
        first ? String(i + 1) : '',
        first ? item.title : '',
        first ? formatThaiDate(item.publishedOn, { style: 'short' }) : '',
        part.label,
        part.startPage === null ? t.notMerged : String(part.startPage)
      ])
    })
  })
  const parts = input.items.flatMap((item) => item.parts)
  const notes = [
    ...(parts.some((p) => p.kind === 'original-file') ? [t.noteOriginals] : []),
    ...(parts.some((p) => p.kind === 'image') ? [t.noteImages] : []),
    ...(input.items.some((item) => item.bookNo === null) ? [t.noteUnnumbered] : [])
  ]
  const centred = (text: string, bold: boolean, sizePt?: number): ParagraphBlock => ({
    type: 'paragraph',
    runs: [{ text, bold, ...(sizePt !== undefined ? { sizePt } : {}) }],
    align: 'center'
  })
  const small = (text: string, spaceBeforePt = 0): Block => ({ type: 'paragraph', runs: [{ text, sizePt: TABLE_PT }], align: 'left', spaceBeforePt })
  const blocks: Block[] = [
    centred(t.heading, true, 18),
    centred(input.officeName, true),
    centred(t.indicator(input.indicatorCode, input.indicatorTitle), false),
    { ...centred(t.period(input.periodLabel), false), spaceAfterPt: 10 },
    {
      type: 'table',
      columns: [
        { header: c.number, weight: 0.6, align: 'center' },
        { header: c.title, weight: 2.7 },
        { header: c.date, weight: 1.4, align: 'center' },
        { header: c.part, weight: 4.4 },
        { header: c.page, weight: 0.6, align: 'center' }
      ],
      rows,
      repeatHeader: true,
      sizePt: TABLE_PT
    },
    small(t.summary(input.items.length, input.totalPages), 8),
    ...notes.map((note) => small(`* ${note}`)),
    small(t.made(formatThaiDate(input.today)), 4)
  ]
  return applyDigits({
    // The model has no kind for a contents page, and the renderer does not read the kind: the
    // nearest one, a table of what was published, stands in.
    kind: 'quarterly-log',
    title: t.documentTitle(input.indicatorCode),
    page: { size: 'A4', marginsCm: { top: 2, right: 2, bottom: 2, left: 3 }, pageNumbers: 'continuation', thaiDigits: input.thaiDigits },
    bodySizePt: 16,
    blocks
  })
}
