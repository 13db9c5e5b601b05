/**
 * `doc check`'s path for a file made anywhere: a DOCX written by the `docx` package, the same
 * DOCX turned into PDF by LibreOffice, and a PDF written by pdfmake, through extractText and
 * proofDocument. Each holds a Devanagari word in a district name, a wrong law year and a
 * misspelt head's name, and the checker must find them in every form.
 */
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AppError } from '@shared/result'
import { extractText, proofDocument, type Finding } from '../../../../src-main/documents/proofing'
import { makeTempDir, pngBytes, removeDir } from '../../../helpers/register-fixtures'
import { SEED_FACTS, seedParagraphs } from './seed-facts'

const LINES = [
  'ประกาศสำนักงานสาธารณสุขอำเภอศรีบุญเรือง',
  'เรื่อง แนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน พ.ศ. ๒๕๖๕',
  'ตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๕๐ มาตรา ๙ (๘) กำหนดให้หน่วยงานของรัฐต้องจัดให้มีข้อมูลข่าวสารของราชการไว้ให้ประชาชนเข้าตรวจดูได้',
  '๒. ขั้นตอนการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของสำนักงานสาธารณสุขอำเภอनावังให้ดำเนินการดังนี้',
  'ทั้งนี้ต้องเป็นไปตาม พรบ.ว่าด้วยการกระทำความผิดเกี่ยวกับคอมพิวเตอร์ พ.ศ. ๒๕๖๐ อย่างเคร่งครัด',
  'ประกาศ ณ วันที่ ๓ มกราคม พ.ศ. ๒๕๖๕',
  '(นายสะเกร แก้วใส)',
  'สาธารณสุขอำเภอศรีบุญเรือง'
]

/** What every form of the file must give, whatever its layout does to spaces. */
function essentials(findings: Finding[]): string[] {
  return findings.map((f) => `${f.code} ${f.excerpt.replace(/\s+/g, '')}`).sort()
}
const EXPECTED = [
  'foreign-place สาธารณสุขอำเภอनावัง',
  'foreign-script नाव',
  'law-year พระราชบัญญัติข้อมูลข่าวสารของราชการพ.ศ.๒๕๕๐',
  'name-near-miss นายสะเกรแก้วใส'
].sort()

async function memoDocx(lines: readonly string[], withTable: boolean): Promise<Buffer> {
  const run = (text: string) => new TextRun({ text, font: 'TH Sarabun New', size: 32, language: { value: 'th-TH', bidirectional: 'th-TH' } })
  const body = lines.map((l) => new Paragraph({ alignment: AlignmentType.THAI_DISTRIBUTE, indent: { firstLine: 1418 }, children: [run(l)] }))
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ children: [new TableCell({ children: [new Paragraph({ children: [run('สิงหาคม ๒๕๖๔')] })] }), new TableCell({ children: [new Paragraph({ children: [run('ขออนุญาตเผยแพร่แผนจัดซื้อจัดจ้าง')] })] })] })
    ]
  })
  const doc = new Document({
    sections: [{ properties: { page: { margin: { left: 1701, right: 1134, top: 1418, bottom: 1134 } } }, children: withTable ? [...body, table] : body }]
  })
  return Packer.toBuffer(doc)
}

function soffice(): string | undefined {
  for (const bin of ['soffice', 'libreoffice']) {
    const r = spawnSync(bin, ['--version'], { encoding: 'utf8', timeout: 60_000 })
    if (r.status === 0) return bin
  }
  return undefined
}

