/** Publication requests over a real register: defaults, the lifecycle, edits, roles and history. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AppError, type ErrorCode } from '@shared/result'
import { ACTIONS, ACTION_RULES, STATUSES, STATUS_LABELS, type RequestStatus } from '@shared/domain/request-status'
import type { RequestDetail } from '@shared/domain/records'
import {
  attachment,
  countRows,
  docxBytes,
  openFixture,
  pdfBytes,
  requestIn,
  requestInput,
  updateInputFrom,
  type RegisterFixture
} from '../helpers/register-fixtures'

/** Runs `fn`, which must throw an AppError with `code`; returns it for more checks. */
function refusal(fn: () => unknown, code: ErrorCode): AppError {
  let caught: unknown
  try {
    fn()
  } catch (e) {
    caught = e
  }
  expect(caught, 'expected a refusal').toBeInstanceOf(AppError)
  const error = caught as AppError
  expect(error.code, error.message).toBe(code)
  expect(error.message).toMatch(/[\u0E00-\u0E7F]/)
  return error
}

describe('requests', () => {
  let f: RegisterFixture
  beforeEach(() => {
    f = openFixture()
  })
  afterEach(() => f.cleanup())

  const quarterOf = (id: number) => (f.services.db.prepare('SELECT fiscal_quarter AS q FROM request WHERE id = ?').get(id) as { q: number }).q
  const auditOf = (id: number) => f.services.audit.list({ entity: 'request', entityId: String(id), limit: 500 }).reverse()

  describe('create', () => {
    it('fills the form defaults: details, draft status, fiscal year and quarter, publish-until from the category', () => {
      const d = f.services.requests.create(requestInput(f, { categoryCode: '1.8', title: 'ประชาสัมพันธ์การรับวัคซีนไข้หวัดใหญ่' }))
      expect(d).toMatchObject({
        status: 'draft',
        details: 'ตามเอกสารแนบ',
        requestDate: '2026-01-15',
        fiscalYear: 2569,
        publishUntil: '2027-01-15',
        categoryName: 'ข่าวประชาสัมพันธ์',
        requesterName: 'นายจิรายุ ทินจง',
        externalLink: '',
        approval: null,
        createdAt: f.clock.now()
      })
      expect(quarterOf(d.id)).toBe(2)
      expect(d.attachments.map((a) => a.fileName)).toEqual(['มาตรการเผยแพร่ข้อมูล.pdf'])
      expect(d.history).toEqual([expect.objectContaining({ action: 'create', fromStatus: null, toStatus: 'draft', byId: f.ids.assistant, byName: 'นายจิรายุ ทินจง' })])
    })

    it.each([
      ['2025-09-30', 2568, 4, '1.8', '2026-09-30'],
      ['2025-10-01', 2569, 1, '1.8', '2026-10-01'],
      ['2025-12-31', 2569, 1, '1.3', '2027-12-31'],
      ['2026-01-01', 2569, 2, '1.10', '2027-01-01'],
      ['2026-09-30', 2569, 4, '1.1', null],
      ['2026-10-01', 2570, 1, '1.5', null]
    ] as const)('dated %s: fiscal year %i, quarter %i; category %s publishes until %s', (date, fy, q, category, until) => {
      const d = f.services.requests.create(requestInput(f, { requestDate: date, categoryCode: category }))
      expect(d.fiscalYear).toBe(fy)
      expect(quarterOf(d.id)).toBe(q)
      expect(d.publishUntil).toBe(until)
    })

    it('keeps an explicit publish-until, null meaning no end, and refuses one before the request date', () => {
      expect(f.services.requests.create(requestInput(f, { categoryCode: '1.8', publishUntil: null })).publishUntil).toBeNull()
      expect(f.services.requests.create(requestInput(f, { categoryCode: '1.1', publishUntil: '2026-03-31' })).publishUntil).toBe('2026-03-31')
      const e = refusal(() => f.services.requests.create(requestInput(f, { publishUntil: '2026-01-14' })), 'invalid-input')
      expect(e.fields).toHaveProperty('publishUntil')
    })

    it('refuses an unknown category, requester or acting person', () => {
      expect(refusal(() => f.services.requests.create(requestInput(f, { categoryCode: '9.9' })), 'invalid-input').message).toContain('9.9')
      refusal(() => f.services.requests.create(requestInput(f, { requesterId: 999 })), 'not-found')
      refusal(() => f.services.requests.create(requestInput(f, { byId: 999 })), 'not-found')
      expect(countRows(f.services, 'request')).toBe(0)
    })
  })

  describe('lifecycle', () => {
    it('draft → submitted → approved (written) → published → withdrawn, each move in the history and the audit log with its person', () => {
      const r = f.services.requests
      const created = r.create(requestInput(f, { categoryCode: '1.8' }))
      const t0 = f.clock.now()
      const t1 = f.clock.advance({ hours: 1 })
      const submitted = r.transition({ id: created.id, action: 'submit', byId: f.ids.assistant })
      expect(submitted.status).toBe('submitted')
      const t2 = f.clock.advance({ hours: 2 })
      const approved = r.transition({ id: created.id, action: 'approve', byId: f.ids.head })
      expect(approved.status).toBe('approved')
      expect(approved.approval).toEqual({ byId: f.ids.head, byName: 'นายสะไกร แก้วโสม', verbal: false, at: t2 })
      const t3 = f.clock.advance({ days: 1 })
      const published = r.transition({ id: created.id, action: 'publish', byId: f.ids.webmaster, publicUrl: 'https://sso-sribunrueang.example/news/12' })
      expect(published.status).toBe('published')
      expect(published.published).toEqual({ byId: f.ids.webmaster, byName: 'นายนพกร กุลสา', at: t3, publicUrl: 'https://sso-sribunrueang.example/news/12' })
      const t4 = f.clock.advance({ days: 365 })
      const withdrawn = r.transition({ id: created.id, action: 'withdraw', byId: f.ids.webmaster2, reason: 'ครบกำหนดระยะเวลาเผยแพร่' })
      expect(withdrawn.status).toBe('withdrawn')
      expect(withdrawn.withdrawn).toEqual({ byId: f.ids.webmaster2, byName: 'นางสาววรรณา ศรีสุข', at: t4, reason: 'ครบกำหนดระยะเวลาเผยแพร่' })
      expect(withdrawn.updatedAt).toBe(t4)

      expect(withdrawn.history.map((e) => [e.action, e.fromStatus, e.toStatus, e.byName, e.at])).toEqual([
        ['create', null, 'draft', 'นายจิรายุ ทินจง', t0],
        ['submit', 'draft', 'submitted', 'นายจิรายุ ทินจง', t1],
        ['approve', 'submitted', 'approved', 'นายสะไกร แก้วโสม', t2],
        ['publish', 'approved', 'published', 'นายนพกร กุลสา', t3],
        ['withdraw', 'published', 'withdrawn', 'นางสาววรรณา ศรีสุข', t4]
      ])
      expect(withdrawn.history.at(-1)?.reason).toBe('ครบกำหนดระยะเวลาเผยแพร่')
      expect(auditOf(created.id).map((a) => [a.action, a.actorId, a.actorName, a.at])).toEqual([
        ['request.create', f.ids.assistant, 'นายจิรายุ ทินจง', t0],
        ['request.submit', f.ids.assistant, 'นายจิรายุ ทินจง', t1],
        ['request.approve', f.ids.head, 'นายสะไกร แก้วโสม', t2],
        ['request.publish', f.ids.webmaster, 'นายนพกร กุลสา', t3],
        ['request.withdraw', f.ids.webmaster2, 'นางสาววรรณา ศรีสุข', t4]
      ])
      expect(auditOf(created.id).at(-1)?.detail).toMatchObject({ from: 'published', to: 'withdrawn', reason: 'ครบกำหนดระยะเวลาเผยแพร่' })
      expect(f.services.audit.verify()).toMatchObject({ ok: true })
    })

    it('records a verbal approval as verbal, with the time the head decided', () => {
      const d = requestIn(f, 'submitted')
      const decidedAt = '2026-01-14T16:30:00+07:00'
      f.clock.advance({ hours: 3 })
      const approved = f.services.requests.transition({ id: d.id, action: 'approve', byId: f.ids.head, verbal: true, at: decidedAt })
      expect(approved.approval).toEqual({ byId: f.ids.head, byName: 'นายสะไกร แก้วโสม', verbal: true, at: decidedAt })
      expect(approved.history.at(-1)).toMatchObject({ action: 'approve', verbal: true, decidedAt, at: f.clock.now(), byId: f.ids.head })
      expect(auditOf(d.id).at(-1)).toMatchObject({ action: 'request.approve', actorId: f.ids.head, detail: { verbal: true, decidedAt } })
    })

    it('needs a reason to reject; a rejected request is reopened as a draft, corrected and sent again', () => {
      const r = f.services.requests
      const d = requestIn(f, 'submitted')
      const e = refusal(() => r.transition({ id: d.id, action: 'reject', byId: f.ids.head }), 'invalid-input')
      expect(e.fields).toHaveProperty('reason')
      refusal(() => r.transition({ id: d.id, action: 'reject', byId: f.ids.head, reason: '   ' }), 'invalid-input')
      expect(r.get(d.id).status).toBe('submitted')

      // The assistant head reviews and may refuse too (2.1.2).
      const rejected = r.transition({ id: d.id, action: 'reject', byId: f.ids.assistant, reason: 'ไฟล์แนบไม่ใช่ฉบับที่ลงนามแล้ว' })
      expect(rejected).toMatchObject({ status: 'rejected', rejectionReason: 'ไฟล์แนบไม่ใช่ฉบับที่ลงนามแล้ว', approval: null })
      expect(rejected.history.at(-1)).toMatchObject({ action: 'reject', reason: 'ไฟล์แนบไม่ใช่ฉบับที่ลงนามแล้ว', byId: f.ids.assistant })
      // Not editable until reopened.
      refusal(() => r.update(updateInputFrom(rejected, f.ids.assistant, { title: 'แก้แล้ว' })), 'illegal-transition')

      const reopened = r.transition({ id: d.id, action: 'reopen', byId: f.ids.assistant })
      expect(reopened.status).toBe('draft')
      const fixed = r.update(updateInputFrom(reopened, f.ids.assistant, { newAttachments: [attachment('มาตรการ (ลงนามแล้ว).pdf', pdfBytes('signed'))] }))
      expect(fixed.status).toBe('draft')
      expect(r.transition({ id: d.id, action: 'submit', byId: f.ids.assistant }).status).toBe('submitted')
      const approved = r.transition({ id: d.id, action: 'approve', byId: f.ids.head })
      expect(approved).toMatchObject({ status: 'approved', rejectionReason: '' })
      expect(approved.history.map((h) => h.action)).toEqual(['create', 'submit', 'reject', 'reopen', 'submit', 'approve'])
      expect(auditOf(d.id).map((a) => a.action)).toEqual([
        'request.create', 'request.submit', 'request.reject', 'request.reopen', 'request.update', 'request.submit', 'request.approve'
      ])
    })

    it('refuses every illegal move with a message naming the current status, and changes nothing', () => {
      const actorFor = (action: (typeof ACTIONS)[number]) =>
        ({ submit: f.ids.assistant, approve: f.ids.head, reject: f.ids.head, publish: f.ids.webmaster, withdraw: f.ids.webmaster, reopen: f.ids.assistant })[action]
      const byStatus = Object.fromEntries(STATUSES.map((s) => [s, requestIn(f, s)])) as Record<RequestStatus, RequestDetail>
      let refused = 0
      for (const status of STATUSES) {
        for (const action of ACTIONS) {
          if (ACTION_RULES[action].from.includes(status)) continue
          const id = byStatus[status].id
          const events = countRows(f.services, 'status_event')
          const audit = countRows(f.services, 'audit_log')
          const e = refusal(
            () => f.services.requests.transition({ id, action, byId: actorFor(action), reason: 'เหตุผลประกอบ', publicUrl: 'https://example.org/x' }),
            'illegal-transition'
          )
          expect(e.message).toContain(`“${STATUS_LABELS[status]}”`)
          expect(f.services.requests.get(id).status).toBe(status)
          expect(countRows(f.services, 'status_event')).toBe(events)
          expect(countRows(f.services, 'audit_log')).toBe(audit)
          refused++
        }
      }
      // 6 statuses × 6 actions, minus the 6 legal moves.
      expect(refused).toBe(30)
    })

    it('refuses people without the role a move needs, and people who are no longer active', () => {
      const r = f.services.requests
      const d = requestIn(f, 'submitted')
      for (const byId of [f.ids.webmaster, f.ids.assistant]) {
        const e = refusal(() => r.transition({ id: d.id, action: 'approve', byId }), 'forbidden')
        expect(e.message).toContain('ผู้อนุมัติ')
      }
      refusal(() => r.transition({ id: d.id, action: 'reject', byId: f.ids.webmaster, reason: 'ไม่ผ่าน' }), 'forbidden')
      r.transition({ id: d.id, action: 'approve', byId: f.ids.head })
      refusal(() => r.transition({ id: d.id, action: 'publish', byId: f.ids.head }), 'forbidden')
      refusal(() => r.transition({ id: d.id, action: 'publish', byId: f.ids.assistant }), 'forbidden')
      r.transition({ id: d.id, action: 'publish', byId: f.ids.webmaster2 })
      refusal(() => r.transition({ id: d.id, action: 'withdraw', byId: f.ids.assistant, reason: 'หมดอายุ' }), 'forbidden')
      // The head may take an item down (announcement 4.2 gives it to webmasters; the head can order it).
      expect(r.transition({ id: d.id, action: 'withdraw', byId: f.ids.head, reason: 'หมดอายุ' }).status).toBe('withdrawn')

      const other = requestIn(f, 'draft')
      const person = f.services.people.get(f.ids.assistant)
      f.services.people.save({ ...person, active: false }, f.ids.webmaster)
      const e = refusal(() => r.transition({ id: other.id, action: 'submit', byId: f.ids.assistant }), 'forbidden')
      expect(e.message).toContain('นายจิรายุ ทินจง')
      expect(r.get(other.id).status).toBe('draft')
    })

    it('refuses to submit a request with neither files nor an external link', () => {
      const r = f.services.requests
      const bare = r.create(requestInput(f, { newAttachments: [] }))
      const e = refusal(() => r.transition({ id: bare.id, action: 'submit', byId: f.ids.assistant }), 'invalid-input')
      expect(e.message).toContain('แนบไฟล์')
      expect(r.get(bare.id).status).toBe('draft')
      const linked = r.create(requestInput(f, { newAttachments: [], externalLink: 'https://www.moph.go.th/index.php/news/read/1' }))
      expect(r.transition({ id: linked.id, action: 'submit', byId: f.ids.assistant }).status).toBe('submitted')
    })
  })

  describe('editing', () => {
    it('sends an approved request back to submitted when its title changes, with an "edit" event', () => {
      const r = f.services.requests
      const d = requestIn(f, 'approved')
      f.clock.advance({ minutes: 10 })
      const edited = r.update(updateInputFrom(d, f.ids.assistant, { title: `${d.title} (ฉบับแก้ไข)` }))
      expect(edited.status).toBe('submitted')
      expect(edited.approval).toBeNull()
      expect(edited.history.at(-1)).toMatchObject({ action: 'edit', fromStatus: 'approved', toStatus: 'submitted', byId: f.ids.assistant, at: f.clock.now() })
      expect(auditOf(d.id).at(-1)).toMatchObject({
        action: 'request.update',
        actorId: f.ids.assistant,
        detail: { reopened: true, changes: { title: { from: d.title, to: `${d.title} (ฉบับแก้ไข)` } } }
      })
      // The head decides again.
      expect(r.transition({ id: d.id, action: 'approve', byId: f.ids.head }).status).toBe('approved')
    })

    it('sends an approved request back to submitted when a file is added or removed', () => {
      const r = f.services.requests
      const d = requestIn(f, 'approved')
      const added = r.update(updateInputFrom(d, f.ids.webmaster, { newAttachments: [attachment('ภาคผนวก.docx', docxBytes('annex'))] }))
      expect(added.status).toBe('submitted')
      expect(added.attachments.map((a) => a.fileName)).toEqual(['มาตรการเผยแพร่ข้อมูล.pdf', 'ภาคผนวก.docx'])
      const again = r.transition({ id: d.id, action: 'approve', byId: f.ids.head })
      const removed = r.update(updateInputFrom(again, f.ids.webmaster, { removeAttachmentIds: [added.attachments[1]?.id ?? 0] }))
      expect(removed.status).toBe('submitted')
      expect(removed.attachments.map((a) => a.fileName)).toEqual(['มาตรการเผยแพร่ข้อมูล.pdf'])
      expect(removed.history.filter((h) => h.action === 'edit')).toHaveLength(2)
    })

    it('leaves an approved request approved when it is saved without a change', () => {
      const r = f.services.requests
      const d = requestIn(f, 'approved')
      const audit = countRows(f.services, 'audit_log')
      const same = r.update(updateInputFrom(d, f.ids.assistant))
      expect(same.status).toBe('approved')
      expect(same.approval).toEqual(d.approval)
      expect(same.history).toEqual(d.history)
      expect(same.updatedAt).toBe(d.updatedAt)
      expect(countRows(f.services, 'audit_log')).toBe(audit)
    })

    it('edits a draft or a submitted request in place without a new decision', () => {
      const r = f.services.requests
      const submitted = requestIn(f, 'submitted')
      const edited = r.update(updateInputFrom(submitted, f.ids.assistant, { details: 'สรุปมาตรการ ๕ ข้อ' }))
      expect(edited).toMatchObject({ status: 'submitted', details: 'สรุปมาตรการ ๕ ข้อ' })
      expect(edited.history.map((h) => h.action)).toEqual(['create', 'submit'])
      expect(auditOf(submitted.id).at(-1)).toMatchObject({ action: 'request.update', detail: { reopened: false } })
    })

    it('refuses to edit published or withdrawn requests', () => {
      for (const status of ['published', 'withdrawn'] as const) {
        const d = requestIn(f, status)
        const e = refusal(() => f.services.requests.update(updateInputFrom(d, f.ids.webmaster, { title: 'แก้หลังเผยแพร่' })), 'illegal-transition')
        expect(e.message).toContain(STATUS_LABELS[status])
        expect(f.services.requests.get(d.id).title).toBe(d.title)
      }
    })
  })

  describe('indicators', () => {
    it('accepts indicators of the request’s fiscal year and refuses those of another year', () => {
      const c = f.services.catalog
      const fy2569 = c.listIndicators(2569)
      expect(fy2569).toHaveLength(22)
      c.copyForward(2569, 2570, f.ids.webmaster)
      const moit3of2569 = fy2569.find((i) => i.code === 'MOIT 3')
      const moit3of2570 = c.listIndicators(2570).find((i) => i.code === 'MOIT 3')
      if (!moit3of2569 || !moit3of2570) throw new Error('default indicators missing')

      const ok = f.services.requests.create(requestInput(f, { indicatorIds: [moit3of2569.id] }))
      expect(ok.indicators.map((i) => [i.code, i.fiscalYear])).toEqual([['MOIT 3', 2569]])

      const before = countRows(f.services, 'request')
      const e = refusal(() => f.services.requests.create(requestInput(f, { indicatorIds: [moit3of2570.id] })), 'invalid-input')
      expect(e.message).toContain('2570')
      expect(e.fields).toHaveProperty('indicatorIds')
      expect(countRows(f.services, 'request')).toBe(before)
      // Moving the request into the next fiscal year while keeping this year's indicator is refused too.
      // (fiscalYear left out so that it is derived from the new date again.)
      refusal(() => f.services.requests.update(updateInputFrom(ok, f.ids.assistant, { requestDate: '2026-10-01', fiscalYear: undefined })), 'invalid-input')
      expect(f.services.requests.get(ok.id).requestDate).toBe('2026-01-15')
      // A date in fiscal year 2570 goes with 2570's indicators.
      const next = f.services.requests.create(requestInput(f, { requestDate: '2026-10-01', indicatorIds: [moit3of2570.id] }))
      expect(next.fiscalYear).toBe(2570)
    })
  })
})
