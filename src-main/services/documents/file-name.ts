/**
 * The name an exported document is saved under: what it is, then what tells it apart — its book
 * number ("บันทึกขออนุมัติ-นภ0332-878.pdf"), its request, its fiscal year or its date. Safe on
 * Windows, macOS and Linux: no path separators or characters Windows refuses, Arabic digits (as
 * file lists sort them), NFC (macOS otherwise stores Thai decomposed and names stop matching).
 */
import type { ExportFormat, PrintableKind } from '@shared/domain/documents-schemas'
import { toArabicDigits } from '@shared/thai'

const STEMS: Record<PrintableKind, string> = {
  'request-form': 'แบบขอเผยแพร่',
  'memo-approval': 'บันทึกขออนุมัติ',
  'memo-website-report': 'บันทึกรายงานผลเว็บไซต์',
  'memo-announcement-approval': 'บันทึกขออนุมัติประกาศ',
  announcement: 'ประกาศแนวทางเผยแพร่',
  'memo-quarterly-report': 'บันทึกรายงานผลการติดตาม',
  'quarterly-log': 'บันทึกรายงานผลการเผยแพร่'
}

const MAX_STEM = 120

/** Characters Windows refuses in a name, control characters, and spaces (kept out for scripts). */
function safePart(text: string): string {
  return toArabicDigits(text.normalize('NFC'))
    .replace(/[\\/]/g, '-')
    .replace(/[<>:"|?*\u0000-\u001f\u007f]/g, '')
    .replace(/\s+/g, '')
    .replace(/^[.-]+|[.-]+$/g, '')
}

export interface FileNameParts {
  kind: PrintableKind
  /** Canonical ("นภ 0332/878"), or null when the document has none (yet). */
  bookNo: string | null
  requestIds: readonly number[]
  fiscalYear: number | null
  date: string
  /** The quarter or MOIT round a report covers ("ปีงบ2569-ไตรมาส4"), when it is one. */
  period?: string | null
}

export function documentFileName(parts: FileNameParts, format: ExportFormat): string {
  let tail: string
  if (parts.bookNo) tail = parts.bookNo
  else if (parts.kind === 'request-form') tail = `คำขอ${parts.requestIds[0] ?? ''}`
  else if (parts.kind === 'announcement' && parts.fiscalYear !== null) tail = `ปีงบ${parts.fiscalYear}`
  else if (parts.period) tail = parts.period
  else tail = parts.date
  const stem = [STEMS[parts.kind], safePart(tail)].filter((s) => s !== '').join('-').slice(0, MAX_STEM)
  return `${stem}.${format}`
}
