/**
 * An image block (the announcement's Garuda) as a paragraph of its own holding the picture inline,
 * aligned as the block says, `heightCm` high with its proportions kept (no wider than the text).
 * With no bytes (pre-printed paper) the paragraph is an empty line of exactly that height.
 */
import type { Paragraph } from 'docx'
import type { ImageBlock } from '@shared/documents/model'
import { alignment, cmToTwips, ptToHalfPoints, ptToTwips, THAI_LANGUAGE, type DocxContext } from './docx-context'
import { drawnSize, imageInfo } from './emblem-image'
import { loadDocx } from './load-docx'

/** EMU per twip: 914400 per inch over 1440. */
const EMU_PER_TWIP = 635

/**
 * The paragraph style of a picture's paragraph: its text (the picture's run, which the docx package
 * gives no run properties, and the paragraph mark) 1 pt. An inline picture stands on the baseline
 * with the line's font descent under it, a few points at 16 pt; at 1 pt the line is the picture's
 * height (measured in LibreOffice: the same as the empty line of pre-printed paper).
 */
export const PICTURE_STYLE_ID = 'PublishDeskPicture'
export const PICTURE_TEXT_PT = 1

export function pictureStyle(font: string) {
  return {
    id: PICTURE_STYLE_ID,
    name: 'Picture',
    basedOn: 'Normal',
    run: { font, size: ptToHalfPoints(PICTURE_TEXT_PT), language: THAI_LANGUAGE }
  }
}

export function imageBlock(block: ImageBlock, ctx: DocxContext): Paragraph {
  const { ImageRun, LineRuleType, Paragraph } = loadDocx()
  const after = ptToTwips(block.spaceAfterPt ?? 0)
  const run = { font: ctx.font, size: ptToHalfPoints(PICTURE_TEXT_PT), language: THAI_LANGUAGE }
  if (block.bytes === null) {
    return new Paragraph({ style: PICTURE_STYLE_ID, run, spacing: { line: cmToTwips(block.heightCm), lineRule: LineRuleType.EXACT, after } })
  }
  const info = imageInfo(block.bytes)
  const name = block.altText ?? 'ภาพ'
  return new Paragraph({
    style: PICTURE_STYLE_ID,
    alignment: alignment(block.align === 'justify' ? 'left' : block.align),
    run,
    spacing: { after },
    children: [
      new ImageRun({
        type: info.type,
        data: block.bytes,
        transformation: drawnSize(info, block.heightCm, ctx.textWidthTwips * EMU_PER_TWIP),
        altText: { name, title: name, description: name }
      })
    ]
  })
}
