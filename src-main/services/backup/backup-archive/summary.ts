import type { BackupSummary, Manifest } from '../manifest'
import type { FileDigest } from './fs-helpers'

/** What an operation reports about the archive `file` (its own hash and size) and what it holds. */
export function summarize(file: string, archive: FileDigest, manifest: Manifest): BackupSummary {
  return {
    file,
    kind: manifest.kind,
    sha256: archive.sha256,
    sizeBytes: archive.sizeBytes,
    createdAt: manifest.createdAt,
    appVersion: manifest.appVersion,
    schemaVersion: manifest.schemaVersion,
    databaseBytes: manifest.database.sizeBytes,
    counts: manifest.counts,
    attachmentBlobs: manifest.attachments.length,
    attachmentBytes: manifest.attachments.reduce((sum, a) => sum + a.sizeBytes, 0),
    officeFiles: manifest.officeFiles?.map((f) => f.path) ?? null,
    problems: manifest.problems.map((p) => p.message)
  }
}
