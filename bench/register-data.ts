/**
 * Deterministic Thai register data for the register benchmark: requests as a district health
 * office files them, with their attachment rows. The phrases come from the office's own MOIT 1
 * evidence pack (ขออนุญาตเผยแพร่…, แผนปฏิบัติการจัดซื้อจัดจ้าง…, งานข้อมูลและสารสนเทศ…), the
 * announcement's categories 1.1–1.10 and the MOIT indicator titles, recombined with a seeded PRNG.
 *
 * A few phrases are given known frequencies so that the search terms of the benchmark have a
 * known selectivity: RARE_PHRASE in about 0.1 % of the titles, "จัดซื้อ" in about a fifth.
 */
import { addDays, fiscalQuarterOf, fiscalYearOf, toThaiDigits, thaiMonthName, toBuddhistYear } from '@shared/thai'
import { publishUntilOf } from '@shared/domain/request-fields'
import type { RequestStatus } from '@shared/domain/request-status'
import type { RequestRow } from '../src-main/services/requests/request-service'
import type { Rng } from './lib/prng'

/** Only here: the rare term of the benchmark ("วัณโรค" is a substring of it). */
export const RARE_PHRASE = 'การคัดกรองวัณโรคในกลุ่มเสี่ยง'

const VERBS: readonly (readonly [string, number])[] = [
  ['ขออนุญาตเผยแพร่', 60],
  ['ขอเผยแพร่', 12],
  ['ประกาศ', 8],
  ['รายงาน', 6],
  ['ประชาสัมพันธ์', 6],
  ['ขออนุมัติและขออนุญาตประกาศเผยแพร่', 8]
]

/** Subjects per category code, as the evidence pack and the announcement word them. */
const SUBJECTS: Record<string, readonly string[]> = {
  '1.1': [
    'แผนยุทธศาสตร์การพัฒนาสุขภาพ',
    'โครงสร้างหน่วยงานและอำนาจหน้าที่',
    'วิสัยทัศน์ พันธกิจ และค่านิยมองค์กร',
    'แผนปฏิบัติราชการ',
    'ทำเนียบผู้บริหาร',
    'ช่องทางการติดต่อและแผนที่ตั้งสำนักงาน',
    'แผนการใช้จ่ายงบประมาณ',
    'รายงานการกำกับติดตามการใช้จ่ายงบประมาณ'
  ],
  '1.2': [
    'พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐',
    'ระเบียบกระทรวงการคลังว่าด้วยการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ',
    'ประมวลจริยธรรมสำหรับเจ้าหน้าที่ของรัฐ',
    'พระราชบัญญัติการสาธารณสุข',
    'กฎหมายที่เกี่ยวข้องกับการปฏิบัติงาน'
  ],
  '1.3': [
    'อินโฟกราฟิกการป้องกันโรคไข้เลือดออก',
    'บทความความรู้เรื่องโรคเบาหวานและความดันโลหิตสูง',
    'ข้อมูลสถิติการให้บริการผู้ป่วยนอก',
    'สื่อความรู้การป้องกันโรคพิษสุนัขบ้า',
    'ผลงานวิจัยและนวัตกรรมด้านสุขภาพ',
    'คู่มือการดูแลผู้สูงอายุติดเตียง',
    'ความรู้การป้องกันฝุ่นละออง PM 2.5'
  ],
  '1.4': ['ลิงก์เว็บไซต์หน่วยงานในสังกัด', 'ลิงก์หน่วยงานภายนอกที่เกี่ยวข้อง', 'ลิงก์สำนักงานสาธารณสุขจังหวัดหนองบัวลำภู'],
  '1.5': [
    'ข้อมูลข่าวสารตามมาตรา ๗ และมาตรา ๙',
    'รายงานผลการดำเนินงานประจำปี',
    'สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.๑)',
    'การวิเคราะห์ผลการจัดซื้อจัดจ้างและการจัดหาพัสดุประจำปี'
  ],
  '1.6': [
    'คู่มือการปฏิบัติงานด้านการเงินและบัญชี',
    'คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
    'คู่มือการปฏิบัติงานด้านพัสดุ',
    'มาตรฐานขั้นตอนและระยะเวลาการปฏิบัติงาน'
  ],
  '1.7': [
    'คู่มือสำหรับประชาชนการขออนุญาตจัดตั้งสถานพยาบาล',
    'แบบฟอร์มคำร้องเรียนร้องทุกข์',
    'คู่มือการขอรับใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ',
    'แบบฟอร์มการขอเผยแพร่ข้อมูลผ่านเว็บไซต์ของหน่วยงาน'
  ],
  '1.8': [
    'แผนปฏิบัติการจัดซื้อจัดจ้าง',
    'ผลการจัดซื้อจัดจ้างในรอบเดือน',
    'ประกาศผู้ชนะการเสนอราคาจัดซื้อวัสดุการแพทย์',
    'ประกาศรับสมัครงานตำแหน่งพนักงานกระทรวงสาธารณสุข',
    'ภาพข่าวกิจกรรมรณรงค์ป้องกันโรคไข้เลือดออก',
    'ข่าวประชาสัมพันธ์การฉีดวัคซีนป้องกันโรคโควิด ๑๙',
    'การวางระบบในการจัดการเรื่องร้องเรียนของหน่วยงาน',
    'การวิเคราะห์ความเสี่ยงเกี่ยวกับผลประโยชน์ทับซ้อนในหน่วยงาน',
    'ประกาศเจตนารมณ์การป้องกันการรับสินบน',
    'ภาพกิจกรรมวันงดสูบบุหรี่โลก',
    'ผลการดำเนินงานเว็บไซต์ตามเกณฑ์มาตรฐานความโปร่งใส'
  ],
  '1.9': ['ระบบบริการอิเล็กทรอนิกส์รับเรื่องร้องเรียน', 'ระบบนัดหมายรับบริการออนไลน์', 'ระบบตรวจสอบสิทธิการรักษาพยาบาล'],
  '1.10': ['สถิติผู้เข้าชมเว็บไซต์', 'ผลการสำรวจความพึงพอใจต่อเว็บไซต์', 'แบบประเมินความพึงพอใจการใช้งานเว็บไซต์']
}

