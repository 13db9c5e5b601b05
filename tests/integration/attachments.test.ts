/** Attachments: kept under their SHA-256 in the data directory, checked by content, nothing written when refused. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { AppError } from '@shared/result'
import type { AttachmentCheck, RequestDetail } from '@shared/domain/records'
import { createHandlers, dispatch, type HandlerTable } from '../../src-main/ipc/handlers'
import {
  attachment,
  docxBytes,
  exeBytes,
  jpgBytes,
  openFixture,
  pdfBytes,
  pngBytes,
  requestIn,
  requestInput,
  snapshot,
  updateInputFrom,
  type RegisterFixture
} from '../helpers/register-fixtures'

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')
const MiB = 1024 * 1024
/** A PDF padded with PDF white space to exactly `size` bytes (still a PDF by its content). */
const pdfOfSize = (size: number) => {
  const head = pdfBytes('size test')
  return Buffer.concat([head, Buffer.alloc(size - head.length, 0x20)])
}

describe('attachments', () => {
  let f: RegisterFixture
  let table: HandlerTable
  const silent = { error: () => undefined }
  beforeEach(() => {
    f = openFixture()
    table = createHandlers(f.services, { version: 'test', shell: 'web' })
  })
  afterEach(() => f.cleanup())

  const refusedFile = (fn: () => unknown, fileName: string): AppError => {
    let caught: unknown
    try {
      fn()
    } catch (e) {
      caught = e
    }
    expect(caught).toBeInstanceOf(AppError)
    const e = caught as AppError
    expect(e.code).toBe('file-refused')
    expect(e.message).toContain(`“${fileName}”`)
    expect(e.message).toMatch(/[\u0E00-\u0E7F]/)
    // Says what to do, after the dash.
    expect(e.message).toMatch(/ — .*(กรุณา|แนบ)/)
    return e
  }

  it('stores each file under attachments/<2 hex>/<sha256> and keeps the original Thai name in the register', () => {
    const pdf = pdfBytes('order')
    const docx = docxBytes('คำสั่งแต่งตั้ง')
    const jpg = jpgBytes('activity photo')
    const d = f.services.requests.create(
      requestInput(f, {
        newAttachments: [attachment('คำสั่งแต่งตั้งคณะทำงาน ๒๕๖๙.pdf', pdf), attachment('รายชื่อคณะทำงาน.docx', docx), attachment('ภาพกิจกรรม.JPEG', jpg)]
      })
    )
    expect(d.attachments.map((a) => [a.fileName, a.kind, a.sizeBytes, a.sha256])).toEqual([
      ['คำสั่งแต่งตั้งคณะทำงาน ๒๕๖๙.pdf', 'pdf', pdf.length, sha256(pdf)],
      ['รายชื่อคณะทำงาน.docx', 'docx', docx.length, sha256(docx)],
      ['ภาพกิจกรรม.JPEG', 'jpg', jpg.length, sha256(jpg)]
    ])
    for (const [bytes, a] of [[pdf, d.attachments[0]], [docx, d.attachments[1]], [jpg, d.attachments[2]]] as const) {
      const path = join(f.dir, 'attachments', sha256(bytes).slice(0, 2), sha256(bytes))
      expect(readFileSync(path).equals(bytes)).toBe(true)
      expect(a?.addedAt).toBe(f.clock.now())
    }
    expect(snapshot(f).blobs).toHaveLength(3)
    // No temporary file is left next to the blobs.
    expect(snapshot(f).blobs.every((p) => /^[0-9a-f]{2}\/[0-9a-f]{64}$/.test(p))).toBe(true)
  })

  it('refuses a PNG renamed .pdf that comes with requests:create, and writes nothing at all', () => {
    // One good file in the same call: it must not be stored either.
    const before = snapshot(f)
    const result = dispatch(
      table,
      'requests:create',
      requestInput(f, { newAttachments: [attachment('ประกาศ.pdf', pdfBytes('good')), attachment('แผนผังสำนักงาน.pdf', pngBytes())] }),
      { operatorId: f.ids.assistant },
      silent
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('file-refused')
    expect(result.error.message).toContain('“แผนผังสำนักงาน.pdf”')
    expect(result.error.message).toContain('PNG')
    expect(result.error.fields).toHaveProperty(['แผนผังสำนักงาน.pdf'])
    expect(snapshot(f)).toEqual(before)
    expect(before.requests).toBe(0)
  })

  it('refuses a bad file added to an approved request without touching the request', () => {
    const d = requestIn(f, 'approved')
    const before = snapshot(f)
    refusedFile(() => f.services.requests.update(updateInputFrom(d, f.ids.assistant, { newAttachments: [attachment('รูป.pdf', pngBytes())] })), 'รูป.pdf')
    expect(snapshot(f)).toEqual(before)
    expect(f.services.requests.get(d.id)).toMatchObject({ status: 'approved', attachments: d.attachments })
  })

  it('refuses empty files, files over the office limit and programs, each with a Thai message', () => {
    const before = snapshot(f)
    const create = (name: string, bytes: Uint8Array) => () => f.services.requests.create(requestInput(f, { newAttachments: [attachment(name, bytes)] }))
    expect(refusedFile(create('บันทึกข้อความ.pdf', Buffer.alloc(0)), 'บันทึกข้อความ.pdf').message).toContain('ไฟล์ว่าง')
    expect(refusedFile(create('setup.exe', exeBytes()), 'setup.exe').message).toContain('.exe')
    expect(refusedFile(create('คู่มือ.doc', exeBytes()), 'คู่มือ.doc').message).toContain('โปรแกรม')
    expect(refusedFile(create('ไม่มีนามสกุล', pdfBytes()), 'ไม่มีนามสกุล').message).toContain('.pdf')

    // The office lowers its limit to 1 MB.
    const office = f.services.office.get()
    if (!office) throw new Error('setup did not save the office')
    f.services.office.save({ ...office, maxAttachmentMb: 1 }, f.ids.webmaster)
    expect(refusedFile(create('รายงานประจำปี.pdf', pdfOfSize(MiB + 1)), 'รายงานประจำปี.pdf').message).toContain('1 MB')
    expect(snapshot(f)).toEqual({ ...before, audit: before.audit + 1 })
    // Exactly the limit is allowed, as is anything under it.
    const exact = f.services.requests.create(requestInput(f, { newAttachments: [attachment('พอดี 1 MB.pdf', pdfOfSize(MiB))] }))
    expect(exact.attachments[0]?.sizeBytes).toBe(MiB)
    // Raising it again lets a 2 MB file in.
    f.services.office.save({ ...office, maxAttachmentMb: 4 }, f.ids.webmaster)
    expect(f.services.requests.create(requestInput(f, { newAttachments: [attachment('รายงานประจำปี.pdf', pdfOfSize(2 * MiB))] })).attachments).toHaveLength(1)
  })

  it('points out the same content already attached to another request, stores it once, and removes it when no request uses it', () => {
    const bytes = pdfBytes('shared annex')
    const first = f.services.requests.create(requestInput(f, { title: 'ประกาศผลการจัดซื้อวัสดุ', newAttachments: [attachment('ผลการจัดซื้อ.pdf', bytes)] }))
    const check = (requestId?: number) => {
      const r = dispatch(table, 'attachments:check', { ...attachment('สำเนา ผลการจัดซื้อ.pdf', bytes), ...(requestId ? { requestId } : {}) }, undefined, silent)
      if (!r.ok) throw new Error(r.error.message)
      return r.value as AttachmentCheck
    }
    expect(check()).toMatchObject({ fileName: 'สำเนา ผลการจัดซื้อ.pdf', kind: 'pdf', sha256: sha256(bytes), duplicates: [{ requestId: first.id, title: 'ประกาศผลการจัดซื้อวัสดุ', fileName: 'ผลการจัดซื้อ.pdf' }] })
    expect(check()).not.toHaveProperty('bytes')
    // Its own request does not count as a duplicate.
    expect(check(first.id).duplicates).toEqual([])
    const blobsBefore = snapshot(f).blobs
    const second = f.services.requests.create(requestInput(f, { title: 'สรุปผลการจัดซื้อไตรมาส ๒', newAttachments: [attachment('สำเนา ผลการจัดซื้อ.pdf', bytes)] }))
    expect(snapshot(f).blobs).toEqual(blobsBefore)
    expect(check().duplicates.map((d) => d.requestId)).toEqual([first.id, second.id])

    // Removing it from one request keeps the bytes for the other; removing it from both deletes them.
    const blob = join(f.dir, 'attachments', sha256(bytes).slice(0, 2), sha256(bytes))
    const drop = (d: RequestDetail) => f.services.requests.update(updateInputFrom(d, f.ids.assistant, { removeAttachmentIds: d.attachments.map((a) => a.id) }))
    drop(first)
    expect(existsSync(blob)).toBe(true)
    drop(second)
    expect(existsSync(blob)).toBe(false)
  })

  it('leaves no orphan file when the transaction fails after the bytes were stored', () => {
    const db = f.services.db
    // A write that fails half-way through (as a full disk or a crash would), after the blob store.
    db.exec(`CREATE TEMP TRIGGER fail_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'simulated write failure'); END`)
    const before = snapshot(f)
    expect(() => f.services.requests.create(requestInput(f, { newAttachments: [attachment('ประกาศ.pdf', pdfBytes('orphan?'))] }))).toThrow('simulated write failure')
    expect(snapshot(f)).toEqual(before)
    db.exec('DROP TRIGGER fail_audit')

    // The same through an update whose removal names a file of another request (refused inside the transaction).
    const mine = requestIn(f, 'draft')
    const other = requestIn(f, 'draft', { newAttachments: [attachment('ของคำขออื่น.pdf', pdfBytes('other'))] })
    const mid = snapshot(f)
    let caught: unknown
    try {
      f.services.requests.update(
        updateInputFrom(mine, f.ids.assistant, { newAttachments: [attachment('ใหม่.docx', docxBytes('new'))], removeAttachmentIds: [other.attachments[0]?.id ?? 0] })
      )
    } catch (e) {
      caught = e
    }
    expect((caught as AppError).code).toBe('not-found')
    expect(snapshot(f)).toEqual(mid)
    expect(f.services.requests.get(other.id).attachments).toHaveLength(1)
  })
})
