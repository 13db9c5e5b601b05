/**
 * LibreOffice headless as a second, independent reader of the DOCX: it converts each sample to
 * PDF, and poppler reads the PDF back.
 *
 * Page counts are ranges, not figures. LibreOffice has no TH Sarabun New here and draws the text
 * with Laksaman, about 1.5× larger, so its lines and pages break later than Word's. The ranges hold
 * both what LibreOffice gives here and what the real font gives in Word.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocModel } from '@shared/documents/model'
import { buildAnnouncement } from '../../../../src-main/documents/builders'
import { renderDocx } from '../../../../src-main/documents/render/docx'
import { sampleLogTable, sampleMemo, sampleRequestForm } from '../../../helpers/sample-doc-models'
import { openBuilderFixture } from '../builders/builder-fixture'
import { breaksModel } from './breaks-model'
import { emblemPng } from './emblem-png'
import { darkBoxCm, grayPage, libreOffice, missingTools, pageLines, pageTexts, pdfInfo, renderPng, type LibreOffice } from './libreoffice'
import { bodyText, missingStrings, PAGE_NUMBER_LINE, squeeze } from './model-strings'

const reason = missingTools()
if (reason) console.warn(`render-docx: LibreOffice checks skipped — ${reason}`)

/** The yearly announcement built from the register fixture, with the Garuda or on pre-printed paper. */
function announcement(preprinted: boolean): DocModel {
  const f = openBuilderFixture()
  try {
    return buildAnnouncement({ fy: 2565, date: '2021-10-01', head: f.person('head') }, f.ctx('announcement', { emblem: emblemPng(), preprinted }))
  } finally {
    f.cleanup()
  }
}

interface Case {
  model: DocModel
  /** Pages LibreOffice may give (see the file's comment), and the pages to look at as PNG. */
  pages: [number, number]
  png: [number, number]
}

const CASES: Record<string, Case> = {
  // Word: one page. LibreOffice's larger substitute font pushes the signatures to a second page.
  memo: { model: sampleMemo({ emblem: emblemPng() }), pages: [1, 2], png: [1, 2] },
  memoUrgent: { model: sampleMemo({ emblem: emblemPng(), urgency: 'ด่วนที่สุด' }), pages: [1, 2], png: [1, 1] },
  memoPreprinted: { model: sampleMemo({ preprinted: true }), pages: [1, 2], png: [1, 1] },
  // 28 paragraphs: LibreOffice measured 8 pages; Word with the real font, fewer.
  memoLong: { model: sampleMemo({ emblem: emblemPng(), extraParagraphs: 25 }), pages: [4, 10], png: [1, 2] },
  form: { model: sampleRequestForm(), pages: [1, 2], png: [1, 2] },
  // 120 rows: LibreOffice measured 17 pages.
  log: { model: sampleLogTable(120), pages: [6, 20], png: [1, 2] },
  // A page break makes exactly two pages whatever the font.
  breaks: { model: breaksModel(), pages: [2, 2], png: [1, 2] },
  // pdfmake's Sarabun: 4 pages; LibreOffice, with its larger substitute font, measured 8.
  announcement: { model: announcement(false), pages: [3, 10], png: [1, 2] },
  announcementPreprinted: { model: announcement(true), pages: [3, 10], png: [1, 1] }
}
const NAMES = Object.keys(CASES)
const CM_PER_PT = 2.54 / 72
const MM = 0.1

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number

