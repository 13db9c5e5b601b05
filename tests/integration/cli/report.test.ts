/**
 * `publish-desk report …` as a person runs it: the real launcher in a child process, over a
 * register whose requests were published in fiscal year ๒๕๖๙ (the last one on 30 September at
 * 23:30 in Bangkok, the next at 00:30 on 1 October). Every file is read back by an independent
 * reader (pdftotext; LibreOffice for the DOCX) and must say its period's months and hold exactly
 * that period's requests.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { libreOffice, missingTools, pageTexts, pdfInfo } from '../documents/render-docx/libreoffice'
import { squeeze } from '../documents/render-docx/model-strings'
import { runCli, seedDataDir, succeeded as ok } from '../../helpers/cli-runner'
import { makeTempDir, removeDir, TestClock } from '../../helpers/register-fixtures'

const reason = missingTools()
if (reason) console.warn(`report CLI: LibreOffice/poppler checks skipped — ${reason}`)

/** Published in Q4 of ๒๕๖๙ (the last one at 23:30 on 30 September in Bangkok), then one in Q1 of ๒๕๗๐. */
const Q4_TITLES = ['แผนปฏิบัติการจัดซื้อจัดจ้าง', 'ผลการจัดซื้อจัดจ้างในรอบเดือน', 'การวางระบบในการจัดการเรื่องร้องเรียนของหน่วยงาน']
const NEXT_TITLE = 'ประกาศเจตนารมณ์การป้องกันการรับสินบน'
const PUBLISHED_AT = ['2026-07-10T03:00:00.000Z', '2026-08-15T03:00:00.000Z', '2026-09-30T16:30:00.000Z', '2026-09-30T17:30:00.000Z']

