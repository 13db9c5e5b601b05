/**
 * Attachments the pack cannot merge: an encrypted PDF, a PDF that does not parse, a file missing
 * from the blob store, and a request with only an external link. Each is said on the contents
 * page instead of breaking the pack, and the pages still add up.
 */
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { EvidencePackResult } from '../../../src-main/services/evidence/evidence-service'
import { attachment, openFixture, pdfBytes, requestIn, type RegisterFixture } from '../../helpers/register-fixtures'
import { missingTools, pdfInfo } from '../documents/render-docx/libreoffice'
import { multiPagePdf } from './evidence-fixture'

const reason = missingTools()
if (reason) console.warn(`evidence pack files: skipped — ${reason}`)

/** The fixture's PDF with an /Encrypt entry in its trailer: what a password-protected PDF carries. */
function encryptedPdf(): Buffer {
  const text = pdfBytes('EVIDENCE-ENCRYPTED').toString('latin1').replace('/Root 1 0 R >>', '/Root 1 0 R /Encrypt 4 0 R >>')
  return Buffer.from(text, 'latin1')
}

describe.skipIf(reason !== null)('evidence pack: files that cannot be merged', () => {
  let f: RegisterFixture
  let pack: EvidencePackResult
  const LINK = 'https://data.example.go.th/dataset/ita-2569'

  beforeAll(async () => {
    f = openFixture()
    const s = f.services
    const moit2 = s.catalog.listIndicators(2569).find((i) => i.code === 'MOIT 2')?.id ?? 0
    const files = requestIn(f, 'published', {
      title: 'รายงานข้อมูลสถิติประจำไตรมาส',
      indicatorIds: [moit2],
      newAttachments: [
        attachment('ใส่รหัสผ่าน.pdf', encryptedPdf()),
        attachment('เสีย.pdf', Buffer.from('%PDF-1.4\nnot a pdf at all, only its first line\n%%EOF\n', 'latin1')),
        attachment('หายไป.pdf', pdfBytes('EVIDENCE-MISSING')),
        attachment('ใช้ได้.pdf', await multiPagePdf('EVIDENCE-GOOD', 2))
      ]
    })
    f.clock.advance({ hours: 1 })
    requestIn(f, 'published', { title: 'ชุดข้อมูลเปิดบนเว็บไซต์ภายนอก', indicatorIds: [moit2], newAttachments: [], externalLink: LINK })
    const missing = files.attachments.find((a) => a.fileName === 'หายไป.pdf')
    if (!missing) throw new Error('no หายไป.pdf')
    rmSync(s.attachments.blobs.pathOf(missing.sha256))
    pack = await s.evidence.pack({ indicatorCode: 'MOIT 2', period: { kind: 'quarter', fiscalYear: 2569, quarter: 2 } })
    writeFileSync(join(f.dir, 'pack.pdf'), pack.bytes)
  }, 120_000)
  afterAll(() => f?.cleanup())

  it('lists what it could not merge, says why, and still counts its pages right', () => {
    const [first, second] = pack.items
    const labels = first?.parts.map((p) => [p.kind, p.label, p.pageCount]) ?? []
    expect(labels).toContainEqual(['original-file', expect.stringContaining('ใส่รหัสผ่าน.pdf — ไฟล์ PDF มีรหัสผ่านหรือการเข้ารหัส จึงไม่ได้รวมไว้ในเล่ม'), 0])
    expect(labels).toContainEqual(['original-file', expect.stringContaining('เสีย.pdf — เปิดไฟล์ PDF นี้ไม่ได้'), 0])
    expect(labels).toContainEqual(['original-file', expect.stringContaining('หายไป.pdf — ไม่พบไฟล์ในที่เก็บไฟล์แนบของโปรแกรม'), 0])
    expect(labels).toContainEqual(['document', 'เอกสาร: ใช้ได้.pdf (๒ หน้า)', 2])
    expect(second?.parts.map((p) => p.kind)).toEqual(['memo', 'no-file', 'form'])
    expect(second?.parts[1]?.label).toBe(`ไม่มีไฟล์แนบ — ลิงก์ภายนอก: ${LINK}`)
    const merged = pack.items.flatMap((i) => i.parts).reduce((sum, p) => sum + p.pageCount, 0)
    expect(pdfInfo(join(f.dir, 'pack.pdf')).pages).toBe(pack.contentsPageCount + merged)
  })
})
