/**
 * Which column of the office's log fills which field, from the Thai header names offices use (the
 * seed's quarterly log: วัน เดือน ปี | เรื่อง | เอกสารแนบ | หมายเหตุ; registers kept in Excel:
 * หน่วยงาน, หมวด, ลิงก์ …) and the headers of our own export, so that an export imports back.
 * A header matching a name exactly wins over one that only contains it; each column fills one
 * field at most.
 */
import { IMPORT_FIELDS, type ImportField, type ImportMapping } from '@shared/domain/register-io'
import { toArabicDigits } from '@shared/thai'
import type { SheetRow } from './sheet-table'

/** Header names per field, as written (normalised before comparing). */
export const HEADER_NAMES: Record<ImportField, readonly string[]> = {
  requestDate: ['วัน เดือน ปี', 'วันเดือนปี', 'ว/ด/ป', 'วดป', 'วันที่', 'วันที่ขอ', 'วันที่ขอเผยแพร่', 'วันที่ลงข้อมูล', 'date'],
  title: ['เรื่อง', 'ชื่อเรื่อง', 'หัวข้อ', 'รายการ', 'เรื่องที่เผยแพร่', 'title', 'subject'],
  ownerUnit: ['หน่วยงาน', 'หน่วยงานเจ้าของข้อมูล', 'หน่วยงานเจ้าของเรื่อง', 'กลุ่มงาน', 'งาน', 'ฝ่าย', 'unit'],
  categoryCode: ['หมวด', 'หมวดหมู่', 'หมวดหมู่ข้อมูล', 'หมวดข้อมูล', 'ประเภทข้อมูล', 'category'],
  indicators: ['ตัวชี้วัด', 'ตัวชี้วัด moit', 'moit', 'ita', 'indicator'],
  details: ['รายละเอียด', 'รายละเอียดข้อมูล', 'เอกสารแนบ', 'details'],
  note: ['หมายเหตุ', 'note', 'remark'],
  publicUrl: ['ลิงก์ที่เผยแพร่', 'ลิงก์เผยแพร่', 'ลิงก์', 'ลิ้งก์', 'ลิงค์', 'ลิ้งค์', 'link', 'url', 'ที่อยู่เว็บ', 'ลิงก์หลักฐาน'],
  publishedDate: ['วันที่เผยแพร่', 'เผยแพร่เมื่อ', 'วันที่นำขึ้นเว็บไซต์', 'วันที่ขึ้นเว็บ'],
  publishUntil: ['ครบกำหนดนำออก', 'วันที่ครบกำหนดนำออก', 'เผยแพร่ถึง', 'เผยแพร่ถึงวันที่', 'สิ้นสุดการเผยแพร่'],
  externalLink: ['ลิงก์ภายนอก', 'link ภายนอก', 'ลิงค์ภายนอก'],
  status: ['สถานะ', 'status']
}

/** Lower case, Arabic digits, no spaces or punctuation: "วัน เดือน ปี:" = "วันเดือนปี". */
export function normaliseHeader(text: string): string {
  return toArabicDigits(text.normalize('NFC'))
    .toLowerCase()
    .replace(/[\s.:*()[\]_\-/]/g, '')
}

const NORMALISED: [ImportField, string[]][] = IMPORT_FIELDS.map((f) => [f, HEADER_NAMES[f].map(normaliseHeader)])

/** How well a header names a field: 2 exactly, 1 contains one of its names (4+ letters), 0 not. */
function score(header: string, field: ImportField): number {
  const h = normaliseHeader(header)
  if (h === '') return 0
  const names = NORMALISED.find(([f]) => f === field)?.[1] ?? []
  if (names.includes(h)) return 2
  return names.some((n) => n.length >= 4 && h.includes(n)) ? 1 : 0
}

/** The fields the headers of a row name, best matches first; each column and field used once. */
export function autoMap(headers: readonly string[]): ImportMapping {
  const candidates: { field: ImportField; column: number; score: number }[] = []
  headers.forEach((h, column) => {
    for (const field of IMPORT_FIELDS) {
      const s = score(h, field)
      if (s > 0) candidates.push({ field, column, score: s })
    }
  })
  // Exact names first; among equals, the leftmost column (a log's first date column is its date).
  candidates.sort((a, b) => b.score - a.score || a.column - b.column || IMPORT_FIELDS.indexOf(a.field) - IMPORT_FIELDS.indexOf(b.field))
  const mapping: ImportMapping = {}
  const used = new Set<number>()
  for (const c of candidates) {
    if (mapping[c.field] !== undefined || used.has(c.column)) continue
    mapping[c.field] = c.column
    used.add(c.column)
  }
  return mapping
}

/** How many cells of a row are header names of some field. */
function headerScore(row: SheetRow): number {
  return row.cells.filter((c) => IMPORT_FIELDS.some((f) => score(c.text, f) === 2)).length
}

/**
 * The header row: the first of the first 30 rows with the most cells that are field names
 * (a log often opens with its title lines); the first non-blank row when none names two fields.
 */
export function findHeaderRow(rows: readonly SheetRow[]): number | null {
  let best: SheetRow | null = null
  let bestScore = 1
  for (const row of rows.slice(0, 30)) {
    const s = headerScore(row)
    if (s > bestScore) {
      best = row
      bestScore = s
    }
  }
  return best?.row ?? rows.find((r) => r.cells.some((c) => c.text.trim() !== ''))?.row ?? null
}
