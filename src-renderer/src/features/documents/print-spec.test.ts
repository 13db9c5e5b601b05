import { describe, expect, it } from 'vitest'
import type { DocumentFinding } from '@shared/domain/documents-schemas'
import { documentExportInput, documentSpec } from '@shared/domain/documents-schemas'
import { base64ToBytes, canExport, exportInputOf, initialOptions, mimeTypeOf, sameSpec, specOf, unacknowledged } from './print-spec'

const office = { thaiDigits: true, preprintedPaper: false }
const finding = (id: string): DocumentFinding => ({ id, code: 'foreign-place', severity: 'warning', messageTh: 'ชื่ออำเภออื่น', excerpt: 'โนนสัง', paragraphIndex: 0, start: 0, end: 6 })

describe('specOf', () => {
  it('sends the form without memo options (the service refuses them on a form)', () => {
    const o = { ...initialOptions([7], office), urgency: 'ด่วน' as const, bookNoMode: 'manual' as const, bookNoValue: 'นภ ๐๓๓๒/๑', sections: { background: 'x' } }
    expect(specOf(o)).toEqual({ kind: 'request-form', requestIds: [7], thaiDigits: true })
    expect(documentSpec.safeParse(specOf(o)).success).toBe(true)
  })

  it('sends a memo with its options, only the sections that differ from the template', () => {
    const o = { ...initialOptions([1, 2], { thaiDigits: false, preprintedPaper: true }, 'memo-approval'), sections: { background: 'แก้แล้ว', proposal: 'เดิม' } }
    const spec = specOf(o, { background: 'เดิม', proposal: 'เดิม' })
    expect(spec).toEqual({ kind: 'memo-approval', requestIds: [1, 2], thaiDigits: false, preprinted: true, urgency: null, bookNo: { mode: 'allocate' }, sections: { background: 'แก้แล้ว' } })
    expect(documentSpec.safeParse(spec).success).toBe(true)
    // Nothing edited: no sections key at all, so the template in use decides.
    expect(specOf({ ...o, sections: { proposal: 'เดิม' } }, { proposal: 'เดิม' })).not.toHaveProperty('sections')
  })

  it('maps the book number choice and the proposer', () => {
    const memo = initialOptions([1], office, 'memo-approval')
    expect(specOf({ ...memo, bookNoMode: 'manual', bookNoValue: 'นภ ๐๓๓๒/๘๗๘' }).bookNo).toEqual({ mode: 'manual', value: 'นภ ๐๓๓๒/๘๗๘' })
    expect(specOf({ ...memo, bookNoMode: 'none' }).bookNo).toEqual({ mode: 'none' })
    expect(specOf({ ...memo, from: 4 }).from).toBe(4)
    expect(specOf(memo)).not.toHaveProperty('from')
  })
})

describe('export gate', () => {
  const findings = [finding('aaaaaaaaaaaaaaaa'), finding('bbbbbbbbbbbbbbbb')]
  it('waits for every finding to be acknowledged', () => {
    expect(canExport({ fresh: true, busy: false, findings, acknowledged: new Set(['aaaaaaaaaaaaaaaa']) })).toBe(false)
    expect(canExport({ fresh: true, busy: false, findings, acknowledged: new Set(['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb']) })).toBe(true)
    expect(unacknowledged(findings, new Set(['bbbbbbbbbbbbbbbb'])).map((f) => f.id)).toEqual(['aaaaaaaaaaaaaaaa'])
  })
  it('refuses a stale preview, a missing one and a running export', () => {
    expect(canExport({ fresh: false, busy: false, findings: [], acknowledged: new Set() })).toBe(false)
    expect(canExport({ fresh: true, busy: false, findings: null, acknowledged: new Set() })).toBe(false)
    expect(canExport({ fresh: true, busy: true, findings: [], acknowledged: new Set() })).toBe(false)
    expect(canExport({ fresh: true, busy: false, findings: [], acknowledged: new Set() })).toBe(true)
  })
  it('sends only the ticks of the findings on screen', () => {
    const input = exportInputOf({ kind: 'request-form', requestIds: [1] }, 'pdf', new Set(['aaaaaaaaaaaaaaaa', 'cccccccccccccccc']), findings)
    expect(input.acknowledged).toEqual(['aaaaaaaaaaaaaaaa'])
    expect(documentExportInput.safeParse(input).success).toBe(true)
  })
  it('compares specs by value', () => {
    expect(sameSpec(null, { kind: 'request-form' })).toBe(false)
    expect(sameSpec({ kind: 'request-form', requestIds: [1] }, { kind: 'request-form', requestIds: [1] })).toBe(true)
    expect(sameSpec({ kind: 'request-form', requestIds: [1] }, { kind: 'request-form', requestIds: [2] })).toBe(false)
  })
})

describe('bytes and types', () => {
  it('decodes base64 to the exact bytes', () => {
    expect([...base64ToBytes(btoa('%PDF\u00ff'))]).toEqual([0x25, 0x50, 0x44, 0x46, 0xff])
  })
  it('names the MIME type by extension', () => {
    expect(mimeTypeOf('แบบฟอร์ม.PDF')).toBe('application/pdf')
    expect(mimeTypeOf('บันทึก.docx')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    expect(mimeTypeOf('x.bin')).toBe('application/octet-stream')
  })
})
