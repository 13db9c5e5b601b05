/**
 * The DOCX's XML says what Word needs to lay out Thai memos as the regulations want: the office
 * font in every slot, Thai as the language, Thai distributed justification, A4 and the model's
 * margins, page numbers from page two, the memo head's dotted leaders and the emblem's size.
 */
import { describe, expect, it } from 'vitest'
import type { DocModel } from '@shared/documents/model'
import { renderDocx } from '../../../../src-main/documents/render/docx'
import { sampleLogTable, sampleMemo, sampleRequestForm } from '../../../helpers/sample-doc-models'
import { attrsOf, paragraphsOf, readDocx, runsOf, textOf } from './docx-parts'
import { breaksModel } from './breaks-model'
import { EMBLEM_SIZE, emblemPng } from './emblem-png'

const twips = (cm: number): number => Math.round((cm * 1440) / 2.54)
const SAMPLES: [string, () => DocModel][] = [
  ['sampleMemo', () => sampleMemo({ emblem: emblemPng() })],
  ['sampleRequestForm', sampleRequestForm],
  ['sampleLogTable(40)', () => sampleLogTable(40)],
  ['sampleMemo with Arabic digits', () => ({ ...sampleMemo(), page: { ...sampleMemo().page, thaiDigits: false } })]
]

function expectFontSlots(rPr: string, font: string): void {
  const fonts = attrsOf(rPr, 'w:rFonts')
  expect(fonts).toEqual({ 'w:ascii': font, 'w:hAnsi': font, 'w:eastAsia': font, 'w:cs': font })
  expect(attrsOf(rPr, 'w:lang')).toEqual({ 'w:val': 'en-US', 'w:eastAsia': 'th-TH', 'w:bidi': 'th-TH' })
}

describe.each(SAMPLES)('renderDocx(%s): the XML', (_name, make) => {
  it('names the font in every slot of every run and of the default style, with Thai as the language', async () => {
    const model = make()
    const parts = await readDocx(await renderDocx(model))
    const docDefaults = /<w:docDefaults>[\s\S]*<\/w:docDefaults>/.exec(parts.styles)?.[0] ?? ''
    expectFontSlots(docDefaults, 'TH Sarabun New')
    expect(attrsOf(docDefaults, 'w:sz')).toEqual({ 'w:val': String(model.bodySizePt * 2) })
    expect(attrsOf(docDefaults, 'w:szCs')).toEqual({ 'w:val': String(model.bodySizePt * 2) })
    // The package's own default is ar-SA for complex script; nothing may keep it.
    for (const xml of [parts.styles, parts.document, ...parts.headers]) expect(xml).not.toContain('ar-SA')
    const runs = [parts.document, ...parts.headers].flatMap(runsOf).filter((r) => !r.includes('<w:drawing>'))
    expect(runs.length).toBeGreaterThan(5)
    for (const run of runs) {
      const rPr = /<w:rPr>[\s\S]*?<\/w:rPr>/.exec(run)?.[0]
      expect(rPr, run).toBeDefined()
      expectFontSlots(rPr as string, 'TH Sarabun New')
      expect(attrsOf(rPr as string, 'w:szCs')).toEqual(attrsOf(rPr as string, 'w:sz'))
      if (/<w:b\/>/.test(rPr as string)) expect(rPr).toContain('<w:bCs/>')
    }
  })

  it('is A4 with the model margins, single spacing, and Thai distributed justification for justified text', async () => {
    const model = make()
    const { document, styles } = await readDocx(await renderDocx(model))
    expect(attrsOf(document, 'w:pgSz')).toMatchObject({ 'w:w': '11906', 'w:h': '16838' })
    const m = model.page.marginsCm
    expect(attrsOf(document, 'w:pgMar')).toMatchObject({ 'w:top': String(twips(m.top)), 'w:right': String(twips(m.right)), 'w:bottom': String(twips(m.bottom)), 'w:left': String(twips(m.left)) })
    expect(attrsOf(styles, 'w:spacing')).toMatchObject({ 'w:line': '240', 'w:lineRule': 'auto' })
    const justified = model.blocks.filter((b) => b.type === 'paragraph' && b.align === 'justify').length
    expect(document.match(/<w:jc w:val="thaiDistribute"\/>/g)?.length ?? 0).toBe(justified)
    expect(document).not.toContain('w:val="both"')
  })

  it('numbers continuation pages only, in Thai digits when the document uses them', async () => {
    const model = make()
    const { document, headers } = await readDocx(await renderDocx(model))
    expect(attrsOf(document, 'w:pgNumType')).toMatchObject({ 'w:fmt': model.page.thaiDigits ? 'thaiNumbers' : 'decimal' })
    if (model.page.pageNumbers === 'none') {
      expect(document).not.toContain('<w:titlePg/>')
      expect(headers).toHaveLength(0)
      return
    }
    expect(document).toContain('<w:titlePg/>')
    expect(document).toMatch(/<w:headerReference w:type="first"/)
    expect(document).toMatch(/<w:headerReference w:type="default"/)
    const numbered = headers.filter((h) => h.includes('<w:instrText xml:space="preserve">PAGE</w:instrText>'))
    expect(numbered).toHaveLength(1)
    expect(textOf(numbered[0] as string)).toBe('-  -')
    expect(numbered[0]).toContain('<w:jc w:val="center"/>')
    expect(headers.filter((h) => textOf(h) === '' && !h.includes('PAGE'))).toHaveLength(1)
  })

  it('carries the title, creator and language in the document properties', async () => {
    const model = make()
    const { core } = await readDocx(await renderDocx(model))
    expect(core).toContain(`<dc:title>${model.title}</dc:title>`)
    expect(core).toContain('<dc:creator>Publish Desk</dc:creator>')
    expect(core).toContain('<dc:language>th-TH</dc:language>')
  })
})

