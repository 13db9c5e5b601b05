/**
 * A register with files on the host, for the public index page's tests: host profiles and
 * published_file rows are written with SQL (as the upload queue would record them), over
 * requests made through the real services. Every case the page must leave out is there too: a
 * file taken down, a withdrawn request, another fiscal year, another host.
 */
import type { RequestDetail } from '@shared/domain/records'
import type { RequestCreateInput } from '@shared/domain/schemas'
import { attachment, docxBytes, pdfBytes, requestIn, type RegisterFixture } from './register-fixtures'

export const HOSTILE_TITLE = `<script>alert("ITA")</script> ประกาศ & "ข่าว" 'ทดสอบ' </td></tr></table><h1>ปลอม</h1>`
export const HOSTILE_OWNER = '<b onclick="alert(1)">งานบริหารทั่วไป</b> & ฝ่าย "ก"'
export const HOSTILE_FILE = '<img src=x onerror=alert(1)> ประกาศ.pdf'
export const PUBLIC_BASE = 'https://sso-sribunrueang.example.go.th'

export interface HostProfileFields {
  name: string
  host: string
  port: number
  username: string
  remoteRoot?: string
  publicBaseUrl?: string
  caPem?: string | null
  isDefault?: boolean
}

/** A host_profile row as migration 0007 defines it; returns its id. */
export function insertHostProfile(f: RegisterFixture, p: HostProfileFields): number {
  const now = f.clock.now()
  return Number(
    f.services.db
      .prepare(
        `INSERT INTO host_profile (name, host, port, tls, username, remote_root, public_base_url, folder_pattern, file_naming,
           if_exists, takedown, parallel_connections, ca_pem, is_default, created_at, updated_at)
         VALUES (@name, @host, @port, 'explicit', @username, @remoteRoot, @publicBaseUrl, '{root}/ita/{fy}/{indicator}', 'ascii-dated',
           'suffix', 'delete', 2, @caPem, @isDefault, @now, @now)`
      )
      .run({
        name: p.name,
        host: p.host,
        port: p.port,
        username: p.username,
        remoteRoot: p.remoteRoot ?? '/',
        publicBaseUrl: p.publicBaseUrl ?? PUBLIC_BASE,
        caPem: p.caPem ?? null,
        isDefault: p.isDefault ? 1 : 0,
        now
      }).lastInsertRowid
  )
}

