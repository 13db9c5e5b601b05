/**
 * The head of a memo (บันทึกข้อความ) as the official template lays it out: the Garuda 1.5 cm high at
 * the top-left corner of the text area, the title bold 29 pt centred on the text width with its
 * baseline near the emblem's foot, an urgency stamp in red above the title, then the rows of
 * labeled fields, each text written over a dotted leader that runs to the end of its cell. No rule
 * under the head.
 */
import type { Content, ContentStack } from 'pdfmake/interfaces'
import type { LabeledField, MemoHeadBlock } from '@shared/documents/model'
import { breakFieldText } from './field-lines'
import { cm, type RenderContext } from './pdf-context'
import { emblemDataUrl } from './pdf-checks'

/** The regulations: the urgency stamp in red letters no smaller than 32 pt. */
const URGENCY_SIZE_PT = 32
const URGENCY_RED = '#E00000'
/** How far the title's baseline sits above the emblem's foot: Thai letters have no descent but ุ ู. */
const TITLE_RAISE_EM = 0.1
/** Dotted leader: dots of this size, this far apart, this far under the baseline. */
const DOT = { size: 0.6, space: 1.6, drop: 1.5 }
/** Gap left between a field's leader and the label of the next field in the same row. */
const FIELD_GAP_PT = 6

export const EMBLEM_IMAGE = 'emblem'

function leader(x1: number, x2: number, y: number): Content {
  return {
    canvas: [{ type: 'line', x1, y1: y, x2, y2: y, lineWidth: DOT.size, dash: { length: DOT.size, space: DOT.space } }],
    relativePosition: { x: 0, y: 0 }
  }
}

function fieldLines(field: LabeledField, width: number, labelSizePt: number, ctx: RenderContext): Content[] {
  const body = ctx.bodySizePt
  const labelWidth = ctx.width(field.label, labelSizePt, true)
  const space = ctx.width(' ', body)
  const textStart = labelWidth + space
  const lines = breakFieldText(field.text, width - textStart, width, (text) => ctx.width(text, body))
  return lines.map((line, i): Content => {
    const text = { text: line, fontSize: ctx.size(body) }
    if (i > 0) return { stack: [leader(0, width, ctx.ascenderPt(body) + DOT.drop), { text: [text] }] }
    const label = { text: field.label, bold: true, fontSize: ctx.size(labelSizePt) }
    const baseline = Math.max(ctx.ascenderPt(labelSizePt), ctx.ascenderPt(body))
    return { stack: [leader(textStart - space / 2, width, baseline + DOT.drop), { text: [label, { ...text, text: ` ${line}` }] }] }
  })
}

function fieldRow(fields: LabeledField[], labelSizePt: number, ctx: RenderContext): Content {
  const widths = fields.map((field) => (field.widthFraction ?? 1 / fields.length) * ctx.textWidth)
  return {
    columnGap: 0,
    columns: fields.map((field, i) => {
      const width = widths[i]!
      const leaderWidth = width - (i < fields.length - 1 ? FIELD_GAP_PT : 0)
      return { width, stack: fieldLines(field, leaderWidth, labelSizePt, ctx) }
    })
  }
}

/** The emblem and title band: its height is kept on pre-printed paper, where nothing is drawn. */
function band(block: MemoHeadBlock, ctx: RenderContext, images: Record<string, string>): Content[] {
  const emblemHeight = cm(block.emblemHeightCm)
  const titleSize = ctx.size(block.titleSizePt)
  const titleTop = Math.max(0, emblemHeight - ctx.ascenderPt(block.titleSizePt) - TITLE_RAISE_EM * titleSize)
  const parts: Content[] = []
  if (block.emblem && !block.preprinted) {
    images[EMBLEM_IMAGE] = emblemDataUrl(block.emblem)
    parts.push({ image: EMBLEM_IMAGE, height: emblemHeight, relativePosition: { x: 0, y: 0 } })
  }
  if (block.urgency) {
    // Its ุ and ู (0.25 em under its baseline) clear the title's tone marks (0.95 em over its baseline).
    const titleMarksTop = titleTop + ctx.ascenderPt(block.titleSizePt) - 0.95 * titleSize
    const urgencyTop = titleMarksTop - 0.25 * ctx.size(URGENCY_SIZE_PT) - ctx.ascenderPt(URGENCY_SIZE_PT)
    parts.push({
      text: block.urgency,
      bold: true,
      color: URGENCY_RED,
      fontSize: ctx.size(URGENCY_SIZE_PT),
      alignment: 'center',
      relativePosition: { x: 0, y: urgencyTop }
    })
  }
  if (block.preprinted) parts.push({ canvas: [], margin: [0, titleTop + ctx.lineHeightPt(block.titleSizePt), 0, 0] })
  else parts.push({ text: block.title, bold: true, fontSize: titleSize, alignment: 'center', margin: [0, titleTop, 0, 0] })
  return parts
}

export function memoHead(block: MemoHeadBlock, ctx: RenderContext, images: Record<string, string>): ContentStack {
  return { stack: [...band(block, ctx, images), ...block.rows.map((row) => fieldRow(row, block.labelSizePt, ctx))] }
}
