/**
 * MOIT evidence over the contract: for one indicator (its code, e.g. "MOIT 1") and a period of a
 * fiscal year — the whole year, a MOIT round (6 or 12 months) or a quarter — the evidence pack
 * (one PDF: contents, then per item its approval memo, the document and the request form) and the
 * checklist in the MITAS shape (XLSX or CSV). Periods are report-period.ts's, shared with the
 * quarterly log, so both agree on what falls in a quarter. Inputs are parsed from `unknown`; outputs are plain.
 */
import { z } from 'zod'
import { reportPeriod } from './report-period'

export const CHECKLIST_FORMATS = ['xlsx', 'csv'] as const
export type ChecklistFormat = (typeof CHECKLIST_FORMATS)[number]

const indicatorCode = z
  .string({ error: 'กรุณาระบุรหัสตัวชี้วัด เช่น MOIT 1' })
  .trim()
  .min(1, { error: 'กรุณาระบุรหัสตัวชี้วัด เช่น MOIT 1' })
  .max(30, { error: 'รหัสตัวชี้วัดยาวเกิน ๓๐ ตัวอักษร' })

/**
 * The indicator by its code in the period's fiscal year (indicators are per year), and the period:
 * a quarter or a MOIT round — the whole fiscal year is the 12-month round.
 */
export const evidencePeriodInput = z.object({ indicatorCode, period: reportPeriod })
export type EvidencePeriodInput = z.input<typeof evidencePeriodInput>

export const evidenceChecklistInput = evidencePeriodInput.extend({
  format: z.enum(CHECKLIST_FORMATS, { error: 'รูปแบบไฟล์ต้องเป็น xlsx หรือ csv' })
})
export type EvidenceChecklistInput = z.input<typeof evidenceChecklistInput>

// ---------------------------------------------------------------- what comes back

/** One part of an item as the contents page lists it. */
export interface EvidencePart {
  kind: 'memo' | 'document' | 'image' | 'form' | 'original-file' | 'no-file'
  /** Thai, as printed on the contents page. */
  label: string
  /** First page in the pack (1-based, the contents counted); null for a file listed but not merged. */
  startPage: number | null
  pageCount: number
  /** A file not merged into the pack: where the assessor finds it. */
  url?: string
}

export interface EvidenceItem {
  requestId: number
  title: string
  /** The day it was published, in Thailand (YYYY-MM-DD). */
  publishedOn: string
  /** The approval memo's book number as printed, or null when the register has none for this request. */
  bookNo: string | null
  parts: EvidencePart[]
}

export interface EvidencePackFile {
  fileName: string
  /** base64, as documents:export gives a file. */
  contentBase64: string
  sha256: string
  pageCount: number
  contentsPageCount: number
  items: EvidenceItem[]
}

export interface EvidenceChecklistFile {
  fileName: string
  format: ChecklistFormat
  contentBase64: string
  sha256: string
  rowCount: number
  /** Rows marked มี. */
  presentCount: number
}
