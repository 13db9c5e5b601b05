/**
 * Turns the rows of an office's log into requests, row by row, with every problem said in Thai
 * against the row number the person sees in Excel. Nothing here writes: the service decides.
 *
 * The checks are the register's own: the request schema (requestCreateInput: lengths, required
 * fields, real dates, links), the category and indicator catalogue, the fiscal year derived from
 * the date, the category's default publication period, publish-until not before the date (the
 * last two, and the quarter the service stores, from @shared/domain/request-fields) — plus
 * what only an import needs: the date must be past (these are items already published), and a row
 * that repeats one already in the register or earlier in the file is pointed out.
 */
import { DEFAULT_DETAILS, requestCreateInput, type Category, type Indicator } from '@shared/domain/schemas'
import type { ImportField, ImportMapping, ImportRow, ImportedRequest } from '@shared/domain/register-io'
import { publishUntilInOrder, publishUntilOf } from '@shared/domain/request-fields'
import { fiscalYearOf, formatThaiDate, toArabicDigits } from '@shared/thai'
import type { SheetCell, SheetRow } from './sheet-table'
import { IO_TEXT } from './text'
import { fromCellDate, fromExcelSerial, readThaiDate, type DateReading } from './thai-date-input'

export interface ImportLookups {
  today: string
  date1904: boolean
  categories: readonly Category[]
  indicatorsOf(fiscalYear: number): readonly Indicator[]
  /** A request already in the register with this date and title, or null. */
  existing(requestDate: string, title: string): number | null
  defaults: { ownerUnit?: string | undefined; categoryCode?: string | undefined }
  /** Stand-ins for the schema's person fields (the actual people are checked by the service). */
  requesterId: number
}

/** A checked row, with what the writer needs besides the preview's value. */
export interface CheckedRow extends ImportRow {
  indicatorIds: number[]
}

const PUBLISHED_WORDS = new Set(['เผยแพร่แล้ว', 'เผยแพร่', 'published'])

function cellOf(row: SheetRow, mapping: ImportMapping, field: ImportField): SheetCell | null {
  const column = mapping[field]
  if (column === undefined || column === null) return null
  return row.cells[column] ?? { text: '', date: null, number: null, link: null }
}

function readDate(cell: SheetCell, date1904: boolean): DateReading | null {
  if (cell.date) return fromCellDate(cell.date)
  if (cell.number !== null) {
    const iso = fromExcelSerial(cell.number, date1904)
    return iso ? { ok: true, iso, warning: null } : { ok: false, message: `อ่านวันที่ ‘${cell.text}’ ไม่ได้ — ตัวเลขนี้ไม่ใช่วันที่ของ Excel` }
  }
  return readThaiDate(cell.text)
}

/** "1.8", "๑.๘", "1.8 ข่าวประชาสัมพันธ์" or the category's name → its code. */
export function resolveCategory(value: string, categories: readonly Category[]): string | null {
  const text = toArabicDigits(value.normalize('NFC')).trim()
  const code = /^(\d+(?:\.\d+)*)/.exec(text)?.[1]
  if (code !== undefined) return categories.find((c) => c.code === code)?.code ?? null
  const squeeze = (s: string) => s.replace(/\s+/g, '')
  const wanted = squeeze(text)
  return categories.find((c) => squeeze(c.name) === wanted)?.code ?? categories.find((c) => wanted.length >= 4 && squeeze(c.name).includes(wanted))?.code ?? null
}