/** Category weights: most traffic is news and procurement (1.8), then knowledge and Article 9. */
const CATEGORY_WEIGHTS: readonly (readonly [string, number])[] = [
  ['1.1', 8],
  ['1.2', 4],
  ['1.3', 12],
  ['1.4', 2],
  ['1.5', 12],
  ['1.6', 5],
  ['1.7', 5],
  ['1.8', 44],
  ['1.9', 3],
  ['1.10', 5]
]

const DEFAULT_PUBLISH_MONTHS: Record<string, number | null> = {
  '1.1': null,
  '1.2': null,
  '1.3': 24,
  '1.4': null,
  '1.5': null,
  '1.6': null,
  '1.7': null,
  '1.8': 12,
  '1.9': null,
  '1.10': 12
}

const VILLAGES = [
  'โนนสะอาด', 'หนองแก', 'ยางหล่อ', 'นาคำ', 'ทรายทอง', 'โนนม่วง', 'หนองกุงแก้ว', 'กุดสะเทียน',
  'วังทอง', 'หันนางาม', 'ดงบัง', 'โคกกลาง', 'หนองบัวใต้', 'เมืองใหม่'
]

export const OWNER_UNITS: readonly string[] = [
  'งานข้อมูลและสารสนเทศ',
  'งานบริหารทั่วไป',
  'งานการเงินและบัญชี',
  'งานพัสดุ',
  'งานควบคุมโรคติดต่อ',
  'งานควบคุมโรคไม่ติดต่อ',
  'งานส่งเสริมสุขภาพ',
  'งานคุ้มครองผู้บริโภคและเภสัชสาธารณสุข',
  'งานทันตสาธารณสุข',
  'งานยุทธศาสตร์และแผนงาน',
  'งานอนามัยสิ่งแวดล้อม',
  'งานการแพทย์แผนไทย',
  'งานทรัพยากรบุคคล',
  'โรงพยาบาลศรีบุญเรือง',
  ...VILLAGES.map((v) => `รพ.สต.บ้าน${v}`)
]

/** Sentences of the evidence pack's memos, used for the details of the longer requests. */
const DETAIL_SENTENCES = [
  'เพื่อประโยชน์แก่ประชาชน ให้สามารถเข้าถึงข้อมูลได้สะดวก รวดเร็ว ได้รับข้อมูลที่ถูกต้องครบถ้วน',
  'ตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐ มาตรา ๙ (๘)',
  'ตามเกณฑ์มาตรฐานความโปร่งใสและตัวชี้วัดความโปร่งใสของหน่วยงานของรัฐ',
  'ตามแนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน',
  'เพื่อให้ประชาชนตรวจสอบได้ตามมาตรฐานเว็บไซต์ภาครัฐ (Government Website Standard)',
  'รายละเอียดตามบันทึกข้อความและเอกสารที่แนบมาพร้อมนี้',
  'จึงเรียนมาเพื่อโปรดพิจารณาอนุญาตให้เผยแพร่ผ่านเว็บไซต์ของหน่วยงาน',
  'ทั้งนี้ได้ตรวจสอบความถูกต้องของข้อมูลก่อนเผยแพร่แล้ว',
  'ให้เผยแพร่บนเว็บไซต์และบอร์ดประชาสัมพันธ์ของหน่วยงาน',
  'โดยงานข้อมูลและสารสนเทศเป็นผู้รับผิดชอบการนำข้อมูลขึ้นเผยแพร่'
]

