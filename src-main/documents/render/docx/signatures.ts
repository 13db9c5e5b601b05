/**
 * Signature blocks and the head's decision: lines centred on the right (or left) half of the text
 * width, kept together on one page so that a name never lands on the page after its signature space.
 */
import type { IParagraphOptions, Paragraph, Table, TableRow } from 'docx'
import type { DecisionBlock, SignatureBlock, SignatureGridBlock } from '@shared/documents/model'
import { alignment, plainRuns, ptToHalfPoints, ptToTwips, THAI_LANGUAGE, type DocxContext } from './docx-context'
import { loadDocx } from './load-docx'

type Position = SignatureBlock['position']
type SignatureLines = Omit<SignatureBlock, 'type' | 'position'>

/** ☐ (U+2610), a box to tick in front of each option. */
export const TICK_BOX = '\u2610'
/** Between options on the decision line. */
const OPTION_GAP = '    '

/** A centred half: the left (or right) indent is half the text width. */
function halfIndent(position: Position, ctx: DocxContext): IParagraphOptions['indent'] {
  const half = Math.round(ctx.textWidthTwips / 2)
  if (position === 'right-half') return { left: half }
  if (position === 'left-half') return { right: half }
  return undefined
}

/**
 * Paragraphs for `lines` (null is a blank line for the wet signature), each kept with the next and
 * whole, so the block moves to the next page as one piece.
 */
function blockParagraphs(lines: (string | null)[], ctx: DocxContext, base: IParagraphOptions, firstSpaceBeforePt = 0): Paragraph[] {
  const { Paragraph } = loadDocx()
  return lines.map(
    (line, i) =>
      new Paragraph({
        ...base,
        alignment: alignment('center'),
        keepLines: true,
        keepNext: i < lines.length - 1,
        // Blank lines keep the body size through their paragraph mark.
        run: { font: ctx.font, size: ptToHalfPoints(ctx.bodySizePt), language: THAI_LANGUAGE },
        ...(i === 0 && firstSpaceBeforePt > 0 ? { spacing: { before: ptToTwips(firstSpaceBeforePt) } } : {}),
        children: line === null ? [] : plainRuns(ctx, line, ctx.bodySizePt)
      })
  )
}

function signatureLines(item: SignatureLines): (string | null)[] {
  return [
    ...(item.caption !== undefined ? [item.caption] : []),
    ...Array.from({ length: item.signatureLines }, () => null),
    `(${item.name})`,
    ...item.positionLines,
    ...(item.dateLine !== undefined ? [item.dateLine] : [])
  ]
}

export function signature(block: SignatureBlock, ctx: DocxContext): Paragraph[] {
  return blockParagraphs(signatureLines(block), ctx, { indent: halfIndent(block.position, ctx) })
}

/**
 * The head's decision: the options on one line, each after a box to tick, then the signature space,
 * the name, the position and the date line. One body line of space sets it apart from the signature
 * above it.
 */
export function decision(block: DecisionBlock, ctx: DocxContext): Paragraph[] {
  const options = block.options.map((option) => `${TICK_BOX} ${option}`).join(OPTION_GAP)
  const lines = [options, ...signatureLines({ signatureLines: block.signatureLines, name: block.signer.name, positionLines: block.signer.positionLines, dateLine: block.dateLine })]
  return blockParagraphs(lines, ctx, { indent: halfIndent(block.position, ctx) }, ctx.bodySizePt)
}

/** Signatures side by side: a borderless table, `columns` to a row, filled row by row. */
export function signatureGrid(block: SignatureGridBlock, ctx: DocxContext): Table {
  const { BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } = loadDocx()
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
  const width = Math.floor(ctx.textWidthTwips / block.columns)
  const rows: TableRow[] = []
  for (let start = 0; start < block.items.length; start += block.columns) {
    const cells = Array.from({ length: block.columns }, (_, c) => {
      const item = block.items[start + c]
      return new TableCell({
        width: { size: width, type: WidthType.DXA },
        borders: { top: none, bottom: none, left: none, right: none },
        // Rows after the first start one body line lower, so a caption does not touch the date line above it.
        children: item ? blockParagraphs(signatureLines(item), ctx, {}, start > 0 ? ctx.bodySizePt : 0) : [new Paragraph({})]
      })
    })
    rows.push(new TableRow({ cantSplit: true, children: cells }))
  }
  return new Table({
    rows,
    width: { size: width * block.columns, type: WidthType.DXA },
    columnWidths: Array.from({ length: block.columns }, () => width),
    layout: TableLayoutType.FIXED,
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none }
  })
}
