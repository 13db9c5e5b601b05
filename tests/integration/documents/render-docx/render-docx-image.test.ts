/**
 * Image blocks in the DOCX's XML: the announcement's Garuda as an inline drawing 3 cm high with its
 * proportions kept, alone in a centred paragraph whose text is 1 pt (so the line is the picture's
 * height); an empty line of exactly that height on pre-printed paper; left and right alignment; a
 * picture wider than the text shrunk to it; JPEG taken, anything else refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MEMO_PAGE, type Block, type DocModel } from '@shared/documents/model'
import { AppError } from '@shared/result'
import { buildAnnouncement } from '../../../../src-main/documents/builders'
import { renderDocx } from '../../../../src-main/documents/render/docx'
import { openBuilderFixture, type BuilderFixture } from '../builders/builder-fixture'
import { solidPng } from '../render-pdf/pdf-probe'
import { attrsOf, paragraphsOf, readDocx } from './docx-parts'
import { EMBLEM_SIZE, emblemPng } from './emblem-png'

const EMU_PER_CM = 360000
const twips = (cm: number): number => Math.round((cm * 1440) / 2.54)
const PICTURE_STYLE = '<w:pStyle w:val="PublishDeskPicture"/>'

let f: BuilderFixture
beforeAll(() => {
  f = openBuilderFixture()
})
afterAll(() => f?.cleanup())

const announcement = (preprinted: boolean): DocModel =>
  buildAnnouncement({ fy: 2565, date: '2021-10-01', head: f.person('head') }, f.ctx('announcement', { emblem: emblemPng(), preprinted }))

const imageModel = (blocks: Block[]): DocModel => ({
  kind: 'announcement',
  title: 'ทดสอบภาพ',
  page: { ...MEMO_PAGE, pageNumbers: 'none', thaiDigits: true },
  bodySizePt: 16,
  blocks: [...blocks, { type: 'paragraph', runs: [{ text: 'ข้อความใต้ภาพ' }], align: 'left' }]
})

describe('renderDocx: the announcement’s Garuda', () => {
  it('opens the document: an inline drawing 3 cm high, proportions kept, alone in a centred 1-pt paragraph', async () => {
    const { document, styles, media } = await readDocx(await renderDocx(announcement(false)))
    expect(media).toHaveLength(1)
    expect(media[0]).toMatch(/\.png$/)
    expect(attrsOf(document, 'w:pgMar')).toMatchObject({ 'w:top': String(twips(1.5)), 'w:left': String(twips(3)), 'w:right': String(twips(2)) })
    const first = paragraphsOf(document)[0] ?? ''
    expect(first).toContain('<wp:inline')
    expect(first).not.toContain('<wp:anchor')
    expect(attrsOf(first, 'wp:extent')).toEqual({ cx: String(Math.round((3 * EMU_PER_CM * EMBLEM_SIZE.width) / EMBLEM_SIZE.height)), cy: String(3 * EMU_PER_CM) })
    expect(attrsOf(first, 'wp:docPr')).toMatchObject({ name: 'ตราครุฑ', descr: 'ตราครุฑ' })
    expect(first).toContain('<w:jc w:val="center"/>')
    expect(first).toContain(PICTURE_STYLE)
    // 6 pt after it, before the title; nothing printed beside it.
    expect(attrsOf(first, 'w:spacing')).toEqual({ 'w:after': '120' })
    expect(first).not.toContain('<w:t')
    const style = /<w:style [^>]*w:styleId="PublishDeskPicture">[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? ''
    expect(attrsOf(style, 'w:sz')).toEqual({ 'w:val': '2' })
    expect(attrsOf(style, 'w:szCs')).toEqual({ 'w:val': '2' })
  })

  it('keeps an empty line exactly 3 cm high on pre-printed paper, with no picture anywhere', async () => {
    const { document, media } = await readDocx(await renderDocx(announcement(true)))
    expect(media).toEqual([])
    expect(document).not.toContain('<w:drawing>')
    const first = paragraphsOf(document)[0] ?? ''
    expect(attrsOf(first, 'w:spacing')).toEqual({ 'w:after': '120', 'w:line': String(twips(3)), 'w:lineRule': 'exact' })
    expect(first).not.toContain('<w:r>')
  })
})

describe('renderDocx: image blocks', () => {
  const image = (align: 'left' | 'right' | 'justify', bytes: Uint8Array, heightCm = 2): Block => ({ type: 'image', bytes, heightCm, align })

  it('aligns a picture left or right ("justify" as left) with no space after unless asked', async () => {
    const { document } = await readDocx(await renderDocx(imageModel([image('left', solidPng(40, 80)), image('right', solidPng(40, 80)), image('justify', solidPng(40, 80))])))
    const pictures = paragraphsOf(document).filter((p) => p.includes('<w:drawing>'))
    expect(pictures.map((p) => attrsOf(p, 'w:jc')?.['w:val'])).toEqual(['left', 'right', 'left'])
    for (const p of pictures) {
      expect(attrsOf(p, 'wp:extent')).toEqual({ cx: String(EMU_PER_CM), cy: String(2 * EMU_PER_CM) })
      expect(attrsOf(p, 'wp:docPr')).toMatchObject({ name: 'ภาพ' })
      expect(attrsOf(p, 'w:spacing')).toEqual({ 'w:after': '0' })
    }
  })

  it('shrinks a picture wider than the text area to the text width, proportions kept', async () => {
    // 400 × 50 px at 4 cm high would be 32 cm wide; the text is 16 cm wide.
    const { document } = await readDocx(await renderDocx(imageModel([{ type: 'image', bytes: solidPng(400, 50), heightCm: 4, align: 'center' }])))
    const extent = attrsOf(document, 'wp:extent')
    expect(Number(extent?.cx)).toBeLessThanOrEqual(twips(16) * 635)
    expect(Math.abs(Number(extent?.cx) - 16 * EMU_PER_CM)).toBeLessThan(1000)
    expect(Math.abs(Number(extent?.cy) - 2 * EMU_PER_CM)).toBeLessThan(1000)
  })

  it('takes a JPEG and refuses what is neither PNG nor JPEG, saying what to do', async () => {
    // SOI, then a baseline frame header (SOF0): 120 px high, 108 wide.
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x78, 0x00, 0x6c, 0x03, ...new Array(15).fill(0), 0xff, 0xd9])
    const { document, media } = await readDocx(await renderDocx(imageModel([{ type: 'image', bytes: jpeg, heightCm: 1.2, align: 'center' }])))
    expect(media[0]).toMatch(/\.jpe?g$/)
    expect(attrsOf(document, 'wp:extent')).toEqual({ cx: String(Math.round(1.2 * EMU_PER_CM * 0.9)), cy: String(1.2 * EMU_PER_CM) })
    const gif = new TextEncoder().encode('GIF89a....................')
    const refused = await renderDocx(imageModel([{ type: 'image', bytes: gif, heightCm: 3, align: 'center' }])).then(() => null, (error: unknown) => error)
    expect(refused).toBeInstanceOf(AppError)
    expect((refused as AppError).message).toMatch(/PNG หรือ JPEG.*เลือกไฟล์ภาพตราครุฑใหม่/)
  })
})
