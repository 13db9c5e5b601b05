/**
 * The font layer: the Sarabun scale measured against Laksaman (TH Sarabun New scaled up by
 * 150.42 %), the office's own TTF checked before use, and the guard that finds characters a font
 * would draw as boxes, proven against a PDF that does draw one.
 */
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { openFontFile } from '../../../../src-main/documents/pdf/glyph-guard'
import {
  findMissingGlyphs,
  loadPdfMake,
  missingGlyphsMessage,
  pdfFontSize,
  registerOfficeFont,
  SARABUN_SCALE,
  sarabunFamily
} from '../../../../src-main/documents/pdf/thai-pdfmake'
import { skipBecause } from '../../electron-shell/skip'
import { drawnGlyphIds } from './poppler'
import { seedParagraphs, SEED_FILE } from './seed-document'

const TLWG = '/usr/share/fonts/truetype/tlwg'
const LAKSAMAN = `${TLWG}/Laksaman.ttf`
const LAKSAMAN_BOLD = `${TLWG}/Laksaman-Bold.ttf`
const ROBOTO = require.resolve('pdfmake/fonts/Roboto/Roboto-Medium.ttf')
const noLaksaman = 'Laksaman (Debian fonts-thai-tlwg-ttf) is not installed; .ci/run installs it'

function advance(fontFile: string, texts: string[]): number {
  const font = openFontFile(fontFile)
  return texts.reduce((sum, text) => sum + font.layout(text).advanceWidth / font.unitsPerEm, 0)
}

describe('SARABUN_SCALE', () => {
  it('makes a line of Sarabun hold what TH Sarabun New 16 pt holds (measured on the seed)', (ctx) => {
    if (!existsSync(LAKSAMAN)) skipBecause(ctx, noLaksaman)
    const paragraphs = seedParagraphs()
    // Laksaman at 16 / 1.5042 pt is TH Sarabun New at 16 pt (fonts-tlwg changelog, 2014-05-01).
    const thSarabunNew16 = (advance(LAKSAMAN, paragraphs) * 16) / 1.5042
    const sarabunPerPt = advance(sarabunFamily().files.normal, paragraphs)
    expect(thSarabunNew16 / sarabunPerPt / 16).toBeCloseTo(SARABUN_SCALE, 3)
    expect(pdfFontSize(16)).toBe(10.59)
    expect(pdfFontSize(29)).toBe(19.19)
    expect(pdfFontSize(16, { scale: 1 })).toBe(16)
  })
})

describe('findMissingGlyphs', () => {
  const sarabun = sarabunFamily().files.normal

  it('finds the Devanagari typed into a Thai place name in the seed', () => {
    const line = readFileSync(SEED_FILE, 'utf8').split('\n').find((l) => /[\u0900-\u097F]/.test(l))!
    const missing = findMissingGlyphs(sarabun, line)
    expect(missing.map((m) => m.char).join('')).toBe('नाव')
    for (const m of missing) expect(line.slice(m.index, m.index + m.char.length)).toBe(m.char)
    expect(missingGlyphsMessage('Sarabun', missing)).toContain('"न" (U+0928)')
  })

  it('finds U+200B and tabs, which draw as boxes, and nothing in clean Thai', () => {
    const text = 'ข้อมูล\u200Bข่าวสาร\tราชการ'
    expect(findMissingGlyphs(sarabun, text)).toEqual([
      { char: '\u200B', codePoint: 0x200b, index: 6 },
      { char: '\t', codePoint: 0x09, index: 14 }
    ])
    expect(missingGlyphsMessage('Sarabun', findMissingGlyphs(sarabun, text))).toContain('U+200B, U+0009')
    expect(findMissingGlyphs(sarabun, 'ข้อมูลข่าวสาร ราชการ พ.ศ. ๒๕๖๕ (Web master) “ประกาศ”\n')).toEqual([])
  })

  it('agrees with the PDF: a character it flags is drawn as glyph 0 when nobody stops it', async () => {
    const pdf = await loadPdfMake().createPdf({ content: [{ text: 'ข้อมูล\u200Bข่าวสาร', font: 'Sarabun' }] }).getBuffer()
    expect(drawnGlyphIds(pdf).filter((id) => id === 0)).toHaveLength(1)
  })
})

describe('registerOfficeFont', () => {
  it('registers a Thai TTF under the office family name, at its measured scale, and embeds it', async (ctx) => {
    if (!existsSync(LAKSAMAN) || !existsSync(LAKSAMAN_BOLD)) skipBecause(ctx, noLaksaman)
    const result = registerOfficeFont({ family: 'Office Laksaman', regular: LAKSAMAN, bold: LAKSAMAN_BOLD })
    // Laksaman is TH Sarabun New drawn 1.5042 times as large: its points are 1 / 1.5042 of the official ones.
    expect(result).toEqual({
      ok: true,
      value: {
        name: 'Office Laksaman',
        displayName: 'Office Laksaman',
        scale: 0.6648,
        files: { normal: LAKSAMAN, bold: LAKSAMAN_BOLD, italics: LAKSAMAN, bolditalics: LAKSAMAN_BOLD }
      }
    })
    const pdf = await loadPdfMake()
      .createPdf({ defaultStyle: { font: 'Office Laksaman' }, content: [{ text: 'บันทึกข้อความ', bold: true }, 'ส่วนราชการ'] })
      .getBuffer()
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+Laksaman-Bold/)
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+Laksaman\b/)
  })

  it('refuses, in Thai, a missing file, a file that is not a font, a font without Thai', () => {
    const missing = registerOfficeFont({ family: 'TH Sarabun New', regular: '/nonexistent/THSarabunNew.ttf' })
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found', fields: { regular: expect.stringContaining('ไม่พบไฟล์ฟอนต์') } } })
    const notFont = registerOfficeFont({ family: 'TH Sarabun New', regular: SEED_FILE })
    expect(notFont).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('ไม่ใช่ไฟล์ฟอนต์') } })
    const latin = registerOfficeFont({ family: 'TH Sarabun New', regular: ROBOTO })
    expect(latin).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('ไม่มีตัวอักษรไทยครบ') } })
    const badBold = registerOfficeFont({ family: 'TH Sarabun New', regular: sarabunFamily().files.normal, bold: ROBOTO })
    expect(badBold).toMatchObject({ ok: false, error: { fields: { bold: expect.stringContaining('ไม่มีตัวอักษรไทย') } } })
    expect(registerOfficeFont({ family: ' ', regular: ROBOTO })).toMatchObject({ ok: false, error: { fields: { family: expect.any(String) } } })
    expect(registerOfficeFont({ family: 'Sarabun', regular: ROBOTO })).toMatchObject({ ok: false, error: { message: expect.stringContaining('ซ้ำ') } })
  })

  it('reads no file it was not given (local access policy)', async () => {
    const pdfmake = loadPdfMake()
    pdfmake.addFonts({ Unregistered: { normal: ROBOTO } })
    await expect(pdfmake.createPdf({ defaultStyle: { font: 'Unregistered' }, content: ['x'] }).getBuffer()).rejects.toThrow(/denied/)
  })
})
