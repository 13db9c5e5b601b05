/** The office profile: one row, stored as JSON so a new field needs no migration of its own. */
import { officeInput, type OfficeInput, type OfficeProfile } from '@shared/domain/schemas'
import type { AuditLog } from '../audit/audit-log'
import { writeTransaction, type ServiceContext } from '../context'
import { parseInput } from '../validate'

export class OfficeService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly audit: AuditLog
  ) {}

  get(): OfficeProfile | null {
    const row = this.ctx.db.prepare<[], { profile: string; updated_at: string }>('SELECT profile, updated_at FROM office WHERE id = 1').get()
    if (!row) return null
    // Parse again so profiles saved by an older version get the defaults of newer fields.
    return { ...officeInput.parse(JSON.parse(row.profile)), updatedAt: row.updated_at }
  }

  /** Replaces the profile; `actorId` is null during first-run setup, before anyone exists. */
  save(input: OfficeInput, actorId: number | null): OfficeProfile {
    const profile = parseInput(officeInput, input)
    const now = this.ctx.clock.now()
    writeTransaction(this.ctx.db, () => {
      const before = this.get()
      this.ctx.db
        .prepare('INSERT INTO office (id, profile, updated_at) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET profile = excluded.profile, updated_at = excluded.updated_at')
        .run(JSON.stringify(profile), now)
      this.audit.append({ actorId, action: before ? 'office.update' : 'office.create', entity: 'office', entityId: 1, detail: profile })
    })
    return { ...profile, updatedAt: now }
  }

  maxAttachmentBytes(): number {
    return Math.round((this.get()?.maxAttachmentMb ?? 4) * 1024 * 1024)
  }
}
