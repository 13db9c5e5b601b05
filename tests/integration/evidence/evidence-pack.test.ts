/**
 * The evidence pack of MOIT 1 for the 6-month round of FY ๒๕๖๙, read back by independent readers:
 * pdfinfo for its page count, pdftotext for the contents page and for the page each part is said
 * to start on, pdfimages for the placed JPEG, and pdf-lib for the page count of each part made
 * separately (the attachments as uploaded; the memo and the form as the documents screen previews
 * them). What must not be in the pack — another indicator, another period, not published, the
 * day before the fiscal year in Bangkok, withdrawn, rejected — is looked for in the whole text.
 */
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentSpecInput } from '@shared/domain/documents-schemas'
import type { ReportPeriod } from '@shared/domain/report-period'
import { AppError } from '@shared/result'
import { toArabicDigits } from '@shared/thai'
import type { EvidencePackResult } from '../../../src-main/services/evidence/evidence-service'
import { countRows, pdfBytes } from '../../helpers/register-fixtures'
import { missingTools, pageLines, pageTexts, pdfInfo } from '../documents/render-docx/libreoffice'
import { squeeze } from '../documents/render-docx/model-strings'
import { BOOK_NO, evidenceRegister, TITLES, URLS, type EvidenceRegister } from './evidence-fixture'

const reason = missingTools()
if (reason) console.warn(`evidence pack: skipped — ${reason}`)

const ROUND6: ReportPeriod = { kind: 'round', fiscalYear: 2569, months: 6 }

/** Text compared as digits-in-Arabic, NFKC, Thai without spaces (see squeeze). */
const norm = (text: string) => squeeze(toArabicDigits(text))

async function pagesOf(bytes: Uint8Array): Promise<number> {
  return (await PDFDocument.load(bytes)).getPageCount()
}

