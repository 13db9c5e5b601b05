/**
 * The yearly announcement built from the register fixture and rendered to PDF: the Garuda (a
 * framed test image, 90 × 100 px) 3 cm high, centred on the text width, its top 1.5 cm from the
 * page's top edge — measured on the pixels pdftoppm draws, within 1 mm — and on pre-printed paper
 * nothing there but the same space. Image blocks of a hand-made model: left and right alignment,
 * a picture wider than the text area, and what the renderer refuses.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { MEMO_PAGE, type DocModel } from '@shared/documents/model'
import { AppError } from '@shared/result'
import { buildAnnouncement } from '../../../../src-main/documents/builders'
import { renderPdf } from '../../../../src-main/documents/render/pdf/render-pdf'
import { skipBecause } from '../../electron-shell/skip'
import { openBuilderFixture, type BuilderFixture } from '../builders/builder-fixture'
import { havePoppler, pdfLines } from '../pdf-thai/poppler'
import { EMBLEM_SIZE, emblemPng } from '../render-docx/emblem-png'
import { darkBox, renderPage, solidPng, writePdf } from './pdf-probe'
import { expectFontsEmbedded, expectTextMatches, expectWithinMargins, findLine } from './readback'

const poppler = havePoppler()
const DPI = 150
const px = (cm: number) => Math.round((cm / 2.54) * DPI)
const cmOf = (pixels: number) => (pixels / DPI) * 2.54
/** The middle of the text width: left margin 3 cm, right 2 cm on A4's 21 cm. */
const CENTRE_CM = 3 + (21 - 3 - 2) / 2
const MM_CM = 0.1

let f: BuilderFixture
let withGaruda: DocModel
let file = ''
let preprintedFile = ''

beforeAll(async () => {
  f = openBuilderFixture()
  const build = (preprinted: boolean) =>
    buildAnnouncement({ fy: 2565, date: '2021-10-01', head: f.person('head') }, f.ctx('announcement', { emblem: emblemPng(), preprinted }))
  withGaruda = build(false)
  file = writePdf('announcement', await renderPdf(withGaruda))
  preprintedFile = writePdf('announcement-preprinted', await renderPdf(build(true)))
}, 60_000)

afterAll(() => f?.cleanup())

beforeEach((ctx) => {
  if (!poppler) skipBecause(ctx, 'poppler-utils (pdftotext, pdftoppm, pdffonts) is not installed; .ci/run installs it')
})

/** The dark pixels of the band above the title (the Garuda's place), in cm from the page's corner. */
function garudaBox(pdf: string) {
  const page = renderPage(pdf, 1, DPI, 5)
  const box = darkBox(page, { x0: 0, y0: 0, x1: page.width, y1: px(4.6) })
  console.log(`announcement Garuda at ${DPI} dpi: ${JSON.stringify(box)} px (${page.png})`)
  return box && { left: cmOf(box.xMin), right: cmOf(box.xMax + 1), top: cmOf(box.yMin), bottom: cmOf(box.yMax + 1) }
}

describe('the announcement as PDF', () => {
  it('reads back as its model, inside the margins, fonts embedded', () => {
    expectFontsEmbedded(file, 'Sarabun')
    expectTextMatches(file, withGaruda)
    expectWithinMargins(file, withGaruda)
  })

  it('draws the Garuda 3 cm high, centred, its top 1.5 cm from the top edge (within 1 mm)', () => {
    const box = garudaBox(file)
    expect(box).not.toBeNull()
    expect(Math.abs(box!.top - 1.5)).toBeLessThan(MM_CM)
    expect(Math.abs(box!.bottom - box!.top - 3)).toBeLessThan(MM_CM)
    // Its proportions kept: 90 × 100 px drawn 3 cm high is 2.7 cm wide.
    expect(Math.abs(box!.right - box!.left - (3 * EMBLEM_SIZE.width) / EMBLEM_SIZE.height)).toBeLessThan(MM_CM)
    expect(Math.abs((box!.left + box!.right) / 2 - CENTRE_CM)).toBeLessThan(MM_CM)
  })

  it('puts the title under the Garuda, centred; pre-printed paper leaves the band empty and the title in place', () => {
    const lines = pdfLines(file)
    const title = findLine(lines, 1, 'ประกาศสำนักงานสาธารณสุขอำเภอศรีบุญเรือง')
    expect(title.yMin / (72 / 2.54)).toBeGreaterThan(4.5)
    expect(Math.abs(((title.xMin + title.xMax) / 2) / (72 / 2.54) - CENTRE_CM)).toBeLessThan(MM_CM)
    expect(garudaBox(preprintedFile)).toBeNull()
    const preTitle = findLine(pdfLines(preprintedFile), 1, 'ประกาศสำนักงานสาธารณสุขอำเภอศรีบุญเรือง')
    expect(preTitle.yMin).toBeCloseTo(title.yMin, 1)
  })
})

