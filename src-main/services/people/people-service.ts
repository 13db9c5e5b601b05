/** People of the office: requesters, the head who approves, the assistant head, the webmasters. */
import { AppError } from '@shared/result'
import { personInput, type Person, type PersonInput } from '@shared/domain/schemas'
import type { Role } from '@shared/domain/roles'
import { ROLE_LABELS } from '@shared/domain/roles'
import type { AuditLog } from '../audit/audit-log'
import { writeTransaction, type ServiceContext } from '../context'
import { parseInput } from '../validate'

interface PersonRow {
  id: number
  title: string
  full_name: string
  position_lines: string
  unit: string
  phone: string
  email: string
  roles: string
  active: number
}

export class PeopleService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly audit: AuditLog
  ) {}

  list(includeInactive = true): Person[] {
    const where = includeInactive ? '' : 'WHERE active = 1'
    return this.ctx.db.prepare<[], PersonRow>(`SELECT * FROM person ${where} ORDER BY active DESC, full_name`).all().map(toPerson)
  }

  get(id: number): Person {
    const row = this.ctx.db.prepare<[number], PersonRow>('SELECT * FROM person WHERE id = ?').get(id)
    if (!row) throw new AppError('not-found', `ไม่พบบุคลากรรหัส ${id} — กรุณาตรวจสอบรหัส หรือเพิ่มบุคลากรในหน้าตั้งค่า`)
    return toPerson(row)
  }

  /** The person, who must be active and hold one of `roles` (any role when empty). */
  requireActor(id: number, roles: readonly Role[], doing: string): Person {
    const person = this.get(id)
    if (!person.active) throw new AppError('forbidden', `${person.displayName} ถูกปิดการใช้งานแล้ว จึง${doing}ไม่ได้`)
    if (roles.length > 0 && !roles.some((r) => person.roles.includes(r))) {
      const wanted = roles.map((r) => ROLE_LABELS[r]).join(' หรือ ')
      throw new AppError('forbidden', `${person.displayName} ไม่มีบทบาท ${wanted} จึง${doing}ไม่ได้ — กำหนดบทบาทได้ที่หน้าตั้งค่า › บุคลากร`)
    }
    return person
  }

  /** Adds a person (no id) or replaces one. `actorId` null: first-run setup. */
  save(input: PersonInput, actorId: number | null): Person {
    const p = parseInput(personInput, input)
    const now = this.ctx.clock.now()
    return writeTransaction(this.ctx.db, () => {
      const values = {
        title: p.title,
        full_name: p.fullName,
        position_lines: JSON.stringify(p.positionLines),
        unit: p.unit,
        phone: p.phone,
        email: p.email,
        roles: JSON.stringify([...new Set(p.roles)]),
        active: p.active ? 1 : 0,
        now
      }
      let id: number
      if (p.id === undefined) {
        const result = this.ctx.db
          .prepare(
            `INSERT INTO person (title, full_name, position_lines, unit, phone, email, roles, active, created_at, updated_at)
             VALUES (@title, @full_name, @position_lines, @unit, @phone, @email, @roles, @active, @now, @now)`
          )
          .run(values)
        id = Number(result.lastInsertRowid)
      } else {
        id = p.id
        const result = this.ctx.db
          .prepare(
            `UPDATE person SET title = @title, full_name = @full_name, position_lines = @position_lines, unit = @unit,
             phone = @phone, email = @email, roles = @roles, active = @active, updated_at = @now WHERE id = @id`
          )
          .run({ ...values, id })
        if (result.changes === 0) throw new AppError('not-found', `ไม่พบบุคลากรรหัส ${id}`)
      }
      const person = this.get(id)
      this.audit.append({ actorId: actorId ?? id, action: p.id === undefined ? 'person.create' : 'person.update', entity: 'person', entityId: id, detail: person })
      return person
    })
  }
}

function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    title: row.title,
    fullName: row.full_name,
    displayName: `${row.title}${row.full_name}`,
    positionLines: JSON.parse(row.position_lines) as string[],
    unit: row.unit,
    phone: row.phone,
    email: row.email,
    roles: JSON.parse(row.roles) as Role[],
    active: row.active === 1
  }
}
