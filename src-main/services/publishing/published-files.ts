/**
 * The record of files put on (and taken off) the host: published_file rows, SQL only. Also the
 * take-down list (published requests whose publish-until date has passed or comes soon), which the
 * dashboard may reuse.
 */
import type { DueItem, PublishedFileRecord } from '@shared/domain/uploads'
import { addDays, daysBetween } from '@shared/thai'
import type { Db } from '../../db/open-database'

interface PublishedRow {
  id: number
  request_id: number
  attachment_id: number
  file_name: string
  profile_id: number
  profile_name: string
  remote_path: string
  public_url: string
  sha256: string
  size_bytes: number
  published_at: string
  published_by: number
  published_by_name: string
  removed_at: string | null
  removal: 'deleted' | 'archived' | null
  archive_path: string | null
}

export interface NewPublishedFile {
  requestId: number
  attachmentId: number
  profileId: number
  uploadJobId: number
  remotePath: string
  publicUrl: string
  sha256: string
  sizeBytes: number
  publishedAt: string
  publishedBy: number
}

const SELECT = `SELECT p.*, a.file_name, h.name AS profile_name, w.title || w.full_name AS published_by_name
  FROM published_file p JOIN attachment a ON a.id = p.attachment_id JOIN host_profile h ON h.id = p.profile_id
  JOIN person w ON w.id = p.published_by`

function toRecord(r: PublishedRow): PublishedFileRecord {
  return {
    id: r.id,
    requestId: r.request_id,
    attachmentId: r.attachment_id,
    fileName: r.file_name,
    profileId: r.profile_id,
    profileName: r.profile_name,
    remotePath: r.remote_path,
    publicUrl: r.public_url,
    sha256: r.sha256,
    sizeBytes: r.size_bytes,
    publishedAt: r.published_at,
    publishedById: r.published_by,
    publishedByName: r.published_by_name,
    removedAt: r.removed_at,
    removal: r.removal,
    archivePath: r.archive_path
  }
}

export class PublishedFiles {
  constructor(private readonly db: Db) {}

  insert(f: NewPublishedFile): number {
    return Number(
      this.db
        .prepare(
          `INSERT INTO published_file (request_id, attachment_id, profile_id, upload_job_id, remote_path, public_url, sha256, size_bytes, published_at, published_by)
           VALUES (@requestId, @attachmentId, @profileId, @uploadJobId, @remotePath, @publicUrl, @sha256, @sizeBytes, @publishedAt, @publishedBy)`
        )
        .run(f).lastInsertRowid
    )
  }

  /** Every file of the request ever published by the app, live ones first. */
  listFor(requestId: number): PublishedFileRecord[] {
    return this.db.prepare<[number], PublishedRow>(`${SELECT} WHERE p.request_id = ? ORDER BY p.removed_at IS NOT NULL, p.id`).all(requestId).map(toRecord)
  }

  live(requestId: number): PublishedFileRecord[] {
    return this.db.prepare<[number], PublishedRow>(`${SELECT} WHERE p.request_id = ? AND p.removed_at IS NULL ORDER BY p.id`).all(requestId).map(toRecord)
  }

  hasJob(uploadJobId: number): boolean {
    return this.db.prepare('SELECT 1 FROM published_file WHERE upload_job_id = ?').get(uploadJobId) !== undefined
  }

  markRemoved(id: number, r: { at: string; by: number; removal: 'deleted' | 'archived'; archivePath: string | null }): void {
    this.db
      .prepare(`UPDATE published_file SET removed_at = @at, removed_by = @by, removal = @removal, archive_path = @archivePath WHERE id = @id AND removed_at IS NULL`)
      .run({ ...r, id })
  }

  /** Published requests whose publish-until date is before or within `withinDays` of `today`, soonest first. */
  due(today: string, withinDays: number): DueItem[] {
    const rows = this.db
      .prepare<{ dueBy: string }, { id: number; title: string; owner_unit: string; publish_until: string; live: number }>(
        `SELECT r.id, r.title, r.owner_unit, r.publish_until,
           (SELECT count(*) FROM published_file p WHERE p.request_id = r.id AND p.removed_at IS NULL) AS live
         FROM request r WHERE r.status = 'published' AND r.publish_until IS NOT NULL AND r.publish_until <= @dueBy
         ORDER BY r.publish_until, r.id`
      )
      .all({ dueBy: addDays(today, withinDays) })
    return rows.map((r) => {
      const daysLeft = daysBetween(today, r.publish_until)
      return { id: r.id, title: r.title, ownerUnit: r.owner_unit, publishUntil: r.publish_until, daysLeft, overdue: daysLeft < 0, liveFiles: r.live }
    })
  }
}