/** DOCX → PDF with LibreOffice, in a profile of its own (a second soffice on one profile hands over to the first). */
function toPdf(bin: string, docxPath: string, outDir: string): string {
  const profile = pathToFileURL(join(outDir, 'lo-profile')).href
  const r = spawnSync(bin, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docxPath], { encoding: 'utf8', timeout: 180_000 })
  if (r.status !== 0) throw new Error(`soffice failed (${String(r.status)}): ${r.stderr}`)
  return join(outDir, docxPath.replace(/^.*\//, '').replace(/\.docx$/, '.pdf'))
}

async function pdfmakeBytes(lines: readonly string[]): Promise<Buffer> {
  const require = createRequire(import.meta.url)
  const pdfmake = require('pdfmake') as {
    setFonts(fonts: Record<string, Record<string, string>>): void
    setUrlAccessPolicy(cb: (url: string) => boolean): void
    setLocalAccessPolicy(cb: (path: string) => boolean): void
    createPdf(doc: unknown): { getBuffer(): Promise<Buffer> }
  }
  const ttf = require.resolve('@expo-google-fonts/sarabun/400Regular/Sarabun_400Regular.ttf')
  pdfmake.setFonts({ Sarabun: { normal: ttf, bold: ttf, italics: ttf, bolditalics: ttf } })
  pdfmake.setUrlAccessPolicy(() => false)
  pdfmake.setLocalAccessPolicy((path) => path === ttf)
  return pdfmake.createPdf({ pageSize: 'A4', defaultStyle: { font: 'Sarabun', fontSize: 12 }, content: lines.map((text) => ({ text })) }).getBuffer()
}

describe('extractText + proofDocument on files', () => {
  let dir = ''
  const office = soffice()

  beforeAll(() => {
    dir = makeTempDir('publish-desk-proofing-')
  })
  afterAll(() => removeDir(dir))

  it('reads a DOCX made with the docx package: paragraphs, table cells, and every error', async () => {
    const bytes = await memoDocx(LINES, true)
    const got = await extractText({ fileName: 'memo.docx', bytes })
    expect(got.kind).toBe('docx')
    expect(got.paragraphs).toEqual([...LINES, 'สิงหาคม ๒๕๖๔', 'ขออนุญาตเผยแพร่แผนจัดซื้อจัดจ้าง'])
    expect(essentials(proofDocument(got.paragraphs, SEED_FACTS))).toEqual(EXPECTED)
  })

  it('reads the same DOCX after LibreOffice made it a PDF (ActualText spans included)', async (ctx) => {
    if (!office) {
      console.warn('skipped: LibreOffice (soffice) is not installed — apt-get install libreoffice-writer-nogui')
      return ctx.skip()
    }
    const docxPath = join(dir, 'memo.docx')
    writeFileSync(docxPath, await memoDocx(LINES, false))
    const pdfPath = toPdf(office, docxPath, dir)
    const got = await extractText(pdfPath)
    expect(got.kind).toBe('pdf')
    expect(got.pageCount).toBe(1)
    // LibreOffice draws the Devanagari (which the Thai fonts lack) and ำ with substitute glyphs
    // whose text is only in ActualText: without it pdf.js gives "न" three times and "\u0003".
    expect(got.paragraphs.join('\n')).toContain('สาธารณสุขอำเภอनावั')
    expect(got.paragraphs.join('\n')).not.toMatch(/[\u0000-\u0008]/)
    expect(essentials(proofDocument(got.paragraphs, SEED_FACTS))).toEqual(EXPECTED)
  })

  it('reads a PDF made with pdfmake: ำ restored, the law year found, the missing glyphs flagged', async () => {
    const got = await extractText({ fileName: 'memo.pdf', bytes: await pdfmakeBytes(LINES) })
    expect(got.kind).toBe('pdf')
    expect(got.paragraphs).toContain('ประกาศสำนักงานสาธารณสุขอำเภอศรีบุญเรือง')
    const codes = proofDocument(got.paragraphs, SEED_FACTS).map((f) => f.code)
    // Sarabun has no Devanagari: pdfmake draws .notdef and maps it to U+0000, so what is left
    // to find is text that cannot be read, where the Devanagari was.
    expect(codes).toEqual(expect.arrayContaining(['law-year', 'name-near-miss', 'unreadable-character']))
  })

  it('finds in the whole seed, made DOCX then PDF, what it finds in the seed’s text', async (ctx) => {
    const paragraphs = seedParagraphs()
    const fromText = proofDocument(paragraphs, SEED_FACTS)
    const docxPath = join(dir, 'seed.docx')
    writeFileSync(docxPath, await memoDocx(paragraphs, false))
    const docx = await extractText(docxPath)
    expect(docx.paragraphs).toEqual(paragraphs)
    expect(proofDocument(docx.paragraphs, SEED_FACTS)).toEqual(fromText)

    if (!office) {
      console.warn('skipped (PDF half): LibreOffice (soffice) is not installed — apt-get install libreoffice-writer-nogui')
      return ctx.skip()
    }
    const pdf = await extractText(toPdf(office, docxPath, dir))
    expect(pdf.pageCount).toBeGreaterThan(10)
    const count = (fs: Finding[]) => fs.reduce<Record<string, number>>((acc, f) => ({ ...acc, [f.code]: (acc[f.code] ?? 0) + 1 }), {})
    expect(count(proofDocument(pdf.paragraphs, SEED_FACTS))).toEqual(count(fromText))
  })

  it('refuses other files with a Thai message that says what to do', async () => {
    const refusal = async (fileName: string, bytes: Uint8Array) => {
      try {
        await extractText({ fileName, bytes })
      } catch (e) {
        expect(e).toBeInstanceOf(AppError)
        return (e as AppError).message
      }
      throw new Error(`${fileName} was not refused`)
    }
    expect(await refusal('รูป.png', pngBytes())).toBe('ตรวจ “รูป.png” ไม่ได้ เพราะเนื้อไฟล์เป็นรูปภาพ PNG — ตรวจได้เฉพาะเอกสาร Word (.docx) และ PDF')
    expect(await refusal('บันทึก.txt', new TextEncoder().encode('บันทึกข้อความ'))).toContain('ตรวจได้เฉพาะเอกสาร Word (.docx) และ PDF')
    // A PDF whose bytes are not really a PDF.
    expect(await refusal('เสีย.pdf', new TextEncoder().encode('%PDF-1.7\nnot a pdf'))).toContain('ลองส่งออก PDF ใหม่จากต้นฉบับ')
    await expect(extractText(join(dir, 'ไม่มีไฟล์นี้.docx'))).rejects.toMatchObject({ code: 'not-found' })
  })
})
