/**
 * The office's own TTF for PDFs (issue 3, item 4), with the Thai TrueType fonts Debian ships
 * (fonts-thai-tlwg-ttf) standing in for TH Sarabun New: copied into the data folder, checked as a
 * Thai TrueType font (refused in Thai otherwise, nothing written), scaled so a line holds what TH
 * Sarabun New 16 pt holds, embedded in the memo's PDF (pdffonts) whose text reads back
 * (pdftotext) as the model's, inside the margins; replaced and removed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openFontFile } from '../../../../src-main/documents/pdf/glyph-guard'
import { measuredScale, registerOfficeFont, SARABUN_SCALE, SCALE_SAMPLE, sarabunFamily } from '../../../../src-main/documents/pdf/thai-pdfmake'
import { renderPdf } from '../../../../src-main/documents/render/pdf/render-pdf'
import { OFFICE_FONT_FILES } from '../../../../src-main/services/documents/office-font'
import { skipBecause } from '../../electron-shell/skip'
import { havePoppler, pdfFonts } from '../pdf-thai/poppler'
import { seedParagraphs } from '../pdf-thai/seed-document'
import { expectTextMatches, expectWithinMargins } from '../render-pdf/readback'
import { pdfInfo } from '../render-pdf/pdf-probe'
import { sampleMemo } from '../../../helpers/sample-doc-models'
import { openFixture, requestIn, type RegisterFixture } from '../../../helpers/register-fixtures'
import { refusalNow } from '../../../helpers/refusals'

const TLWG = '/usr/share/fonts/truetype/tlwg'
const font = (name: string) => join(TLWG, name)
const FONTS = ['Garuda.ttf', 'Garuda-Bold.ttf', 'Norasi.ttf', 'Loma.ttf', 'Laksaman.ttf', 'Laksaman-Italic.ttf']
const noTlwg = FONTS.some((f) => !existsSync(font(f))) ? 'the Thai TTFs of fonts-thai-tlwg-ttf are not installed (.ci/run installs them)' : null
const noPoppler = havePoppler() ? null : 'poppler-utils (pdffonts, pdftotext) is not installed'
const ROBOTO = require.resolve('pdfmake/fonts/Roboto/Roboto-Medium.ttf')
const SEED_DAY = '2021-12-24T03:00:00.000Z'

/** What a person uploads: the bytes of a file, under the name it had on their disk. */
const upload = (name: string, fileName = name) => ({ fileName, bytes: readFileSync(font(name)) })
const baseFonts = (file: string) => pdfFonts(file).map((f) => ({ name: f.name.replace(/^[A-Z]{6}\+/, ''), embedded: f.embedded }))

let f: RegisterFixture
beforeEach((ctx) => {
  if (noTlwg) skipBecause(ctx, noTlwg)
  f = openFixture({ start: SEED_DAY })
})
afterEach(() => f?.cleanup())

const docs = () => f.services.documents
const fontAudit = () => f.services.audit.list({ limit: 500 }).filter((e) => e.action === 'office.pdfFont')

describe('measuredScale', () => {
  it('gives Laksaman (TH Sarabun New × 1.5042) 1 / 1.5042, Sarabun its own scale, and agrees with the seed', () => {
    expect(measuredScale(openFontFile(font('Laksaman.ttf')))).toBeCloseTo(1 / 1.5042, 3)
    expect(measuredScale(openFontFile(sarabunFamily().files.normal))).toBeCloseTo(SARABUN_SCALE, 4)
    // The six-paragraph sample stands for the seed's 45 long paragraphs (SARABUN_SCALE's measure).
    const seed = seedParagraphs().filter((p) => !/[\u0900-\u097f]/.test(p))
    for (const name of ['Garuda.ttf', 'Loma.ttf', 'Norasi.ttf']) {
      const face = openFontFile(font(name))
      expect(Math.abs(measuredScale(face, SCALE_SAMPLE) / measuredScale(face, seed) - 1), name).toBeLessThan(0.005)
    }
  })
})

