/**
 * The office's outgoing register (ทะเบียนหนังสือส่ง): book numbers (ที่) for memos and
 * announcements, allocated as prefix + running number or recorded as typed by hand.
 *
 * Two documents never get the same number, also when the app and the CLI allocate at the same
 * moment: each allocation reads max(number) and inserts max + 1 inside BEGIN IMMEDIATE, which
 * takes SQLite's write lock before the read, so a second process waits (busy_timeout) instead of
 * reading the same max. The table's UNIQUE constraint holds the rule even for code that forgets.
 */
import { AppError } from '@shared/result'
import type { BookNumber } from '@shared/domain/records'
import {
  bookNumberAllocateInput,
  bookNumberListInput,
  bookNumberRecordInput,
  type BookNumberAllocateInput,
  type BookNumberListInput,
  type BookNumberRecordInput,
  type BookNumbering,
  type OfficeProfile
} from '@shared/domain/schemas'
import { todayIso } from '@shared/thai'
import type { AuditLog } from '../audit/audit-log'
import { writeTransaction, type ServiceContext } from '../context'
import type { OfficeService } from '../office/office-service'
import type { PeopleService } from '../people/people-service'
import { parseInput } from '../validate'
import { MAX_BOOK_NUMBER, canonicalPrefix, composeBookNo, formatBookNo, numberingYear, parseBookNo } from './book-no'
import { DOING, TEXT, badBookNo, duplicateBookNo } from './book-number-text'

interface BookNumberRow {
  id: number
  prefix: string
  year_kind: BookNumbering
  year: number
  number: number | null
  book_no: string
  manual: number
  document_kind: string
  subject: string
  request_ids: string
  document_date: string
  allocated_at: string
  allocated_by: number
  allocated_by_name: string
}

/** An entry about to be written: the record less what the database and the join give it. */
type NewRow = Omit<BookNumber, 'id' | 'allocatedAt' | 'allocatedById' | 'allocatedByName'> & { byId: number }

const SELECT = `SELECT b.*, p.title || p.full_name AS allocated_by_name FROM book_number b JOIN person p ON p.id = b.allocated_by`

