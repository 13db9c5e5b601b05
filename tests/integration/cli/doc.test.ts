/**
 * `publish-desk doc …` as a person runs it: the real launcher in a child process, over a register
 * set up like the seed's office. Every file it writes is read back by an independent reader —
 * DOCX through LibreOffice (private profile) and pdftotext, PDF through pdftotext — and must carry
 * the request's title, the office's name and the requester's and the head's names on A4.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentCheck } from '@shared/domain/documents-schemas'
import { libreOffice, missingTools, pageTexts, pdfInfo } from '../documents/render-docx/libreoffice'
import { squeeze } from '../documents/render-docx/model-strings'
import { registeredBookNumbers, runCli, seedDataDir, succeeded as ok } from '../../helpers/cli-runner'
import { makeTempDir, removeDir, SEED_OFFICE } from '../../helpers/register-fixtures'

const reason = missingTools()
if (reason) console.warn(`doc CLI: LibreOffice/poppler checks skipped — ${reason}`)

const TITLE = 'ประกาศผลการจัดซื้อจัดจ้างวัสดุสำนักงาน ไตรมาสที่ ๑'
const SECOND = 'รายงานผลการดำเนินงานตามแผนปฏิบัติราชการ รอบ ๖ เดือน'
const SLIPPED = 'รายงานผลการดำเนินงานของสำนักงานสาธารณสุขอำเภอนาวัง'
const NAMES = { requester: 'นายจิรายุ ทินจง', head: 'นายสะไกร แก้วโสม' }

describe.skipIf(reason !== null)('publish-desk doc', () => {
  let root: string
  let dataDir: string
  let out: string
  const ids = { webmaster: 0, request: 0, second: 0, slipped: 0 }

  const cli = (...args: string[]) => runCli(dataDir, args)
  const by = () => ['--by', String(ids.webmaster)]
  const file = (name: string) => join(out, name)
  const bookNumbers = () => registeredBookNumbers(dataDir)
  /** The text of a PDF as one string without spaces (pdftotext spaces Thai as the layout falls). */
  const text = (pdf: string) => squeeze(pageTexts(pdf).join('\n'))
  function expectEssentials(pdf: string, title: string): void {
    const t = text(pdf)
    for (const s of [title, SEED_OFFICE.name, NAMES.requester, NAMES.head]) expect(t, s).toContain(squeeze(s))
    expect(pdfInfo(pdf).pageSize).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)$/)
  }

  beforeAll(() => {
    root = makeTempDir('publish-desk-doc-cli-')
    dataDir = join(root, 'data')
    out = join(root, 'out')
    seedDataDir(dataDir, (s, people) => {
      ids.webmaster = people.webmaster
      const add = (title: string) =>
        s.requests.create({ ownerUnit: 'งานบริหารทั่วไป', requestDate: '2026-01-15', title, requesterId: people.assistant, categoryCode: '1.8', byId: people.assistant }).id
      ids.request = add(TITLE)
      ids.second = add(SECOND)
      ids.slipped = add(SLIPPED)
    })
    mkdirSync(out)
  })
  afterAll(() => removeDir(root))

  it('writes the request form as DOCX and as PDF', () => {
    ok(cli('doc', 'form', String(ids.request), '--format', 'docx', '--out', file('form.docx'), ...by()))
    ok(cli('doc', 'form', String(ids.request), '--out', file('form.pdf'), ...by()))
    expectEssentials(file('form.pdf'), TITLE)
    expect(bookNumbers()).toEqual([])
  })

  it('writes approval memos, numbering each from the outgoing register only when it is written', () => {
    const first = ok(cli('doc', 'memo', '--kind', 'approval', '--requests', `${ids.request},${ids.second}`, '--date', '2026-01-20', '--format', 'pdf', '--out', file('memo.pdf'), ...by()))
    expect(first).toContain('เลขที่หนังสือ: นภ ๐๓๓๒/๑')
    expectEssentials(file('memo.pdf'), TITLE)
    expect(text(file('memo.pdf'))).toContain(squeeze('ที่ นภ ๐๓๓๒/๑'))
    expect(text(file('memo.pdf'))).toContain(squeeze(SECOND))

    const sections = file('sections.json')
    writeFileSync(sections, JSON.stringify({ proposal: 'ข้อเสนอที่แก้ไขเองก่อนพิมพ์ ประจำปีงบประมาณ {fy}' }))
    const typed = ok(cli('doc', 'memo', '--kind', 'approval', '--requests', String(ids.request), '--date', '2026-01-20', '--sections', sections, '--book-no', 'นภ ๐๓๓๒/๘๗๘', '--out', file('memo.docx'), ...by()))
    expect(typed).toContain('นภ ๐๓๓๒/๘๗๘')
    ok(cli('doc', 'memo', '--kind', 'approval', '--requests', String(ids.request), '--date', '2026-01-20', '--no-book-no', '--out', file('memo-blank.pdf'), ...by()))
    expect(bookNumbers()).toEqual(['นภ 0332/1', 'นภ 0332/878'])
  })

  it('refuses unknown memo sections and unwritable output without taking a number or leaving a file', () => {
    const sections = file('bad-sections.json')
    writeFileSync(sections, JSON.stringify({ nonsense: 'x' }))
    const bad = cli('doc', 'memo', '--kind', 'approval', '--requests', String(ids.request), '--sections', sections, '--out', file('bad.pdf'), ...by())
    expect(bad.code).toBe(1)
    expect(bad.stderr).toMatch(/^ข้อผิดพลาด: .*nonsense/)
    const nowhere = cli('doc', 'memo', '--kind', 'approval', '--requests', String(ids.request), '--out', join(root, 'missing-dir', 'x.pdf'), ...by())
    expect(nowhere.code).toBe(1)
    expect(nowhere.stderr).toMatch(/เขียนไฟล์ .* ไม่ได้ \(ENOENT\)/)
    expect(existsSync(file('bad.pdf'))).toBe(false)
    expect(readdirSync(out).filter((n) => n.endsWith('.tmp'))).toEqual([])
    expect(bookNumbers()).toEqual(['นภ 0332/1', 'นภ 0332/878'])
    const two = cli('doc', 'form', String(ids.request), '--out', file('who.pdf'))
    expect(two.code).toBe(2)
    expect(two.stderr).toContain('--by')
  })

  it('writes the other memos and the announcement', () => {
    ok(cli('doc', 'memo', '--kind', 'website-report', '--date', '2026-01-20', '--out', file('report.docx'), ...by()))
    ok(cli('doc', 'memo', '--kind', 'announcement-approval', '--fy', '2569', '--date', '2025-09-15', '--out', file('ann-memo.pdf'), ...by()))
    ok(cli('doc', 'announcement', '--fy', '2569', '--date', '2025-10-01', '--format', 'docx', '--out', file('ann.docx'), ...by()))
    ok(cli('doc', 'announcement', '--fy', '2569', '--date', '2025-10-01', '--out', file('ann.pdf'), ...by()))
    const t = text(file('ann.pdf'))
    expect(t).toContain(squeeze(SEED_OFFICE.name))
    expect(t).toContain(squeeze(NAMES.head))
    expect(t).toContain('๒๕๖๙')
    expect(bookNumbers()).toHaveLength(4)
  })

  it('prints findings and refuses the file until they are accepted', () => {
    const refused = cli('doc', 'form', String(ids.slipped), '--out', file('slipped.docx'), ...by())
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('พบจุดที่ควรตรวจในเอกสาร 1 รายการ')
    expect(refused.stderr).toContain('นาวัง')
    expect(refused.stderr).toContain('--accept-findings')
    expect(existsSync(file('slipped.docx'))).toBe(false)
    const accepted = cli('doc', 'form', String(ids.slipped), '--out', file('slipped.docx'), '--accept-findings', ...by())
    expect(accepted.code, accepted.stderr).toBe(0)
    expect(existsSync(file('slipped.docx'))).toBe(true)
  })

  it('reads back every DOCX through LibreOffice with the same essentials', () => {
    const converted = join(root, 'libreoffice')
    mkdirSync(converted)
    const lo = libreOffice()
    try {
      lo.convert(['form.docx', 'memo.docx', 'report.docx', 'ann.docx'].map(file), converted)
    } finally {
      lo.dispose()
    }
    const pdf = (name: string) => join(converted, name)
    expectEssentials(pdf('form.pdf'), TITLE)
    expectEssentials(pdf('memo.pdf'), TITLE)
    // The edited section replaced the template's, its {fy} filled; the untouched one listed the title.
    expect(text(pdf('memo.pdf'))).toContain(squeeze('ข้อเสนอที่แก้ไขเองก่อนพิมพ์ ประจำปีงบประมาณ ๒๕๖๙'))
    expect(text(pdf('memo.pdf'))).not.toContain(squeeze('จึงเห็นควรอนุญาต'))
    expect(text(pdf('memo.pdf'))).toContain(squeeze('นภ ๐๓๓๒/๘๗๘'))
    for (const name of ['report.pdf', 'ann.pdf']) {
      expect(text(pdf(name))).toContain(squeeze(SEED_OFFICE.name))
      expect(text(pdf(name))).toContain(squeeze(NAMES.head))
      expect(pdfInfo(pdf(name)).pageSize).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)$/)
    }
  }, 240_000)

  it('checks a document made anywhere: the seed’s slips found (exit 1), a generated one clean (exit 0)', async () => {
    const lines = [
      'ประกาศสำนักงานสาธารณสุขอำเภอศรีบุญเรือง',
      'ตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๕๐ มาตรา ๙ (๘) กำหนดให้หน่วยงานของรัฐต้องจัดให้มีข้อมูลข่าวสาร',
      'ขั้นตอนการเผยแพร่ข้อมูลผ่านเว็บไซต์ของสำนักงานสาธารณสุขอำเภอनावังให้ดำเนินการดังนี้',
      '(นายสะเกร แก้วใส)',
      'สาธารณสุขอำเภอศรีบุญเรือง'
    ]
    const run = (t: string) => new TextRun({ text: t, font: 'TH Sarabun New', size: 32 })
    const doc = new Document({ sections: [{ children: lines.map((l) => new Paragraph({ alignment: AlignmentType.THAI_DISTRIBUTE, children: [run(l)] })) }] })
    writeFileSync(file('seed-like.docx'), await Packer.toBuffer(doc))

    const found = cli('doc', 'check', file('seed-like.docx'))
    expect(found.code).toBe(1)
    expect(found.stdout).toMatch(/^พบจุดที่ควรตรวจใน .* \d+ รายการ:/)
    const checked = JSON.parse(cli('--json', 'doc', 'check', file('seed-like.docx')).stdout) as DocumentCheck
    expect(new Set(checked.findings.map((x) => x.code))).toEqual(new Set(['foreign-script', 'foreign-place', 'law-year', 'name-near-miss']))

    for (const clean of ['memo.pdf', 'form.docx']) {
      const r = cli('doc', 'check', file(clean))
      expect(r.code, r.stdout).toBe(0)
      expect(r.stdout).toContain('ไม่พบจุดที่ต้องแก้ไข')
    }
  })
})
