/**
 * DocumentService over a real register set up like the seed's office on the seed's day: the
 * preview proofs and renders without consuming a book number; the export refuses findings not
 * acknowledged, numbers the memo in the same operation as it makes the file (and not at all when
 * making the file fails), and records the file in the audit log.
 */
import { createHash } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { DocumentSpecInput } from '@shared/domain/documents-schemas'
import { extractText } from '../../../../src-main/documents/proofing'
import { stageFile } from '../../../../src-main/fs/atomic-write'
import { openFixture, requestIn, SEED_PEOPLE, type RegisterFixture } from '../../../helpers/register-fixtures'
import { refusal } from '../../../helpers/refusals'

const SEED_DAY = '2021-12-24T03:00:00.000Z'
/** A district name left in from another office's template, with a Devanagari word in it (the seed's slip). */
const SLIPPED_TITLE = 'รายงานผลการดำเนินงานของสำนักงานสาธารณสุขอำเภอनावัง'

let f: RegisterFixture
beforeEach(() => {
  f = openFixture({ start: SEED_DAY })
})
afterEach(() => f.cleanup())

const docs = () => f.services.documents
const auditActions = () => f.services.audit.list({ limit: 500 }).map((e) => e.action)
const numbers = () => f.services.bookNumbers.list().map((b) => b.bookNo)

/** The PDF's text without spaces: how pdfmake spaces Thai words is the renderer's business, not this test's. */
async function pdfText(base64: string): Promise<string> {
  const text = await extractText({ fileName: 'x.pdf', bytes: Buffer.from(base64, 'base64') })
  return text.paragraphs.join('\n').replace(/[ \t]+/g, '')
}
const squeezed = (s: string) => s.replace(/\s+/g, '')

