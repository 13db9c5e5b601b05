/**
 * The reports as files, read back by independent readers like the other documents: the quarterly
 * log of a busy quarter (several pages) and the follow-up memo, as PDF through poppler (A4, fonts
 * embedded, the model's text and nothing else, nothing beyond the margins, the table's header on
 * top of every page) and as DOCX through LibreOffice headless (every string of the model printed).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { DocModel } from '@shared/documents/model'
import { toArabicDigits } from '@shared/thai'
import { periodRange, type ReportPeriod } from '@shared/domain/report-period'
import { buildFollowUpMemo, buildQuarterlyLog, makeContext } from '../../../src-main/documents/builders'
import { publishedIn } from '../../../src-main/services/reports/published-items'
import { skipBecause } from '../electron-shell/skip'
import { havePoppler } from '../documents/pdf-thai/poppler'
import { libreOffice, missingTools, pageTexts, pdfInfo as loPdfInfo } from '../documents/render-docx/libreoffice'
import { bodyText, missingStrings } from '../documents/render-docx/model-strings'
import { expectA4, expectFontsEmbedded, expectTextMatches, expectWithinMargins, findLine } from '../documents/render-pdf/readback'
import { makeTempDir, openFixture, removeDir, requestInput, type RegisterFixture } from '../../helpers/register-fixtures'

const Q4: ReportPeriod = { kind: 'quarter', fiscalYear: 2569, quarter: 4 }
const DATE = '2026-10-05'
const ROWS = 70
const HEADER = 'วัน เดือน ปี เรื่อง เอกสารแนบ หมายเหตุ'
const SUBJECTS = [
  'ขออนุญาตเผยแพร่แผนปฏิบัติการจัดซื้อจัดจ้างประจำปีงบประมาณ ๒๕๖๙',
  'ขออนุญาตเผยแพร่ผลการจัดซื้อจัดจ้างในรอบเดือน',
  'ขออนุญาตเผยแพร่การวางระบบในการจัดการเรื่องร้องเรียนของหน่วยงาน',
  'ขออนุญาตเผยแพร่การวิเคราะห์ความเสี่ยงเกี่ยวกับผลประโยชน์ทับซ้อนในหน่วยงาน',
  'ภาพข่าวกิจกรรมรณรงค์ป้องกันโรคไข้เลือดออก'
]

const poppler = havePoppler()
const loMissing = missingTools()

let f: RegisterFixture
let dir: string
const files: Record<string, string> = {}
const models: Record<string, DocModel> = {}
/** As the export printed it (Thai digits); the builder takes the register's spelling. */
let memoBookNo = ''

beforeAll(async () => {
  f = openFixture({ start: '2026-07-01T02:00:00.000Z' })
  dir = makeTempDir('publish-desk-reports-')
  const r = f.services.requests
  for (let i = 0; i < ROWS; i++) {
    // Spread over the quarter, a few a day; every tenth carries a note.
    f.clock.set(new Date(Date.parse('2026-07-01T02:00:00.000Z') + i * 31 * 3_600_000).toISOString())
    const d = r.create(requestInput(f, { title: `${SUBJECTS[i % SUBJECTS.length]} (ครั้งที่ ${i + 1})`, note: i % 10 === 0 ? 'ฉบับแก้ไข' : '' }))
    r.transition({ id: d.id, action: 'submit', byId: f.ids.assistant })
    r.transition({ id: d.id, action: 'approve', byId: f.ids.head })
    r.transition({ id: d.id, action: 'publish', byId: f.ids.webmaster, publicUrl: `https://sso.example/${i}` })
  }
  f.clock.set(`${DATE}T03:00:00.000Z`)
  const s = f.services
  for (const format of ['pdf', 'docx'] as const) {
    const log = await s.reports.exportQuarterLog({ period: Q4, format, acknowledged: [] }, f.ids.webmaster)
    const memo = await s.reports.exportFollowUp({ period: Q4, format, acknowledged: [] }, f.ids.webmaster)
    files[`log.${format}`] = join(dir, `log.${format}`)
    files[`memo.${format}`] = join(dir, `memo.${format}`)
    writeFileSync(files[`log.${format}`]!, log.bytes)
    writeFileSync(files[`memo.${format}`]!, memo.bytes)
    if (format === 'pdf') memoBookNo = memo.bookNo ?? ''
  }
  // The same documents built from the same register by the builders, to compare the files with.
  const office = s.office.get()
  if (!office) throw new Error('no office')
  const people = s.people.list()
  const person = (id: number) => people.find((p) => p.id === id) ?? (() => { throw new Error(`no person ${id}`) })()
  const items = publishedIn(s.db, periodRange(Q4))
  const store = s.documents.templates.store
  models.log = buildQuarterlyLog({ period: Q4, date: DATE, items, reporter: person(f.ids.webmaster), head: person(f.ids.head) }, makeContext({ office, people, template: store.load('quarterly-log') }))
  const bookNo = toArabicDigits(memoBookNo)
  expect(bookNo).toBe('นภ 0332/1')
  models.memo = buildFollowUpMemo(
    { period: Q4, date: DATE, items, bookNo, from: person(f.ids.assistant), head: person(f.ids.head) },
    makeContext({ office, people, template: store.load('memo-quarterly-report') })
  )
  if (!loMissing) {
    const lo = libreOffice()
    try {
      mkdirSync(join(dir, 'lo'), { recursive: true })
      lo.convert([files['log.docx']!, files['memo.docx']!], join(dir, 'lo'))
    } finally {
      lo.dispose()
    }
  }
}, 240_000)

