/**
 * The `.pdbackup` format: a gzip-compressed tar archive holding exactly
 *   manifest.json                    what is inside, with every hash and size
 *   register.sqlite3                 an online copy of the register (rollback journal, one file)
 *   attachments/<2 hex>/<sha256>     every attachment blob the register refers to
 *   office/<file>                    (format 2) the office's own files kept beside the register:
 *                                    templates/<kind>.json (its template wording), emblem.png or
 *                                    emblem.jpg (its Garuda), office-font.ttf and
 *                                    office-font-bold.ttf (its PDF font)
 * Nothing else is accepted when reading one back: the names below are the whole format. A
 * format-1 backup (made before the office's files were carried) is still read and restored; it
 * leaves the office's files in the data folder as they are.
 */
import { z } from 'zod'

export const BACKUP_EXTENSION = '.pdbackup'
export const FORMAT_NAME = 'publish-desk-backup'
/** Raised only when the archive layout changes in a way older readers cannot follow (2: office/ entries). */
export const FORMAT_VERSION = 2

export const MANIFEST_ENTRY = 'manifest.json'
export const DATABASE_ENTRY = 'register.sqlite3'
export const ATTACHMENT_ENTRY = /^attachments\/([0-9a-f]{2})\/([0-9a-f]{64})$/

/**
 * The office's files outside SQLite, by their path in the data folder (the same names the
 * template store, the emblem store and the office font use; a template kind is a lower-case word
 * with dashes). These are the only office files a backup carries or a restore writes.
 */
export const OFFICE_FILE = /^(?:templates\/[a-z][a-z0-9-]{0,60}\.json|emblem\.(?:png|jpg)|office-font(?:-bold)?\.ttf)$/
export const OFFICE_PREFIX = 'office/'

/** The entry name of an office file (its path in the data folder under office/). */
export function officeEntry(path: string): string {
  return `${OFFICE_PREFIX}${path}`
}

/** The entry name of one blob, the same layout as the blob store inside the data directory. */
export function attachmentEntry(sha256: string): string {
  return `attachments/${sha256.slice(0, 2)}/${sha256}`
}

export const BACKUP_KINDS = ['manual', 'auto', 'before-restore'] as const
export type BackupKind = (typeof BACKUP_KINDS)[number]

const sha256 = z.string().regex(/^[0-9a-f]{64}$/)
const count = z.number().int().min(0)

export const manifestSchema = z.object({
  format: z.literal(FORMAT_NAME),
  formatVersion: z.number().int().min(1),
  kind: z.enum(BACKUP_KINDS),
  appVersion: z.string(),
  createdAt: z.string().datetime({ offset: true }),
  schemaVersion: z.number().int().min(0),
  database: z.object({ sha256, sizeBytes: count }),
  counts: z.object({ requests: count, people: count, attachments: count, auditEntries: count }),
  attachments: z.array(z.object({ sha256, sizeBytes: count })),
  /** The office's files (format 2); absent in a format-1 backup, which predates them. */
  officeFiles: z.array(z.object({ path: z.string().regex(OFFICE_FILE), sha256, sizeBytes: count })).optional(),
  /** Blobs the register refers to that could not be packed: recorded, never silently left out. */
  problems: z.array(z.object({ sha256, problem: z.enum(['missing', 'corrupt', 'not-a-file']), message: z.string() }))
})
export type Manifest = z.infer<typeof manifestSchema>
export type BlobProblem = Manifest['problems'][number]

/** What every operation reports: the archive and what it holds. */
export interface BackupSummary {
  /** Absolute path of the archive. */
  file: string
  kind: BackupKind
  /** SHA-256 of the archive file itself (what the audit entry records). */
  sha256: string
  sizeBytes: number
  /** When the backup was made (ISO, UTC). */
  createdAt: string
  appVersion: string
  schemaVersion: number
  databaseBytes: number
  counts: Manifest['counts']
  attachmentBlobs: number
  attachmentBytes: number
  /** The office's files held (paths in the data folder); null for a backup made before they were carried. */
  officeFiles: string[] | null
  /** Thai, one line per blob the register refers to that the backup could not hold. */
  problems: string[]
  /** Restore only: the backup of what was replaced, to undo the restore; null when nothing was there. */
  beforeRestoreFile?: string | null
}