const ASCII_FILES = ['scan', 'Scan_', 'IMG_', 'Document', 'report-q', 'attachment', 'plan', 'doc']
const KINDS: readonly (readonly [string, number])[] = [
  ['pdf', 60],
  ['jpg', 14],
  ['docx', 8],
  ['xlsx', 8],
  ['doc', 3],
  ['xls', 3],
  ['zip', 3],
  ['rar', 1]
]
const THAI_FILE_STEMS = [
  'บันทึกข้อความขออนุญาต',
  'แบบฟอร์มขอเผยแพร่',
  'ประกาศผู้ชนะ',
  'สขร1',
  'ภาพกิจกรรม',
  'รายงานผล',
  'คำสั่งแต่งตั้ง',
  'แผนปฏิบัติการ'
]

/** A request as the benchmark inserts it: the register's row without the id SQLite gives. */
export type RequestRowData = Omit<RequestRow, 'id'>

export interface AttachmentRowData {
  file_name: string
  sha256: string
  size_bytes: number
  kind: string
  added_at: string
}

export interface PeopleIds {
  requesters: readonly number[]
  approver: number
  webmasters: readonly number[]
}

/** Request dates run over five fiscal years, FY 2565 (from 2021-10-01) to FY 2569 (to 2026-09-30). */
export const FIRST_DAY = '2021-10-01'
export const DAYS = 5 * 365 + 1
export const FISCAL_YEARS = [2565, 2566, 2567, 2568, 2569] as const

/**
 * The days request dates are drawn from. The register benchmark's five fiscal years by default;
 * the reports benchmark spreads the same 100,000 requests over ten (FY 2560–2569), so that a
 * quarter holds about 2,000 published requests, as a busy office's would.
 */
export interface DateSpan {
  firstDay: string
  days: number
}
export const FIVE_YEARS: DateSpan = { firstDay: FIRST_DAY, days: DAYS }

const thai = (n: number | string): string => toThaiDigits(String(n))

function titleSuffix(rng: Rng, date: string, fy: number): string {
  const [y, m] = date.split('-').map(Number) as [number, number]
  return rng.weighted<string>([
    [` ประจำปีงบประมาณ ${thai(fy)}`, 35],
    [` ไตรมาสที่ ${thai(fiscalQuarterOf(date))} ปีงบประมาณ ${thai(fy)}`, 15],
    [` ประจำเดือน${thaiMonthName(m)} ${thai(toBuddhistYear(y))}`, 20],
    [' ของสำนักงานสาธารณสุขอำเภอศรีบุญเรือง', 15],
    ['', 15]
  ])
}

function detailsFor(rng: Rng, subject: string, unit: string, fy: number): string {
  const kind = rng.next()
  if (kind < 0.4) return 'ตามเอกสารแนบ'
  if (kind < 0.7) return `ตามเอกสารแนบ (${subject} ${unit} ปี ${thai(fy)})`
  const n = rng.int(1, 3)
  const sentences: string[] = []
  for (let i = 0; i < n; i++) sentences.push(rng.pick(DETAIL_SENTENCES))
  return `${subject} ${sentences.join(' ')}`
}

function statusFor(rng: Rng, dayIndex: number, days = DAYS): RequestStatus {
  // The last months still have work in progress; older requests are decided and mostly published.
  const recent = dayIndex > days - 120
  return rng.weighted<RequestStatus>(
    recent
      ? [['draft', 15], ['submitted', 20], ['approved', 15], ['rejected', 5], ['published', 40], ['withdrawn', 5]]
      : [['draft', 2], ['submitted', 2], ['approved', 3], ['rejected', 5], ['published', 73], ['withdrawn', 15]]
  )
}