afterAll(() => {
  f?.cleanup()
  if (dir) removeDir(dir)
})

describe('the quarterly log as PDF', () => {
  beforeEach((ctx) => {
    if (!poppler) skipBecause(ctx, 'poppler-utils (pdftotext, pdfinfo, pdffonts) is not installed; .ci/run installs it')
  })

  it('is A4 over several pages, with its fonts embedded and the model’s text', () => {
    const model = models.log!
    expect(model.blocks.find((b) => b.type === 'table')).toMatchObject({ repeatHeader: true })
    const pages = loPdfInfo(files['log.pdf']!).pages
    expect(pages).toBeGreaterThanOrEqual(3)
    expectA4(files['log.pdf']!, pages, model.title)
    expectFontsEmbedded(files['log.pdf']!, 'Sarabun')
    expectTextMatches(files['log.pdf']!, model, HEADER)
  })

  it('keeps every word within the margins and repeats the table’s header on top of every page', () => {
    const lines = expectWithinMargins(files['log.pdf']!, models.log!)
    const pages = Math.max(...lines.map((l) => l.page))
    for (let page = 1; page <= pages; page++) {
      const header = findLine(lines, page, 'วัน เดือน ปี')
      const first = lines.filter((l) => l.page === page && !/^-/.test(l.words[0]?.text ?? '')).sort((a, b) => a.yMin - b.yMin)
      // Page one starts with the title; every later page with the header row.
      if (page > 1) expect(first[0]).toBe(header)
    }
  })
})

describe('the follow-up memo as PDF', () => {
  beforeEach((ctx) => {
    if (!poppler) skipBecause(ctx, 'poppler-utils (pdftotext, pdfinfo, pdffonts) is not installed; .ci/run installs it')
  })

  it('is A4 with its fonts embedded, reads back as its model, and stays within the margins', () => {
    const model = models.memo!
    const pages = loPdfInfo(files['memo.pdf']!).pages
    expectA4(files['memo.pdf']!, pages, model.title)
    expectFontsEmbedded(files['memo.pdf']!, 'Sarabun')
    expectTextMatches(files['memo.pdf']!, model)
    expectWithinMargins(files['memo.pdf']!, model)
  })
})

describe('the reports as DOCX, converted by LibreOffice', () => {
  beforeEach((ctx) => {
    if (loMissing) skipBecause(ctx, `${loMissing}; .ci/run installs LibreOffice and poppler-utils`)
  })

  it('prints every string of the log, on A4', () => {
    const pdf = join(dir, 'lo', 'log.pdf')
    expect(loPdfInfo(pdf).pageSize).toMatch(/595\.\d* x 841\.\d* pts \(A4\)/)
    const text = bodyText(pageTexts(pdf))
    expect(missingStrings(models.log!, text)).toEqual([])
    // The header row comes back on every page Word or LibreOffice breaks the table onto.
    const pages = pageTexts(pdf)
    expect(pages.length).toBeGreaterThanOrEqual(2)
    for (const page of pages.slice(1)) expect(page).toMatch(/วัน\s*เดือน\s*ปี/)
  })

  it('prints every string of the follow-up memo, on A4', () => {
    const pdf = join(dir, 'lo', 'memo.pdf')
    expect(loPdfInfo(pdf).pageSize).toMatch(/595\.\d* x 841\.\d* pts \(A4\)/)
    expect(missingStrings(models.memo!, bodyText(pageTexts(pdf)))).toEqual([])
  })
})
