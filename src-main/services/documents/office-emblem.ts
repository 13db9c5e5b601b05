/**
 * Setting the office's Garuda: the image is checked by its content, written beside its final name,
 * and put in place inside the transaction that saves the profile's `emblemFile` and the audit
 * entry — so the profile never names a file that is not there, nor the file change unrecorded.
 */
import { createHash } from 'node:crypto'
import type { EmblemImage } from '@shared/domain/documents-schemas'
import type { OfficeInput, OfficeProfile } from '@shared/domain/schemas'
import type { AuditLog } from '../audit/audit-log'
import { writeTransaction, type ServiceContext } from '../context'
import type { OfficeService } from '../office/office-service'
import { checkEmblem, emblemImage, removeEmblemFiles, stageEmblem, type EmblemFile } from './emblem-store'

function inputOf(profile: OfficeProfile, emblemFile: EmblemFile | ''): OfficeInput {
  const { updatedAt: _updatedAt, ...rest } = profile
  return { ...rest, emblemFile }
}

export class OfficeEmblem {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly office: OfficeService,
    private readonly audit: AuditLog,
    private readonly requireOffice: () => OfficeProfile
  ) {}

  get(): EmblemImage | null {
    const office = this.office.get()
    return office ? emblemImage(this.ctx.dataDir, office.emblemFile) : null
  }

  set(bytes: Uint8Array, fileName: string, actorId: number): EmblemImage {
    const checked = checkEmblem(bytes, fileName)
    const profile = this.requireOffice()
    const staged = stageEmblem(this.ctx.dataDir, checked, bytes)
    try {
      writeTransaction(this.ctx.db, () => {
        this.office.save(inputOf(profile, checked.file), actorId)
        const sha256 = createHash('sha256').update(bytes).digest('hex')
        this.audit.append({
          actorId,
          action: 'office.emblem',
          entity: 'office',
          entityId: 1,
          detail: { file: checked.file, originalName: fileName, sha256, sizeBytes: bytes.length, width: checked.width, height: checked.height }
        })
        staged.commit()
      })
    } finally {
      staged.abort()
    }
    return { fileName: checked.file, type: checked.type, contentBase64: Buffer.from(bytes).toString('base64') }
  }

  remove(actorId: number): void {
    const profile = this.requireOffice()
    if (profile.emblemFile === '') return
    writeTransaction(this.ctx.db, () => {
      this.office.save(inputOf(profile, ''), actorId)
      this.audit.append({ actorId, action: 'office.emblem', entity: 'office', entityId: 1, detail: { file: null } })
    })
    removeEmblemFiles(this.ctx.dataDir)
  }
}
