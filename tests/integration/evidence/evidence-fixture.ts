/**
 * A register with MOIT evidence of fiscal year ๒๕๖๙ (1 Oct 2025 – 30 Sep 2026), set up like the
 * seed's office. What each request is for is in its name: those the 6-month MOIT 1 pack must hold
 * (boundary, numbered, plain), and those it must leave out (other indicator, later quarter, not
 * published, the day before the fiscal year in Bangkok, withdrawn, rejected).
 *
 * published_file rows are written with SQL, as the upload queue (another part of the app) will
 * write them: a live row per published file, and a removed one whose URL must never be offered.
 */
import { PDFDocument, StandardFonts } from 'pdf-lib'
import type { RequestDetail } from '@shared/domain/records'
import { attachment, docxBytes, jpgBytes, openFixture, pdfBytes, requestIn, type RegisterFixture } from '../../helpers/register-fixtures'

/** A PDF of `pages` pages, each printing "<label> p<n>" (ASCII, so pdftotext reads it back exactly). */
export async function multiPagePdf(label: string, pages: number): Promise<Buffer> {
  const doc = await PDFDocument.create()
  const font = await doc.embedFont(StandardFonts.Helvetica)
  for (let i = 1; i <= pages; i++) doc.addPage([595.28, 841.89]).drawText(`${label} p${i}`, { x: 72, y: 760, size: 20, font })
  return Buffer.from(await doc.save())
}

export const TITLES = {
  boundary: 'ประกาศเจตจำนงสุจริตของผู้บริหาร ปีงบประมาณ ๒๕๖๙',
  numbered: 'มาตรการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน ปีงบประมาณ ๒๕๖๙',
  plain: 'รายงานผลการดำเนินงานเว็บไซต์ ไตรมาสที่ ๑',
  otherIndicator: 'ข่าวประชาสัมพันธ์รณรงค์ป้องกันไข้เลือดออก',
  laterQuarter: 'รายงานผลการดำเนินงานเว็บไซต์ ไตรมาสที่ ๒',
  notPublished: '=HYPERLINK("http://evil.example","คลิก") ร่างแผนปฏิบัติการ',
  dayBefore: 'ประกาศแนวทางการเผยแพร่ข้อมูลต่อสาธารณะ ปีงบประมาณ ๒๕๖๙ (เผยแพร่ก่อนเริ่มปี)',
  withdrawn: 'ประกาศรับสมัครงาน "ลูกจ้างชั่วคราว", ตำแหน่งพนักงานขับรถ\nบรรทัดที่สองของหัวข้อ',
  rejected: 'ข่าวที่ไม่อนุมัติให้เผยแพร่'
} as const

export const URLS = {
  numberedPdf: 'https://sso-sribunrueang.example/ita/2569/measures.pdf',
  numberedDocx: 'https://sso-sribunrueang.example/ita/2569/measures-form.docx',
  removed: 'https://sso-sribunrueang.example/ita/2569/OLD-REMOVED.pdf',
  boundaryPage: 'https://sso-sribunrueang.example/news/boundary'
} as const

export const BOOK_NO = 'นภ 0332/878'

export interface EvidenceRegister {
  f: RegisterFixture
  moit1: number
  moit2: number
  moit3: number
  r: Record<keyof typeof TITLES, RequestDetail>
  /** The attachments as uploaded, to count their pages independently of the pack. */
  files: { numberedPdf: Buffer; plainPdf: Buffer }
}

