/**
 * `publish-desk evidence` as a person runs it: the real launcher in a child process over the
 * evidence register. The files it writes are read back by pdfinfo/pdftotext and by an RFC 4180
 * reading; refusals exit 1 (the register's Thai reason) or 2 (a command line that does not fit)
 * and leave no file behind, not even a temporary one.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { toArabicDigits } from '@shared/thai'
import { missingTools, pageTexts, pdfInfo } from '../documents/render-docx/libreoffice'
import { squeeze } from '../documents/render-docx/model-strings'
import { runCli } from '../../helpers/cli-runner'
import { evidenceRegister, TITLES, type EvidenceRegister } from './evidence-fixture'

const reason = missingTools()
if (reason) console.warn(`evidence CLI: skipped — ${reason}`)

describe.skipIf(reason !== null)('publish-desk evidence', () => {
  let reg: EvidenceRegister
  let out: string

  const cli = (...args: string[]) => runCli(reg.f.dir, args, { timeoutMs: 120_000 })
  const file = (name: string) => join(out, name)

  beforeAll(async () => {
    reg = await evidenceRegister()
    out = join(reg.f.dir, 'out')
    mkdirSync(out)
  }, 120_000)

  afterAll(() => reg?.f.cleanup())

  it('writes the evidence pack of a MOIT round and says what it holds', () => {
    const run = cli('--json', 'evidence', '--indicator', 'MOIT 1', '--fy', '2569', '--months', '6', '--out', file('หลักฐาน.pdf'), '--by', String(reg.f.ids.webmaster))
    expect(run.code, run.stderr).toBe(0)
    const result = JSON.parse(run.stdout) as { written: boolean; path: string; pageCount: number; items: { requestId: number }[] }
    expect(result.written).toBe(true)
    expect(result.path).toBe(file('หลักฐาน.pdf'))
    expect(result.items.map((i) => i.requestId)).toEqual([reg.r.boundary.id, reg.r.numbered.id, reg.r.plain.id])
    expect(pdfInfo(file('หลักฐาน.pdf')).pages).toBe(result.pageCount)
    const contents = squeeze(toArabicDigits(pageTexts(file('หลักฐาน.pdf'))[0] ?? ''))
    expect(contents).toContain(squeeze(toArabicDigits(TITLES.numbered)))

    const human = cli('evidence', '--indicator', 'MOIT 1', '--fy', '2569', '--quarter', '1', '--out', file('q1.pdf'))
    expect(human.code, human.stderr).toBe(0)
    expect(human.stdout).toContain(`บันทึกเล่มหลักฐานแล้ว: ${file('q1.pdf')}`)
    expect(human.stdout).toMatch(/2 รายการ \d+ หน้า \(สารบัญ 1 หน้า\)/)
  }, 120_000)

  it('writes the checklist as CSV and XLSX', () => {
    const run = cli('evidence', '--indicator', 'MOIT 1', '--fy', '2569', '--months', '6', '--checklist', 'csv', '--out', file('รายการ.csv'))
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toContain('7 รายการ มีหลักฐาน 3 รายการ ไม่มี 4 รายการ')
    const bytes = readFileSync(file('รายการ.csv'))
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(bytes.toString('utf8')).toContain(`MOIT 1,1,${TITLES.boundary},มี,`)
    const xlsx = cli('evidence', '--indicator', 'MOIT 1', '--fy', '2569', '--checklist', 'xlsx', '--out', file('รายการ.xlsx'))
    expect(xlsx.code, xlsx.stderr).toBe(0)
    // An XLSX is a zip: its first bytes are a local file header.
    expect(readFileSync(file('รายการ.xlsx')).subarray(0, 2).toString('latin1')).toBe('PK')
  }, 120_000)

  it('refuses in Thai when there is no evidence, and writes nothing', () => {
    const before = readdirSync(out)
    const run = cli('evidence', '--indicator', 'MOIT 3', '--fy', '2569', '--months', '6', '--out', file('ไม่มี.pdf'))
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('ตัวชี้วัด MOIT 3 ยังไม่มีรายการที่เผยแพร่แล้ว')
    expect(run.stderr).toContain('รายการตรวจหลักฐาน (XLSX/CSV) ยังทำได้')
    const unknown = cli('evidence', '--indicator', 'MOIT 99', '--fy', '2569', '--out', file('ไม่มี.pdf'))
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toContain('ไม่พบตัวชี้วัด “MOIT 99” ในปีงบประมาณ ๒๕๖๙')
    expect(readdirSync(out)).toEqual(before)
    expect(existsSync(file('ไม่มี.pdf'))).toBe(false)
  }, 120_000)

  it('refuses a command line that does not fit with exit code 2', () => {
    const both = cli('evidence', '--indicator', 'MOIT 1', '--fy', '2569', '--months', '6', '--quarter', '2', '--out', file('x.pdf'))
    expect(both.code).toBe(2)
    expect(both.stderr).toContain('เลือกได้อย่างใดอย่างหนึ่ง: --months (รอบการประเมิน) หรือ --quarter (ไตรมาส)')
    const ext = cli('evidence', '--indicator', 'MOIT 1', '--fy', '2569', '--checklist', 'xlsx', '--out', file('x.csv'))
    expect(ext.code).toBe(2)
    expect(ext.stderr).toContain('ต้องลงท้ายด้วย .xlsx')
    const months = cli('evidence', '--indicator', 'MOIT 1', '--fy', '2569', '--months', '9', '--out', file('x.pdf'))
    expect(months.code).toBe(2)
    expect(months.stderr).toContain('รอบการประเมิน MOIT ต้องเป็น 6 หรือ 12')
    expect(existsSync(file('x.pdf')) || existsSync(file('x.csv'))).toBe(false)
  }, 120_000)
})
