/**
 * The memo (บันทึกข้อความ) every memo kind shares: the head with its labeled rows, the salutation,
 * the body sections (the template's default text or the user's), the closing line, the signer's
 * block and the head's decision. Layout values come from MEMO_PAGE / MEMO_SIZES (domain.md).
 */
import { MEMO_PAGE, MEMO_SIZES, type Block, type DocModel, type ParagraphBlock } from '@shared/documents/model'
import type { Person } from '@shared/domain/schemas'
import { AppError } from '@shared/result'
import { formatThaiDate, type IsoDate } from '@shared/thai'
import { fill, listVariableOf, placeholderProblem, variablesFor, type MemoKind, type MemoTemplate } from '../templates'
import { checkTemplate, type BuildContext } from './context'
import { applyDigits } from './digits'
import { TH } from './messages'

/** Paragraph spacing: one blank line's worth (6 pt) before each, as the typing guide allows. */
const GAP_PT = 6

export interface MemoSectionText {
  key: string
  heading: string | null
  /** The default text: one paragraph per line, placeholders not yet filled. */
  text: string
}

/** The editable sections of a memo template with their default text, for the section editor. */
export function defaultSections(template: MemoTemplate): MemoSectionText[] {
  return template.sections.map((s) => ({ key: s.key, heading: s.heading, text: s.paragraphs.join('\n') }))
}

export interface MemoParts {
  date: IsoDate
  bookNo: string
  from: Person
  head: Person
  /** The user's text per section key; a section left out keeps the template's text. */
  sections: Record<string, string> | undefined
  values: Readonly<Record<string, string>>
  /** Items of the list variables ({requests.titles}): one numbered paragraph each. */
  lists: Readonly<Record<string, readonly string[]>>
  /** A list variable's line when it has no items (nothing published in a quarter); absent: refused. */
  emptyLists?: Readonly<Record<string, string>>
}

export function bodyParagraph(text: string, extra: Partial<ParagraphBlock> = {}): ParagraphBlock {
  return {
    type: 'paragraph',
    runs: [{ text }],
    align: 'justify',
    firstLineIndentCm: MEMO_SIZES.firstLineIndentCm,
    spaceBeforePt: GAP_PT,
    ...extra
  }
}

function checkSectionKeys(kind: MemoKind, template: MemoTemplate, sections: Record<string, string> | undefined): void {
  if (!sections) return
  const valid = template.sections.map((s) => TH.sectionLabel(s.key, s.heading)).join(', ')
  for (const key of Object.keys(sections)) {
    if (!template.sections.some((s) => s.key === key)) throw new AppError('invalid-input', TH.unknownSection(kind, key, valid))
  }
}

/** The paragraphs of one section, filled: list lines become one numbered paragraph per item. */
function sectionParagraphs(kind: MemoKind, text: string, label: string, parts: MemoParts, edited: boolean): string[] {
  const ref = edited ? `ข้อความส่วน ${label} ของ${TH.docRef(kind)}` : `แม่แบบ${TH.docRef(kind)} (${kind}.json) ส่วน ${label}`
  const allowed = variablesFor(kind, 'sections')
  const out: string[] = []
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (line === '') continue
    const problem = placeholderProblem(line, allowed)
    if (problem) throw new AppError('invalid-input', TH.sectionProblem(kind, label, problem))
    const list = listVariableOf(line)
    if (list !== null) {
      const items = parts.lists[list] ?? []
      const empty = parts.emptyLists?.[list]
      if (items.length === 0 && empty !== undefined) out.push(fill(empty, parts.values, ref))
      else if (items.length === 0) throw new AppError('invalid-input', `${ref}: ${TH.noRequests}`)
      items.forEach((item, i) => out.push(`${i + 1}. ${item}`))
    } else {
      out.push(fill(line, parts.values, ref))
    }
  }
  return out
}

export function buildMemo(kind: MemoKind, parts: MemoParts, ctx: BuildContext<MemoKind>): DocModel {
  checkTemplate(kind, ctx)
  const t = ctx.template
  checkSectionKeys(kind, t, parts.sections)
  const ref = `แม่แบบ${TH.docRef(kind)} (${kind}.json)`
  const f = (s: string) => fill(s, parts.values, ref)
  const subject = f(t.subject)

  const body: Block[] = []
  for (const s of t.sections) {
    const userText = parts.sections?.[s.key]
    const label = TH.sectionLabel(s.key, s.heading)
    const paragraphs = sectionParagraphs(kind, userText ?? s.paragraphs.join('\n'), label, parts, userText !== undefined)
    if (paragraphs.length === 0) continue
    if (s.heading !== null) {
      const heading = f(s.heading)
      body.push(bodyParagraph(heading, { runs: [{ text: heading, bold: true }], align: 'left', keepWithNext: true }))
    }
    body.push(...paragraphs.map((p) => bodyParagraph(p)))
  }
  if (body.length === 0) throw new AppError('invalid-input', TH.allSectionsEmpty(kind))

  const phone = ctx.office.phone.trim()
  const unitLine = phone === '' ? ctx.office.unitLine : `${ctx.office.unitLine} โทร. ${phone}`
  const blocks: Block[] = [
    {
      type: 'memo-head',
      emblem: ctx.preprinted ? null : ctx.emblem,
      emblemHeightCm: MEMO_SIZES.emblemHeightCm,
      preprinted: ctx.preprinted,
      title: 'บันทึกข้อความ',
      titleSizePt: MEMO_SIZES.title,
      labelSizePt: MEMO_SIZES.label,
      urgency: ctx.urgency,
      rows: [
        [{ label: 'ส่วนราชการ', text: unitLine }],
        [
          { label: 'ที่', text: parts.bookNo.trim(), widthFraction: 0.5 },
          { label: 'วันที่', text: formatThaiDate(parts.date), widthFraction: 0.5 }
        ],
        [{ label: 'เรื่อง', text: subject }]
      ]
    },
    { type: 'paragraph', runs: [{ text: f(t.salutation) }], align: 'left', spaceBeforePt: GAP_PT },
    ...body,
    bodyParagraph(f(t.closing), { align: 'left' }),
    { type: 'signature', signatureLines: 3, name: parts.from.displayName, positionLines: [...parts.from.positionLines], position: 'right-half' },
    {
      type: 'decision',
      options: t.decision.options.map(f),
      signer: { name: parts.head.displayName, positionLines: [...parts.head.positionLines] },
      signatureLines: 3,
      dateLine: f(t.decision.dateLine),
      position: 'right-half'
    }
  ]
  return applyDigits({
    kind,
    title: subject,
    page: { ...MEMO_PAGE, marginsCm: { ...MEMO_PAGE.marginsCm }, thaiDigits: ctx.thaiDigits },
    bodySizePt: MEMO_SIZES.body,
    blocks
  })
}
