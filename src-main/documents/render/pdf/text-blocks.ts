/** Paragraphs, tables and spacers of the model as pdfmake content. */
import type { Content, ContentTable, ContentText, TableCell } from 'pdfmake/interfaces'
import type { ParagraphBlock, TableBlock } from '@shared/documents/model'
import { cm, type RenderContext } from './pdf-context'

/** Thin black rules of a table, and the room inside its cells. */
const RULE_PT = 0.5
const CELL_PADDING = { x: 4, y: 1 }

export function paragraph(block: ParagraphBlock, ctx: RenderContext): ContentText {
  return {
    text: block.runs.map((run) => ({
      text: run.text,
      bold: run.bold === true,
      fontSize: ctx.size(run.sizePt ?? ctx.bodySizePt),
      ...(run.color ? { color: run.color } : {}),
      ...(run.underline ? { decoration: 'underline' as const } : {})
    })),
    // 'justify' is Thai justification: thai-justify.ts spreads the spare width between characters.
    alignment: block.align,
    leadingIndent: cm(block.firstLineIndentCm ?? 0),
    margin: [cm(block.indentLeftCm ?? 0), block.spaceBeforePt ?? 0, 0, block.spaceAfterPt ?? 0]
  }
}

export function spacer(heightPt: number): Content {
  return { canvas: [], margin: [0, heightPt, 0, 0] }
}

/**
 * A bordered table across the text width: the columns share it by weight, the header is bold and
 * centred (and repeated on each page when asked), rows are not split across pages.
 */
export function table(block: TableBlock, ctx: RenderContext): ContentTable {
  const fontSize = ctx.size(block.sizePt ?? ctx.bodySizePt)
  const columns = block.columns.length
  // pdfmake's widths exclude the cell padding and the rules.
  const inner = ctx.textWidth - columns * 2 * CELL_PADDING.x - (columns + 1) * RULE_PT
  const weights = block.columns.reduce((sum, column) => sum + column.weight, 0)
  const header: TableCell[] = block.columns.map((column) => ({ text: column.header, bold: true, alignment: 'center', fontSize }))
  const body: TableCell[][] = block.rows.map((row) =>
    block.columns.map((column, i) => ({ text: row[i] ?? '', alignment: column.align ?? 'left', fontSize }))
  )
  return {
    table: {
      headerRows: block.repeatHeader ? 1 : 0,
      dontBreakRows: true,
      widths: block.columns.map((column) => (inner * column.weight) / weights),
      body: [header, ...body]
    },
    layout: {
      hLineWidth: () => RULE_PT,
      vLineWidth: () => RULE_PT,
      hLineColor: () => '#000000',
      vLineColor: () => '#000000',
      paddingLeft: () => CELL_PADDING.x,
      paddingRight: () => CELL_PADDING.x,
      paddingTop: () => CELL_PADDING.y,
      paddingBottom: () => CELL_PADDING.y
    }
  }
}
