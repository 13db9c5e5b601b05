/**
 * The yearly announcement (ประกาศ … เรื่อง แนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน)
 * with the standard framework text of the template, filled with the office, its head, its
 * webmasters' unit and the year, signed by the head.
 *
 * The title names the fiscal year ("ประจำปีงบประมาณ {fy}") and the date must fall in that fiscal
 * year or the quarter before it. The announcement governs a fiscal year and is usually signed on
 * or before 1 October — in the previous Buddhist-Era year — so a title "พ.ศ. {fy}" would disagree
 * with its own signing date (the seed's ๒๕๖๔ announcement is signed ๑ ตุลาคม ๒๕๖๓), and a title
 * "พ.ศ. {year signed}" would read as last year's. An office that wants "พ.ศ." writes {date.year}
 * in its template: the year then always agrees with the date, which proofing checks.
 *
 * It opens with the office's Garuda, 3 cm high and centred, at the top margin (ANNOUNCEMENT_PAGE /
 * ANNOUNCEMENT_SIZES); on pre-printed paper its space is kept empty.
 */
import { ANNOUNCEMENT_PAGE, ANNOUNCEMENT_SIZES, type Block, type DocModel, type ImageBlock } from '@shared/documents/model'
import type { Person } from '@shared/domain/schemas'
import type { IsoDate } from '@shared/thai'
import { fill, type Variables } from '../templates'
import { checkDate, checkFiscalYear, checkTemplate, firstWebmaster, type BuildContext } from './context'
import { applyDigits } from './digits'
import { TH } from './messages'
import { commonValues } from './values'

export interface AnnouncementInput {
  fy: number
  /** The signing date ("ประกาศ ณ วันที่ …"). */
  date: IsoDate
  head: Person
}

/** First-line indent by level: paragraphs and "๑." at the paragraph indent, sub-items further in. */
const INDENT_CM = [2.5, 2.5, 3.5, 4.5] as const

export function buildAnnouncement(input: AnnouncementInput, ctx: BuildContext<'announcement'>): DocModel {
  checkTemplate('announcement', ctx)
  const t = ctx.template
  const date = checkDate(input.date, 'วันที่ลงนามประกาศ')
  const fy = checkFiscalYear('announcement', input.fy, date, 'plan')
  const ref = `แม่แบบ${TH.docRef('announcement')} (announcement.json)`
  const values: Variables<'announcement'> = {
    ...commonValues(ctx.office, input.head, date, fy),
    'webmaster.unit': firstWebmaster(ctx.people)?.unit ?? '',
    'office.maxAttachmentMb': String(ctx.office.maxAttachmentMb)
  }
  const f = (s: string) => fill(s, values, ref)
  const titles = t.titleLines.map(f)

  const garuda: ImageBlock = {
    type: 'image',
    bytes: ctx.preprinted ? null : ctx.emblem,
    heightCm: ANNOUNCEMENT_SIZES.emblemHeightCm,
    align: 'center',
    spaceAfterPt: ANNOUNCEMENT_SIZES.emblemSpaceAfterPt,
    altText: 'ตราครุฑ'
  }
  const blocks: Block[] = [
    garuda,
    ...titles.map((text): Block => ({ type: 'paragraph', runs: [{ text, bold: true }], align: 'center' })),
    ...t.subtitleLines.map((line): Block => ({ type: 'paragraph', runs: [{ text: f(line) }], align: 'center' })),
    ...(t.separator === '' ? [] : [{ type: 'paragraph', runs: [{ text: t.separator }], align: 'center', spaceAfterPt: 6 } satisfies Block]),
    ...t.paragraphs.map(
      (p): Block => ({
        type: 'paragraph',
        runs: [{ text: f(p.text) }],
        align: 'justify',
        firstLineIndentCm: INDENT_CM[p.level] ?? 2.5,
        spaceBeforePt: p.level <= 1 ? 6 : 0
      })
    ),
    { type: 'paragraph', runs: [{ text: f(t.signedLine) }], align: 'left', indentLeftCm: 4.5, spaceBeforePt: 18 },
    { type: 'signature', signatureLines: 3, name: input.head.displayName, positionLines: [...input.head.positionLines], position: 'right-half' }
  ]
  return applyDigits({
    kind: 'announcement',
    title: titles.join(' '),
    page: { ...ANNOUNCEMENT_PAGE, thaiDigits: ctx.thaiDigits },
    bodySizePt: ANNOUNCEMENT_SIZES.body,
    blocks
  })
}