export async function evidenceRegister(): Promise<EvidenceRegister> {
  const f = openFixture({ start: '2025-09-20T03:00:00.000Z' })
  const s = f.services
  // The clock's start made FY ๒๕๖๘ the current year; FY ๒๕๖๙ gets its indicators as the office would.
  s.catalog.copyForward(2568, 2569, f.ids.webmaster)
  const indicator = (code: string) => {
    const found = s.catalog.listIndicators(2569).find((i) => i.code === code)
    if (!found) throw new Error(`no ${code} in 2569`)
    return found.id
  }
  const moit1 = indicator('MOIT 1')
  const moit2 = indicator('MOIT 2')
  const moit3 = indicator('MOIT 3')
  const files = { numberedPdf: await multiPagePdf('EVIDENCE-NUMBERED', 3), plainPdf: await multiPagePdf('EVIDENCE-PLAIN', 2) }

  const publishAt = (at: string, title: string, indicatorIds: number[], extra: Parameters<typeof requestIn>[2] = {}, status: Parameters<typeof requestIn>[1] = 'published') => {
    f.clock.set(at)
    return requestIn(f, status, { title, indicatorIds, ...extra })
  }

  const r = {
    // 1 Oct 2025 00:30 in Bangkok (30 Sep 17:30 UTC): the first day of FY ๒๕๖๙.
    boundary: publishAt('2025-09-30T17:30:00.000Z', TITLES.boundary, [moit1], {
      newAttachments: [attachment('เจตจำนงสุจริต.pdf', pdfBytes('EVIDENCE-BOUNDARY'))]
    }),
    // Filed under FY ๒๕๖๙ (the next year's announcement) but published 30 Sep 2025 23:30 in Bangkok
    // (16:30 UTC), the day before FY ๒๕๖๙ begins: out of every FY ๒๕๖๙ period.
    dayBefore: publishAt('2025-09-30T16:30:00.000Z', TITLES.dayBefore, [moit1], { fiscalYear: 2569 }),
    numbered: publishAt('2025-11-10T03:00:00.000Z', TITLES.numbered, [moit1], {
      newAttachments: [
        attachment('มาตรการเผยแพร่ข้อมูล.pdf', files.numberedPdf),
        attachment('แบบฟอร์มประกอบ.docx', docxBytes('form')),
        attachment('ภาพประกอบ.jpg', jpgBytes('photo'))
      ]
    }),
    plain: publishAt('2026-01-20T03:00:00.000Z', TITLES.plain, [moit1], { newAttachments: [attachment('รายงานไตรมาส1.pdf', files.plainPdf)] }),
    otherIndicator: publishAt('2026-01-21T03:00:00.000Z', TITLES.otherIndicator, [moit2], { newAttachments: [attachment('ไข้เลือดออก.pdf', pdfBytes('EVIDENCE-OTHER'))] }),
    laterQuarter: publishAt('2026-04-05T03:00:00.000Z', TITLES.laterQuarter, [moit1], { newAttachments: [attachment('รายงานไตรมาส2.pdf', pdfBytes('EVIDENCE-LATER'))] }),
    notPublished: publishAt('2026-01-22T03:00:00.000Z', TITLES.notPublished, [moit1, moit3], {}, 'approved'),
    withdrawn: publishAt('2026-01-23T03:00:00.000Z', TITLES.withdrawn, [moit1], { newAttachments: [attachment('รับสมัครงาน.pdf', pdfBytes('EVIDENCE-WITHDRAWN'))] }, 'withdrawn'),
    rejected: publishAt('2026-01-24T03:00:00.000Z', TITLES.rejected, [moit1], {}, 'rejected')
  }

  // The memo for the numbered item went out under a number typed from the paper register.
  s.bookNumbers.record({
    documentKind: 'memo-approval',
    subject: 'ขออนุมัติเผยแพร่ข้อมูลผ่านเว็บไซต์',
    requestIds: [r.numbered.id],
    documentDate: '2025-11-07',
    byId: f.ids.webmaster,
    bookNo: BOOK_NO
  })

  const db = s.db
  const profile = Number(
    db
      .prepare(
        `INSERT INTO host_profile (name, host, port, tls, username, remote_root, public_base_url, folder_pattern, file_naming, if_exists, takedown, created_at, updated_at)
         VALUES ('เว็บไซต์ สสอ.', 'ftp.example', 21, 'explicit', 'web', '/public_html', 'https://sso-sribunrueang.example', '{fy}', 'ascii-dated', 'suffix', 'delete', ?, ?)`
      )
      .run(f.clock.now(), f.clock.now()).lastInsertRowid
  )
  const published = db.prepare(
    `INSERT INTO published_file (request_id, attachment_id, profile_id, remote_path, public_url, sha256, size_bytes, published_at, published_by, removed_at, removed_by, removal)
     VALUES (@request, @attachment, @profile, @path, @url, @sha, @size, @at, @by, @removedAt, @removedBy, @removal)`
  )
  const put = (request: RequestDetail, fileName: string, url: string, removed = false) => {
    const a = request.attachments.find((x) => x.fileName === fileName)
    if (!a) throw new Error(`no attachment ${fileName}`)
    published.run({
      request: request.id,
      attachment: a.id,
      profile,
      path: new URL(url).pathname,
      url,
      sha: a.sha256,
      size: a.sizeBytes,
      at: request.published?.at ?? f.clock.now(),
      by: f.ids.webmaster,
      removedAt: removed ? f.clock.now() : null,
      removedBy: removed ? f.ids.webmaster : null,
      removal: removed ? 'deleted' : null
    })
  }
  put(r.numbered, 'มาตรการเผยแพร่ข้อมูล.pdf', URLS.removed, true)
  put(r.numbered, 'มาตรการเผยแพร่ข้อมูล.pdf', URLS.numberedPdf)
  put(r.numbered, 'แบบฟอร์มประกอบ.docx', URLS.numberedDocx)
  // The boundary item has no published_file rows: its links fall back to the request's public URL.
  db.prepare('UPDATE request SET public_url = ? WHERE id = ?').run(URLS.boundaryPage, r.boundary.id)
  f.clock.set('2026-05-02T03:00:00.000Z')
  return { f, moit1, moit2, moit3, r, files }
}
