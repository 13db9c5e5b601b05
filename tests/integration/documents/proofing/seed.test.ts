/**
 * Proofing the seed's evidence pack: every error domain.md lists ("What goes wrong today") is
 * found, with the code and the exact text a person would see highlighted, and nothing else —
 * the pack's correct sentences raise no finding.
 */
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { proofDocument, type Finding, type FindingCode } from '../../../../src-main/documents/proofing'
import { SEED_FACTS, SEED_PATH, SHARED_SEED_PATH, seedParagraphs } from './seed-facts'

interface Expected {
  code: FindingCode
  excerpt: string
  /** How many times the pack has it (the announcement is in it twice, for 2565 and 2564). */
  times: number
  suggestion?: string
  why: string
}

const MDES_2550 =
  'ประกาศกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เรื่อง หลักเกณฑ์การเก็บรักษาข้อมูลจราจรทางคอมพิวเตอร์ของผู้ให้บริการ พ.ศ. ๒๕๕๐'

const EXPECTED: Expected[] = [
  // The same person's name spelled three ways (the register has จิรายุ ทินจง).
  { code: 'name-near-miss', excerpt: 'นายจรรย์ ทินจง', times: 1, suggestion: 'นายจิรายุ ทินจง', why: 'cover page' },
  { code: 'name-near-miss', excerpt: 'นายจรรยา ทินจง', times: 1, suggestion: 'นายจิรายุ ทินจง', why: 'signature of the first memo' },
  // The head's name spelled two ways (the register has สะไกร แก้วโสม).
  { code: 'name-near-miss', excerpt: 'นายสะเกร แก้วใส', times: 1, suggestion: 'นายสะไกร แก้วโสม', why: 'signature of the 2564 announcement' },
  // Another district's name left in from a copied template, once with Devanagari letters.
  { code: 'foreign-place', excerpt: 'สาธารณสุขอำเภอนาวัง', times: 2, suggestion: 'สาธารณสุขอำเภอศรีบุญเรือง', why: '"…ในสังกัดสำนักงานสาธารณสุขอำเภอนาวัง ดังต่อไปนี้"' },
  { code: 'foreign-place', excerpt: 'สาธารณสุขอำเภอनावัง', times: 2, suggestion: 'สาธารณสุขอำเภอศรีบุญเรือง', why: 'clause ๒, the Devanagari นาวัง' },
  { code: 'foreign-script', excerpt: 'नाव', times: 2, why: 'three Devanagari letters drawn like นาว' },
  // A July–September report called quarter 2.
  { code: 'quarter-months', excerpt: 'ไตรมาสที่ ๒ (ก.ค. - ก.ย. ๒๕๖๔', times: 1, suggestion: 'ไตรมาสที่ ๔', why: 'follow-up memo of 30 Sep 2564' },
  // Laws with the wrong year.
  {
    code: 'law-year',
    excerpt: 'พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๕๐',
    times: 1,
    suggestion: 'พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐',
    why: 'first memo: ๒๕๕๐ for ๒๕๔๐'
  },
  {
    code: 'law-year',
    excerpt: 'พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ.๒๕๕๐',
    times: 1,
    suggestion: 'พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ.๒๕๔๐',
    why: 'second memo: ๒๕๕๐ for ๒๕๔๐'
  },
  {
    code: 'law-year',
    excerpt: 'พรบ.ว่าด้วยธุรกรรมทางอิเล็กทรอนิกส์ พ.ศ. ๒๕๕๔',
    times: 1,
    suggestion: 'พรบ.ว่าด้วยธุรกรรมทางอิเล็กทรอนิกส์ พ.ศ. ๒๕๔๔',
    why: '2564 announcement: ๒๕๕๔ for ๒๕๔๔'
  },
  { code: 'law-year', excerpt: MDES_2550, times: 2, suggestion: MDES_2550.replace('๒๕๕๐', '๒๕๖๔'), why: 'no such MDES notification of 2550: it is of 2564' },
  { code: 'law-name', excerpt: 'พรบ.ข้อมูลข่าวสารของทางราชการ พ.ศ. ๒๕๔๐', times: 4, why: '"ของทางราชการ" is not the act\'s name' },
  // The yearly announcements' dates and years do not match their titles.
  { code: 'announcement-year', excerpt: 'ประกาศ ณ วันที่.....๑.....เดือน ตุลาคม พ.ศ. ๒๕๖๓', times: 1, why: 'titled พ.ศ. ๒๕๖๔, signed ๑ ตุลาคม ๒๕๖๓' },
  { code: 'announcement-year', excerpt: 'ประกาศ ณ วันที่ ๑ เดือน ตุลาคม พ.ศ. ๒๕๖๔', times: 1, why: 'titled พ.ศ. ๒๕๖๕, signed ๑ ตุลาคม ๒๕๖๔ (same slip)' }
]