describe.skipIf(reason !== null)('evidence pack (PDF)', () => {
  let reg: EvidenceRegister
  let pack: EvidencePackResult
  let file: string
  let bookNumbersBefore: number
  let auditBefore: number
  /** Page texts of the whole pack, 1-based by index + 1. */
  let pages: string[]

  beforeAll(async () => {
    reg = await evidenceRegister()
    const s = reg.f.services
    bookNumbersBefore = (s.db.prepare('SELECT count(*) AS n FROM book_number').get() as { n: number }).n
    auditBefore = countRows(s, 'audit_log')
    pack = await s.evidence.pack({ indicatorCode: 'MOIT 1', period: ROUND6 }, reg.f.ids.webmaster)
    file = join(reg.f.dir, 'pack.pdf')
    writeFileSync(file, pack.bytes)
    pages = pageTexts(file)
  }, 120_000)

  afterAll(() => reg?.f.cleanup())

  /** Pages of each part made apart from the pack, in the pack's order. */
  async function independentParts(): Promise<{ requestId: number; what: string; pages: number }[]> {
    const s = reg.f.services
    const preview = async (spec: DocumentSpecInput) => {
      const p = await s.documents.prepare(spec)
      if (!p.previewPdfBase64) throw new Error(`no preview: ${p.previewError}`)
      return pagesOf(Buffer.from(p.previewPdfBase64, 'base64'))
    }
    const { boundary, numbered, plain } = reg.r
    const memo = (id: number, date: string, bookNo?: string) =>
      preview({ kind: 'memo-approval', requestIds: [id], date, bookNo: bookNo ? { mode: 'manual', value: bookNo } : { mode: 'none' } })
    const form = (id: number) => preview({ kind: 'request-form', requestIds: [id] })
    return [
      { requestId: boundary.id, what: 'memo', pages: await memo(boundary.id, boundary.requestDate) },
      { requestId: boundary.id, what: 'EVIDENCE-BOUNDARY', pages: await pagesOf(pdfBytes('EVIDENCE-BOUNDARY')) },
      { requestId: boundary.id, what: 'form', pages: await form(boundary.id) },
      { requestId: numbered.id, what: 'memo', pages: await memo(numbered.id, '2025-11-07', BOOK_NO) },
      { requestId: numbered.id, what: 'EVIDENCE-NUMBERED', pages: await pagesOf(reg.files.numberedPdf) },
      { requestId: numbered.id, what: 'image', pages: 1 },
      { requestId: numbered.id, what: 'form', pages: await form(numbered.id) },
      { requestId: plain.id, what: 'memo', pages: await memo(plain.id, plain.requestDate) },
      { requestId: plain.id, what: 'EVIDENCE-PLAIN', pages: await pagesOf(reg.files.plainPdf) },
      { requestId: plain.id, what: 'form', pages: await form(plain.id) }
    ]
  }

  it('holds the published items of the period linked to the indicator, in publication order', () => {
    expect(pack.items.map((i) => i.requestId)).toEqual([reg.r.boundary.id, reg.r.numbered.id, reg.r.plain.id])
    expect(pack.items.map((i) => i.publishedOn)).toEqual(['2025-10-01', '2025-11-10', '2026-01-20'])
    expect(pack.fileName).toBe('หลักฐาน-MOIT1-ปีงบ2569-รอบ6เดือน.pdf')
  })

  it('has as many pages as its parts made separately, plus the contents page(s)', async () => {
    const parts = await independentParts()
    const info = pdfInfo(file)
    expect(pack.contentsPageCount).toBeGreaterThanOrEqual(1)
    expect(info.pages).toBe(pack.contentsPageCount + parts.reduce((sum, p) => sum + p.pages, 0))
    expect(info.pages).toBe(pack.pageCount)
    expect(info.pageSize).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)$/)
    // The contents are the first pages, and nothing else is: the next page is the first memo.
    expect(norm(pages[0] ?? '')).toContain(norm('สารบัญเอกสารหลักฐาน'))
    for (let p = 0; p < pack.contentsPageCount; p++) expect(norm(pages[p] ?? '')).toContain(norm('ส่วนประกอบ'))
    expect(norm(pages[pack.contentsPageCount] ?? '')).toContain(norm('บันทึกข้อความ'))
  })

  it('lists every item on the contents page with the page each of its parts starts on', async () => {
    const parts = await independentParts()
    const expected: number[] = []
    let page = pack.contentsPageCount + 1
    for (const p of parts) {
      expected.push(page)
      page += p.pages
    }
    // The page column, read from the contents page(s): numbers right of the "หน้า" header's left edge.
    const printed: number[] = []
    for (let p = 1; p <= pack.contentsPageCount; p++) {
      const lines = pageLines(file, p)
      const header = lines.flatMap((l) => l.words).find((w) => w.text === 'หน้า')
      if (!header) throw new Error(`no page column header on contents page ${p}`)
      for (const line of lines) for (const w of line.words) if (w.xMin >= header.xMin - 8 && /^\d+$/.test(toArabicDigits(w.text))) printed.push(Number(toArabicDigits(w.text)))
    }
    expect(printed).toEqual(expected)
    expect(pack.items.flatMap((i) => i.parts.filter((p) => p.startPage !== null).map((p) => p.startPage))).toEqual(expected)

    const contents = norm(pages.slice(0, pack.contentsPageCount).join('\n'))
    for (const title of [TITLES.boundary, TITLES.numbered, TITLES.plain]) expect(contents).toContain(norm(title))
    for (const date of ['1 ต.ค. 2568', '10 พ.ย. 2568', '20 ม.ค. 2569']) expect(contents).toContain(norm(date))
    expect(contents).toContain(norm('ตัวชี้วัด MOIT 1 หน่วยงานมีการกำหนดมาตรการ'))
    expect(contents).toContain(norm(reg.f.services.office.get()?.name ?? '-'))
    expect(contents).toContain(norm('ปีงบประมาณ 2569 รอบ 6 เดือน (ต.ค. 2568 - มี.ค. 2569)'))
    // The memo's number as the register holds it, or said to be left blank.
    expect(contents).toContain(norm(`ที่ ${BOOK_NO} (ตามทะเบียนหนังสือส่ง)`))
    expect(contents.split(norm('ไม่มีเลขที่ในทะเบียนหนังสือส่ง — เว้นเลขที่ไว้')).length - 1).toBe(2)
    // The DOCX is not merged: listed with its live public URL (never the removed one).
    expect(contents).toContain(norm(`แบบฟอร์มประกอบ.docx — แนบเป็นไฟล์ต้นฉบับ:`))
    expect(contents.replace(/\s/g, '')).toContain(URLS.numberedDocx)
    expect(contents).not.toContain('OLD-REMOVED')

    // Each part starts where the contents says: read the page itself.
    const at = (n: number) => norm(pages[n - 1] ?? '')
    const [b, n, p] = pack.items
    if (!b || !n || !p) throw new Error('three items expected')
    const start = (item: typeof b, kind: string, k = 0) => item.parts.filter((x) => x.kind === kind)[k]?.startPage ?? -1
    for (const item of [b, n, p]) {
      const title = norm(item.title)
      expect(at(start(item, 'memo')), `memo of ${item.title}`).toContain(norm('บันทึกข้อความ'))
      expect(at(start(item, 'memo'))).toContain(title)
      expect(at(start(item, 'form')), `form of ${item.title}`).toContain(norm('แบบฟอร์ม'))
      expect(at(start(item, 'form'))).toContain(title)
    }
    expect(at(start(b, 'document'))).toContain('EVIDENCE-BOUNDARY')
    expect(at(start(n, 'document'))).toContain('EVIDENCE-NUMBERED p1')
    expect(at(start(n, 'document') + 2)).toContain('EVIDENCE-NUMBERED p3')
    expect(at(start(p, 'document'))).toContain('EVIDENCE-PLAIN p1')
    expect(at(start(p, 'document') + 1)).toContain('EVIDENCE-PLAIN p2')
    const imagePage = start(n, 'image')
    const images = spawnSync('pdfimages', ['-list', '-f', String(imagePage), '-l', String(imagePage), file], { encoding: 'utf8' })
    expect(images.stdout.trim().split('\n').slice(2)).toHaveLength(1)
    // The numbered memo prints the register's number; the others leave ที่ blank.
    expect(at(start(n, 'memo'))).toContain(norm(BOOK_NO))
    expect(at(start(b, 'memo'))).not.toContain('0332/')
  })

  it('leaves out items of other indicators and periods, unpublished, withdrawn and rejected ones', () => {
    const whole = norm(pages.join('\n'))
    for (const title of [TITLES.otherIndicator, TITLES.laterQuarter, TITLES.notPublished, TITLES.dayBefore, TITLES.withdrawn, TITLES.rejected]) {
      expect(whole, title).not.toContain(norm(title))
    }
    for (const label of ['EVIDENCE-OTHER', 'EVIDENCE-LATER', 'EVIDENCE-WITHDRAWN']) expect(whole).not.toContain(label)
  })

  it('takes no book number and records the file it made in the audit log', () => {
    const s = reg.f.services
    expect((s.db.prepare('SELECT count(*) AS n FROM book_number').get() as { n: number }).n).toBe(bookNumbersBefore)
    expect(countRows(s, 'audit_log')).toBe(auditBefore + 1)
    const entry = s.audit.list({ offset: 0, limit: 1 })[0]
    expect(entry?.action).toBe('evidence.pack')
    expect(entry?.actorId).toBe(reg.f.ids.webmaster)
    expect(entry?.detail).toMatchObject({ indicatorCode: 'MOIT 1', sha256: pack.sha256, pageCount: pack.pageCount, start: '2025-10-01', end: '2026-03-31' })
  })

  it('follows the period asked for: a quarter, the 12-month round', async () => {
    const s = reg.f.services
    const q1 = await s.evidence.pack({ indicatorCode: 'moit1', period: { kind: 'quarter', fiscalYear: 2569, quarter: 1 } })
    expect(q1.items.map((i) => i.requestId)).toEqual([reg.r.boundary.id, reg.r.numbered.id])
    const year = await s.evidence.pack({ indicatorCode: 'MOIT ๑', period: { kind: 'round', fiscalYear: 2569, months: 12 } })
    expect(year.items.map((i) => i.requestId)).toEqual([reg.r.boundary.id, reg.r.numbered.id, reg.r.plain.id, reg.r.laterQuarter.id])
  }, 60_000)

  it('says in Thai when the indicator has nothing published in the period, and records nothing', async () => {
    const s = reg.f.services
    const before = countRows(s, 'audit_log')
    for (const code of ['MOIT 3', 'MOIT 5']) {
      const refused = await s.evidence.pack({ indicatorCode: code, period: ROUND6 }).catch((e: unknown) => e)
      expect(refused).toBeInstanceOf(AppError)
      expect((refused as AppError).code).toBe('not-found')
      expect((refused as AppError).message).toContain(`ตัวชี้วัด ${code} ยังไม่มีรายการที่เผยแพร่แล้วในปีงบประมาณ ๒๕๖๙ รอบ ๖ เดือน`)
    }
    const unknown = await s.evidence.pack({ indicatorCode: 'MOIT 99', period: ROUND6 }).catch((e: unknown) => e)
    expect((unknown as AppError).message).toMatch(/^ไม่พบตัวชี้วัด “MOIT 99” ในปีงบประมาณ ๒๕๖๙ — ตัวชี้วัดของปีนี้มี MOIT 1, MOIT 2/)
    expect(countRows(s, 'audit_log')).toBe(before)
  })
})
