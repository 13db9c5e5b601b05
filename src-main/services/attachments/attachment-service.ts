/** Checks files against the office's rules and keeps them in the blob store. */
import { AppError } from '@shared/result'
import type { AttachmentCheck, AttachmentRecord } from '@shared/domain/records'
import type { NewAttachment } from '@shared/domain/schemas'
import type { ServiceContext } from '../context'
import type { OfficeService } from '../office/office-service'
import { BlobStore } from './blob-store'
import { checkAttachment, checkSize } from './file-type'

/** A file that passed every check, decoded and hashed, not yet stored. */
export interface CheckedFile extends AttachmentCheck {
  bytes: Buffer
}

interface AttachmentRow {
  id: number
  request_id: number
  file_name: string
  sha256: string
  size_bytes: number
  kind: string
  added_at: string
}

export class AttachmentService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly office: OfficeService,
    readonly blobs: BlobStore
  ) {}

  /** Validates one file; throws a Thai AppError saying what is wrong and what to do. */
  check(file: NewAttachment, exceptRequestId?: number): CheckedFile {
    const maxBytes = this.office.maxAttachmentBytes()
    // Refuse before decoding what is obviously too large (base64 is 4/3 of the bytes).
    // byteLength subtracts the '=' padding: a file of exactly the limit must not count as over it.
    const sizeVerdict = checkSize(file.fileName, Buffer.byteLength(file.contentBase64, 'base64'), { maxBytes })
    if (sizeVerdict && !sizeVerdict.ok) throw new AppError('file-refused', sizeVerdict.messageTh, { [file.fileName]: sizeVerdict.messageTh })
    const bytes = Buffer.from(file.contentBase64, 'base64')
    const verdict = checkAttachment(file.fileName, bytes, { maxBytes })
    if (!verdict.ok) throw new AppError('file-refused', verdict.messageTh, { [file.fileName]: verdict.messageTh })
    const sha256 = BlobStore.sha256(bytes)
    return { fileName: file.fileName, kind: verdict.kind, sizeBytes: bytes.length, sha256, duplicates: this.duplicatesOf(sha256, exceptRequestId), bytes }
  }

  duplicatesOf(sha256: string, exceptRequestId?: number): AttachmentCheck['duplicates'] {
    return this.ctx.db
      .prepare<[string, number], { requestId: number; title: string; fileName: string }>(
        `SELECT a.request_id AS requestId, r.title AS title, a.file_name AS fileName
         FROM attachment a JOIN request r ON r.id = a.request_id
         WHERE a.sha256 = ? AND a.request_id != ? ORDER BY a.request_id LIMIT 20`
      )
      .all(sha256, exceptRequestId ?? 0)
  }

  listFor(requestId: number): AttachmentRecord[] {
    return this.ctx.db.prepare<[number], AttachmentRow>('SELECT * FROM attachment WHERE request_id = ? ORDER BY id').all(requestId).map(toRecord)
  }

  /** Inserts the row; the bytes must already be in the blob store (see `storeBlobs`). */
  insertRow(requestId: number, file: CheckedFile): AttachmentRecord {
    const id = Number(
      this.ctx.db
        .prepare('INSERT INTO attachment (request_id, file_name, sha256, size_bytes, kind, added_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(requestId, file.fileName, file.sha256, file.sizeBytes, file.kind, this.ctx.clock.now()).lastInsertRowid
    )
    return toRecord(this.ctx.db.prepare<[number], AttachmentRow>('SELECT * FROM attachment WHERE id = ?').get(id) as AttachmentRow)
  }

  deleteRow(requestId: number, attachmentId: number): AttachmentRecord {
    const row = this.ctx.db.prepare<[number, number], AttachmentRow>('SELECT * FROM attachment WHERE id = ? AND request_id = ?').get(attachmentId, requestId)
    if (!row) throw new AppError('not-found', `ไม่พบไฟล์แนบรหัส ${attachmentId} ในคำขอนี้`)
    this.forgetUploadAttempts(row)
    this.ctx.db.prepare('DELETE FROM attachment WHERE id = ?').run(attachmentId)
    return toRecord(row)
  }

  /**
   * A file can be removed while nothing of it is on the host: its failed or cancelled upload
   * attempts go with it (they left nothing behind: a cancelled upload removes its temporary file).
   * A file in the upload queue, or already uploaded while the rest of its request is not, stays:
   * removing it would leave a file on the website that the register no longer knows.
   */
  private forgetUploadAttempts(row: AttachmentRow): void {
    const jobs = this.ctx.db.prepare<[number], { state: string }>('SELECT state FROM upload_job WHERE attachment_id = ?').all(row.id)
    if (jobs.some((j) => j.state === 'done')) {
      throw new AppError(
        'conflict',
        `ลบไฟล์ “${row.file_name}” ไม่ได้ เพราะอัปโหลดขึ้นเว็บไซต์แล้ว (รอไฟล์อื่นของคำขอเดียวกัน) — อัปโหลดไฟล์ที่เหลือให้เสร็จแล้วนำคำขอออกจากเว็บไซต์ หรือแนบไฟล์ใหม่เพิ่มแทนการลบ`
      )
    }
    if (jobs.some((j) => j.state !== 'failed' && j.state !== 'cancelled')) {
      throw new AppError('conflict', `ลบไฟล์ “${row.file_name}” ไม่ได้ เพราะอยู่ในคิวอัปโหลด — ยกเลิกการอัปโหลดของคำขอนี้ก่อน แล้วจึงลบไฟล์`)
    }
    this.ctx.db.prepare('DELETE FROM upload_job WHERE attachment_id = ?').run(row.id)
  }

  /**
   * Writes the files' bytes before the database transaction that references them. Returns the
   * hashes that were new, so a failed transaction can take exactly those back out.
   */
  storeBlobs(files: readonly CheckedFile[]): string[] {
    return files.filter((f) => this.blobs.put(f.sha256, f.bytes)).map((f) => f.sha256)
  }

  /** Removes blobs no attachment row refers to (after a failed transaction or a removal). */
  removeUnreferenced(hashes: readonly string[]): void {
    const used = this.ctx.db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM attachment WHERE sha256 = ?')
    for (const h of new Set(hashes)) if ((used.get(h)?.n ?? 0) === 0) this.blobs.remove(h)
  }
}

function toRecord(r: AttachmentRow): AttachmentRecord {
  return { id: r.id, requestId: r.request_id, fileName: r.file_name, sha256: r.sha256, sizeBytes: r.size_bytes, kind: r.kind, addedAt: r.added_at }
}
