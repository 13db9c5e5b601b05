/**
 * The head of a memo (บันทึกข้อความ): the Garuda floating at the top left of the first page, the
 * urgency stamp and the title, then ส่วนราชการ / ที่ + วันที่ / เรื่อง with their text on dotted
 * leaders. No border anywhere: the regulations want no rule under the head.
 */
import type { ImageRun, Paragraph, ParagraphChild, TabStopDefinition } from 'docx'
import type { LabeledField, MemoHeadBlock } from '@shared/documents/model'
import { alignment, cmToEmu, cmToTwips, plainRuns, ptToHalfPoints, runBase, THAI_LANGUAGE, type DocxContext } from './docx-context'
import { drawnSize, imageInfo } from './emblem-image'
import { loadDocx } from './load-docx'

const URGENCY_RED = 'FF0000'

/**
 * The Garuda floats at the page's top-left corner of the text area (the top margin is where the
 * regulations put it, about 1.5 cm from the edge), in front of the text: the title line beside it
 * is made as tall as the emblem, so nothing runs under it.
 */
function emblemRun(block: MemoHeadBlock, ctx: DocxContext): ImageRun | null {
  if (block.preprinted || block.emblem === null) return null
  const { HorizontalPositionRelativeFrom, ImageRun, TextWrappingType, VerticalPositionRelativeFrom } = loadDocx()
  const info = imageInfo(block.emblem)
  return new ImageRun({
    type: info.type,
    data: block.emblem,
    transformation: drawnSize(info, block.emblemHeightCm),
    altText: { name: 'ตราครุฑ', title: 'ตราครุฑ', description: 'ตราครุฑ' },
    floating: {
      horizontalPosition: { relative: HorizontalPositionRelativeFrom.PAGE, offset: cmToEmu(ctx.page.marginsCm.left) },
      verticalPosition: { relative: VerticalPositionRelativeFrom.PAGE, offset: cmToEmu(ctx.page.marginsCm.top) },
      wrap: { type: TextWrappingType.NONE },
      allowOverlap: true,
      lockAnchor: true,
      behindDocument: false
    }
  })
}

/** Each field's right edge in the row, in twips from the left margin. */
function fieldEnds(row: LabeledField[], textWidth: number): number[] {
  const given = row.reduce((sum, f) => sum + (f.widthFraction ?? 0), 0)
  const open = row.filter((f) => f.widthFraction === undefined).length
  const share = open > 0 ? Math.max(0, 1 - given) / open : 0
  let at = 0
  return row.map((f, i) => {
    at += f.widthFraction ?? share
    // The last field always reaches the right margin, whatever the fractions add up to.
    return i === row.length - 1 ? textWidth : Math.round(Math.min(at, 1) * textWidth)
  })
}

/**
 * One row of labeled fields. A field's text is followed by a tab whose leader draws the dots to the
 * end of the field's share of the line: a left tab stop where the next field starts (its label
 * begins exactly there, as the regulations' grid has it), and a right stop at the right margin for
 * the last field.
 */
function fieldRow(row: LabeledField[], block: MemoHeadBlock, ctx: DocxContext): Paragraph {
  const { LeaderType, Paragraph, Tab, TabStopType, TextRun } = loadDocx()
  const ends = fieldEnds(row, ctx.textWidthTwips)
  const tabStops: TabStopDefinition[] = ends.map((position, i) => ({
    type: i === ends.length - 1 ? TabStopType.RIGHT : TabStopType.LEFT,
    position,
    leader: LeaderType.DOT
  }))
  const children: ParagraphChild[] = []
  row.forEach((field, i) => {
    children.push(...plainRuns(ctx, field.label, block.labelSizePt, true))
    children.push(...plainRuns(ctx, ` ${field.text}`, ctx.bodySizePt))
    // <w:tab/>, not a tab character inside <w:t>, which Word need not read as a tab.
    children.push(new TextRun({ ...runBase(ctx, ctx.bodySizePt), children: [new Tab()] }))
  })
  return new Paragraph({ children, tabStops, keepNext: true, keepLines: true })
}

export function memoHead(block: MemoHeadBlock, ctx: DocxContext): Paragraph[] {
  const { LineRuleType, Paragraph, TextRun } = loadDocx()
  const emblem = emblemRun(block, ctx)
  const paragraphs: Paragraph[] = []
  const anchored = (children: ParagraphChild[]): ParagraphChild[] =>
    paragraphs.length === 0 && emblem ? [emblem, ...children] : children
  if (block.urgency) {
    const stamp = new TextRun({ ...runBase(ctx, block.labelSizePt), text: block.urgency, bold: true, color: URGENCY_RED })
    paragraphs.push(new Paragraph({ alignment: alignment('center'), keepNext: true, children: anchored([stamp]) }))
  }
  // Pre-printed paper: the title is left out but its line keeps the same height (its mark has the
  // title's size and the line at least the emblem's height), so the fields land where the paper
  // expects them.
  const title = block.preprinted ? [] : plainRuns(ctx, block.title, block.titleSizePt, true)
  paragraphs.push(
    new Paragraph({
      alignment: alignment('center'),
      keepNext: true,
      spacing: { line: cmToTwips(block.emblemHeightCm), lineRule: LineRuleType.AT_LEAST },
      run: { font: ctx.font, size: ptToHalfPoints(block.titleSizePt), bold: true, language: THAI_LANGUAGE },
      children: anchored(title)
    })
  )
  for (const row of block.rows) paragraphs.push(fieldRow(row, block, ctx))
  return paragraphs
}
