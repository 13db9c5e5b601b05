/** The outgoing register: running numbers per numbering year, typed numbers, duplicates, audit. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { BookNumber } from '@shared/domain/records'
import type { BookNumberAllocateInput } from '@shared/domain/schemas'
import { AppError, type Result } from '@shared/result'
import { formatBookNo } from '../../../src-main/services/book-numbers/book-no'
import { createHandlers, dispatch } from '../../../src-main/ipc/handlers'
import { SEED_OFFICE, countRows, openFixture, requestIn, type RegisterFixture } from '../../helpers/register-fixtures'

const THAI = /[\u0E00-\u0E7F]/
const ARABIC_DIGIT = /[0-9]/

/** The AppError a call throws (fails the test when it does not throw one). */
function refusal(fn: () => unknown): AppError {
  try {
    fn()
  } catch (error) {
    if (error instanceof AppError) return error
    throw error
  }
  throw new Error('expected the call to be refused')
}

describe('book numbers (ที่)', () => {
  let f: RegisterFixture
  beforeEach(() => {
    f = openFixture()
  })
  afterEach(() => f.cleanup())

  const input = (documentDate: string, overrides: Partial<BookNumberAllocateInput> = {}): BookNumberAllocateInput => ({
    documentKind: 'memo-approval',
    subject: 'ขออนุญาตนำข้อมูลเผยแพร่บนเว็บไซต์ของหน่วยงาน',
    documentDate,
    byId: f.ids.webmaster,
    ...overrides
  })
  const allocate = (documentDate: string, overrides: Partial<BookNumberAllocateInput> = {}) => f.services.bookNumbers.allocate(input(documentDate, overrides))
  const record = (bookNo: string, documentDate: string, overrides: Partial<BookNumberAllocateInput> = {}) =>
    f.services.bookNumbers.record({ ...input(documentDate, overrides), bookNo })
  const numbers = (rows: BookNumber[]) => rows.map((r) => `${r.year}:${r.number}`)
  const useNumbering = (bookNumbering: 'calendar' | 'fiscal', bookPrefix = SEED_OFFICE.bookPrefix) =>
    f.services.office.save({ ...SEED_OFFICE, bookPrefix, bookNumbering }, f.ids.webmaster)

  it('defaults to fiscal-year numbering for an office saved before the setting existed', () => {
    expect(f.services.office.get()?.bookNumbering).toBe('fiscal')
  })

  it('runs per fiscal year: 30 September closes FY n, 1 October starts FY n+1 at 1', () => {
    const got = [
      allocate('2025-09-29'),
      allocate('2025-09-30'),
      allocate('2025-10-01'),
      allocate('2025-10-02'),
      // A document back-dated into the closed year continues that year's sequence.
      allocate('2025-09-30'),
      allocate('2026-09-30'),
      allocate('2026-10-01')
    ]
    expect(numbers(got)).toEqual(['2568:1', '2568:2', '2569:1', '2569:2', '2568:3', '2569:3', '2570:1'])
    expect(got.every((r) => r.yearKind === 'fiscal' && !r.manual)).toBe(true)
    // The office writes its prefix with Thai digits; stored canonical, printed either way.
    expect(got[2]).toMatchObject({ prefix: 'นภ 0332', bookNo: 'นภ 0332/1', documentDate: '2025-10-01', documentKind: 'memo-approval', allocatedById: f.ids.webmaster, allocatedByName: 'นายนพกร กุลสา' })
    expect(formatBookNo(got[2] as BookNumber, true)).toBe('นภ ๐๓๓๒/๑')
    expect(formatBookNo(got[2] as BookNumber, false)).toBe('นภ 0332/1')
  })

  it('runs per calendar year when the office says so: 31 December closes, 1 January restarts, 1 October does not', () => {
    useNumbering('calendar')
    const got = [allocate('2025-09-30'), allocate('2025-10-01'), allocate('2025-12-31'), allocate('2026-01-01'), allocate('2026-01-02')]
    expect(numbers(got)).toEqual(['2568:1', '2568:2', '2568:3', '2569:1', '2569:2'])
    expect(got.every((r) => r.yearKind === 'calendar')).toBe(true)
  })

  it('dates the document today (Thailand) when no date is given', () => {
    f.clock.set('2025-09-30T17:30:00.000Z') // 1 October 00:30 in Thailand: FY 2569
    const { documentDate: _omitted, ...rest } = input('2000-01-01')
    const got = f.services.bookNumbers.allocate(rest)
    expect(got).toMatchObject({ documentDate: '2025-10-01', year: 2569, number: 1 })
  })

  it('keeps one sequence when the office retypes its prefix with Arabic digits or other spaces', () => {
    allocate('2026-01-05')
    useNumbering('fiscal', 'นภ0332')
    expect(allocate('2026-01-06')).toMatchObject({ bookNo: 'นภ 0332/2', number: 2 })
    // A new prefix is a new sequence.
    useNumbering('fiscal', 'นภ ๐๓๓๒.๐๑')
    expect(allocate('2026-01-07')).toMatchObject({ bookNo: 'นภ 0332.01/1', number: 1 })
  })

  it('records a typed number and allocates above it', () => {
    const typed = record('นภ ๐๓๓๒/๘๗๘', '2021-12-24', { documentKind: 'memo-announcement', subject: 'ขออนุมัติประกาศกรอบแนวทางการเผยแพร่ข้อมูล' })
    expect(typed).toMatchObject({ bookNo: 'นภ 0332/878', prefix: 'นภ 0332', number: 878, manual: true, year: 2565, yearKind: 'fiscal' })
    expect(allocate('2021-12-28')).toMatchObject({ bookNo: 'นภ 0332/879', number: 879, manual: false })
    // A number from the paper register below the top fills its gap without moving the sequence.
    expect(record('นภ 0332/500', '2021-11-02')).toMatchObject({ number: 500 })
    expect(allocate('2021-12-29')).toMatchObject({ number: 880 })
    // Another fiscal year is untouched by it.
    expect(allocate('2022-10-03')).toMatchObject({ year: 2566, number: 1 })
    // A circular letter's number is recorded but is not part of the running sequence.
    expect(record('นภ ๐๓๓๒/ว ๑๒', '2021-12-30')).toMatchObject({ bookNo: 'นภ 0332/ว 12', number: null })
    expect(allocate('2021-12-31')).toMatchObject({ number: 881 })
    // A number of another prefix (typed from an old letter) does not move this office's sequence.
    expect(record('นภ ๐๐๓๒/๙๐๐๐', '2021-12-31')).toMatchObject({ prefix: 'นภ 0032', number: 9000 })
    expect(allocate('2021-12-31')).toMatchObject({ number: 882 })
  })

  it('refuses a number already given, in Thai or Arabic digits, naming the earlier document', () => {
    const first = allocate('2026-01-05', { subject: 'ขออนุมัติประกาศแนวทางการเผยแพร่ข้อมูล ปี ๒๕๖๙' })
    expect(first.bookNo).toBe('นภ 0332/1')
    const before = { rows: countRows(f.services, 'audit_log'), list: f.services.bookNumbers.list() }
    for (const typed of ['นภ 0332/1', 'นภ ๐๓๓๒/๑', 'ที่ นภ๐๓๓๒/๐๑', 'นภ ๐๓๓๒ / 1']) {
      const error = refusal(() => record(typed, '2026-02-10'))
      expect(error.code, typed).toBe('conflict')
      expect(error.message).toContain('ขออนุมัติประกาศแนวทางการเผยแพร่ข้อมูล ปี ๒๕๖๙')
      expect(error.message).toContain('๕ มกราคม ๒๕๖๙')
      expect(error.message).toContain('นภ ๐๓๓๒/๑')
      expect(error.message).not.toMatch(ARABIC_DIGIT)
    }
    const typed = record('นภ ๐๓๓๒/๗', '2026-01-06', { subject: 'รายงานผลการดำเนินงานเว็บไซต์' })
    const again = refusal(() => record('นภ 0332/7', '2026-03-01'))
    expect(again.message).toContain('รายงานผลการดำเนินงานเว็บไซต์')
    expect(again.message).toContain('๖ มกราคม ๒๕๖๙')
    // Refusals wrote nothing: neither a row nor an audit entry.
    expect(f.services.bookNumbers.list()).toEqual([typed, ...before.list])
    expect(countRows(f.services, 'audit_log')).toBe(before.rows + 1)
    // The same number in another numbering year is another number.
    expect(record('นภ 0332/1', '2026-10-01')).toMatchObject({ year: 2570, number: 1 })
  })

  it('holds the rule in the database itself, whatever code writes to it', () => {
    allocate('2026-01-05')
    const raw = () =>
      f.services.db
        .prepare(
          `INSERT INTO book_number (prefix, year_kind, year, number, book_no, manual, document_kind, subject, request_ids, document_date, allocated_at, allocated_by)
           VALUES ('นภ 0332', 'fiscal', 2569, 1, 'นภ 0332/1', 0, 'memo-report', 'x', '[]', '2026-01-06', 'x', ?)`
        )
        .run(f.ids.webmaster)
    expect(raw).toThrow(/UNIQUE/)
    expect(() => f.services.db.prepare('DELETE FROM book_number').run()).toThrow(/append-only/)
    expect(() => f.services.db.prepare(`UPDATE book_number SET book_no = 'นภ 0332/2'`).run()).toThrow(/append-only/)
  })

  it('refuses an empty or malformed typed number with a Thai message, writing nothing', () => {
    const audit = countRows(f.services, 'audit_log')
    for (const [typed, says] of [
      ['', 'กรุณากรอกเลขที่หนังสือ'],
      ['   ', 'กรุณากรอกเลขที่หนังสือ'],
      ['๘๗๘', 'ไม่มีเครื่องหมาย /'],
      ['นภ ๐๓๓๒/', 'ต้องเป็นเลขลำดับ'],
      ['นภ ๐๓๓๒/๑/๒', 'มากกว่าหนึ่งตัว'],
      ['/๘๗๘', 'ไม่มีรหัสหน่วยงาน'],
      ['นภ ๐๓๓๒/๐', 'เริ่มที่ ๑']
    ] as const) {
      const error = refusal(() => record(typed, '2026-01-05'))
      expect(error.code, typed).toBe('invalid-input')
      expect(error.message, typed).toContain(says)
      expect(error.fields?.bookNo, typed).toMatch(THAI)
    }
    expect(f.services.bookNumbers.list()).toEqual([])
    expect(countRows(f.services, 'audit_log')).toBe(audit)
  })

  it('checks who allocates and which requests the document is for', () => {
    const a = requestIn(f, 'approved')
    const b = requestIn(f, 'approved', { title: 'รายงานผลการจัดซื้อจัดจ้าง ไตรมาสที่ ๑' })
    const got = allocate('2026-01-20', { requestIds: [b.id, a.id, b.id] })
    expect(got.requestIds).toEqual([b.id, a.id])
    const missing = refusal(() => allocate('2026-01-20', { requestIds: [a.id, 998, 999] }))
    expect(missing.code).toBe('not-found')
    expect(missing.message).toContain('๙๙๘, ๙๙๙')
    expect(refusal(() => allocate('2026-01-20', { byId: 999 })).code).toBe('not-found')
    f.services.people.save({ ...f.services.people.get(f.ids.webmaster2), active: false }, f.ids.webmaster)
    expect(refusal(() => allocate('2026-01-20', { byId: f.ids.webmaster2 })).code).toBe('forbidden')
    expect(refusal(() => allocate('2026-01-20', { subject: '  ' })).code).toBe('invalid-input')
    expect(refusal(() => allocate('2026-02-30')).code).toBe('invalid-input')
    expect(f.services.bookNumbers.list().map((r) => r.number)).toEqual([1])
  })

  it('writes every allocation and every typed number to the audit log, in the same transaction', () => {
    const req = requestIn(f, 'approved')
    const allocated = allocate('2026-01-20', { requestIds: [req.id], documentKind: 'memo-approval' })
    const typed = record('นภ ๐๓๓๒/๔๐', '2026-01-21', { documentKind: 'announcement', subject: 'ประกาศแนวทางการเผยแพร่ข้อมูลต่อสาธารณะ' })
    const entries = f.services.audit.list({ entity: 'book-number', entityId: String(allocated.id) })
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({
      action: 'book-number.allocate',
      actorId: f.ids.webmaster,
      actorName: 'นายนพกร กุลสา',
      detail: { bookNo: 'นภ 0332/1', documentKind: 'memo-approval', subject: allocated.subject, requestIds: [req.id], yearKind: 'fiscal', year: 2569, number: 1, manual: false }
    })
    expect(f.services.audit.list({ entity: 'book-number', entityId: String(typed.id) })[0]).toMatchObject({
      action: 'book-number.record',
      detail: { bookNo: 'นภ 0332/40', documentKind: 'announcement', subject: 'ประกาศแนวทางการเผยแพร่ข้อมูลต่อสาธารณะ', requestIds: [], manual: true }
    })
    expect(f.services.audit.verify()).toMatchObject({ ok: true })
    // An allocation whose audit entry cannot be written is not kept (one transaction).
    f.services.db.exec(`CREATE TRIGGER audit_refuses BEFORE INSERT ON audit_log WHEN new.entity = 'book-number' BEGIN SELECT RAISE(ABORT, 'audit refused'); END`)
    expect(() => allocate('2026-01-22')).toThrow(/audit refused/)
    f.services.db.exec('DROP TRIGGER audit_refuses')
    expect(allocate('2026-01-22').number).toBe(41)
    expect(f.services.bookNumbers.list().map((r) => r.number)).toEqual([41, 40, 1])
  })

  it('lists newest first, by numbering year, a page at a time', () => {
    const made = ['2025-09-30', '2025-10-01', '2025-10-02', '2026-01-05', '2026-10-01'].map((d) => allocate(d))
    const ids = (rows: BookNumber[]) => rows.map((r) => r.id)
    expect(ids(f.services.bookNumbers.list())).toEqual(ids([...made].reverse()))
    expect(numbers(f.services.bookNumbers.list({ year: 2569 }))).toEqual(['2569:3', '2569:2', '2569:1'])
    expect(numbers(f.services.bookNumbers.list({ year: 2569, limit: 2, offset: 1 }))).toEqual(['2569:2', '2569:1'])
    expect(f.services.bookNumbers.list({ year: 2571 })).toEqual([])
    expect(f.services.bookNumbers.get(made[0]?.id ?? 0)).toEqual(made[0])
  })

  it('is reached through the handler table: allocate, record by hand, list', () => {
    const table = createHandlers(f.services, { version: '0.0.0-test', shell: 'web' })
    const call = (channel: string, body: unknown): Result<unknown> => dispatch(table, channel, body, undefined, { error: () => undefined })
    expect(call('bookNumbers:allocate', input('2026-01-05'))).toMatchObject({ ok: true, value: { bookNo: 'นภ 0332/1', manual: false } })
    expect(call('bookNumbers:allocate', { ...input('2026-01-05'), bookNo: 'นภ ๐๓๓๒/๙' })).toMatchObject({ ok: true, value: { bookNo: 'นภ 0332/9', manual: true } })
    expect(call('bookNumbers:allocate', { ...input('2026-01-05'), bookNo: 'นภ 0332/9' })).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect(call('bookNumbers:allocate', { ...input('2026-01-05'), bookNo: '' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(call('bookNumbers:allocate', input('2026-01-06'))).toMatchObject({ ok: true, value: { number: 10 } })
    const listed = call('bookNumbers:list', undefined)
    expect(listed.ok && (listed.value as BookNumber[]).map((r) => r.number)).toEqual([10, 9, 1])
    expect(call('bookNumbers:list', { year: 25 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })
})