/** published_file rows for every attachment of `d` (as the queue records a finished upload); their ids. */
export function recordPublished(f: RegisterFixture, d: RequestDetail, profileId: number, publishedAt: string, baseUrl = PUBLIC_BASE): number[] {
  const insert = f.services.db.prepare(
    `INSERT INTO published_file (request_id, attachment_id, profile_id, remote_path, public_url, sha256, size_bytes, published_at, published_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
  )
  return d.attachments.map((a) => {
    const remote = `/ita/${d.fiscalYear}/req${d.id}-a${a.id}.${a.kind}`
    return Number(insert.run(d.id, a.id, profileId, remote, `${baseUrl}${remote}`, a.sha256, a.sizeBytes, publishedAt, f.ids.webmaster).lastInsertRowid)
  })
}

export function indicatorId(f: RegisterFixture, fy: number, code: string): number {
  const found = f.services.catalog.listIndicators(fy).find((i) => i.code === code)
  if (!found) throw new Error(`no indicator ${code} in ${fy}`)
  return found.id
}

export interface PublishedRegister {
  profileId: number
  otherProfileId: number
  /** With extra = 0: the titles the FY 2569 page of `profileId` lists, in its order (category, indicator, oldest first). */
  listedTitles: string[]
  /** Titles that must not appear (taken down, withdrawn, another year, another host). */
  unlistedTitles: string[]
  /** Files the page lists (published_file rows of profileId, FY 2569, live). */
  listedFiles: number
}

/**
 * FY ๒๕๖๙ on `profileId` (the clock must be in FY 2569): 1.1/MOIT 1 with two files, 1.8 under
 * MOIT 4 and MOIT 6 (one request, listed under both), 1.8 without indicator (the hostile title),
 * and `extra` more published requests with long titles spread over categories; plus the cases
 * that must not be listed.
 */
export function buildPublishedRegister(f: RegisterFixture, profileId: number, otherProfileId: number, extra = 0): PublishedRegister {
  const fy = 2569
  const moit = (code: string) => indicatorId(f, fy, code)
  const at = (day: number) => `2026-01-${String(day).padStart(2, '0')}T02:00:00.000Z`
  const publish = (input: Partial<RequestCreateInput>, day: number, profile = profileId) => {
    const d = requestIn(f, 'published', input)
    recordPublished(f, d, profile, at(day))
    return d
  }

  publish({
    title: 'ประกาศมาตรการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน ปีงบประมาณ ๒๕๖๙',
    categoryCode: '1.1',
    indicatorIds: [moit('MOIT 1')],
    periodStart: '2025-10-01',
    periodEnd: '2026-09-30',
    newAttachments: [attachment('มาตรการเผยแพร่ข้อมูล ๒๕๖๙.pdf', pdfBytes('measures 2569')), attachment('แบบฟอร์มขอเผยแพร่.docx', docxBytes('form'))]
  }, 3)
  publish({
    title: 'ประกาศผลการจัดซื้อจัดจ้าง ไตรมาสที่ ๑ ปีงบประมาณ ๒๕๖๙',
    ownerUnit: 'งานบริหารทั่วไป',
    categoryCode: '1.8',
    indicatorIds: [moit('MOIT 6'), moit('MOIT 4')],
    periodStart: '2025-10-01',
    periodEnd: '2025-12-31',
    newAttachments: [attachment('ผลการจัดซื้อจัดจ้าง ไตรมาส ๑.pdf', pdfBytes('procurement q1'))]
  }, 5)
  publish({
    title: HOSTILE_TITLE,
    ownerUnit: HOSTILE_OWNER,
    categoryCode: '1.8',
    newAttachments: [attachment(HOSTILE_FILE, pdfBytes('hostile'))]
  }, 4)

  const categories = ['1.1', '1.3', '1.5', '1.8', '1.10']
  for (let i = 0; i < extra; i++) {
    const category = categories[i % categories.length] ?? '1.1'
    const indicator = `MOIT ${(i % 7) + 2}`
    const title = `รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริตและส่งเสริมคุณธรรมความโปร่งใส ครั้งที่ ${i + 1} ประจำปีงบประมาณ ๒๕๖๙ (ฉบับปรับปรุงตามข้อเสนอแนะของคณะกรรมการ)`
    publish({
      title,
      ownerUnit: i % 2 ? 'กลุ่มงานควบคุมโรคติดต่อและโรคไม่ติดต่อ' : 'งานข้อมูลและสารสนเทศ',
      categoryCode: category,
      indicatorIds: [moit(indicator)],
      periodStart: '2025-10-01',
      periodEnd: '2026-03-31',
      newAttachments: [attachment(`report_${i + 1}_2569-01-15_anti_corruption_action_plan_progress_report_final_revision.pdf`, pdfBytes(`extra ${i}`))]
    }, 6 + (i % 20))
  }

  // Must not be listed: a file taken down, a withdrawn request, another fiscal year, another host.
  const removed = publish({ title: 'ข่าวประชาสัมพันธ์ที่นำลงแล้ว', categoryCode: '1.8' }, 6)
  f.services.db.prepare(`UPDATE published_file SET removed_at = ?, removed_by = ?, removal = 'deleted' WHERE request_id = ?`).run(at(10), f.ids.webmaster, removed.id)
  const withdrawn = requestIn(f, 'withdrawn', { title: 'คำขอที่ถอนการเผยแพร่แล้ว', categoryCode: '1.8' })
  recordPublished(f, withdrawn, profileId, at(7))
  const lastYear = requestIn(f, 'published', { title: 'รายงานประจำปีงบประมาณ ๒๕๖๘', categoryCode: '1.1', requestDate: '2025-09-15' })
  recordPublished(f, lastYear, profileId, at(8))
  publish({ title: 'ไฟล์บนโฮสต์อื่น', categoryCode: '1.1', indicatorIds: [moit('MOIT 1')] }, 9, otherProfileId)

  return {
    profileId,
    otherProfileId,
    listedTitles: extra > 0 ? [] : [
      'ประกาศมาตรการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน ปีงบประมาณ ๒๕๖๙',
      'ประกาศมาตรการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน ปีงบประมาณ ๒๕๖๙',
      'ประกาศผลการจัดซื้อจัดจ้าง ไตรมาสที่ ๑ ปีงบประมาณ ๒๕๖๙',
      'ประกาศผลการจัดซื้อจัดจ้าง ไตรมาสที่ ๑ ปีงบประมาณ ๒๕๖๙',
      HOSTILE_TITLE
    ],
    unlistedTitles: ['ข่าวประชาสัมพันธ์ที่นำลงแล้ว', 'คำขอที่ถอนการเผยแพร่แล้ว', 'รายงานประจำปีงบประมาณ ๒๕๖๘', 'ไฟล์บนโฮสต์อื่น'],
    listedFiles: 4 + extra
  }
}