export function requestRow(rng: Rng, people: PeopleIds, span: DateSpan = FIVE_YEARS): RequestRowData {
  const dayIndex = rng.int(0, span.days - 1)
  const date = addDays(span.firstDay, dayIndex)
  const fy = fiscalYearOf(date)
  const category = rng.weighted(CATEGORY_WEIGHTS)
  const subjects = SUBJECTS[category] ?? []
  // About 0.1 % of the requests are about the rare topic, so the rare term has ~100 hits.
  const subject = rng.chance(0.001) ? `โครงการ${RARE_PHRASE}` : rng.pick(subjects)
  const unit = rng.pick(OWNER_UNITS)
  const title = `${rng.weighted(VERBS)}${subject}${titleSuffix(rng, date, fy)}`
  const status = statusFor(rng, dayIndex, span.days)
  const decided = status === 'approved' || status === 'published' || status === 'withdrawn'
  const at = (days: number) => `${addDays(date, days)}T0${rng.int(1, 9)}:${String(rng.int(0, 59)).padStart(2, '0')}:00.000Z`
  const created = at(0)
  const approvedAt = decided ? at(rng.int(0, 3)) : null
  const publishedAt = status === 'published' || status === 'withdrawn' ? at(rng.int(3, 6)) : null
  const withdrawnAt = status === 'withdrawn' ? at(rng.int(30, 400)) : null
  const months = DEFAULT_PUBLISH_MONTHS[category] ?? null
  const webmaster = rng.pick(people.webmasters)
  return {
    owner_unit: unit,
    request_date: date,
    title,
    details: detailsFor(rng, subject, unit, fy),
    external_link: rng.chance(0.1) ? `https://www.example.go.th/news/${rng.int(1000, 99999)}` : '',
    note: rng.chance(0.05) ? 'เร่งด่วน' : '',
    requester_id: rng.pick(people.requesters),
    category_code: category,
    fiscal_year: fy,
    fiscal_quarter: fiscalQuarterOf(date),
    period_start: null,
    period_end: null,
    publish_until: publishUntilOf(date, undefined, months),
    status,
    approved_by: decided ? people.approver : null,
    approved_at: approvedAt,
    approved_verbal: decided && rng.chance(0.1) ? 1 : 0,
    rejection_reason: status === 'rejected' ? 'ข้อมูลไม่ครบถ้วน กรุณาแนบเอกสารฉบับลงนามแล้ว' : '',
    published_by: publishedAt ? webmaster : null,
    published_at: publishedAt,
    public_url: publishedAt ? `https://www.example.go.th/moit/${rng.int(1000, 99999)}` : '',
    withdrawn_by: withdrawnAt ? webmaster : null,
    withdrawn_at: withdrawnAt,
    withdrawn_reason: withdrawnAt ? 'ครบกำหนดระยะเวลาเผยแพร่' : '',
    created_at: created,
    updated_at: withdrawnAt ?? publishedAt ?? approvedAt ?? created
  }
}

export function attachmentRow(rng: Rng, request: RequestRowData, index: number): AttachmentRowData {
  const kind = rng.weighted(KINDS)
  const ext = kind === 'jpg' && rng.chance(0.3) ? 'jpeg' : kind
  const [y, m] = request.request_date.split('-').map(Number) as [number, number]
  const name = rng.chance(0.5)
    ? `${rng.pick(THAI_FILE_STEMS)}_${thaiMonthName(m)}${toBuddhistYear(y)}${index > 0 ? `_${index + 1}` : ''}.${ext}`
    : `${rng.pick(ASCII_FILES)}${String(rng.int(1, 9999)).padStart(4, '0')}.${ext}`
  return {
    file_name: name,
    sha256: rng.hex(64),
    size_bytes: rng.int(20_000, 4_000_000),
    kind,
    added_at: request.created_at
  }
}

/**
 * How many attachments each request gets: 0–5, about 2 on average, adjusted so that the sum is
 * exactly `total`.
 */
export function attachmentCounts(rng: Rng, requests: number, total: number): Uint8Array {
  const counts = new Uint8Array(requests)
  let sum = 0
  for (let i = 0; i < requests; i++) {
    const c = rng.weighted<number>([[0, 10], [1, 30], [2, 30], [3, 15], [4, 10], [5, 5]])
    counts[i] = c
    sum += c
  }
  while (sum !== total) {
    const i = rng.int(0, requests - 1)
    const c = counts[i] ?? 0
    if (sum < total && c < 5) {
      counts[i] = c + 1
      sum++
    } else if (sum > total && c > 0) {
      counts[i] = c - 1
      sum--
    }
  }
  return counts
}