describe.skipIf(reason !== null)('renderDocx read back by LibreOffice', () => {
  const work = mkdtempSync(join(tmpdir(), 'render-docx-'))
  const pngDir = process.env.RENDER_DOCX_PNG_DIR ?? join(tmpdir(), 'render-docx-png')
  const pdf = (name: string): string => join(work, `${name}.pdf`)
  let lo: LibreOffice

  beforeAll(async () => {
    lo = libreOffice()
    for (const name of NAMES) writeFileSync(join(work, `${name}.docx`), await renderDocx((CASES[name] as Case).model))
    lo.convert(NAMES.map((n) => join(work, `${n}.docx`)), work)
    mkdirSync(pngDir, { recursive: true })
    for (const name of NAMES) renderPng(pdf(name), join(pngDir, name), ...(CASES[name] as Case).png)
    console.log(`render-docx: pages rendered to PNG (80 dpi) in ${pngDir}`)
  }, 180_000)

  afterAll(() => {
    lo?.dispose()
    rmSync(work, { recursive: true, force: true })
  })

  it.each(NAMES)('%s: every string of the model comes back, A4, pages in range', (name) => {
    const { model, pages } = CASES[name] as Case
    const texts = pageTexts(pdf(name))
    expect(missingStrings(model, bodyText(texts))).toEqual([])
    const info = pdfInfo(pdf(name))
    expect(info.pageSize).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)$/)
    expect(info.pages).toBe(texts.length)
    console.log(`render-docx: ${name} → ${info.pages} page(s) in LibreOffice`)
    expect(info.pages).toBeGreaterThanOrEqual(pages[0])
    expect(info.pages).toBeLessThanOrEqual(pages[1])
  })

  it('numbers continuation pages "- n -" at the top, and never the first page', () => {
    const texts = pageTexts(pdf('memoLong'))
    expect(texts.length).toBeGreaterThan(1)
    expect(PAGE_NUMBER_LINE.test(texts[0] as string)).toBe(false)
    texts.slice(1).forEach((text, i) => {
      const first = text.split('\n').find((line) => line.trim() !== '') ?? ''
      // Word prints ๒ (w:pgNumType w:fmt="thaiNumbers"); LibreOffice 7.4 ignores that format and prints 2.
      const digits = PAGE_NUMBER_LINE.exec(first)?.[1] ?? ''
      expect(digits.replace(/[\u0E50-\u0E59]/g, (d) => String(d.charCodeAt(0) - 0x0e50))).toBe(String(i + 2))
    })
    const top = pageLines(pdf('memoLong'), 2).sort((a, b) => a.yMin - b.yMin)[0]
    expect(squeeze(top?.text ?? '')).toMatch(/^- ?[2๒] ?-$/)
    expect(Math.abs(((top!.xMin + top!.xMax) / 2) * CM_PER_PT - (3 + 16 / 2))).toBeLessThan(MM)
    // The request form has no page numbers at all.
    for (const text of pageTexts(pdf('form'))) expect(PAGE_NUMBER_LINE.test(text)).toBe(false)
  })

  it('starts a new page at a page break', () => {
    const [first, second] = pageTexts(pdf('breaks')).map(squeeze)
    expect(first).toContain(squeeze('ก่อนขึ้นหน้าใหม่'))
    expect(first).not.toContain(squeeze('หน้าใหม่เริ่มที่นี่'))
    expect(second).toContain(squeeze('หน้าใหม่เริ่มที่นี่'))
    // Arabic digits in this document: "- 2 -".
    expect(second).toMatch(/^- ?2 ?-/)
  })

  it('repeats the table header on every page of the log', () => {
    const texts = pageTexts(pdf('log'))
    for (const text of texts) expect(squeeze(text)).toContain(squeeze('หมายเหตุ'))
    expect(texts.length).toBeGreaterThan(2)
  })

  it('draws a box to tick before each decision option', () => {
    const text = bodyText(pageTexts(pdf('memo')))
    expect(text.match(/\u2610/g)).toHaveLength(2)
  })

  it('places the emblem, the title and the labels where the memo layout puts them (within 1 mm)', () => {
    const page = grayPage(pdf('memo'), 1, 150, join(work, 'memo-gray'))
    // Left of the title and above the first field row: only the emblem is there.
    const emblem = darkBoxCm(page, { left: 0, top: 0, right: 6, bottom: 3.2 })
    expect(emblem).not.toBeNull()
    expect(Math.abs(emblem!.left - 3)).toBeLessThan(MM)
    expect(Math.abs(emblem!.top - 1.5)).toBeLessThan(MM)
    expect(Math.abs(emblem!.bottom - emblem!.top - 1.5)).toBeLessThan(MM)
    expect(Math.abs(emblem!.right - emblem!.left - 1.35)).toBeLessThan(MM)
    const lines = pageLines(pdf('memo'), 1)
    const find = (start: string) => lines.find((l) => squeeze(l.text).startsWith(squeeze(start)))
    const title = find('บันทึกข้อความ')
    expect(title).toBeDefined()
    expect(Math.abs(((title!.xMin + title!.xMax) / 2) * CM_PER_PT - (3 + 16 / 2))).toBeLessThan(MM)
    // The title sits beside the emblem: the middle of its line falls within the emblem's height.
    const titleMiddle = ((title!.yMin + title!.yMax) / 2) * CM_PER_PT
    expect(titleMiddle).toBeGreaterThan(emblem!.top)
    expect(titleMiddle).toBeLessThan(emblem!.bottom)
    for (const label of ['ส่วนราชการ', 'ที่ นภ', 'เรื่อง']) expect(Math.abs(find(label)!.xMin * CM_PER_PT - 3), label).toBeLessThan(MM)
    // วันที่ starts at the middle of the text width, and the last leader reaches the right margin.
    const dateRow = find('ที่ นภ')!.words
    const dateLabel = dateRow.find((w) => w.text === 'วันที่')
    expect(Math.abs(dateLabel!.xMin * CM_PER_PT - (3 + 16 / 2))).toBeLessThan(MM)
    expect(Math.abs(dateRow[dateRow.length - 1]!.xMax * CM_PER_PT - (21 - 2))).toBeLessThan(MM)
    expect(dateRow[dateRow.length - 1]!.text).toMatch(/\.{5,}$/)
    // Nothing is printed in the emblem's place on pre-printed paper.
    const blank = darkBoxCm(grayPage(pdf('memoPreprinted'), 1, 150, join(work, 'pre-gray')), { left: 0, top: 0, right: 21, bottom: 3 })
    expect(blank).toBeNull()
  })

  it("centres the announcement's Garuda 3 cm high at 1.5 cm from the top edge, the title under it (within 1 mm)", () => {
    const garuda = darkBoxCm(grayPage(pdf('announcement'), 1, 150, join(work, 'announcement-gray')), { left: 0, top: 0, right: 21, bottom: 4.6 })
    expect(garuda).not.toBeNull()
    expect(Math.abs(garuda!.top - 1.5)).toBeLessThan(MM)
    expect(Math.abs(garuda!.bottom - garuda!.top - 3)).toBeLessThan(MM)
    // The test image is 90 × 100 px: 2.7 cm wide at 3 cm high.
    expect(Math.abs(garuda!.right - garuda!.left - 2.7)).toBeLessThan(MM)
    expect(Math.abs((garuda!.left + garuda!.right) / 2 - (3 + 16 / 2))).toBeLessThan(MM)
    const titleOf = (name: string) => pageLines(pdf(name), 1).find((l) => squeeze(l.text).startsWith(squeeze('ประกาศสำนักงาน')))
    const title = titleOf('announcement')
    expect(title).toBeDefined()
    expect(title!.yMin * CM_PER_PT).toBeGreaterThan(garuda!.bottom)
    expect(Math.abs(((title!.xMin + title!.xMax) / 2) * CM_PER_PT - (3 + 16 / 2))).toBeLessThan(MM)
    // Pre-printed paper: nothing in the Garuda's place, the title where it was.
    expect(darkBoxCm(grayPage(pdf('announcementPreprinted'), 1, 150, join(work, 'announcement-pre-gray')), { left: 0, top: 0, right: 21, bottom: 4.6 })).toBeNull()
    expect(Math.abs(titleOf('announcementPreprinted')!.yMin - title!.yMin)).toBeLessThan(0.5)
  })

  it('times renderDocx(sampleMemo()) and the LibreOffice conversion of the same DOCX (warm medians)', async () => {
    const model = sampleMemo()
    for (let i = 0; i < 5; i++) await renderDocx(model)
    const renders: number[] = []
    for (let i = 0; i < 31; i++) {
      const t0 = performance.now()
      await renderDocx(model)
      renders.push(performance.now() - t0)
    }
    const file = join(work, 'timed.docx')
    writeFileSync(file, await renderDocx(model))
    const conversions: number[] = []
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now()
      lo.convert([file], work)
      conversions.push(performance.now() - t0)
    }
    const r = median(renders)
    const c = median(conversions)
    console.log(`render-docx: renderDocx(sampleMemo()) warm median ${r.toFixed(1)} ms (31 runs); LibreOffice DOCX→PDF warm median ${c.toFixed(0)} ms (3 runs); ratio ${(c / r).toFixed(0)}×`)
    expect(pdfInfo(join(work, 'timed.pdf')).pages).toBeGreaterThan(0)
  }, 120_000)
})
