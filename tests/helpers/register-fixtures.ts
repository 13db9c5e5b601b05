/**
 * Fixtures for integration tests of the register: the real services over a real SQLite file in
 * a fresh temporary data directory, a clock the test moves by hand, an office set up like the
 * one in the seed's evidence pack (สสอ.ศรีบุญเรือง), and small files that are what they claim to be.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { crc32, deflateRawSync } from 'node:zlib'
import type { NewAttachment, OfficeInput, PersonInput, RequestCreateInput, RequestUpdateInput } from '@shared/domain/schemas'
import type { RequestDetail } from '@shared/domain/records'
import { todayIso } from '@shared/thai'
import { openAppServices, type AppServices } from '../../src-main/services/app-services'
import type { Clock } from '../../src-main/services/context'
import { encodePng } from './png'

// ---------------------------------------------------------------------------------------------
// Temporary folders

/** A new empty folder under the system's temp dir; remove it with `removeDir`. */
export function makeTempDir(prefix = 'publish-desk-it-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
}

// ---------------------------------------------------------------------------------------------
// The clock

/** A clock that stands still until the test moves it, so every stored time is known in advance. */
export class TestClock implements Clock {
  private ms: number

  constructor(start: string) {
    this.ms = Date.parse(start)
    if (Number.isNaN(this.ms)) throw new Error(`not a date-time: ${start}`)
  }

  now(): string {
    return new Date(this.ms).toISOString()
  }

  set(iso: string): void {
    const ms = Date.parse(iso)
    if (Number.isNaN(ms)) throw new Error(`not a date-time: ${iso}`)
    this.ms = ms
  }

