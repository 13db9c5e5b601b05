/**
 * Printed documents over the contract: what the renderer (and the CLI) asks for — a document
 * spec, an export, a template edit, the office's Garuda — and what comes back. Inputs are zod
 * schemas parsed from `unknown`; outputs are plain types.
 *
 * The flow a screen follows: `documents:sections` (a memo's default section texts, to edit) →
 * `documents:prepare` (findings + a PDF preview, no book number consumed) → the person reads and
 * acknowledges each finding → `documents:export` with the same spec, a format and the finding ids
 * (the book number is allocated here, in the same operation as the file is made).
 */
import { z } from 'zod'
import type { DocumentKind } from '../documents/model'
import { fiscalYear, id, isoDate } from './schemas'
import { reportPeriod } from './report-period'

/** The documents the register can print. */
export const PRINTABLE_KINDS = [
  'request-form',
  'memo-approval',
  'memo-website-report',
  'memo-announcement-approval',
  'announcement',
  'memo-quarterly-report',
  'quarterly-log'
] as const satisfies readonly DocumentKind[]
export type PrintableKind = (typeof PRINTABLE_KINDS)[number]

/** Memos carry a book number (ที่) and editable body sections; the form and the announcement do not. */
export const MEMO_DOCUMENT_KINDS = ['memo-approval', 'memo-website-report', 'memo-announcement-approval', 'memo-quarterly-report'] as const satisfies readonly PrintableKind[]
export type MemoDocumentKind = (typeof MEMO_DOCUMENT_KINDS)[number]

export function isMemoKind(kind: string): kind is MemoDocumentKind {
  return (MEMO_DOCUMENT_KINDS as readonly string[]).includes(kind)
}

/** The urgency stamped in red above a memo's title. */
export const URGENCY_LEVELS = ['ด่วน', 'ด่วนมาก', 'ด่วนที่สุด'] as const
export const EXPORT_FORMATS = ['docx', 'pdf'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

const kind = z.enum(PRINTABLE_KINDS, { error: 'ไม่รู้จักชนิดของเอกสารนี้' })

/**
 * The memo's book number (ที่): the next number of the office's outgoing register (given at
 * export, never at preview), a number typed by hand (e.g. taken from the paper register), or none
 * (left blank to be written by hand).
 */
export const bookNoChoice = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('allocate') }),
  z.object({
    mode: z.literal('manual'),
    value: z.string().trim().min(1, { error: 'กรุณากรอกเลขที่หนังสือ เช่น นภ ๐๓๓๒/๘๗๘' }).max(100, { error: 'เลขที่หนังสือยาวเกิน ๑๐๐ ตัวอักษร' })
  }),
  z.object({ mode: z.literal('none') })
])
export type BookNoChoice = z.output<typeof bookNoChoice>

const sectionKey = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, { error: 'ชื่อส่วนของบันทึกต้องเป็นอักษรอังกฤษตัวเล็ก ตัวเลข หรือ - เช่น background' })

export const documentSpec = z.object({
  kind,
  /** request-form: exactly one; memo-approval: one or more; other kinds: none. */
  requestIds: z.array(id).max(200, { error: 'เลือกคำขอได้ไม่เกิน ๒๐๐ รายการต่อเอกสาร' }).default([]),
  /** The fiscal year (BE) the announcement, its approval memo or the website report speaks of. */
  fiscalYear: fiscalYear.optional(),
  /** The document's date; today (in Thailand) when absent. The form is dated by its request. */
  date: isoDate('วันที่ของเอกสาร').optional(),
  /** A memo's section texts by key (one paragraph per line); a key left out keeps the template's text. */
  sections: z.record(sectionKey, z.string().max(20_000, { error: 'ข้อความส่วนนี้ยาวเกิน ๒๐,๐๐๐ ตัวอักษร' })).optional(),
  /** Thai digits; the office's setting when absent. */
  thaiDigits: z.boolean().optional(),
  urgency: z.enum(URGENCY_LEVELS, { error: 'ชั้นความเร็วต้องเป็น ด่วน ด่วนมาก หรือ ด่วนที่สุด' }).nullable().optional(),
  /** Pre-printed memo paper; the office's setting when absent. */
  preprinted: z.boolean().optional(),
  /** Who proposes and signs a memo (person id); the assistant head when absent. */
  from: id.optional(),
  /** Memos only; `allocate` when absent. */
  bookNo: bookNoChoice.optional(),
  /** The quarterly log and the follow-up memo (only they): the quarter or MOIT round reported on. */
  period: reportPeriod.optional(),
  /**
   * The quarterly log only: a row's note (หมายเหตุ) by request id, printed instead of the request's
   * own note. Used for this printing only; the register keeps its notes.
   */
  rowNotes: z
    .record(z.string().regex(/^[1-9][0-9]*$/, { error: 'หมายเหตุต้องอ้างถึงเลขที่คำขอ' }), z.string().max(500, { error: 'หมายเหตุยาวเกิน ๕๐๐ ตัวอักษร' }))
    .optional()
})
export type DocumentSpecInput = z.input<typeof documentSpec>
export type DocumentSpec = z.output<typeof documentSpec>

const findingId = z.string().regex(/^[0-9a-f]{16}$/, { error: 'รหัสจุดที่ตรวจพบไม่ถูกต้อง' })

export const documentExportInput = documentSpec.extend({
  format: z.enum(EXPORT_FORMATS, { error: 'รูปแบบไฟล์ต้องเป็น docx หรือ pdf' }),
  /** The ids of the findings the person has read and accepts (from documents:prepare). */
  acknowledged: z.array(findingId).max(1000).default([])
})
export type DocumentExportInput = z.input<typeof documentExportInput>
export type DocumentExportSpec = z.output<typeof documentExportInput>

