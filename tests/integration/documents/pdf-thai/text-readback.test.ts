/**
 * Thai read back from our PDFs by both kinds of reader: pdftotext, which takes the ActualText
 * spans, and pdf.js (the app's preview and proofing), which takes each glyph's ToUnicode entry.
 * The texts are chosen for the two traps: SARA AM drawn as two glyphs (the first า of "ทำ งาน" is
 * inside ำ) and a tone mark drawn left of the vowel mark typed before it ("ตั้ง").
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadPdfMake, pdfFontSize } from '../../../../src-main/documents/pdf/thai-pdfmake'
import { skipBecause } from '../../electron-shell/skip'
import { havePoppler, pdfText } from './poppler'
import { fold } from './thai-text-compare'

const LINES = ['ทำ งาน', 'แผนที่ตั้งหน่วยงาน', 'ก่ำ ข้าว สำนักงานสาธารณสุขอำเภอ']
let dir = ''
let file = ''
let pdf: Buffer

beforeAll(async () => {
  const content = LINES.map((text) => ({ text }))
  pdf = await loadPdfMake().createPdf({ defaultStyle: { font: 'Sarabun', fontSize: pdfFontSize(16) }, content }).getBuffer()
  dir = mkdtempSync(join(tmpdir(), 'publish-desk-pdf-readback-'))
  file = join(dir, 'readback.pdf')
  writeFileSync(file, pdf)
})

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('Thai text read back from the PDF', () => {
  it('pdftotext gives exactly the typed text (ActualText)', (ctx) => {
    if (!havePoppler()) skipBecause(ctx, 'pdftotext (poppler-utils) is not installed; .ci/run installs it')
    expect(pdfText(file).split('\n').filter((line) => line.trim() !== '')).toEqual(LINES)
  })

  it('pdf.js gives the typed text up to NFKC (ToUnicode: ำ reads as ํา, no า lost)', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
    const document = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise
    const page = await document.getPage(1)
    const content = await page.getTextContent()
    const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('')
    await document.destroy()
    expect(fold(text)).toBe(fold(LINES.join('\n')))
  })
})