describe('renderDocx: the memo', () => {
  it('draws the head: emblem 1.5 cm high at the top-left margin corner, title 29 pt, labels 20 pt on dotted leaders', async () => {
    const { document, media } = await readDocx(await renderDocx(sampleMemo({ emblem: emblemPng() })))
    expect(media).toEqual(['word/media/' + media[0]!.slice('word/media/'.length)])
    expect(media[0]).toMatch(/\.png$/)
    const anchor = /<wp:anchor[\s\S]*?<\/wp:anchor>/.exec(document)?.[0] ?? ''
    expect(attrsOf(anchor, 'wp:extent')).toEqual({ cx: String(Math.round((540000 * EMBLEM_SIZE.width) / EMBLEM_SIZE.height)), cy: '540000' })
    expect(anchor).toMatch(/<wp:positionH relativeFrom="page"><wp:posOffset>1080000<\/wp:posOffset>/)
    expect(anchor).toMatch(/<wp:positionV relativeFrom="page"><wp:posOffset>540000<\/wp:posOffset>/)
    const paragraphs = paragraphsOf(document)
    const title = paragraphs.find((p) => textOf(p) === 'บันทึกข้อความ') as string
    expect(title).toContain('<w:jc w:val="center"/>')
    expect(runsOf(title).some((r) => r.includes('<w:b/>') && r.includes('<w:sz w:val="58"/>'))).toBe(true)
    const textWidth = 11906 - twips(3) - twips(2)
    const dateRow = paragraphs.find((p) => textOf(p).startsWith('ที่')) as string
    expect(dateRow).toContain(`<w:tab w:val="left" w:pos="${Math.round(textWidth / 2)}" w:leader="dot"/>`)
    expect(dateRow).toContain(`<w:tab w:val="right" w:pos="${textWidth}" w:leader="dot"/>`)
    // Each field ends in a tab (the leader), one per field: ที่ and วันที่ share a row.
    expect(dateRow.match(/<w:r><w:rPr>(?:(?!<\/w:r>)[\s\S])*<w:tab\/><\/w:r>/g)).toHaveLength(2)
    for (const label of ['ส่วนราชการ', 'ที่', 'วันที่', 'เรื่อง']) {
      const run = paragraphs.flatMap(runsOf).find((r) => textOf(r) === label)
      expect(run, label).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="40"\/>/)
    }
    // No rule under the head, nor anywhere else in a memo.
    expect(document).not.toContain('<w:pBdr>')
  })

  it('keeps the emblem and title space empty on pre-printed paper, and stamps urgency in red', async () => {
    const pre = await readDocx(await renderDocx(sampleMemo({ emblem: emblemPng(), preprinted: true })))
    expect(pre.media).toEqual([])
    expect(pre.document).not.toContain('<w:drawing>')
    expect(textOf(pre.document)).not.toContain('บันทึกข้อความ')
    expect(pre.document).toContain(`<w:spacing w:line="${twips(1.5)}" w:lineRule="atLeast"/>`)
    const urgent = await readDocx(await renderDocx(sampleMemo({ urgency: 'ด่วนที่สุด' })))
    const stamp = runsOf(urgent.document).find((r) => textOf(r) === 'ด่วนที่สุด') ?? ''
    expect(stamp).toContain('<w:color w:val="FF0000"/>')
    expect(stamp).toContain('<w:b/>')
  })

  it('centres signature and decision lines on the right half and keeps them together', async () => {
    const { document } = await readDocx(await renderDocx(sampleMemo()))
    const half = Math.round((11906 - twips(3) - twips(2)) / 2)
    const name = paragraphsOf(document).find((p) => textOf(p) === '(นายสะไกร แก้วโสม)') as string
    expect(name).toContain(`<w:ind w:left="${half}"/>`)
    expect(name).toContain('<w:jc w:val="center"/>')
    expect(name).toContain('<w:keepNext/>')
    expect(name).toContain('<w:keepLines/>')
    expect(textOf(document)).toContain('\u2610 อนุมัติ')
    expect(textOf(document)).toContain('\u2610 ไม่อนุมัติ')
  })

  it('uses the office font it is given', async () => {
    const { document, styles } = await readDocx(await renderDocx(sampleMemo(), { fontFamily: 'TH SarabunIT๙' }))
    expect(attrsOf(styles, 'w:rFonts')).toEqual({ 'w:ascii': 'TH SarabunIT๙', 'w:hAnsi': 'TH SarabunIT๙', 'w:eastAsia': 'TH SarabunIT๙', 'w:cs': 'TH SarabunIT๙' })
    expect(document).not.toContain('TH Sarabun New')
  })
})