describe('prepare', () => {
  it('flags a title in a foreign script naming another district, each finding with a stable id', async () => {
    const r = requestIn(f, 'approved', { title: SLIPPED_TITLE })
    const preview = await docs().prepare({ kind: 'request-form', requestIds: [r.id] })
    const codes = preview.findings.map((x) => x.code)
    expect(codes).toContain('foreign-script')
    expect(codes).toContain('foreign-place')
    for (const x of preview.findings) {
      expect(x.id).toMatch(/^[0-9a-f]{16}$/)
      expect(x.messageTh).toMatch(/[\u0e00-\u0e7f]/)
    }
    const again = await docs().prepare({ kind: 'request-form', requestIds: [r.id] })
    expect(again.findings.map((x) => x.id)).toEqual(preview.findings.map((x) => x.id))
    // The PDF font has no Devanagari: no preview, but the findings and the reason reach the person.
    expect(preview.previewPdfBase64).toBeNull()
    expect(preview.previewError).toContain('U+0928')
    const otherDistrict = requestIn(f, 'approved', { title: 'รายงานผลการดำเนินงานของสำนักงานสาธารณสุขอำเภอนาวัง' })
    const drawable = await docs().prepare({ kind: 'request-form', requestIds: [otherDistrict.id] })
    expect(drawable.findings.map((x) => x.code)).toEqual(['foreign-place'])
    expect(Buffer.from(drawable.previewPdfBase64 ?? '', 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(drawable.previewError).toBeNull()
    expect(preview.suggestedFileName).toBe(`แบบขอเผยแพร่-คำขอ${r.id}.pdf`)
    expect(preview.bookNoPreview).toBe('')
  })

  it('finds nothing in a memo made from clean data, and shows the book number’s place without taking one', async () => {
    const r = requestIn(f, 'submitted')
    const before = auditActions().length
    const preview = await docs().prepare({ kind: 'memo-approval', requestIds: [r.id] })
    expect(preview.findings).toEqual([])
    expect(preview.bookNoPreview).toBe('นภ ๐๓๓๒/........')
    expect(await pdfText(preview.previewPdfBase64 ?? '')).toContain(squeezed('นภ ๐๓๓๒/........'))
    expect(preview.notices.join('\n')).toMatch(/ตราครุฑ/)
    expect(preview.notices.join('\n')).toMatch(/เมื่อบันทึกไฟล์/)
    expect(numbers()).toEqual([])
    expect(auditActions().length).toBe(before)
  })

  it('refuses what does not fit the kind, in Thai', async () => {
    const r = requestIn(f, 'submitted')
    const cases: DocumentSpecInput[] = [
      { kind: 'request-form', requestIds: [] },
      { kind: 'request-form', requestIds: [r.id], sections: { background: 'x' } },
      { kind: 'announcement', fiscalYear: 2565, bookNo: { mode: 'allocate' } },
      { kind: 'memo-approval', requestIds: [r.id], sections: { nonsense: 'x' } },
      { kind: 'memo-approval', requestIds: [r.id], bookNo: { mode: 'manual', value: 'นภ ๐๓๓๒' } },
      { kind: 'announcement' }
    ]
    for (const spec of cases) {
      const e = await refusal(docs().prepare(spec))
      expect(e.code).toBe('invalid-input')
      expect(e.message).toMatch(/[\u0e00-\u0e7f]/)
    }
  })
})

describe('export', () => {
  it('refuses while a finding is not acknowledged, consuming nothing', async () => {
    const r = requestIn(f, 'submitted', { title: SLIPPED_TITLE })
    const preview = await docs().prepare({ kind: 'memo-approval', requestIds: [r.id] })
    expect(preview.findings.length).toBeGreaterThanOrEqual(2)
    const before = auditActions().length
    const partly = preview.findings.slice(1).map((x) => x.id)
    const e = await refusal(docs().export({ kind: 'memo-approval', requestIds: [r.id], format: 'docx', acknowledged: partly }, f.ids.webmaster))
    expect(e.code).toBe('invalid-input')
    expect(e.message).toContain('ยังไม่ได้ยืนยัน')
    expect(e.message).toContain(preview.findings[0]?.excerpt ?? '?')
    expect(numbers()).toEqual([])
    expect(auditActions().length).toBe(before)

    const all = preview.findings.map((x) => x.id)
    // DOCX: Word draws the Devanagari in a fallback font; the PDF font could not, and is refused.
    const done = await docs().export({ kind: 'memo-approval', requestIds: [r.id], format: 'docx', acknowledged: all }, f.ids.webmaster)
    expect(done.bookNo).toBe('นภ ๐๓๓๒/๑')
  })

  it('numbers a memo only when it is exported, and records each file', async () => {
    const r = requestIn(f, 'submitted')
    const other = requestIn(f, 'submitted')
    await docs().prepare({ kind: 'memo-approval', requestIds: [r.id] })
    await docs().prepare({ kind: 'memo-approval', requestIds: [r.id] })
    expect(numbers()).toEqual([])

    const pdf = await docs().export({ kind: 'memo-approval', requestIds: [r.id], format: 'pdf' }, f.ids.webmaster)
    const second = await docs().export({ kind: 'memo-approval', requestIds: [other.id], format: 'docx' }, f.ids.webmaster)
    expect([pdf.bookNo, second.bookNo]).toEqual(['นภ ๐๓๓๒/๑', 'นภ ๐๓๓๒/๒'])
    expect([pdf.reusedBookNo, second.reusedBookNo]).toEqual([false, false])
    expect(pdf.fileName).toBe('บันทึกขออนุมัติ-นภ0332-1.pdf')
    expect(second.fileName).toBe('บันทึกขออนุมัติ-นภ0332-2.docx')
    expect(numbers()).toEqual(['นภ 0332/2', 'นภ 0332/1'])
    expect(await pdfText(pdf.contentBase64)).toContain(squeezed('นภ ๐๓๓๒/๑'))
    expect(Buffer.from(second.contentBase64, 'base64').subarray(0, 2).toString('latin1')).toBe('PK')

    const exports = f.services.audit.list({ limit: 500 }).filter((e) => e.action === 'document.export')
    expect(exports).toHaveLength(2)
    const newest = exports[0]
    const bytes = Buffer.from(second.contentBase64, 'base64')
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(second.sha256)
    expect(newest?.entityId).toBe(second.sha256)
    expect(newest?.actorId).toBe(f.ids.webmaster)
    expect(newest?.detail).toMatchObject({
      kind: 'memo-approval',
      requestIds: [other.id],
      documentKey: `memo-approval|2021-12-24|fy:-|requests:${other.id}`,
      bookNo: 'นภ 0332/2',
      bookNumberId: second.bookNumberId,
      reusedBookNo: false,
      format: 'docx',
      sha256: second.sha256
    })
    expect(f.services.audit.verify().ok).toBe(true)
  })

  it('saves the same memo as DOCX and then as PDF under the same ที่, taking one number', async () => {
    const a = requestIn(f, 'submitted')
    const b = requestIn(f, 'submitted')
    const memo: DocumentSpecInput = { kind: 'memo-approval', requestIds: [a.id, b.id] }
    const docx = await docs().export({ ...memo, format: 'docx' }, f.ids.webmaster)
    expect(docx.bookNo).toBe('นภ ๐๓๓๒/๑')

    // The preview of the same memo now shows its number, and says it is kept.
    const preview = await docs().prepare(memo)
    expect(preview.bookNoPreview).toBe('นภ ๐๓๓๒/๑')
    expect(preview.notices.join('\n')).toContain('ใช้เลขเดิม')
    expect(preview.suggestedFileName).toBe('บันทึกขออนุมัติ-นภ0332-1.pdf')
    expect(await pdfText(preview.previewPdfBase64 ?? '')).toContain(squeezed('นภ ๐๓๓๒/๑'))

    // Requests in another order, a section reworded, an urgency added: still the same memo.
    const pdf = await docs().export(
      { kind: 'memo-approval', requestIds: [b.id, a.id], urgency: 'ด่วน', sections: { proposal: 'จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ' }, format: 'pdf' },
      f.ids.webmaster2
    )
    expect(pdf.bookNo).toBe('นภ ๐๓๓๒/๑')
    expect(pdf.bookNumberId).toBe(docx.bookNumberId)
    expect(pdf.reusedBookNo).toBe(true)
    expect(pdf.fileName).toBe('บันทึกขออนุมัติ-นภ0332-1.pdf')
    expect(await pdfText(pdf.contentBase64)).toContain(squeezed('นภ ๐๓๓๒/๑'))
    expect(numbers()).toEqual(['นภ 0332/1'])
    const actions = auditActions()
    expect(actions.filter((x) => x === 'book-number.allocate')).toHaveLength(1)
    expect(actions.filter((x) => x === 'document.export')).toHaveLength(2)
    expect(f.services.audit.list({ limit: 1 })[0]?.detail).toMatchObject({ bookNo: 'นภ 0332/1', bookNumberId: docx.bookNumberId, reusedBookNo: true })

    // Another date is another memo: the next number.
    const later = await docs().export({ ...memo, date: '2021-12-27', format: 'pdf' }, f.ids.webmaster)
    expect(later.bookNo).toBe('นภ ๐๓๓๒/๒')
    expect(later.reusedBookNo).toBe(false)
    // A memo saved once without a number has none to keep: the next export allocates.
    const c = requestIn(f, 'submitted')
    await docs().export({ kind: 'memo-approval', requestIds: [c.id], bookNo: { mode: 'none' }, format: 'pdf' }, f.ids.webmaster)
    expect((await docs().export({ kind: 'memo-approval', requestIds: [c.id], format: 'pdf' }, f.ids.webmaster)).bookNo).toBe('นภ ๐๓๓๒/๓')
  })

  it('tells yearly memos apart by their fiscal year, kept per year', async () => {
    const y65 = await docs().export({ kind: 'memo-website-report', fiscalYear: 2565, format: 'docx' }, f.ids.webmaster)
    const y64 = await docs().export({ kind: 'memo-website-report', fiscalYear: 2564, format: 'docx' }, f.ids.webmaster)
    const again65 = await docs().export({ kind: 'memo-website-report', fiscalYear: 2565, format: 'pdf' }, f.ids.webmaster)
    const approval65 = await docs().export({ kind: 'memo-announcement-approval', fiscalYear: 2565, format: 'pdf' }, f.ids.webmaster)
    expect([y65.bookNo, y64.bookNo, again65.bookNo, approval65.bookNo]).toEqual(['นภ ๐๓๓๒/๑', 'นภ ๐๓๓๒/๒', 'นภ ๐๓๓๒/๑', 'นภ ๐๓๓๒/๓'])
    // Without --fy the report speaks of the fiscal year of its date (2565 for 24 Dec 2021): the same memo.
    expect((await docs().export({ kind: 'memo-website-report', format: 'pdf' }, f.ids.webmaster)).bookNo).toBe('นภ ๐๓๓๒/๑')
  })

  it('takes no number when the file cannot be made', async () => {
    // A private-use character: proofing flags it (acknowledged here) and the PDF font cannot draw it.
    const r = requestIn(f, 'submitted', { title: 'ประกาศผลการจัดซื้อจัดจ้าง \ue000' })
    const acknowledged = docs().proof({ kind: 'memo-approval', requestIds: [r.id] }).map((x) => x.id)
    expect(acknowledged.length).toBeGreaterThan(0)
    const before = auditActions()
    const e = await refusal(docs().export({ kind: 'memo-approval', requestIds: [r.id], format: 'pdf', acknowledged }, f.ids.webmaster))
    expect(e.message).toContain('U+E000')
    expect(numbers()).toEqual([])
    expect(auditActions()).toEqual(before)
  })

  it('prints the next number when another window took the planned one meanwhile', async () => {
    const r = requestIn(f, 'submitted')
    let other = ''
    const out = `${f.dir}/memo.pdf`
    const file = await docs().exportFile({ kind: 'memo-approval', requestIds: [r.id], format: 'pdf' }, f.ids.webmaster, {
      stage: (bytes) => {
        // Between rendering and committing, the CLI (say) allocates once.
        if (other === '') other = f.services.bookNumbers.allocate({ documentKind: 'memo-website-report', subject: 'อื่น', byId: f.ids.assistant }).bookNo
        return stageFile(out, bytes)
      }
    })
    expect(other).toBe('นภ 0332/1')
    expect(file.bookNo).toBe('นภ ๐๓๓๒/๒')
    expect(numbers()).toEqual(['นภ 0332/2', 'นภ 0332/1'])
    expect(await pdfText(file.bytes.toString('base64'))).toContain(squeezed('นภ ๐๓๓๒/๒'))
    expect(auditActions().filter((a) => a === 'document.export')).toHaveLength(1)
  })

  it('records a number typed by hand, keeps it for the same memo, refuses it for another, and leaves ที่ blank on request', async () => {
    const r = requestIn(f, 'submitted')
    const manual: DocumentSpecInput = { kind: 'memo-approval', requestIds: [r.id], bookNo: { mode: 'manual', value: 'ที่ นภ ๐๓๓๒/๘๗๘' } }
    const preview = await docs().prepare(manual)
    expect(preview.bookNoPreview).toBe('นภ ๐๓๓๒/๘๗๘')
    const first = await docs().export({ ...manual, format: 'pdf' }, f.ids.webmaster)
    expect(first.bookNo).toBe('นภ ๐๓๓๒/๘๗๘')
    // The same memo typed with the same number again (its DOCX): kept, not recorded twice.
    const again = await docs().export({ ...manual, bookNo: { mode: 'manual', value: 'นภ 0332/878' }, format: 'docx' }, f.ids.webmaster)
    expect(again).toMatchObject({ bookNo: 'นภ ๐๓๓๒/๘๗๘', bookNumberId: first.bookNumberId, reusedBookNo: true })
    // Another memo may not print the same number.
    const other = requestIn(f, 'submitted')
    const before = auditActions().length
    const taken = await refusal(docs().export({ ...manual, requestIds: [other.id], format: 'pdf' }, f.ids.webmaster))
    expect(taken.code).toBe('conflict')
    expect(auditActions().length).toBe(before)
    // A different number typed for the same memo is a correction: recorded, and kept from then on.
    const corrected = await docs().export({ ...manual, bookNo: { mode: 'manual', value: 'นภ ๐๓๓๒/๘๗๙' }, format: 'pdf' }, f.ids.webmaster)
    expect(corrected).toMatchObject({ bookNo: 'นภ ๐๓๓๒/๘๗๙', reusedBookNo: false })
    expect((await docs().export({ kind: 'memo-approval', requestIds: [r.id], format: 'pdf' }, f.ids.webmaster)).bookNo).toBe('นภ ๐๓๓๒/๘๗๙')

    const blank = await docs().export({ kind: 'memo-approval', requestIds: [other.id], bookNo: { mode: 'none' }, format: 'docx', thaiDigits: false }, f.ids.webmaster)
    expect(blank.bookNo).toBeNull()
    expect(blank.fileName).toBe('บันทึกขออนุมัติ-2021-12-24.docx')
    expect(numbers()).toEqual(['นภ 0332/879', 'นภ 0332/878'])
    const last = f.services.audit.list({ limit: 1 })[0]
    expect(last?.action).toBe('document.export')
    expect(last?.detail).toMatchObject({ bookNo: null, format: 'docx' })
  })

  it('makes the form and the announcement without a book number, and refuses an inactive or unknown actor', async () => {
    const r = requestIn(f, 'published')
    const form = await docs().export({ kind: 'request-form', requestIds: [r.id], format: 'pdf' }, f.ids.webmaster)
    expect(form.bookNo).toBeNull()
    expect(await pdfText(form.contentBase64)).toContain(squeezed(r.title))
    const ann = await docs().export({ kind: 'announcement', fiscalYear: 2565, date: '2021-10-01', format: 'docx' }, f.ids.webmaster)
    expect(ann.fileName).toBe('ประกาศแนวทางเผยแพร่-ปีงบ2565.docx')
    expect(numbers()).toEqual([])
    const e = await refusal(docs().export({ kind: 'request-form', requestIds: [r.id], format: 'pdf' }, 999))
    expect(e.code).toBe('not-found')
    f.services.people.save({ ...SEED_PEOPLE.webmaster2, id: f.ids.webmaster2, active: false }, f.ids.head)
    const gone = await refusal(docs().export({ kind: 'request-form', requestIds: [r.id], format: 'pdf' }, f.ids.webmaster2))
    expect(gone.code).toBe('forbidden')
  })
})
