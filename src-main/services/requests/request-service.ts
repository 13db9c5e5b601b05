/**
 * Publication requests: the form's fields, their files and their lifecycle. Every change runs in
 * one transaction together with its status event and audit entry, so the register never shows a
 * move that its history does not.
 */
import { AppError } from '@shared/result'
import type { RequestDetail, RequestPage, StatusEvent } from '@shared/domain/records'
import {
  ACTION_RULES,
  STATUSES_LOCKED,
  STATUSES_REOPENED_BY_EDIT,
  STATUS_LABELS,
  illegalMoveMessage,
  type RequestAction,
  type RequestStatus
} from '@shared/domain/request-status'
import {
  requestCreateInput,
  requestQuery,
  requestUpdateInput,
  transitionInput,
  type RequestCreateInput,
  type RequestQuery,
  type RequestUpdateInput,
  type TransitionInput
} from '@shared/domain/schemas'
import { placeInFiscalYear, publishUntilInOrder, publishUntilOf } from '@shared/domain/request-fields'
import { todayIso } from '@shared/thai'
import type { AttachmentService, CheckedFile } from '../attachments/attachment-service'
import type { AuditLog } from '../audit/audit-log'
import type { CatalogService } from '../catalog/catalog-service'
import { writeTransaction, type ServiceContext } from '../context'
import type { PeopleService } from '../people/people-service'
import { parseInput } from '../validate'
import { queryRequests } from './request-query'

/** A row of the request table as SQLite returns it (the bench inserts the same shape). */
export interface RequestRow {
  id: number
  owner_unit: string
  request_date: string
  title: string
  details: string
  external_link: string
  note: string
  requester_id: number
  category_code: string
  fiscal_year: number
  fiscal_quarter: number
  period_start: string | null
  period_end: string | null
  publish_until: string | null
  status: RequestStatus
  approved_by: number | null
  approved_at: string | null
  approved_verbal: number
  rejection_reason: string
  published_by: number | null
  published_at: string | null
  public_url: string
  withdrawn_by: number | null
  withdrawn_at: string | null
  withdrawn_reason: string
  created_at: string
  updated_at: string
}

/** The content fields whose change on an approved request calls for a new decision. */
const CONTENT_COLUMNS = [
  'owner_unit',
  'request_date',
  'title',
  'details',
  'external_link',
  'note',
  'requester_id',
  'category_code',
  'fiscal_year',
  'period_start',
  'period_end',
  'publish_until'
] as const