describe('the office font', () => {
  it('is copied into the data folder, drawn at its measured scale, embedded, and its text reads back', async (ctx) => {
    if (noPoppler) skipBecause(ctx, noPoppler)
    expect(docs().pdfFont()).toBeNull()
    // Uploaded in the "wrong" order, under other names: the faces are told apart by the fonts themselves.
    const info = docs().setPdfFont([upload('Garuda-Bold.ttf', 'ตัวหนา.ttf'), upload('Garuda.ttf', 'ฟอนต์ของสำนักงาน.ttf')], f.ids.webmaster)
    expect(info).toMatchObject({ familyName: 'Garuda', regular: { fullName: 'Garuda' }, bold: { fullName: 'Garuda Bold' } })
    expect(info.scale).toBeCloseTo(0.642, 2)
    expect(readFileSync(join(f.dir, OFFICE_FONT_FILES.regular)).equals(readFileSync(font('Garuda.ttf')))).toBe(true)
    expect(readFileSync(join(f.dir, OFFICE_FONT_FILES.bold)).equals(readFileSync(font('Garuda-Bold.ttf')))).toBe(true)
    expect(docs().pdfFont()).toEqual(info)
    const entry = fontAudit()[0]
    expect(entry?.actorId).toBe(f.ids.webmaster)
    expect(entry?.detail).toMatchObject({ familyName: 'Garuda', regular: { originalName: 'ฟอนต์ของสำนักงาน.ttf', sha256: info.regular.sha256 }, bold: { originalName: 'ตัวหนา.ttf' } })

    // The service's own PDF: the memo, in Garuda (regular and bold), with nothing of Sarabun.
    const r = requestIn(f, 'submitted')
    const memo = await docs().export({ kind: 'memo-approval', requestIds: [r.id], format: 'pdf' }, f.ids.webmaster)
    const memoFile = join(f.dir, 'memo.pdf')
    writeFileSync(memoFile, Buffer.from(memo.contentBase64, 'base64'))
    const fonts = baseFonts(memoFile)
    expect(fonts.map((x) => x.name).sort()).toEqual(['Garuda', 'Garuda-Bold'])
    for (const x of fonts) expect(x.embedded, x.name).toBe(true)
    const preview = await docs().prepare({ kind: 'memo-approval', requestIds: [r.id] })
    writeFileSync(join(f.dir, 'preview.pdf'), Buffer.from(preview.previewPdfBase64 ?? '', 'base64'))
    expect(baseFonts(join(f.dir, 'preview.pdf')).map((x) => x.name).sort()).toEqual(['Garuda', 'Garuda-Bold'])

    // A long memo in the same family: every string comes back from pdftotext, nothing beyond the margins.
    const registered = registerOfficeFont({ family: 'office-font-test', regular: join(f.dir, OFFICE_FONT_FILES.regular), bold: join(f.dir, OFFICE_FONT_FILES.bold) })
    if (!registered.ok) throw new Error(registered.error.message)
    const family = registered.value
    expect(family.scale).toBe(info.scale)
    const model = sampleMemo({ extraParagraphs: 6 })
    const longFile = join(f.dir, 'long.pdf')
    writeFileSync(longFile, await renderPdf(model, { font: family }))
    expect(baseFonts(longFile).every((x) => x.name.startsWith('Garuda') && x.embedded)).toBe(true)
    expectTextMatches(longFile, model)
    expectWithinMargins(longFile, model)
    // Scaled to hold what TH Sarabun New holds, as Sarabun is: the same model takes as many pages (±1).
    const sarabunFile = join(f.dir, 'long-sarabun.pdf')
    writeFileSync(sarabunFile, await renderPdf(model))
    expect(Math.abs(pdfInfo(longFile).pages - pdfInfo(sarabunFile).pages)).toBeLessThanOrEqual(1)
  })

  it('is replaced by another (the next PDF embeds the new one) and removed (back to Sarabun)', async (ctx) => {
    if (noPoppler) skipBecause(ctx, noPoppler)
    docs().setPdfFont([upload('Garuda.ttf'), upload('Garuda-Bold.ttf')], f.ids.webmaster)
    const r = requestIn(f, 'submitted')
    const pdfOf = async (name: string) => {
      const file = join(f.dir, name)
      const made = await docs().export({ kind: 'request-form', requestIds: [r.id], format: 'pdf' }, f.ids.webmaster)
      writeFileSync(file, Buffer.from(made.contentBase64, 'base64'))
      return baseFonts(file).map((x) => x.name)
    }
    expect(await pdfOf('garuda.pdf')).toContain('Garuda')

    // One regular face only: the bold file of the earlier font goes, bold text uses Norasi's regular face.
    const norasi = docs().setPdfFont([upload('Norasi.ttf')], f.ids.webmaster)
    expect(norasi).toMatchObject({ familyName: 'Norasi', bold: null })
    expect(existsSync(join(f.dir, OFFICE_FONT_FILES.bold))).toBe(false)
    expect(await pdfOf('norasi.pdf')).toEqual(['Norasi'])

    docs().removePdfFont(f.ids.webmaster)
    expect(docs().pdfFont()).toBeNull()
    expect(existsSync(join(f.dir, OFFICE_FONT_FILES.regular))).toBe(false)
    expect((await pdfOf('sarabun.pdf')).every((name) => name.startsWith('Sarabun'))).toBe(true)
    expect(fontAudit().map((e) => (e.detail as { familyName: string | null }).familyName)).toEqual([null, 'Norasi', 'Garuda'])
  })

  it('refuses, in Thai, what is not one Thai TrueType font in regular (and bold) — writing nothing', () => {
    const notFont = join(f.dir, 'font.ttf')
    writeFileSync(notFont, 'ไม่ใช่ฟอนต์')
    const collection = Buffer.concat([Buffer.from('ttcf', 'latin1'), Buffer.alloc(64)])
    const cff = Buffer.concat([Buffer.from('OTTO', 'latin1'), readFileSync(font('Garuda.ttf')).subarray(4)])
    const cases: [{ fileName: string; bytes: Uint8Array }[], RegExp][] = [
      [[{ fileName: 'font.ttf', bytes: readFileSync(notFont) }], /“?font\.ttf”?.*ไม่ใช่ไฟล์ฟอนต์/],
      [[{ fileName: 'Roboto.ttf', bytes: readFileSync(ROBOTO) }], /Roboto\.ttf.*ไม่มีตัวอักษรไทยครบ/],
      [[{ fileName: 'ชุด.ttc', bytes: collection }], /ชุด\.ttc.*ชุดฟอนต์หลายตัว/],
      [[{ fileName: 'Garuda.otf', bytes: cff }], /Garuda\.otf.*ไม่ใช่ฟอนต์แบบ TrueType/],
      [[upload('Laksaman-Italic.ttf')], /ตัวเอียง/],
      [[upload('Garuda-Bold.ttf')], /เป็นฟอนต์ตัวหนา/],
      [[upload('Garuda.ttf'), upload('Loma.ttf')], /คนละชุด/],
      [[upload('Garuda.ttf'), upload('Garuda.ttf', 'อีกชุด.ttf')], /ตัวปกติ ๑ ไฟล์ และตัวหนา ๑ ไฟล์/]
    ]
    for (const [files, message] of cases) {
      const e = refusalNow(() => docs().setPdfFont(files, f.ids.webmaster))
      expect(e.code, e.message).toMatch(/file-refused|invalid-input/)
      expect(e.message).toMatch(message)
    }
    expect(existsSync(join(f.dir, OFFICE_FONT_FILES.regular))).toBe(false)
    expect(fontAudit()).toEqual([])
    expect(docs().pdfFont()).toBeNull()
    // Only a person in the register may change it.
    expect(refusalNow(() => docs().setPdfFont([upload('Garuda.ttf')], 999)).code).toBe('not-found')
  })
})
