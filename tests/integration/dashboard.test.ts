/**
 * The dashboard against a register built through the services, with the clock set by hand: the
 * counts by status (kept by migration 0008's triggers), the longest waits, what is due to come
 * down, the indicators without published evidence, and the next MOIT round.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { STATUSES, type RequestStatus } from '@shared/domain/request-status'
import { nextMoitRound } from '../../src-main/services/dashboard/dashboard-service'
import { openFixture, requestIn, updateInputFrom, type RegisterFixture } from '../helpers/register-fixtures'

/** What a plain count over the table says, to hold the trigger-kept counts against. */
function tableCounts(f: RegisterFixture): Record<RequestStatus, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<RequestStatus, number>
  const rows = f.services.db.prepare('SELECT status, count(*) AS n FROM request NOT INDEXED GROUP BY status').all() as { status: RequestStatus; n: number }[]
  for (const r of rows) counts[r.status] = r.n
  return counts
}

describe('dashboard', () => {
  let f: RegisterFixture
  beforeEach(() => {
    // 15 Jan 2026, 10:00 in Bangkok: FY 2569, quarter 2, before the 6-month round ends.
    f = openFixture({ start: '2026-01-15T03:00:00.000Z' })
  })
  afterEach(() => f.cleanup())

  it('an empty register: zero counts, every indicator of the year without evidence, the 6-month round 75 days away', () => {
    const d = f.services.dashboard.get()
    expect(d.today).toBe('2026-01-15')
    expect(d.fiscalYear).toBe(2569)
    expect(d.total).toBe(0)
    expect(Object.values(d.counts)).toEqual([0, 0, 0, 0, 0, 0])
    expect(d.waiting).toEqual({ total: 0, items: [] })
    expect(d.takeDown).toEqual({ total: 0, overdue: 0, windowDays: 30, items: [] })
    expect(d.indicators.total).toBe(22)
    expect(d.indicators.missing.map((i) => i.code)).toEqual(f.services.catalog.listIndicators(2569).map((i) => i.code))
    expect(d.nextRound).toEqual({ fiscalYear: 2569, months: 6, start: '2025-10-01', end: '2026-03-31', daysLeft: 75 })
  })

  it('counts every status, as a plain count over the table does, through creates, moves and edits', () => {
    const made: Record<RequestStatus, number> = { draft: 2, submitted: 3, approved: 1, rejected: 1, published: 4, withdrawn: 2 }
    for (const s of STATUSES) for (let i = 0; i < made[s]; i++) requestIn(f, s, { title: `เรื่อง ${s} ${i + 1}` })
    // An approved request edited goes back to "submitted" (one more waiting, one fewer approved).
    const approved = requestIn(f, 'approved', { title: 'เรื่องที่แก้ไขหลังอนุมัติ' })
    f.services.requests.update(updateInputFrom(approved, f.ids.assistant, { title: 'เรื่องที่แก้ไขหลังอนุมัติ (ฉบับแก้)' }))
    const d = f.services.dashboard.get()
    expect(d.counts).toEqual({ ...made, submitted: made.submitted + 1 })
    expect(d.counts).toEqual(tableCounts(f))
    expect(d.total).toBe(14)
    expect(d.waiting.total).toBe(4)
  })

  it('lists the waiting requests longest first, with the days since each was (last) sent for approval', () => {
    const first = requestIn(f, 'submitted', { title: 'ส่งก่อน' })
    f.clock.advance({ days: 5 })
    const second = requestIn(f, 'submitted', { title: 'ส่งทีหลัง' })
    f.clock.advance({ days: 1 })
    // Approved 6 days ago… then edited today: it waits again from today, not from its first submission.
    const reopened = requestIn(f, 'approved', { title: 'แก้ไขหลังอนุมัติ' })
    f.clock.advance({ days: 2 })
    f.services.requests.update(updateInputFrom(reopened, f.ids.assistant, { note: 'แก้ชื่อไฟล์แนบ' }))
    // Editing a submitted request changes it but does not restart its wait.
    f.services.requests.update(updateInputFrom(f.services.requests.get(first.id), f.ids.assistant, { note: 'เพิ่มหมายเหตุ' }))
    requestIn(f, 'draft', { title: 'ยังไม่ส่ง' })

    const d = f.services.dashboard.get()
    expect(d.today).toBe('2026-01-23')
    expect(d.waiting.items.map((w) => [w.id, w.days])).toEqual([
      [first.id, 8],
      [second.id, 3],
      [reopened.id, 0]
    ])
    expect(d.waiting.items[0]).toMatchObject({ title: 'ส่งก่อน', ownerUnit: 'งานข้อมูลและสารสนเทศ', requesterName: 'นายจิรายุ ทินจง', since: '2026-01-15T03:00:00.000Z' })
    expect(f.services.dashboard.get({ limit: 2 }).waiting).toMatchObject({ total: 3, items: [{ id: first.id }, { id: second.id }] })
  })

  it('lists the published requests whose publish-until date has passed or comes within 30 days, soonest first', () => {
    const at = (requestDate: string, publishUntil: string | null, status: RequestStatus, title: string) =>
      requestIn(f, status, { requestDate, publishUntil, title })
    const overdue = at('2025-10-01', '2026-01-12', 'published', 'เลยกำหนด ๓ วัน')
    const today = at('2025-10-02', '2026-01-15', 'published', 'ครบกำหนดวันนี้')
    const soon = at('2025-10-03', '2026-02-14', 'published', 'อีก ๓๐ วัน')
    at('2025-10-04', '2026-02-15', 'published', 'อีก ๓๑ วัน: ยังไม่เข้ารายการ')
    at('2025-10-05', null, 'published', 'ไม่มีกำหนดนำออก')
    at('2025-10-06', '2026-01-01', 'withdrawn', 'นำออกแล้ว')
    at('2025-10-07', '2026-01-01', 'approved', 'ยังไม่เผยแพร่')

    const d = f.services.dashboard.get()
    expect(d.takeDown.total).toBe(3)
    expect(d.takeDown.overdue).toBe(1)
    expect(d.takeDown.items.map((i) => [i.id, i.publishUntil, i.daysLeft])).toEqual([
      [overdue.id, '2026-01-12', -3],
      [today.id, '2026-01-15', 0],
      [soon.id, '2026-02-14', 30]
    ])
    expect(d.takeDown.items[0]?.publicUrl).toBe('https://sso-sribunrueang.example/news/1')
    // The register's own "due within 30 days" filter selects the same requests.
    const listed = f.services.requests.query({ dueWithinDays: 30, sortBy: 'publishUntil', sortDir: 'asc' })
    expect(listed.rows.map((r) => r.id)).toEqual(d.takeDown.items.map((i) => i.id))
  })

  it('names the indicators of the current fiscal year that no published request is linked to', () => {
    const indicators = f.services.catalog.listIndicators(2569)
    const [moit1, moit2, moit3, moit4] = indicators as [(typeof indicators)[0], (typeof indicators)[0], (typeof indicators)[0], (typeof indicators)[0]]
    requestIn(f, 'published', { title: 'มาตรการเผยแพร่ข้อมูล', indicatorIds: [moit1.id, moit4.id] })
    requestIn(f, 'submitted', { title: 'รายงานยังรออนุมัติ', indicatorIds: [moit2.id] })
    requestIn(f, 'withdrawn', { title: 'นำออกแล้ว ไม่นับเป็นหลักฐาน', indicatorIds: [moit3.id] })
    // Another year's published evidence does not count for this year.
    f.services.catalog.copyForward(2569, 2568, f.ids.webmaster)
    const old = f.services.catalog.listIndicators(2568).find((i) => i.code === moit2.code)
    requestIn(f, 'published', { title: 'หลักฐานปีก่อน', requestDate: '2025-06-01', indicatorIds: [old?.id ?? 0] })

    const d = f.services.dashboard.get()
    expect(d.indicators.fiscalYear).toBe(2569)
    expect(d.indicators.total).toBe(22)
    const missing = d.indicators.missing.map((i) => i.code)
    expect(missing).toHaveLength(20)
    expect(missing).not.toContain(moit1.code)
    expect(missing).not.toContain(moit4.code)
    expect(missing.slice(0, 2)).toEqual([moit2.code, moit3.code])
    expect(d.indicators.missing[0]).toEqual({ id: moit2.id, code: moit2.code, title: moit2.title })
  })

  it('takes today from the injected clock in Bangkok time: the rounds change at midnight there', () => {
    f.clock.set('2026-03-31T16:59:00.000Z') // 23:59 on 31 March in Bangkok: the 6-month round's last day
    expect(f.services.dashboard.get().nextRound).toEqual({ fiscalYear: 2569, months: 6, start: '2025-10-01', end: '2026-03-31', daysLeft: 0 })
    f.clock.set('2026-03-31T17:00:00.000Z') // 00:00 on 1 April in Bangkok
    expect(f.services.dashboard.get().nextRound).toEqual({ fiscalYear: 2569, months: 12, start: '2025-10-01', end: '2026-09-30', daysLeft: 182 })
    f.clock.set('2026-09-30T17:00:00.000Z') // 1 October: the next fiscal year's first round
    const d = f.services.dashboard.get()
    expect(d.fiscalYear).toBe(2570)
    expect(d.nextRound).toEqual({ fiscalYear: 2570, months: 6, start: '2026-10-01', end: '2027-03-31', daysLeft: 181 })
  })

  it('nextMoitRound follows domain.md: rounds end 31 March (6 months) and 30 September (12 months)', () => {
    expect(nextMoitRound('2025-10-01')).toMatchObject({ fiscalYear: 2569, months: 6, daysLeft: 181 })
    expect(nextMoitRound('2026-09-30')).toMatchObject({ fiscalYear: 2569, months: 12, daysLeft: 0 })
    // Leap year: FY 2571's 6-month round runs to 31 March 2028, through 29 February.
    expect(nextMoitRound('2028-02-28')).toMatchObject({ fiscalYear: 2571, months: 6, end: '2028-03-31', daysLeft: 32 })
  })

  it('refuses a bad limit with a Thai message', () => {
    expect(() => f.services.dashboard.get({ limit: 0 })).toThrow(/ข้อมูลไม่ถูกต้อง/)
  })
})