function key(f: Pick<Finding, 'code' | 'excerpt'>): string {
  return `${f.code} ${f.excerpt}`
}

describe('proofing the seed evidence pack', () => {
  const paragraphs = seedParagraphs()
  const findings = proofDocument(paragraphs, SEED_FACTS)

  it('uses the shared seed, unchanged', (ctx) => {
    if (!existsSync(SHARED_SEED_PATH)) {
      console.warn(`skipped: ${SHARED_SEED_PATH} not present (a plain clone); the copy in fixtures/ is used`)
      return ctx.skip()
    }
    expect(readFileSync(SEED_PATH, 'utf8')).toBe(readFileSync(SHARED_SEED_PATH, 'utf8'))
  })

  it.each(EXPECTED)('finds $code “$excerpt” ($why)', (e) => {
    const hits = findings.filter((f) => f.code === e.code && f.excerpt === e.excerpt)
    expect(hits).toHaveLength(e.times)
    for (const h of hits) {
      if (e.suggestion !== undefined) expect(h.suggestion).toBe(e.suggestion)
      expect(h.messageTh.length).toBeGreaterThan(20)
    }
  })

  it('finds nothing else', () => {
    const expected = EXPECTED.flatMap((e) => Array.from({ length: e.times }, () => key(e))).sort()
    expect(findings.map(key).sort()).toEqual(expected)
  })

  it('points every finding at its own text', () => {
    for (const f of findings) expect(paragraphs[f.paragraphIndex]?.slice(f.start, f.end)).toBe(f.excerpt)
  })

  it('rates the wrong office, script, quarter, law year and announcement year errors; names and wording warnings', () => {
    const severity = new Map(findings.map((f) => [f.code, f.severity]))
    expect(Object.fromEntries(severity)).toEqual({
      'name-near-miss': 'warning',
      'law-year': 'error',
      'quarter-months': 'error',
      'foreign-place': 'error',
      'foreign-script': 'error',
      'law-name': 'warning',
      'announcement-year': 'error'
    })
  })

  it('raises nothing on the pack’s correct sentences', () => {
    const line = (start: string): string => {
      const found = paragraphs.find((p) => p.startsWith(start))
      if (found === undefined) throw new Error(`seed line not found: ${start}`)
      return found
    }
    const correct = [
      [line('ตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐ มาตรา ๙')],
      [line('๒.๑ งานข้อมูลและสารสนเทศ มีหน้าที่บริหารจัดการเว็บไซต์ของสำนักงานสาธารณสุขอำเภอศรีบุญเรือง')],
      [line('ส่วนราชการ สำนักงานสาธารณสุขอำเภอศรีบุญเรือง อ. ศรีบุญเรือง จ. หนองบัวลำภู')],
      [line('ชื่อหน่วยงาน : สำนักงานสาธารณสุขอำเภอศรีบุญเรือง จังหวัดหนองบัวลำภู')],
      [line(' (นายนพกร กุลสา) ตำแหน่ง')],
      [line(' นายจิรายุ ทินจง นักวิชาการสาธารณสุขชำนาญการ')],
      [line('๔.๔ เจ้าหน้าที่ Web master มีหน้าที่ปฏิบัติตาม พรบ.ว่าด้วยการกระทำความผิดเกี่ยวกับคอมพิวเตอร์ พ.ศ. ๒๕๖๐')],
      [line('๒.๑.๑ งาน/หน่วยงานเจ้าของข้อมูล')],
      [line('๓.๒.๑ เจ้าหน้าที่เสนอข้อมูลข่าวสาร')],
      [line('วัน/เดือน/ปี : ๒๔ ธันวาคม ๒๕๖๔'), line('หัวข้อ: ประกาศกรอบแนวทางการของสำนักงาน')],
      [line('ตามประกาศสำนักงานปลัดกระทรวงสาธารณสุข'), '', line('เรื่อง แนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน พ.ศ. ๒๕๖๑')]
    ]
    // The first announcement's clause ๒.๖ cites ธุรกรรมทางอิเล็กทรอนิกส์ ๒๕๔๔ and (ฉบับที่ ๒) ๒๕๕๑.
    correct.push([paragraphs.find((p) => p.startsWith('๒.๖') && p.includes('พ.ศ. ๒๕๔๔')) ?? 'missing'])
    for (const doc of correct) expect(proofDocument(doc, SEED_FACTS), doc.join(' / ')).toEqual([])

    // The quarterly log's title, for the quarter and fiscal year it reports on.
    const log = [line('บันทึกรายงานผลการเผยแพร่ข้อมูลผ่านเว็บไซต์ของ'), line('เดือน กรกฎาคม - กันยายน ๒๕๖๔')]
    expect(proofDocument(log, { ...SEED_FACTS, document: { fiscalYear: 2564, quarter: 4, date: '2021-09-30' } })).toEqual([])
  })
})