export class RequestService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly people: PeopleService,
    private readonly catalog: CatalogService,
    private readonly attachments: AttachmentService,
    private readonly audit: AuditLog
  ) {}

  query(input: RequestQuery): RequestPage {
    const q = parseInput(requestQuery, input)
    // "Due within N days" counts from the injected clock's today, not the machine's.
    return queryRequests(this.ctx.db, q, todayIso(new Date(this.ctx.clock.now())))
  }

  get(id: number): RequestDetail {
    const row = this.row(id)
    const name = (personId: number | null) => (personId === null ? '' : this.people.get(personId).displayName)
    const category = this.catalog.getCategory(row.category_code)
    const indicatorIds = this.ctx.db
      .prepare<[number], { id: number }>('SELECT indicator_id AS id FROM request_indicator WHERE request_id = ?')
      .all(id)
      .map((r) => r.id)
    return {
      id: row.id,
      ownerUnit: row.owner_unit,
      requestDate: row.request_date,
      title: row.title,
      details: row.details,
      externalLink: row.external_link,
      note: row.note,
      requesterId: row.requester_id,
      requesterName: name(row.requester_id),
      categoryCode: row.category_code,
      categoryName: category.name,
      indicators: this.catalog.getIndicators(indicatorIds),
      fiscalYear: row.fiscal_year,
      fiscalQuarter: row.fiscal_quarter,
      periodStart: row.period_start,
      periodEnd: row.period_end,
      publishUntil: row.publish_until,
      status: row.status,
      approval:
        row.approved_by !== null && row.approved_at !== null
          ? { byId: row.approved_by, byName: name(row.approved_by), verbal: row.approved_verbal === 1, at: row.approved_at }
          : null,
      rejectionReason: row.rejection_reason,
      published:
        row.published_by !== null && row.published_at !== null
          ? { byId: row.published_by, byName: name(row.published_by), at: row.published_at, publicUrl: row.public_url }
          : null,
      withdrawn:
        row.withdrawn_by !== null && row.withdrawn_at !== null
          ? { byId: row.withdrawn_by, byName: name(row.withdrawn_by), at: row.withdrawn_at, reason: row.withdrawn_reason }
          : null,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      attachments: this.attachments.listFor(id),
      history: this.history(id)
    }
  }

  create(input: RequestCreateInput): RequestDetail {
    const r = parseInput(requestCreateInput, input)
    const actor = this.people.requireActor(r.byId, [], 'บันทึกคำขอ')
    const files = r.newAttachments.map((f) => this.attachments.check(f))
    const fields = this.resolveFields(r)
    return this.withBlobs(files, () => {
      const now = this.ctx.clock.now()
      const id = Number(
        this.ctx.db
          .prepare(
            `INSERT INTO request (owner_unit, request_date, title, details, external_link, note, requester_id, category_code,
               fiscal_year, fiscal_quarter, period_start, period_end, publish_until, status, created_at, updated_at)
             VALUES (@owner_unit, @request_date, @title, @details, @external_link, @note, @requester_id, @category_code,
               @fiscal_year, @fiscal_quarter, @period_start, @period_end, @publish_until, 'draft', @now, @now)`
          )
          .run({ ...fields.columns, now }).lastInsertRowid
      )
      this.setIndicators(id, fields.indicatorIds)
      const added = files.map((f) => this.attachments.insertRow(id, f))
      this.recordEvent(id, null, 'draft', 'create', actor.id, { reason: '' })
      this.audit.append({ actorId: actor.id, action: 'request.create', entity: 'request', entityId: id, detail: { ...fields.columns, indicatorIds: fields.indicatorIds, attachments: added.map(summary) } })
      return id
    })
  }

  update(input: RequestUpdateInput): RequestDetail {
    const r = parseInput(requestUpdateInput, input)
    const before = this.row(r.id)
    if (STATUSES_LOCKED.includes(before.status)) {
      throw new AppError('illegal-transition', `แก้ไขคำขอไม่ได้ เพราะอยู่ในสถานะ “${STATUS_LABELS[before.status]}” — ข้อมูลที่เผยแพร่แล้วเป็นหลักฐาน หากต้องการเปลี่ยนให้นำออกแล้วสร้างคำขอใหม่`)
    }
    if (before.status === 'rejected') {
      throw new AppError('illegal-transition', 'คำขอนี้ไม่ได้รับอนุมัติ — กด “แก้ไขเพื่อส่งใหม่” ก่อน จึงจะแก้ไขได้')
    }
    const actor = this.people.requireActor(r.byId, [], 'แก้ไขคำขอ')
    const files = r.newAttachments.map((f) => this.attachments.check(f, r.id))
    const fields = this.resolveFields(r)
    const removedHashes: string[] = []
    const detail = this.withBlobs(files, () => {
      const beforeIndicators = this.indicatorIdsOf(r.id)
      const contentChanged =
        CONTENT_COLUMNS.some((c) => before[c] !== fields.columns[c]) || !sameSet(beforeIndicators, fields.indicatorIds)
      const filesChanged = files.length > 0 || r.removeAttachmentIds.length > 0
      if (!contentChanged && !filesChanged) return r.id
      const reopen = STATUSES_REOPENED_BY_EDIT.includes(before.status)
      const now = this.ctx.clock.now()
      this.ctx.db
        .prepare(
          `UPDATE request SET owner_unit = @owner_unit, request_date = @request_date, title = @title, details = @details,
             external_link = @external_link, note = @note, requester_id = @requester_id, category_code = @category_code,
             fiscal_year = @fiscal_year, fiscal_quarter = @fiscal_quarter, period_start = @period_start,
             period_end = @period_end, publish_until = @publish_until, updated_at = @now
             ${reopen ? ", status = 'submitted', approved_by = NULL, approved_at = NULL, approved_verbal = 0" : ''}
           WHERE id = @id`
        )
        .run({ ...fields.columns, now, id: r.id })
      this.setIndicators(r.id, fields.indicatorIds)
      const removed = r.removeAttachmentIds.map((a) => this.attachments.deleteRow(r.id, a))
      removedHashes.push(...removed.map((a) => a.sha256))
      const added = files.map((f) => this.attachments.insertRow(r.id, f))
      const changes = Object.fromEntries(CONTENT_COLUMNS.filter((c) => before[c] !== fields.columns[c]).map((c) => [c, { from: before[c], to: fields.columns[c] }]))
      if (reopen) {
        this.recordEvent(r.id, before.status, 'submitted', 'edit', actor.id, { reason: 'แก้ไขเนื้อหาหรือไฟล์หลังอนุมัติ ต้องพิจารณาอนุมัติใหม่' })
      }
      this.audit.append({
        actorId: actor.id,
        action: 'request.update',
        entity: 'request',
        entityId: r.id,
        detail: { changes, indicatorIds: fields.indicatorIds, added: added.map(summary), removed: removed.map(summary), reopened: reopen }
      })
      return r.id
    })
    this.attachments.removeUnreferenced(removedHashes)
    return detail
  }

  transition(input: TransitionInput): RequestDetail {
    const t = parseInput(transitionInput, input)
    const rule = ACTION_RULES[t.action]
    return writeTransaction(this.ctx.db, () => {
      const before = this.row(t.id)
      if (!rule.from.includes(before.status)) throw new AppError('illegal-transition', illegalMoveMessage(t.action, before.status))
      const actor = this.people.requireActor(t.byId, rule.roles, rule.label)
      if (t.action === 'submit' && this.attachments.listFor(t.id).length === 0 && before.external_link === '') {
        throw new AppError('invalid-input', 'ยังไม่มีไฟล์แนบหรือลิงก์ภายนอก — กรุณาแนบไฟล์ที่จะเผยแพร่ก่อนส่งขออนุมัติ')
      }
      const now = this.ctx.clock.now()
      const decidedAt = t.at ?? null
      const set = this.transitionColumns(t.action, actor.id, decidedAt ?? now, t)
      const assignments = Object.keys(set).map((k) => `${k} = @${k}`)
      this.ctx.db
        .prepare(`UPDATE request SET status = @status, updated_at = @now${assignments.length ? ', ' + assignments.join(', ') : ''} WHERE id = @id`)
        .run({ ...set, status: rule.to, now, id: t.id })
      this.recordEvent(t.id, before.status, rule.to, t.action, actor.id, { reason: t.reason, verbal: t.verbal, decidedAt })
      this.audit.append({
        actorId: actor.id,
        action: `request.${t.action}`,
        entity: 'request',
        entityId: t.id,
        detail: { from: before.status, to: rule.to, verbal: t.verbal, decidedAt, reason: t.reason, publicUrl: t.publicUrl }
      })
      return this.get(t.id)
    })
  }

  private transitionColumns(action: RequestAction, actorId: number, at: string, t: { verbal: boolean; reason: string; publicUrl: string }): Record<string, unknown> {
    switch (action) {
      case 'approve':
        return { approved_by: actorId, approved_at: at, approved_verbal: t.verbal ? 1 : 0, rejection_reason: '' }
      case 'reject':
        return { rejection_reason: t.reason, approved_by: null, approved_at: null, approved_verbal: 0 }
      case 'publish':
        return { published_by: actorId, published_at: at, public_url: t.publicUrl }
      case 'withdraw':
        return { withdrawn_by: actorId, withdrawn_at: at, withdrawn_reason: t.reason }
      case 'reopen':
        return { approved_by: null, approved_at: null, approved_verbal: 0 }
      case 'submit':
        return {}
    }
  }

  history(requestId: number): StatusEvent[] {
    return this.ctx.db
      .prepare<[number], StatusEventRow>(
        `SELECT e.*, p.title || p.full_name AS by_name FROM status_event e JOIN person p ON p.id = e.by_id WHERE e.request_id = ? ORDER BY e.id`
      )
      .all(requestId)
      .map((e) => ({
        id: e.id,
        requestId: e.request_id,
        fromStatus: e.from_status,
        toStatus: e.to_status,
        action: e.action,
        byId: e.by_id,
        byName: e.by_name,
        at: e.at,
        decidedAt: e.decided_at,
        verbal: e.verbal === 1,
        reason: e.reason
      }))
  }

  private row(id: number): RequestRow {
    const row = this.ctx.db.prepare<[number], RequestRow>('SELECT * FROM request WHERE id = ?').get(id)
    if (!row) throw new AppError('not-found', `ไม่พบคำขอเลขที่ ${id} — กรุณาตรวจสอบเลขที่คำขอ`)
    return row
  }

  private indicatorIdsOf(id: number): number[] {
    return this.ctx.db.prepare<[number], { id: number }>('SELECT indicator_id AS id FROM request_indicator WHERE request_id = ?').all(id).map((r) => r.id)
  }

  private setIndicators(id: number, indicatorIds: number[]): void {
    this.ctx.db.prepare('DELETE FROM request_indicator WHERE request_id = ?').run(id)
    const insert = this.ctx.db.prepare('INSERT INTO request_indicator (request_id, indicator_id) VALUES (?, ?)')
    for (const i of new Set(indicatorIds)) insert.run(id, i)
  }

  /** Checks references and derives the stored columns (fiscal year, quarter, publish-until). */
  private resolveFields(r: ReturnType<typeof requestCreateInput.parse>) {
    this.people.get(r.requesterId)
    const category = this.catalog.getCategory(r.categoryCode)
    // The date decides the fiscal year and quarter, save a document for the coming fiscal year.
    const placed = placeInFiscalYear(r.requestDate, r.fiscalYear)
    if (!placed.ok) {
      const { chosenYear, dateYear, comingYear } = placed
      throw new AppError('invalid-input', `ปีงบประมาณ ${chosenYear} ไม่ตรงกับวันที่ขอเผยแพร่ (อยู่ในปีงบประมาณ ${dateYear}) — เลือกปี ${dateYear} หรือ ${comingYear} (กรณีเอกสารของปีงบประมาณถัดไป)`, {
        fiscalYear: `ต้องเป็นปี ${dateYear} หรือ ${comingYear}`
      })
    }
    const { fiscalYear, fiscalQuarter } = placed
    const indicators = this.catalog.getIndicators(r.indicatorIds)
    const foreign = indicators.find((i) => i.fiscalYear !== fiscalYear)
    if (foreign) {
      throw new AppError('invalid-input', `ตัวชี้วัด ${foreign.code} เป็นของปีงบประมาณ ${foreign.fiscalYear} แต่คำขอนี้เป็นปีงบประมาณ ${fiscalYear} — เลือกตัวชี้วัดของปีเดียวกัน`, {
        indicatorIds: 'ตัวชี้วัดไม่ตรงปีงบประมาณ'
      })
    }
    const publishUntil = publishUntilOf(r.requestDate, r.publishUntil, category.defaultPublishMonths)
    if (!publishUntilInOrder(r.requestDate, publishUntil)) {
      throw new AppError('invalid-input', 'วันที่ครบกำหนดนำออกต้องไม่อยู่ก่อนวันที่ขอเผยแพร่', { publishUntil: 'อยู่ก่อนวันที่ขอเผยแพร่' })
    }
    return {
      indicatorIds: [...new Set(r.indicatorIds)],
      columns: {
        owner_unit: r.ownerUnit,
        request_date: r.requestDate,
        title: r.title,
        details: r.details,
        external_link: r.externalLink,
        note: r.note,
        requester_id: r.requesterId,
        category_code: category.code,
        fiscal_year: fiscalYear,
        fiscal_quarter: fiscalQuarter,
        period_start: r.periodStart,
        period_end: r.periodEnd,
        publish_until: publishUntil
      }
    }
  }

  /**
   * Stores new files' bytes, then runs `write` in one transaction. If the transaction fails, the
   * bytes it brought are removed again: a refused change leaves nothing behind.
   */
  private withBlobs(files: CheckedFile[], write: () => number): RequestDetail {
    const stored = this.attachments.storeBlobs(files)
    try {
      return writeTransaction(this.ctx.db, () => this.get(write()))
    } catch (error) {
      this.attachments.removeUnreferenced(stored)
      throw error
    }
  }

  private recordEvent(
    requestId: number,
    from: RequestStatus | null,
    to: RequestStatus,
    action: RequestAction | 'create' | 'edit',
    byId: number,
    extra: { reason: string; verbal?: boolean; decidedAt?: string | null }
  ): void {
    this.ctx.db
      .prepare('INSERT INTO status_event (request_id, from_status, to_status, action, by_id, at, decided_at, verbal, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(requestId, from, to, action, byId, this.ctx.clock.now(), extra.decidedAt ?? null, extra.verbal ? 1 : 0, extra.reason)
  }
}

interface StatusEventRow {
  id: number
  request_id: number
  from_status: RequestStatus | null
  to_status: RequestStatus
  action: StatusEvent['action']
  by_id: number
  by_name: string
  at: string
  decided_at: string | null
  verbal: number
  reason: string
}

function sameSet(a: readonly number[], b: readonly number[]): boolean {
  const sa = new Set(a)
  const sb = new Set(b)
  return sa.size === sb.size && [...sa].every((x) => sb.has(x))
}

function summary(a: { fileName: string; sha256: string; sizeBytes: number }) {
  return { fileName: a.fileName, sha256: a.sha256, sizeBytes: a.sizeBytes }
}
