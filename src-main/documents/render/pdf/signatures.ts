/**
 * Signature blocks: space for the wet signature, "(name)", the position lines, centred on the
 * centre line of a half (or of the whole) text width; the request form's grid of them; and the
 * head's decision with a box to tick per option. Each is kept whole on one page.
 */
import type { Column, Content, ContentStack } from 'pdfmake/interfaces'
import type { DecisionBlock, SignatureBlock, SignatureGridBlock } from '@shared/documents/model'
import { cm, type RenderContext } from './pdf-context'

type Position = SignatureBlock['position']
type SignatureLines = Omit<SignatureBlock, 'type' | 'position'>

/** Decision boxes: as tall as a Thai consonant with its head (Sarabun's cap height, 0.7 em). */
const BOX_EM = 0.7
const BOX_GAP_EM = 0.4
/** Between two options of a decision. */
const OPTION_GAP_CM = 1

function centredLine(text: string, ctx: RenderContext): Content {
  return { text, alignment: 'center', fontSize: ctx.size(ctx.bodySizePt) }
}

function blankLines(count: number, ctx: RenderContext): Content {
  return { canvas: [], margin: [0, count * ctx.lineHeightPt(ctx.bodySizePt), 0, 0] }
}

/** The lines of one signature, centred in whatever width holds them. */
function signatureStack(item: SignatureLines, ctx: RenderContext): Content[] {
  return [
    ...(item.caption ? [centredLine(item.caption, ctx)] : []),
    blankLines(item.signatureLines, ctx),
    centredLine(`(${item.name})`, ctx),
    ...item.positionLines.map((line) => centredLine(line, ctx)),
    ...(item.dateLine ? [centredLine(item.dateLine, ctx)] : [])
  ]
}

/** Margins that put a stack's centre on the position's centre line. */
function placed(position: Position, ctx: RenderContext): [number, number, number, number] {
  const half = ctx.textWidth / 2
  if (position === 'right-half') return [half, 0, 0, 0]
  if (position === 'left-half') return [0, 0, half, 0]
  return [0, 0, 0, 0]
}

export function signature(block: SignatureBlock, ctx: RenderContext): ContentStack {
  return { stack: signatureStack(block, ctx), margin: placed(block.position, ctx), unbreakable: true }
}

export function signatureGrid(block: SignatureGridBlock, ctx: RenderContext): Content {
  const cell = ctx.textWidth / block.columns
  const rows: Content[] = []
  for (let start = 0; start < block.items.length; start += block.columns) {
    const items = block.items.slice(start, start + block.columns)
    // A short last row is centred under the full ones.
    const indent = ((block.columns - items.length) * cell) / 2
    rows.push({
      columnGap: 0,
      columns: items.map((item) => ({ width: cell, stack: signatureStack(item, ctx) })),
      margin: [indent, start === 0 ? 0 : ctx.lineHeightPt(ctx.bodySizePt) / 2, 0, 0],
      unbreakable: true
    })
  }
  return { stack: rows }
}

/** An option with its box; the box drawn, not a glyph: Sarabun has no U+2610. */
function option(text: string, ctx: RenderContext): { width: number; content: Column } {
  const size = ctx.size(ctx.bodySizePt)
  const box = BOX_EM * size
  const offset = box + BOX_GAP_EM * size
  const baseline = ctx.ascenderPt(ctx.bodySizePt)
  const square: Content = {
    canvas: [{ type: 'rect', x: 0.3, y: baseline - box, w: box, h: box, lineWidth: 0.6 }],
    relativePosition: { x: 0, y: 0 }
  }
  // A point to spare: pdfmake wraps a text whose width equals its column's, give or take rounding.
  const width = offset + ctx.width(text, ctx.bodySizePt) + 1
  return { width, content: { width, stack: [square, { text, fontSize: size, margin: [offset, 0, 0, 0] }] } }
}

export function decision(block: DecisionBlock, ctx: RenderContext): ContentStack {
  const margin = placed(block.position, ctx)
  const area = ctx.textWidth - margin[0] - margin[2]
  const options = block.options.map((text) => option(text, ctx))
  const gap = cm(OPTION_GAP_CM)
  const total = options.reduce((sum, o) => sum + o.width, 0) + gap * (options.length - 1)
  const lead = Math.max(0, (area - total) / 2)
  const spacer = (width: number): Column => ({ width, text: '' })
  const columns = options.flatMap((o, i) => [spacer(i === 0 ? lead : gap), o.content])
  const row: Content = { columnGap: 0, columns }
  return {
    stack: [
      row,
      ...signatureStack({ signatureLines: block.signatureLines, name: block.signer.name, positionLines: block.signer.positionLines, dateLine: block.dateLine }, ctx)
    ],
    // Half a line apart from the signature above it.
    margin: [margin[0], ctx.lineHeightPt(ctx.bodySizePt) / 2, margin[2], 0],
    unbreakable: true
  }
}
