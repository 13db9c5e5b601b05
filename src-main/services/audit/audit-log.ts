/**
 * The append-only, hash-chained audit log. Each entry's hash covers the previous entry's hash and
 * its own stored content, so changing, removing or inserting an entry breaks the chain from that
 * entry on. Entries are written inside the transaction of the change they describe.
 */
import { createHash } from 'node:crypto'
import type { AuditAction, AuditEntity } from '@shared/domain/audit-vocabulary'
import type { AuditEntry, AuditVerification } from '@shared/domain/records'
import type { ServiceContext } from '../context'

export const GENESIS_HASH = '0'.repeat(64)

export interface AuditInput {
  actorId: number | null
  /** One of the kinds the audit page has a Thai label for. */
  action: AuditAction
  entity: AuditEntity
  entityId: string | number
  detail?: unknown
}

/** A row of audit_log as SQLite returns it. */
export interface AuditRow {
  seq: number
  at: string
  actor_id: number | null
  actor_name: string
  action: string
  entity: string
  entity_id: string
  detail: string
  prev_hash: string
  hash: string
}

export function entryHash(row: Omit<AuditRow, 'hash' | 'seq'>): string {
  // Unit separator between fields: no field value can make two different entries hash alike.
  // The sequence number is left out on purpose: the chain itself orders the entries, and a
  // renumbering then shows as the insertion or removal it hides rather than as a changed entry.
  const fields = [row.prev_hash, row.at, row.actor_id ?? '', row.actor_name, row.action, row.entity, row.entity_id, row.detail]
  return createHash('sha256').update(fields.join('\u001f'), 'utf8').digest('hex')
}

export class AuditLog {
  private readonly last
  private readonly insert
  private readonly actorName

  constructor(private readonly ctx: ServiceContext) {
    this.last = ctx.db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1')
    this.insert = ctx.db.prepare(
      `INSERT INTO audit_log (seq, at, actor_id, actor_name, action, entity, entity_id, detail, prev_hash, hash)
       VALUES (@seq, @at, @actor_id, @actor_name, @action, @entity, @entity_id, @detail, @prev_hash, @hash)`
    )
    this.actorName = ctx.db.prepare<[number], { name: string }>("SELECT title || full_name AS name FROM person WHERE id = ?")
  }

  /** Appends one entry; call inside the transaction of the change it records. */
  append(input: AuditInput): AuditEntry {
    const previous = this.last.get()
    const row: Omit<AuditRow, 'hash'> = {
      seq: (previous?.seq ?? 0) + 1,
      at: this.ctx.clock.now(),
      actor_id: input.actorId,
      actor_name: input.actorId === null ? 'ระบบ' : (this.actorName.get(input.actorId)?.name ?? `#${input.actorId}`),
      action: input.action,
      entity: input.entity,
      entity_id: String(input.entityId),
      detail: JSON.stringify(input.detail ?? {}),
      prev_hash: previous?.hash ?? GENESIS_HASH
    }
    const full: AuditRow = { ...row, hash: entryHash(row) }
    this.insert.run(full)
    return toEntry(full)
  }

  list(options: { entity?: string; entityId?: string; offset?: number; limit?: number } = {}): AuditEntry[] {
    const where = options.entity ? 'WHERE entity = @entity AND entity_id = @entityId' : ''
    const rows = this.ctx.db
      .prepare<Record<string, unknown>, AuditRow>(`SELECT * FROM audit_log ${where} ORDER BY seq DESC LIMIT @limit OFFSET @offset`)
      .all({ entity: options.entity, entityId: options.entityId, limit: options.limit ?? 100, offset: options.offset ?? 0 })
    return rows.map(toEntry)
  }

  /** Walks the whole chain and names the first entry that was changed, removed or inserted. */
  verify(): AuditVerification {
    const seen = new Map<string, number>()
    let expectedPrev = GENESIS_HASH
    let expectedSeq = 1
    let count = 0
    for (const row of this.ctx.db.prepare<[], AuditRow>('SELECT * FROM audit_log ORDER BY seq').iterate()) {
      count++
      if (entryHash(row) !== row.hash) {
        return bad(count, row.seq, 'changed', `รายการบันทึกการใช้งานลำดับที่ ${row.seq} ถูกแก้ไขหลังจากบันทึก (เนื้อหาไม่ตรงกับค่าแฮช)`)
      }
      if (row.prev_hash !== expectedPrev) {
        const linkedSeq = seen.get(row.prev_hash)
        if (linkedSeq !== undefined) {
          // The entry links to an older one: what stands between them was slipped in.
          const firstInserted = linkedSeq + 1
          return bad(count, firstInserted, 'inserted', `มีรายการแทรกเข้ามาในบันทึกการใช้งาน เริ่มที่ลำดับที่ ${firstInserted}`)
        }
        const missing = row.seq > expectedSeq ? expectedSeq : row.seq
        return bad(count, missing, 'removed', `รายการบันทึกการใช้งานก่อนลำดับที่ ${row.seq} ถูกลบออก (ขาดตั้งแต่ลำดับที่ ${missing})`)
      }
      seen.set(row.hash, row.seq)
      expectedPrev = row.hash
      expectedSeq = row.seq + 1
    }
    return { ok: true, entries: count, lastHash: expectedPrev }
  }
}

function bad(entries: number, firstBadSeq: number, problem: 'changed' | 'removed' | 'inserted', message: string): AuditVerification {
  return { ok: false, entries, firstBadSeq, problem, message }
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    seq: row.seq,
    at: row.at,
    actorId: row.actor_id,
    actorName: row.actor_name,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    detail: JSON.parse(row.detail) as unknown,
    prevHash: row.prev_hash,
    hash: row.hash
  }
}