describe('renderDocx: tables', () => {
  it('lays the columns out by weight over the text width, repeats the header and never splits a row', async () => {
    const model = sampleLogTable(12)
    const { document } = await readDocx(await renderDocx(model))
    const grid = [...document.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))
    const textWidth = 11906 - twips(3) - twips(2)
    expect(grid.reduce((a, b) => a + b, 0)).toBe(textWidth)
    expect(grid.map((w) => Math.round((w / textWidth) * 12))).toEqual([2, 6, 2, 2])
    expect(document).toContain('<w:tblLayout w:type="fixed"/>')
    expect(document.match(/<w:tblHeader\/>/g)).toHaveLength(1)
    expect(document.match(/<w:cantSplit\/>/g)).toHaveLength(13)
    expect(document).toMatch(/<w:tblBorders><w:top w:val="single"/)
  })

  it('draws the request form signatures in a borderless two-column table', async () => {
    const { document } = await readDocx(await renderDocx(sampleRequestForm()))
    const tables = [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0])
    expect(tables).toHaveLength(2)
    const grid = tables[1] as string
    expect(grid.match(/<w:gridCol /g)).toHaveLength(2)
    expect(grid).not.toContain('w:val="single"')
    expect(grid.match(/<w:tr>/g)).toHaveLength(2)
  })
})

describe('renderDocx: spacers and page breaks', () => {
  it('writes a spacer as an exact-height empty line and a page break as a 1-pt line starting the next page', async () => {
    const { document } = await readDocx(await renderDocx(breaksModel()))
    expect(document).toContain('<w:spacing w:line="600" w:lineRule="exact"/>')
    const broken = paragraphsOf(document).filter((p) => p.includes('<w:pageBreakBefore/>'))
    expect(broken).toHaveLength(1)
    expect(broken[0]).toContain('<w:spacing w:line="20" w:lineRule="exact"/>')
    expect(textOf(broken[0] as string)).toBe('')
  })
})
