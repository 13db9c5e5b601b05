/**
 * The seed's memo rendered to PDF and read back: A4, one page, fonts embedded, the model's text,
 * nothing outside the margins, and the memo layout of the regulations measured on the page —
 * the title centred, the labels on the left margin, the signature centred on the right half, and
 * the Garuda (a solid test image) 1.5 cm high at (3 cm, 1.5 cm), found from rendered pixels.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { renderPdf } from '../../../../src-main/documents/render/pdf/render-pdf'
import { sampleMemo } from '../../../helpers/sample-doc-models'
import { skipBecause } from '../../electron-shell/skip'
import { havePoppler, type BoxLine } from '../pdf-thai/poppler'
import { CM, darkBox, MM, PAGE_NUMBER, renderPage, solidPng, writePdf } from './pdf-probe'
import { expectA4, expectFontsEmbedded, expectTextMatches, expectWithinMargins, findLine, lineText } from './readback'

const poppler = havePoppler()
const model = sampleMemo({ emblem: solidPng(100, 150) })
const LEFT = 3 * CM
const TEXT_WIDTH = 595.28 - 3 * CM - 2 * CM
let file = ''
let lines: BoxLine[] = []

beforeAll(async () => {
  file = writePdf('memo', await renderPdf(model))
  if (poppler) lines = expectWithinMargins(file, model)
}, 60_000)

beforeEach((ctx) => {
  if (!poppler) skipBecause(ctx, 'poppler-utils (pdftotext, pdfinfo, pdffonts, pdftoppm) is not installed; .ci/run installs it')
})

const centre = (line: BoxLine) => (line.xMin + line.xMax) / 2

describe('the seed memo as PDF', () => {
  it('is one A4 page with the title and author in its metadata, every font embedded', () => {
    expectA4(file, 1, model.title)
    expectFontsEmbedded(file, 'Sarabun')
  })

  it('reads back as the model text, with no page number on page one', () => {
    expectTextMatches(file, model)
    expect(lines.some((line) => PAGE_NUMBER.test(lineText(line)))).toBe(false)
  })

  it('centres "บันทึกข้อความ" on the text width within 1 mm', () => {
    const title = findLine(lines, 1, 'บันทึกข้อความ')
    expect(lineText(title)).toBe('บันทึกข้อความ')
    expect(Math.abs(centre(title) - (LEFT + TEXT_WIDTH / 2))).toBeLessThan(MM)
  })

  it('starts ส่วนราชการ, ที่ and เรื่อง on the left margin and วันที่ at the middle, within 1 mm', () => {
    for (const label of ['ส่วนราชการ', 'ที่', 'เรื่อง']) {
      const line = findLine(lines, 1, `${label} `)
      expect(line.words[0]!.text, label).toBe(label)
      expect(Math.abs(line.words[0]!.xMin - LEFT), label).toBeLessThan(MM)
    }
    const date = lines.flatMap((line) => line.words).find((word) => word.text === 'วันที่')
    expect(date).toBeDefined()
    expect(Math.abs(date!.xMin - (LEFT + TEXT_WIDTH / 2))).toBeLessThan(MM)
  })

  it('centres "(name)" of the signature and of the decision on the right half, within 1 mm', () => {
    for (const name of ['(นายจิรายุ ทินจง)', '(นายสะไกร แก้วโสม)']) {
      const line = findLine(lines, 1, name)
      expect(lineText(line)).toBe(name)
      expect(Math.abs(centre(line) - (LEFT + (TEXT_WIDTH * 3) / 4)), name).toBeLessThan(MM)
    }
  })

  it('puts the decision options after the signature and before the head’s name', () => {
    const y = (start: string) => findLine(lines, 1, start).yMin
    expect(y('ผู้ช่วยสาธารณสุขอำเภอศรีบุญเรือง')).toBeLessThan(y('อนุมัติ'))
    expect(y('อนุมัติ')).toBeLessThan(y('(นายสะไกร แก้วโสม)'))
  })

  it('draws the Garuda 1.5 cm high with its top-left corner at (3 cm, 1.5 cm), within 1 mm', () => {
    const dpi = 150
    const page = renderPage(file, 1, dpi, 4)
    const px = (cm: number) => Math.round((cm / 2.54) * dpi)
    // Left of the title and above the first field row: only the emblem is there.
    const box = darkBox(page, { x0: 0, y0: 0, x1: px(6), y1: px(3.3) })
    expect(box).not.toBeNull()
    console.log(`emblem on page 1 at 150 dpi: ${JSON.stringify(box)} px (${page.png})`)
    const cm = (pixels: number) => (pixels / dpi) * 2.54
    expect(Math.abs(cm(box!.xMin) - 3)).toBeLessThan(0.1)
    expect(Math.abs(cm(box!.yMin) - 1.5)).toBeLessThan(0.1)
    expect(Math.abs(cm(box!.yMax + 1 - box!.yMin) - 1.5)).toBeLessThan(0.1)
    // The test image is 100 × 150 px: drawn 1 cm wide at 1.5 cm high.
    expect(Math.abs(cm(box!.xMax + 1 - box!.xMin) - 1)).toBeLessThan(0.1)
  })
})