describe('image blocks', () => {
  const image = (align: 'left' | 'right' | 'center', bytes: Uint8Array | null, heightCm = 2): DocModel['blocks'][number] => ({
    type: 'image',
    bytes,
    heightCm,
    align,
    spaceAfterPt: 12
  })
  const model = (blocks: DocModel['blocks']): DocModel => ({
    kind: 'announcement',
    title: 'ทดสอบภาพ',
    page: { ...MEMO_PAGE, pageNumbers: 'none', thaiDigits: true },
    bodySizePt: 16,
    blocks: [...blocks, { type: 'paragraph', runs: [{ text: 'ข้อความใต้ภาพ' }], align: 'left' }]
  })

  it('aligns left and right on the margins, stacked with the space after each; null keeps the space', async () => {
    const pdf = writePdf('image-blocks', await renderPdf(model([image('left', solidPng(40, 80)), image('right', solidPng(40, 80)), image('center', null)])))
    const page = renderPage(pdf, 1, DPI, 10)
    const left = darkBox(page, { x0: 0, y0: 0, x1: px(10), y1: px(5) })
    const right = darkBox(page, { x0: px(11), y0: 0, x1: page.width, y1: px(5) })
    expect(left && right).toBeTruthy()
    // 1.5 cm top margin; 2 cm high, 1 cm wide; 12 pt (0.42 cm) between the two.
    expect(Math.abs(cmOf(left!.xMin) - 3)).toBeLessThan(MM_CM)
    expect(Math.abs(cmOf(left!.yMin) - 1.5)).toBeLessThan(MM_CM)
    expect(Math.abs(cmOf(left!.yMax + 1 - left!.yMin) - 2)).toBeLessThan(MM_CM)
    expect(Math.abs(cmOf(right!.xMax + 1) - 19)).toBeLessThan(MM_CM)
    expect(Math.abs(cmOf(right!.yMin) - (1.5 + 2 + (12 * 2.54) / 72))).toBeLessThan(MM_CM)
    // The empty image's 2 cm and its 12 pt come before the text.
    const text = findLine(pdfLines(pdf), 1, 'ข้อความใต้ภาพ')
    const gapTop = 1.5 + 2 * (2 + (12 * 2.54) / 72)
    expect(text.yMin / (72 / 2.54)).toBeGreaterThan(gapTop + 2)
    expect(darkBox(page, { x0: 0, y0: px(gapTop), x1: page.width, y1: px(gapTop + 2) })).toBeNull()
  })

  it('shrinks a picture wider than the text area to the text width, proportions kept', async () => {
    const pdf = writePdf('image-wide', await renderPdf(model([image('center', solidPng(400, 50), 4)])))
    // 400 × 50 px at 4 cm high would be 32 cm wide: drawn 16 cm × 2 cm, the text 12 pt under it.
    const box = darkBox(renderPage(pdf, 1, DPI, 8), { x0: 0, y0: 0, x1: px(21), y1: px(3.7) })
    expect(box).not.toBeNull()
    expect(Math.abs(cmOf(box!.xMin) - 3)).toBeLessThan(MM_CM)
    expect(Math.abs(cmOf(box!.xMax + 1) - 19)).toBeLessThan(MM_CM)
    expect(Math.abs(cmOf(box!.yMax + 1 - box!.yMin) - 2)).toBeLessThan(MM_CM)
  })

  it('refuses a picture that is neither PNG nor JPEG, saying what to do', async () => {
    const gif = new TextEncoder().encode('GIF89a not really')
    const refused = await renderPdf(model([image('center', gif)])).then(() => null, (error: unknown) => error)
    expect(refused).toBeInstanceOf(AppError)
    expect((refused as AppError).message).toContain('PNG หรือ JPEG')
  })
})
