/**
 * What every block renderer needs to turn the model's official units into pdfmake's: the font
 * family, its scale, the text width, line heights and text widths measured as pdfkit measures them.
 */
import { openFontFile } from '../../pdf/glyph-guard'
import type { FontkitFont } from '../../pdf/pdfmake-internals'
import { pdfFontSize, type PdfFontFamily } from '../../pdf/thai-pdfmake'

export const PT_PER_CM = 72 / 2.54

/**
 * One line of single spacing, in ems of the official size: TH Sarabun New's line (Word lays a line
 * out from usWinAscent + usWinDescent). Laksaman is TH Sarabun New scaled by 1.5042 (pdf-fonts.ts)
 * and its win metrics are 1270 + 687 per 1000 em, so TH Sarabun New's are 1957 / 1504.2 = 1.301:
 * a 16 pt line is 20.8 pt. Sarabun's own line (1068 + 232 per 1000 at 0.6616 of the size) is 13.8 pt;
 * without this the PDF would hold half as many lines again per page as the DOCX.
 */
export const OFFICIAL_LINE_EM = 1.301

export interface RenderContext {
  family: PdfFontFamily
  /** The width between the left and right margins, in points. */
  textWidth: number
  bodySizePt: number
  /** pdfmake's `lineHeight` multiplier that makes a line OFFICIAL_LINE_EM of the official size. */
  lineHeight: number
  /** pdfmake's fontSize for an official size. */
  size(officialPt: number): number
  /** The height of one line of text at an official size, in points. */
  lineHeightPt(officialPt: number): number
  /** From a line's top to its baseline (pdfmake puts the baseline at the font's ascender). */
  ascenderPt(officialPt: number): number
  /** The width of a text at an official size, as pdfkit (and so pdfmake) measures it. */
  width(text: string, officialPt: number, bold?: boolean): number
}

interface FontMetrics {
  ascent: number
  descent: number
}

export function cm(lengthCm: number): number {
  return lengthCm * PT_PER_CM
}

export function createRenderContext(family: PdfFontFamily, textWidth: number, bodySizePt: number): RenderContext {
  const regular = openFontFile(family.files.normal) as FontkitFont & FontMetrics
  const bold = openFontFile(family.files.bold)
  const lineEm = (regular.ascent - regular.descent) / regular.unitsPerEm
  const ascentEm = regular.ascent / regular.unitsPerEm
  const size = (officialPt: number) => pdfFontSize(officialPt, family)
  const lineHeight = OFFICIAL_LINE_EM / (family.scale * lineEm)
  return {
    family,
    textWidth,
    bodySizePt,
    lineHeight,
    size,
    lineHeightPt: (officialPt) => size(officialPt) * lineEm * lineHeight,
    ascenderPt: (officialPt) => size(officialPt) * ascentEm,
    width: (text, officialPt, isBold = false) => {
      const face = isBold ? bold : regular
      return (face.layout(text).advanceWidth / face.unitsPerEm) * size(officialPt)
    }
  }
}
