/** A test document made of the seed's long Thai paragraphs, laid out as a memo body. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import { findMissingGlyphs, loadPdfMake, pdfFontSize, sarabunFamily } from '../../../../src-main/documents/pdf/thai-pdfmake'

export const SEED_FILE = join(__dirname, '..', '..', '..', '..', '..', 'shared', 'seed', 'moit1-evidence-pack-sribunrueang-2565.txt')
export const CM = 72 / 2.54
export const A4_WIDTH = 595.28
export const MARGIN_LEFT = 3 * CM
export const MARGIN_RIGHT = 2 * CM
export const FIRST_LINE_INDENT = 2.5 * CM

/** Seed lines of at least 200 characters (the body paragraphs of its memos and announcement). */
export function seedParagraphs(): string[] {
  return readFileSync(SEED_FILE, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length >= 200)
}

/** The paragraphs, less any with a character Sarabun cannot draw (the guard's job, tested apart). */
export function drawableSeedParagraphs(): string[] {
  const font = sarabunFamily().files.normal
  return seedParagraphs().filter((paragraph) => findMissingGlyphs(font, paragraph).length === 0)
}

export function memoBody(paragraphs: string[]): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageMargins: [MARGIN_LEFT, 2.5 * CM, MARGIN_RIGHT, 2 * CM],
    defaultStyle: { font: 'Sarabun', fontSize: pdfFontSize(16) },
    content: paragraphs.map((text) => ({ text, alignment: 'justify', leadingIndent: FIRST_LINE_INDENT }))
  }
}

export function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  return loadPdfMake().createPdf(definition).getBuffer()
}