describe.skipIf(reason !== null)('publish-desk report', () => {
  let root: string
  let dataDir: string
  let out: string
  const ids = { webmaster: 0, requests: [] as number[] }

  const cli = (...args: string[]) => runCli(dataDir, args, { timeoutMs: 120_000 })
  const by = () => ['--by', String(ids.webmaster)]
  const file = (name: string) => join(out, name)
  const text = (pdf: string) => squeeze(pageTexts(pdf).join('\n'))

  beforeAll(() => {
    root = makeTempDir('publish-desk-report-cli-')
    dataDir = join(root, 'data')
    out = join(root, 'out')
    const clock = new TestClock('2026-07-01T03:00:00.000Z')
    seedDataDir(
      dataDir,
      (s, { assistant, head, webmaster }) => {
        ids.webmaster = webmaster
        ;[...Q4_TITLES, NEXT_TITLE].forEach((title, i) => {
          clock.set(PUBLISHED_AT[i] ?? '')
          const r = s.requests.create({ ownerUnit: 'งานบริหารทั่วไป', requestDate: clock.today(), title, requesterId: assistant, categoryCode: '1.8', byId: assistant, externalLink: 'https://sso.example/doc' })
          s.requests.transition({ id: r.id, action: 'submit', byId: assistant })
          s.requests.transition({ id: r.id, action: 'approve', byId: head })
          s.requests.transition({ id: r.id, action: 'publish', byId: webmaster, publicUrl: 'https://sso.example/x' })
          ids.requests.push(r.id)
        })
      },
      clock
    )
    mkdirSync(out)
  })
  afterAll(() => removeDir(root))

  it('writes the quarter’s log as PDF with exactly its requests and a note from a file', () => {
    const notes = file('notes.json')
    writeFileSync(notes, JSON.stringify({ [String(ids.requests[1])]: 'ฉบับแก้ไขตามบันทึก' }))
    const stdout = ok(cli('report', 'quarter', '--fy', '2569', '--quarter', '4', '--notes', notes, '--date', '2026-10-05', '--out', file('q4.pdf'), ...by()))
    expect(stdout).toContain('ไตรมาสที่ ๔ (ก.ค. - ก.ย. ๒๕๖๙): 3 รายการ')
    const t = text(file('q4.pdf'))
    expect(t).toContain(squeeze('เดือน กรกฎาคม - กันยายน ๒๕๖๙'))
    for (const title of Q4_TITLES) expect(t).toContain(squeeze(title))
    expect(t).not.toContain(squeeze(NEXT_TITLE))
    expect(t).toContain(squeeze('ฉบับแก้ไขตามบันทึก'))
    expect(t).toContain(squeeze('ลิงก์ภายนอก'))
    expect(pdfInfo(file('q4.pdf')).pageSize).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)$/)

    const next = ok(cli('report', 'quarter', '--fy', '2570', '--quarter', '1', '--out', file('next.pdf'), ...by()))
    expect(next).toContain('ไตรมาสที่ ๑ (ต.ค. - ธ.ค. ๒๕๖๙): 1 รายการ')
    expect(text(file('next.pdf'))).toContain(squeeze(NEXT_TITLE))
  }, 180_000)

  it('writes the 12-month round as DOCX, which LibreOffice reads with both years in its title', () => {
    ok(cli('report', 'round', '--fy', '2569', '--months', '12', '--date', '2026-10-05', '--out', file('year.docx'), ...by()))
    const lo = libreOffice()
    try {
      lo.convert([file('year.docx')], join(out, 'lo'))
    } finally {
      lo.dispose()
    }
    const t = text(join(out, 'lo', 'year.pdf'))
    expect(t).toContain(squeeze('เดือน ตุลาคม ๒๕๖๘ - กันยายน ๒๕๖๙'))
    for (const title of Q4_TITLES) expect(t).toContain(squeeze(title))
    expect(t).not.toContain(squeeze(NEXT_TITLE))
  }, 180_000)

  it('writes the follow-up memo, numbered, and files it as a draft request holding its PDF', () => {
    const stdout = ok(cli('report', 'follow-up', '--fy', '2569', '--quarter', '4', '--date', '2026-10-05', '--file-request', '--out', file('follow-up.pdf'), ...by()))
    expect(stdout).toContain('เลขที่หนังสือ: นภ ๐๓๓๒/๑')
    const requestId = /คำขอเผยแพร่เลขที่ ([๐-๙]+)/.exec(stdout)?.[1]
    expect(requestId).toBeDefined()
    const t = text(file('follow-up.pdf'))
    for (const s of ['รายงานผลการติดตามการดำเนินงาน', 'ไตรมาสที่ ๔ (ก.ค. - ก.ย. ๒๕๖๙)', 'ปัญหา/อุปสรรค', `๑. ${Q4_TITLES[0]}`]) expect(t).toContain(squeeze(s))
    const listed = JSON.parse(ok(cli('--json', 'request', 'show', String(Number(requestId?.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50))))))) as { status: string; attachments: { kind: string }[] }
    expect(listed.status).toBe('draft')
    expect(listed.attachments.map((a) => a.kind)).toEqual(['pdf'])
  }, 180_000)

  it('writes the MOIT 1 set of a fiscal year into a folder', () => {
    const dir = file('moit1-2570')
    const stdout = ok(cli('report', 'yearly-set', '--fy', '2570', '--date', '2026-10-01', '--out', dir, ...by()))
    const names = readdirSync(dir).sort()
    expect(names).toHaveLength(7)
    expect(names.every((n) => n.endsWith('.pdf'))).toBe(true)
    expect(names[0]).toMatch(/^01-ประกาศแนวทางเผยแพร่-ปีงบ2570\.pdf$/)
    expect(stdout).toMatch(/บันทึกชุดเอกสาร MOIT ๑ ปีงบประมาณ 2570 แล้ว 7 ไฟล์/)
    const report = names.find((n) => n.includes('บันทึกรายงานผลการเผยแพร่'))
    expect(report).toBe('05-บันทึกรายงานผลการเผยแพร่-ปีงบ2569-รอบ12เดือน.pdf')
    const t = text(join(dir, report ?? ''))
    for (const title of Q4_TITLES) expect(t).toContain(squeeze(title))
    // Made again: the requests are found, not filed twice.
    const again = ok(cli('report', 'yearly-set', '--fy', '2570', '--date', '2026-10-01', '--out', file('moit1-again'), ...by()))
    expect(again).toMatch(/ใช้คำขอเผยแพร่เลขที่/)
    expect(again).not.toMatch(/สร้างคำขอเผยแพร่เลขที่/)
  }, 180_000)

  it('refuses a command line that does not fit, and a note for a request of another quarter, writing nothing', () => {
    const both = cli('report', 'follow-up', '--fy', '2569', '--quarter', '4', '--months', '6', '--out', file('x.pdf'), ...by())
    expect(both.code).toBe(2)
    expect(both.stderr).toContain('--quarter หรือ --months อย่างใดอย่างหนึ่ง')
    const five = cli('report', 'quarter', '--fy', '2569', '--quarter', '5', '--out', file('x.pdf'), ...by())
    expect(five.code).toBe(2)
    expect(five.stderr).toContain('ไตรมาสต้องเป็น 1, 2, 3 หรือ 4')
    const notes = file('wrong-notes.json')
    writeFileSync(notes, JSON.stringify({ [String(ids.requests[3])]: 'ผิดไตรมาส' }))
    const wrong = cli('report', 'quarter', '--fy', '2569', '--quarter', '4', '--notes', notes, '--out', file('x.pdf'), ...by())
    expect(wrong.code).toBe(1)
    expect(wrong.stderr).toMatch(/^ข้อผิดพลาด: มีหมายเหตุของคำขอเลขที่ .* แต่คำขอนี้ไม่ได้เผยแพร่ในไตรมาสที่ ๔/)
    expect(existsSync(file('x.pdf'))).toBe(false)
  }, 180_000)
})
