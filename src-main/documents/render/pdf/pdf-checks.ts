/**
 * What the renderer refuses before drawing anything: a character the font cannot draw (it would
 * print as a box) and an emblem that is neither PNG nor JPEG. Each refusal is an AppError with a
 * Thai message saying what to fix.
 */
import { AppError } from '@shared/result'
import type { Block, DocModel } from '@shared/documents/model'
import { findMissingGlyphs, missingGlyphsMessage, type PdfFontFamily } from '../../pdf/thai-pdfmake'

export const renderPdfMessages = {
  emblemNotImage:
    'ภาพตราครุฑที่ตั้งไว้ไม่ใช่ไฟล์ภาพ PNG หรือ JPEG — เลือกภาพตราครุฑใหม่ (.png หรือ .jpg) ในการตั้งค่าสำนักงาน แล้วลองอีกครั้ง'
} as const

/** The emblem (or an image block's picture) as a data URL pdfmake embeds; refuses bytes that are not a PNG or a JPEG. */
export function emblemDataUrl(bytes: Uint8Array): string {
  const png = bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff
  if (!png && !jpeg) throw new AppError('invalid-input', renderPdfMessages.emblemNotImage)
  return `data:image/${png ? 'png' : 'jpeg'};base64,${Buffer.from(bytes).toString('base64')}`
}

interface Printed {
  text: string
  bold: boolean
}

function blockTexts(block: Block): Printed[] {
  const plain = (text: string): Printed => ({ text, bold: false })
  const bold = (text: string): Printed => ({ text, bold: true })
  switch (block.type) {
    case 'paragraph':
      return block.runs.map((run) => ({ text: run.text, bold: run.bold === true }))
    case 'memo-head':
      return [bold(block.title), ...(block.urgency ? [bold(block.urgency)] : []), ...block.rows.flat().flatMap((f) => [bold(f.label), plain(f.text)])]
    case 'signature':
      return [block.caption ?? '', block.name, ...block.positionLines, block.dateLine ?? ''].map(plain)
    case 'signature-grid':
      return block.items.flatMap((item) => [item.caption ?? '', item.name, ...item.positionLines, item.dateLine ?? ''].map(plain))
    case 'decision':
      return [...block.options, block.signer.name, ...block.signer.positionLines, block.dateLine].map(plain)
    case 'table':
      return [...block.columns.map((c) => bold(c.header)), ...block.rows.flat().map(plain)]
    case 'spacer':
    case 'page-break':
    case 'image':
      return []
  }
}

/** Throws when a text of the model has a character the family's face for it cannot draw. */
export function checkGlyphs(model: DocModel, family: PdfFontFamily): void {
  const texts = model.blocks.flatMap(blockTexts)
  for (const face of [false, true]) {
    const file = face ? family.files.bold : family.files.normal
    const joined = texts.filter((t) => t.bold === face).map((t) => t.text).join('\n')
    const missing = findMissingGlyphs(file, joined)
    if (missing.length > 0) throw new AppError('invalid-input', missingGlyphsMessage(family.displayName ?? family.name, missing))
  }
}