const fileContent = {
  fileName: z.string().trim().min(1, { error: 'กรุณาระบุชื่อไฟล์' }).max(255, { error: 'ชื่อไฟล์ยาวเกิน ๒๕๕ ตัวอักษร' }),
  /** base64, as attachments travel over IPC and the bridge. */
  contentBase64: z.string().max(70 * 1024 * 1024, { error: 'ไฟล์ใหญ่เกินกว่าจะตรวจได้ (เกิน ๕๐ MB)' })
}

/** A DOCX or PDF made anywhere, to proof against the register. */
export const documentCheckInput = z.object(fileContent)
export const memoKindInput = z.object({ kind: z.enum(MEMO_DOCUMENT_KINDS, { error: 'เอกสารชนิดนี้ไม่ใช่บันทึกข้อความ' }) })

export const templateKindInput = z.object({ kind })
export const templateSaveInput = z.object({
  kind,
  /** The whole template file's text (JSON), as templates:get gave it and the person edited it. */
  text: z.string().max(1_000_000, { error: 'แม่แบบยาวเกิน ๑ ล้านตัวอักษร' })
})

/**
 * The office's own TrueType font for PDFs: its regular face, with its bold face when the office
 * has one (told apart by the fonts themselves), or `{ remove: true }` to print in the shipped Sarabun.
 */
export const officeFontInput = z.union([
  z.object({
    files: z
      .array(z.object(fileContent))
      .min(1, { error: 'กรุณาเลือกไฟล์ฟอนต์ (.ttf) อย่างน้อย ๑ ไฟล์' })
      .max(2, { error: 'เลือกได้ไม่เกิน ๒ ไฟล์: ตัวปกติ และตัวหนา' })
  }),
  z.object({ remove: z.literal(true) })
])
export type OfficeFontInput = z.input<typeof officeFontInput>

/** A PNG or JPEG of the Garuda, or `{ remove: true }` to print memos without one. */
export const emblemInput = z.union([z.object(fileContent), z.object({ remove: z.literal(true) })])
export type EmblemInput = z.input<typeof emblemInput>

// ---------------------------------------------------------------- what comes back

export interface DocumentFinding {
  /** Stable across prepare and export: a hash of the code, the excerpt and the paragraph's index. */
  id: string
  /** Proofing's code: foreign-script, foreign-place, name-near-miss, law-year, mixed-digits … */
  code: string
  severity: 'error' | 'warning'
  /** Thai: what is wrong and what it probably should be. */
  messageTh: string
  /** The text found, exactly as it stands in paragraphs[paragraphIndex].slice(start, end). */
  excerpt: string
  /** 0-based index of the paragraph (as proofing reads the document). */
  paragraphIndex: number
  /** UTF-16 offsets into the paragraph. */
  start: number
  end: number
  /** What the excerpt probably should read, when there is one likely answer. */
  suggestion?: string
}

export interface DocumentPreview {
  kind: PrintableKind
  /** The document's title (a memo's subject). */
  title: string
  findings: DocumentFinding[]
  /**
   * The PDF as it will print, except the book number: its place shows "นภ ๐๓๓๒/........". Null
   * when the text cannot be drawn in PDF (a script the font lacks): `previewError` says why, and
   * the findings are still given so the person can see what to fix.
   */
  previewPdfBase64: string | null
  previewError: string | null
  /** What the exported file will be called (the running number is added at export). */
  suggestedFileName: string
  /** What the ที่ line shows in the preview; "" when the document has none. */
  bookNoPreview: string
  /** Things to know that are not errors in the text (no Garuda set yet …), Thai. */
  notices: string[]
}

export interface DocumentExport {
  fileName: string
  format: ExportFormat
  contentBase64: string
  sha256: string
  /** As printed, e.g. "นภ ๐๓๓๒/๘๗๘"; null when the document has none. */
  bookNo: string | null
  /** The outgoing register's entry; null when no number was given. */
  bookNumberId: number | null
  /** The memo already had this number from an earlier export of the same memo: no new one was taken. */
  reusedBookNo: boolean
}

export interface DocumentCheck {
  kind: 'docx' | 'pdf'
  paragraphCount: number
  findings: DocumentFinding[]
}

export interface MemoSectionDefault {
  key: string
  heading: string | null
  /** The template's text: one paragraph per line, {placeholders} filled at print. */
  text: string
}

export interface TemplateSummary {
  kind: PrintableKind
  label: string
  /** The office has its own copy (reset brings back the default). */
  overridden: boolean
}

export interface TemplateText extends TemplateSummary {
  text: string
  defaultText: string
}

/** One face of the office's PDF font as stored in the data folder. */
export interface OfficeFontFace {
  /** The face as font menus name it, e.g. "TH Sarabun New Bold". */
  fullName: string
  sha256: string
  sizeBytes: number
}

/** The office's PDF font; the shipped Sarabun prints when there is none. */
export interface OfficeFontInfo {
  familyName: string
  regular: OfficeFontFace
  /** Null: bold text is drawn with the regular face. */
  bold: OfficeFontFace | null
  /**
   * PDF points per official (TH Sarabun New) point, measured so a line holds what TH Sarabun
   * New 16 pt holds: about 1 for TH Sarabun New itself, 0.66 for a font drawn half as large again.
   */
  scale: number
}

export interface EmblemImage {
  fileName: 'emblem.png' | 'emblem.jpg'
  type: 'png' | 'jpg'
  contentBase64: string
}
