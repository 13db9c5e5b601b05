/**
 * A bordered table over the text width: columns share it by weight (fixed layout, so Word does not
 * resize them to their content), the header row is bold and repeats on every page, and a row is
 * never split across two pages.
 */
import type { Table, TableCell } from 'docx'
import type { Alignment, TableBlock } from '@shared/documents/model'
import { alignment, plainRuns, ptToHalfPoints, THAI_LANGUAGE, type DocxContext } from './docx-context'
import { loadDocx } from './load-docx'

/** Cell padding: 0.1 cm on the sides keeps Thai text off the rules without wasting the narrow columns. */
const CELL_MARGIN = { left: 57, right: 57, top: 0, bottom: 0 }

/** Column widths in twips from the weights; rounding goes to the last column so the sum is exact. */
export function columnWidths(weights: number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  const widths = weights.map((w) => Math.floor((w / sum) * total))
  const used = widths.reduce((a, b) => a + b, 0)
  widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + (total - used)
  return widths
}

function cell(text: string, width: number, align: Alignment | undefined, sizePt: number, bold: boolean, ctx: DocxContext): TableCell {
  const { Paragraph, TableCell, VerticalAlignTable, WidthType } = loadDocx()
  // "\n" separates lines of a cell: each line is its own paragraph.
  const children = text.split('\n').map(
    (line) =>
      new Paragraph({
        alignment: alignment(align),
        run: { font: ctx.font, size: ptToHalfPoints(sizePt), language: THAI_LANGUAGE },
        children: line === '' ? [] : plainRuns(ctx, line, sizePt, bold)
      })
  )
  return new TableCell({ width: { size: width, type: WidthType.DXA }, margins: CELL_MARGIN, verticalAlign: VerticalAlignTable.TOP, children })
}

export function table(block: TableBlock, ctx: DocxContext): Table {
  const { BorderStyle, Table, TableLayoutType, TableRow, WidthType } = loadDocx()
  const rule = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
  const sizePt = block.sizePt ?? ctx.bodySizePt
  const widths = columnWidths(block.columns.map((c) => c.weight), ctx.textWidthTwips)
  const header = new TableRow({
    tableHeader: block.repeatHeader,
    cantSplit: true,
    children: block.columns.map((c, i) => cell(c.header, widths[i] as number, 'center', sizePt, true, ctx))
  })
  const rows = block.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: block.columns.map((c, i) => cell(row[i] ?? '', widths[i] as number, c.align, sizePt, false, ctx))
      })
  )
  return new Table({
    rows: [header, ...rows],
    width: { size: ctx.textWidthTwips, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: rule, bottom: rule, left: rule, right: rule, insideHorizontal: rule, insideVertical: rule }
  })
}