/** "MOIT 4, MOIT 6" (or "moit4", "๔") → the indicators of the year, and the names not found. */
export function resolveIndicators(value: string, indicators: readonly Indicator[]): { ids: number[]; codes: string[]; unknown: string[] } {
  const norm = (s: string) => toArabicDigits(s).replace(/\s+/g, '').toUpperCase()
  const parts = value
    .split(/[,;\n/]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
  const ids: number[] = []
  const codes: string[] = []
  const unknown: string[] = []
  for (const p of parts) {
    const n = norm(p)
    const found = indicators.find((i) => norm(i.code) === n) ?? (/^\d+$/.test(n) ? indicators.find((i) => norm(i.code) === `MOIT${n}`) : undefined)
    if (!found) unknown.push(p)
    else if (!ids.includes(found.id)) {
      ids.push(found.id)
      codes.push(found.code)
    }
  }
  return { ids, codes, unknown }
}

const shown = (iso: string) => formatThaiDate(iso, { thaiDigits: false, style: 'short' })

export function checkRows(rows: readonly SheetRow[], mapping: ImportMapping, lookups: ImportLookups): CheckedRow[] {
  const seen = new Map<string, number>()
  const codes = lookups.categories.slice(0, 3).map((c) => c.code).join(', ')
  return rows.map((row) => {
    const errors: string[] = []
    const warnings: string[] = []
    const cells: Partial<Record<ImportField, string>> = {}
    const text = (field: ImportField): string => {
      const cell = cellOf(row, mapping, field)
      if (cell === null) return ''
      cells[field] = cell.text
      return cell.text.trim()
    }
    const date = (field: ImportField): string | null => {
      const cell = cellOf(row, mapping, field)
      if (cell === null) return null
      cells[field] = cell.text
      const reading = readDate(cell, lookups.date1904)
      if (reading === null) return null
      if (!reading.ok) {
        errors.push(IO_TEXT.dateField(field, reading.message))
        return null
      }
      if (reading.warning) warnings.push(reading.warning)
      return reading.iso
    }

    const requestDate = date('requestDate')
    if (requestDate === null && !errors.length) errors.push(IO_TEXT.missingDate)
    if (requestDate !== null && requestDate > lookups.today) errors.push(IO_TEXT.futureDate(shown(requestDate)))
    const published = date('publishedDate')
    const publishedDate = published ?? requestDate
    if (published !== null && requestDate !== null && published < requestDate) errors.push(IO_TEXT.publishedBeforeRequest)
    if (published !== null && published > lookups.today) errors.push(IO_TEXT.futureDate(shown(published)))

    const title = text('title')
    if (title === '') errors.push(IO_TEXT.missingTitle)
    const ownerUnit = text('ownerUnit') || (lookups.defaults.ownerUnit ?? '')
    if (ownerUnit === '') errors.push(IO_TEXT.noOwnerUnit)

    const categoryText = text('categoryCode')
    let categoryCode: string | null = null
    if (categoryText !== '') {
      categoryCode = resolveCategory(categoryText, lookups.categories)
      if (categoryCode === null) errors.push(IO_TEXT.unknownCategory(categoryText, codes))
    } else if (lookups.defaults.categoryCode) {
      categoryCode = lookups.defaults.categoryCode
    } else {
      errors.push(IO_TEXT.noCategory)
    }
    const category = lookups.categories.find((c) => c.code === categoryCode)

    const fiscalYear = requestDate !== null ? fiscalYearOf(requestDate) : 0
    let indicatorIds: number[] = []
    let indicatorCodes: string[] = []
    const indicatorText = text('indicators')
    if (indicatorText !== '' && requestDate !== null) {
      const found = resolveIndicators(indicatorText, lookups.indicatorsOf(fiscalYear))
      indicatorIds = found.ids
      indicatorCodes = found.codes
      for (const u of found.unknown) errors.push(IO_TEXT.unknownIndicator(u, fiscalYear))
    }

    const link = (field: ImportField): string => {
      const cell = cellOf(row, mapping, field)
      if (cell === null) return ''
      cells[field] = cell.link ?? cell.text
      const value = (cell.link ?? cell.text).trim()
      if (value !== '' && !/^https?:\/\/\S+$/i.test(value)) errors.push(IO_TEXT.badUrl(field, value))
      return value
    }
    const publicUrl = link('publicUrl')
    const externalLink = link('externalLink')

    const untilCell = cellOf(row, mapping, 'publishUntil')
    const untilGiven = untilCell !== null && untilCell.text.trim() !== ''
    const untilRead = date('publishUntil')
    // A blank cell is "not said": the category's default period, as on the request form.
    const publishUntil = requestDate === null ? untilRead : publishUntilOf(requestDate, untilGiven ? untilRead : undefined, category?.defaultPublishMonths ?? null)
    if (requestDate !== null && !publishUntilInOrder(requestDate, publishUntil)) errors.push(IO_TEXT.publishUntilBeforeDate)

    const status = text('status')
    if (status !== '' && !PUBLISHED_WORDS.has(status.toLowerCase())) errors.push(IO_TEXT.notPublished(status))

    const details = text('details') || DEFAULT_DETAILS
    const note = text('note')

    // The register's own schema: lengths, required text, real dates, the link's form.
    const parsed = requestCreateInput.safeParse({
      ownerUnit,
      requestDate: requestDate ?? '',
      title,
      details,
      externalLink,
      note,
      requesterId: lookups.requesterId,
      categoryCode: categoryCode ?? '',
      indicatorIds,
      publishUntil,
      byId: lookups.requesterId
    })
    if (!parsed.success) {
      // What the checks above already said is not said twice.
      const said = new Set(['requestDate', 'title', 'ownerUnit', 'categoryCode', 'externalLink'])
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? '')
        const empty = (key === 'title' && title === '') || (key === 'ownerUnit' && ownerUnit === '') || (key === 'categoryCode' && !categoryCode)
        if (said.has(key) && (empty || key === 'requestDate' || key === 'externalLink')) continue
        if (!errors.includes(issue.message)) errors.push(issue.message)
      }
    }

    if (errors.length === 0 && requestDate !== null && publishedDate !== null && categoryCode !== null) {
      const key = `${requestDate}\u0000${title}`
      const earlier = seen.get(key)
      if (earlier !== undefined) warnings.push(IO_TEXT.duplicateInFile(earlier))
      else seen.set(key, row.row)
      const existing = lookups.existing(requestDate, title)
      if (existing !== null) warnings.push(IO_TEXT.duplicateInRegister(existing))
      const value: ImportedRequest = {
        requestDate,
        publishedDate,
        title,
        ownerUnit,
        categoryCode,
        indicatorCodes,
        details,
        note,
        publicUrl,
        externalLink,
        publishUntil,
        fiscalYear
      }
      return { row: row.row, cells, value, errors, warnings, indicatorIds }
    }
    return { row: row.row, cells, value: null, errors, warnings, indicatorIds }
  })
}