  advance({ days = 0, hours = 0, minutes = 0, seconds = 0 }: { days?: number; hours?: number; minutes?: number; seconds?: number }): string {
    this.ms += (((days * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000
    return this.now()
  }

  /** The calendar date in Thailand at the clock's instant (what the office sees as "today"). */
  today(): string {
    return todayIso(new Date(this.ms))
  }
}

// ---------------------------------------------------------------------------------------------
// The office of the seed

/** สสอ.ศรีบุญเรือง, as its memos and announcement name it (seed lines 22–40, 206). */
export const SEED_OFFICE: OfficeInput = {
  name: 'สำนักงานสาธารณสุขอำเภอศรีบุญเรือง',
  shortName: 'สสอ.ศรีบุญเรือง',
  district: 'ศรีบุญเรือง',
  province: 'หนองบัวลำภู',
  parentAgency: 'สำนักงานสาธารณสุขจังหวัดหนองบัวลำภู',
  email: 'sso00370@gmail.com',
  bookPrefix: 'นภ ๐๓๓๒',
  unitLine: 'สำนักงานสาธารณสุขอำเภอศรีบุญเรือง อ. ศรีบุญเรือง จ. หนองบัวลำภู'
}

/**
 * The people who sign the seed's request form, in the order setup saves them (so their ids are
 * 1–4 in a fresh register). The second webmaster is invented: the announcement (4.1) asks for
 * two, the seed names only one.
 */
export const SEED_PEOPLE = {
  head: {
    title: 'นาย',
    fullName: 'สะไกร แก้วโสม',
    positionLines: ['สาธารณสุขอำเภอศรีบุญเรือง'],
    roles: ['approver']
  },
  assistant: {
    title: 'นาย',
    fullName: 'จิรายุ ทินจง',
    positionLines: ['นักวิชาการสาธารณสุขชำนาญการ', 'ผู้ช่วยสาธารณสุขอำเภอศรีบุญเรือง (ด้านบริหาร)'],
    unit: 'งานข้อมูลและสารสนเทศ',
    roles: ['assistant_head', 'requester']
  },
  webmaster: {
    title: 'นาย',
    fullName: 'นพกร กุลสา',
    positionLines: ['พนักงานเครื่องคอมพิวเตอร์'],
    unit: 'งานข้อมูลและสารสนเทศ',
    roles: ['webmaster']
  },
  webmaster2: {
    title: 'นางสาว',
    fullName: 'วรรณา ศรีสุข',
    positionLines: ['นักวิชาการคอมพิวเตอร์'],
    unit: 'งานข้อมูลและสารสนเทศ',
    roles: ['webmaster']
  }
} satisfies Record<string, PersonInput>

export type SeedRole = keyof typeof SEED_PEOPLE

export interface RegisterFixture {
  dir: string
  clock: TestClock
  services: AppServices
  /** Person ids by their part in the seed. */
  ids: Record<SeedRole, number>
  /** Closes the database (idempotent) and removes the data directory. */
  cleanup(): void
}

export interface FixtureOptions {
  /** Where the clock starts (default 15 Jan 2026 10:00 in Thailand: FY ๒๕๖๙, Q2). */
  start?: string
  /** Complete first-run setup with the seed's office and people (default true). */
  setup?: boolean
}

export const DEFAULT_START = '2026-01-15T03:00:00.000Z'

/** Opens the services in a fresh data directory, set up with the seed's office unless told not to. */
export function openFixture(options: FixtureOptions = {}): RegisterFixture {
  const dir = makeTempDir()
  const clock = new TestClock(options.start ?? DEFAULT_START)
  const services = openAppServices({ dataDir: dir, clock })
  const ids = { head: 0, assistant: 0, webmaster: 0, webmaster2: 0 }
  if (options.setup ?? true) {
    services.setup.complete({ office: SEED_OFFICE, people: Object.values(SEED_PEOPLE) })
    for (const key of Object.keys(SEED_PEOPLE) as SeedRole[]) {
      const person = services.people.list().find((p) => p.fullName === SEED_PEOPLE[key].fullName)
      if (!person) throw new Error(`setup did not save ${SEED_PEOPLE[key].fullName}`)
      ids[key] = person.id
    }
  }
  let closed = false
  return {
    dir,
    clock,
    services,
    ids,
    cleanup() {
      if (!closed) services.close()
      closed = true
      removeDir(dir)
    }
  }
}

/** A valid create input from the assistant head (the seed's requester), with overrides. */
export function requestInput(f: RegisterFixture, overrides: Partial<RequestCreateInput> = {}): RequestCreateInput {
  return {
    ownerUnit: 'งานข้อมูลและสารสนเทศ',
    requestDate: f.clock.today(),
    title: 'ประกาศมาตรการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน',
    requesterId: f.ids.assistant,
    categoryCode: '1.1',
    byId: f.ids.assistant,
    newAttachments: [attachment('มาตรการเผยแพร่ข้อมูล.pdf', pdfBytes('measures'))],
    ...overrides
  }
}

/** Creates a request and moves it through `actions` with the people whose role fits each move. */
export function requestIn(f: RegisterFixture, status: 'draft' | 'submitted' | 'approved' | 'rejected' | 'published' | 'withdrawn', overrides: Partial<RequestCreateInput> = {}): RequestDetail {
  const r = f.services.requests
  let d = r.create(requestInput(f, overrides))
  if (status === 'draft') return d
  d = r.transition({ id: d.id, action: 'submit', byId: f.ids.assistant })
  if (status === 'submitted') return d
  if (status === 'rejected') return r.transition({ id: d.id, action: 'reject', byId: f.ids.head, reason: 'ไม่ใช่ภารกิจของหน่วยงาน' })
  d = r.transition({ id: d.id, action: 'approve', byId: f.ids.head })
  if (status === 'approved') return d
  d = r.transition({ id: d.id, action: 'publish', byId: f.ids.webmaster, publicUrl: 'https://sso-sribunrueang.example/news/1' })
  if (status === 'published') return d
  return r.transition({ id: d.id, action: 'withdraw', byId: f.ids.webmaster, reason: 'ครบกำหนดเวลาเผยแพร่' })
}

/** An update input that repeats `d` as it is (a save without change), with overrides. */
export function updateInputFrom(d: RequestDetail, byId: number, overrides: Partial<RequestUpdateInput> = {}): RequestUpdateInput {
  return {
    id: d.id,
    ownerUnit: d.ownerUnit,
    requestDate: d.requestDate,
    title: d.title,
    details: d.details,
    externalLink: d.externalLink,
    note: d.note,
    requesterId: d.requesterId,
    categoryCode: d.categoryCode,
    indicatorIds: d.indicators.map((i) => i.id),
    fiscalYear: d.fiscalYear,
    periodStart: d.periodStart,
    periodEnd: d.periodEnd,
    publishUntil: d.publishUntil,
    byId,
    ...overrides
  }
}

// ---------------------------------------------------------------------------------------------
// Files

export function attachment(fileName: string, bytes: Uint8Array): NewAttachment {
  return { fileName, contentBase64: Buffer.from(bytes).toString('base64') }
}

/** A one-page PDF 1.4 with a correct cross-reference table; `label` is printed on the page. */
export function pdfBytes(label = 'Publish Desk'): Buffer {
  const text = label.replace(/[^ -~]/g, '?').replace(/[()\\]/g, '\\$&')
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`
  ]
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'))
    out += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = Buffer.byteLength(out, 'latin1')
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(out, 'latin1')
}

/** A minimal Word document (.docx): a real zip with the three parts Word needs; `label` is its text. */
export function docxBytes(label = 'Publish Desk'): Buffer {
  const xmlText = label.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  return zipBytes([
    {
      name: '[Content_Types].xml',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '</Types>'
    },
    {
      name: '_rels/.rels',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        '</Relationships>'
    },
    {
      name: 'word/document.xml',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
        `<w:body><w:p><w:r><w:t>${xmlText}</w:t></w:r></w:p></w:body></w:document>`
    }
  ])
}

/** A zip archive (deflated entries, UTF-8 names, central directory). */
export function zipBytes(entries: { name: string; data: string | Uint8Array }[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const e of entries) {
    const data = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : Buffer.from(e.data)
    const packed = deflateRawSync(data)
    const name = Buffer.from(e.name, 'utf8')
    const crc = crc32(data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(packed.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(8, 10)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(packed.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, packed)
    centrals.push(central, name)
    offset += local.length + name.length + packed.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

/**
 * An 8×8 grey baseline JPEG (JFIF, one component, one Huffman code per table: a flat block is a
 * DC difference of 0 and an end-of-block). `label` goes into a comment segment, so different
 * labels give different bytes and hashes while the picture stays the same.
 */
export function jpgBytes(label = 'Publish Desk'): Buffer {
  const segment = (marker: number, body: Buffer) => {
    const head = Buffer.alloc(4)
    head.writeUInt16BE(marker, 0)
    head.writeUInt16BE(body.length + 2, 2)
    return Buffer.concat([head, body])
  }
  const app0 = segment(0xffe0, Buffer.from([0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, 0, 1, 0, 1, 0, 0]))
  const comment = segment(0xfffe, Buffer.from(label, 'utf8'))
  const dqt = segment(0xffdb, Buffer.concat([Buffer.from([0x00]), Buffer.alloc(64, 1)]))
  // Baseline, 8 bits, 8×8, one component (id 1, no subsampling, quantisation table 0).
  const sof0 = segment(0xffc0, Buffer.from([8, 0, 8, 0, 8, 1, 1, 0x11, 0]))
  const counts = (n1: number) => Buffer.from([n1, ...Array<number>(15).fill(0)])
  // DC table 0: one code of length 1 for category 0. AC table 0: one code of length 1 for EOB.
  const dht = segment(0xffc4, Buffer.concat([Buffer.from([0x00]), counts(1), Buffer.from([0x00]), Buffer.from([0x10]), counts(1), Buffer.from([0x00])]))
  const sos = segment(0xffda, Buffer.from([1, 1, 0x00, 0, 63, 0]))
  // Bits "0" (DC diff 0) and "0" (EOB), padded with ones.
  const scan = Buffer.from([0x3f])
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, comment, dqt, sof0, dht, sos, scan, Buffer.from([0xff, 0xd9])])
}

/** A real 1×1 PNG (signature, IHDR, IDAT, IEND with their CRCs): the picture a user renames to .pdf. */
export function pngBytes(): Buffer {
  return encodePng(1, 1, 'rgba', Buffer.from([0, 0x33, 0x66, 0x99, 0xff]))
}

/** The head of a Windows program (MZ header pointing at a PE signature). */
export function exeBytes(): Buffer {
  const b = Buffer.alloc(512)
  b.write('MZ', 0, 'latin1')
  b.writeUInt32LE(0x80, 0x3c)
  b.write('PE\0\0', 0x80, 'latin1')
  return b
}

// ---------------------------------------------------------------------------------------------
// Looking at what was written

/** Every file under `dir` (relative paths, sorted); [] when it does not exist. */
export function filesUnder(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string, prefix: string) => {
    let names: string[]
    try {
      names = readdirSync(d)
    } catch {
      return
    }
    for (const n of names.sort()) {
      const full = join(d, n)
      if (statSync(full).isDirectory()) walk(full, `${prefix}${n}/`)
      else out.push(`${prefix}${n}`)
    }
  }
  walk(dir, '')
  return out
}

/** Row count of a table, through the services' own connection. */
export function countRows(services: AppServices, table: 'request' | 'attachment' | 'status_event' | 'audit_log' | 'request_indicator' | 'person'): number {
  return (services.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
}

/** What is written to the register and the blob store; compare before and after a refused call. */
export function snapshot(f: RegisterFixture) {
  const s = f.services
  return {
    requests: countRows(s, 'request'),
    attachments: countRows(s, 'attachment'),
    events: countRows(s, 'status_event'),
    audit: countRows(s, 'audit_log'),
    blobs: filesUnder(s.paths.attachments)
  }
}

// ---------------------------------------------------------------------------------------------
// Rows written the way version 1 of the schema holds them (for migration tests)

type RawDb = AppServices['db']

/**
 * The seed's office, its people, two categories, an indicator, two requests (one approved, with
 * two attachments; one draft without) and their status events, written with plain SQL so that
 * they do not depend on today's services.
 */
export function insertRowsAtV1(db: RawDb): { requestIds: number[]; attachmentNames: string[] } {
  const at = '2021-12-24T02:00:00.000Z'
  db.prepare('INSERT INTO office (id, profile, updated_at) VALUES (1, ?, ?)').run(JSON.stringify(SEED_OFFICE), at)
  const person = db.prepare(
    `INSERT INTO person (title, full_name, position_lines, unit, roles, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`
  )
  const ids = Object.values(SEED_PEOPLE).map((p) =>
    Number(person.run(p.title, p.fullName, JSON.stringify(p.positionLines), 'unit' in p ? p.unit : '', JSON.stringify(p.roles), at, at).lastInsertRowid)
  )
  const [head, assistant] = ids as [number, number]
  db.prepare(`INSERT INTO category (code, name, default_publish_months, sort_order) VALUES ('1.1', 'ข้อมูลหน่วยงาน', NULL, 1), ('1.8', 'ข่าวประชาสัมพันธ์', 12, 8)`).run()
  const indicatorId = Number(
    db.prepare(`INSERT INTO indicator (fiscal_year, code, title, sort_order) VALUES (2565, 'MOIT 1', ?, 1)`).run('หน่วยงานมีการกำหนดมาตรการ และวางระบบการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน').lastInsertRowid
  )
  const request = db.prepare(
    `INSERT INTO request (owner_unit, request_date, title, details, requester_id, category_code, fiscal_year, fiscal_quarter,
       publish_until, status, approved_by, approved_at, created_at, updated_at)
     VALUES (@owner, @date, @title, @details, @requester, @category, 2565, 1, @until, @status, @approvedBy, @approvedAt, @at, @at)`
  )
  const first = Number(
    request.run({
      owner: 'งานข้อมูลและสารสนเทศ',
      date: '2021-12-24',
      title: 'ประกาศกรอบแนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ ปีงบประมาณ ๒๕๖๕',
      details: 'ตามเอกสารแนบ (กรอบแนวทางการเผยแพร่ข้อมูลฯ สสอ.ศรีบุญเรือง ปี ๒๕๖๕)',
      requester: assistant,
      category: '1.1',
      until: null,
      status: 'approved',
      approvedBy: head,
      approvedAt: at,
      at
    }).lastInsertRowid
  )
  const second = Number(
    request.run({
      owner: 'งานบริหารทั่วไป',
      date: '2021-12-28',
      title: 'ประกาศผลการจัดซื้อวัสดุสำนักงาน',
      details: 'ตามเอกสารแนบ',
      requester: assistant,
      category: '1.8',
      until: '2022-12-28',
      status: 'draft',
      approvedBy: null,
      approvedAt: null,
      at
    }).lastInsertRowid
  )
  db.prepare('INSERT INTO request_indicator (request_id, indicator_id) VALUES (?, ?)').run(first, indicatorId)
  const attachmentNames = ['กรอบแนวทางการเผยแพร่ข้อมูล ๒๕๖๕.pdf', 'แบบฟอร์มขอเผยแพร่.docx']
  const addAttachment = db.prepare(`INSERT INTO attachment (request_id, file_name, sha256, size_bytes, kind, added_at) VALUES (?, ?, ?, ?, ?, ?)`)
  attachmentNames.forEach((name, i) => addAttachment.run(first, name, String(i + 1).repeat(64), 1000 + i, name.endsWith('.pdf') ? 'pdf' : 'docx', at))
  const event = db.prepare(`INSERT INTO status_event (request_id, from_status, to_status, action, by_id, at) VALUES (?, ?, ?, ?, ?, ?)`)
  event.run(first, null, 'draft', 'create', assistant, at)
  event.run(first, 'draft', 'submitted', 'submit', assistant, at)
  event.run(first, 'submitted', 'approved', 'approve', head, at)
  event.run(second, null, 'draft', 'create', assistant, at)
  return { requestIds: [first, second], attachmentNames }
}

/** Every row of every ordinary table, for "the old rows survived" comparisons. */
export function dumpTables(db: RawDb, tables: readonly string[]): Record<string, unknown[]> {
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()]))
}

export const V1_TABLES = ['office', 'person', 'category', 'indicator', 'request', 'request_indicator', 'attachment', 'status_event'] as const