export class BookNumberService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly office: OfficeService,
    private readonly people: PeopleService,
    private readonly audit: AuditLog
  ) {}

  /** Gives the document the next number of its numbering year. */
  allocate(input: BookNumberAllocateInput): BookNumber {
    const i = parseInput(bookNumberAllocateInput, input)
    const date = i.documentDate ?? this.today()
    return this.writing(() => {
      this.people.requireActor(i.byId, [], DOING.allocate)
      const { prefix, yearKind } = this.numbering(this.requireOffice())
      const year = numberingYear(date, yearKind)
      const requestIds = this.requireRequests(i.requestIds)
      const last = this.ctx.db
        .prepare<[string, string, number], { n: number | null }>(
          'SELECT max(number) AS n FROM book_number WHERE prefix = ? AND year_kind = ? AND year = ? AND number IS NOT NULL'
        )
        .get(prefix, yearKind, year)
      const number = (last?.n ?? 0) + 1
      if (number > MAX_BOOK_NUMBER) throw new AppError('conflict', TEXT.sequenceFull(yearKind, year))
      const row: NewRow = { prefix, yearKind, year, number, bookNo: composeBookNo(prefix, number), manual: false, documentKind: i.documentKind, subject: i.subject, requestIds, documentDate: date, byId: i.byId }
      return this.insert(row, 'book-number.allocate')
    })
  }

  /**
   * Records a number typed by hand. A number under the office's prefix (or any prefix) with a
   * plain running number joins that prefix's sequence, so the next allocation goes above it.
   */
  record(input: BookNumberRecordInput): BookNumber {
    const i = parseInput(bookNumberRecordInput, input)
    const parsed = parseBookNo(i.bookNo)
    if (!parsed.ok) throw badBookNo(i.bookNo, parsed.problem)
    const date = i.documentDate ?? this.today()
    return this.writing(() => {
      this.people.requireActor(i.byId, [], DOING.record)
      const { yearKind } = this.numbering(this.requireOffice())
      const year = numberingYear(date, yearKind)
      const requestIds = this.requireRequests(i.requestIds)
      const { bookNo, prefix, number } = parsed.value
      this.refuseDuplicate(bookNo, yearKind, year)
      const row: NewRow = { prefix, yearKind, year, number, bookNo, manual: true, documentKind: i.documentKind, subject: i.subject, requestIds, documentDate: date, byId: i.byId }
      return this.insert(row, 'book-number.record')
    })
  }

  /** Newest first; `year` is the numbering year (BE). */
  list(input: BookNumberListInput = {}): BookNumber[] {
    const q = parseInput(bookNumberListInput, input)
    const where = q.year === undefined ? '' : 'WHERE b.year = @year'
    return this.ctx.db
      .prepare<Record<string, unknown>, BookNumberRow>(`${SELECT} ${where} ORDER BY b.id DESC LIMIT @limit OFFSET @offset`)
      .all({ year: q.year, limit: q.limit, offset: q.offset })
      .map(toRecord)
  }

  get(id: number): BookNumber {
    const row = this.ctx.db.prepare<[number], BookNumberRow>(`${SELECT} WHERE b.id = ?`).get(id)
    if (!row) throw new AppError('not-found', `ไม่พบเลขที่หนังสือรายการที่ ${id} ในทะเบียนหนังสือส่ง`)
    return toRecord(row)
  }

  /** BEGIN IMMEDIATE: the write lock is held from the read of max(number) to the commit. */
  private writing<T>(fn: () => T): T {
    return writeTransaction(this.ctx.db, fn)
  }

  private today(): string {
    return todayIso(new Date(this.ctx.clock.now()))
  }

  private requireOffice(): OfficeProfile {
    const office = this.office.get()
    if (!office) throw new AppError('not-found', TEXT.noOffice)
    return office
  }

  private numbering(office: OfficeProfile): { prefix: string; yearKind: BookNumbering } {
    const prefix = canonicalPrefix(office.bookPrefix)
    if (prefix === '') throw new AppError('invalid-input', TEXT.prefixEmpty)
    if (prefix.includes('/')) throw new AppError('invalid-input', TEXT.prefixHasSlash(office.bookPrefix))
    return { prefix, yearKind: office.bookNumbering }
  }

  private requireRequests(ids: number[]): number[] {
    const unique = [...new Set(ids)]
    if (unique.length === 0) return unique
    const found = new Set(
      this.ctx.db
        .prepare<[string], { id: number }>('SELECT id FROM request WHERE id IN (SELECT value FROM json_each(?))')
        .all(JSON.stringify(unique))
        .map((r) => r.id)
    )
    const missing = unique.filter((id) => !found.has(id))
    if (missing.length > 0) throw new AppError('not-found', TEXT.requestsMissing(missing))
    return unique
  }

  private refuseDuplicate(bookNo: string, yearKind: BookNumbering, year: number): void {
    const earlier = this.ctx.db
      .prepare<[string, string, number], { subject: string; document_date: string }>(
        'SELECT subject, document_date FROM book_number WHERE book_no = ? AND year_kind = ? AND year = ?'
      )
      .get(bookNo, yearKind, year)
    if (earlier) throw duplicateBookNo(formatBookNo({ bookNo }, true), yearKind, year, { subject: earlier.subject, documentDate: earlier.document_date })
  }

  private insert(row: NewRow, action: 'book-number.allocate' | 'book-number.record'): BookNumber {
    const allocatedAt = this.ctx.clock.now()
    let id: number
    try {
      id = Number(
        this.ctx.db
          .prepare(
            `INSERT INTO book_number (prefix, year_kind, year, number, book_no, manual, document_kind, subject, request_ids, document_date, allocated_at, allocated_by)
             VALUES (@prefix, @yearKind, @year, @number, @bookNo, @manual, @documentKind, @subject, @requestIds, @documentDate, @allocatedAt, @byId)`
          )
          .run({ ...row, manual: row.manual ? 1 : 0, requestIds: JSON.stringify(row.requestIds), allocatedAt }).lastInsertRowid
      )
    } catch (error) {
      // Only reachable if a check above was bypassed; the database's own rule still names the earlier document.
      if (isUniqueViolation(error)) this.refuseDuplicate(row.bookNo, row.yearKind, row.year)
      throw error
    }
    this.audit.append({
      actorId: row.byId,
      action,
      entity: 'book-number',
      entityId: id,
      detail: {
        bookNo: row.bookNo,
        documentKind: row.documentKind,
        subject: row.subject,
        requestIds: row.requestIds,
        documentDate: row.documentDate,
        yearKind: row.yearKind,
        year: row.year,
        number: row.number,
        manual: row.manual
      }
    })
    return this.get(id)
  }
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && 'code' in error && (error as { code: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE'
}

function toRecord(row: BookNumberRow): BookNumber {
  return {
    id: row.id,
    prefix: row.prefix,
    yearKind: row.year_kind,
    year: row.year,
    number: row.number,
    bookNo: row.book_no,
    manual: row.manual === 1,
    documentKind: row.document_kind,
    subject: row.subject,
    requestIds: JSON.parse(row.request_ids) as number[],
    documentDate: row.document_date,
    allocatedAt: row.allocated_at,
    allocatedById: row.allocated_by,
    allocatedByName: row.allocated_by_name
  }
}
