/**
 * CSV by hand, per RFC 4180: fields separated by commas, records by CRLF, a field quoted when it
 * holds a comma, a quote, CR or LF, quotes doubled inside. Written as UTF-8 with a byte-order mark,
 * which is what makes Excel on Windows read Thai as Thai instead of as the ANSI code page.
 *
 * No package: the format is a page of rules, and streaming is one record at a time (csvRecord,
 * which the export writes to its file as it reads the register). What a package would not do for
 * us either is the formula guard:
 * a cell that starts with = + - @ (or a tab or CR) is a formula to Excel and LibreOffice, so a
 * title such as "=HYPERLINK(…)" typed into a request could run when the export is opened. Such a
 * cell is written with a leading apostrophe (OWASP's advice), and reading our own CSV back takes
 * that apostrophe off again.
 */

const FORMULA_START = /^[=+\-@\t\r]/

export const UTF8_BOM = '\uFEFF'

/** The cell as written: a leading apostrophe before a formula's first character. */
export function guardFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value
}

/** Undoes guardFormula: "'=1+1" → "=1+1"; any other text is left as it is. */
export function unguardFormula(value: string): string {
  return value.length > 1 && value[0] === "'" && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value
}

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field
}

/** One record and the CRLF after it (the RFC allows one after the last record too). */
export function csvRecord(row: readonly string[]): string {
  return `${row.map((cell) => quote(guardFormula(cell))).join(',')}\r\n`
}

/** The whole file: BOM, one record per row, CRLF after every record. */
export function toCsv(rows: readonly (readonly string[])[]): Buffer {
  return Buffer.from(`${UTF8_BOM}${rows.map(csvRecord).join('')}`, 'utf8')
}

export interface DecodedText {
  text: string
  encoding: 'utf-8' | 'windows-874'
}

/**
 * The text of a CSV file. UTF-8 (with or without BOM) when the bytes are valid UTF-8; otherwise
 * Windows-874, the Thai code page in which Excel saves "CSV (Comma delimited)" on a Thai Windows.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedText {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
    return { text, encoding: 'utf-8' }
  } catch {
    return { text: new TextDecoder('windows-874').decode(bytes), encoding: 'windows-874' }
  }
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string
  ) {
    super(message)
    this.name = 'CsvSyntaxError'
  }
}

/**
 * Records of a CSV text (RFC 4180, lenient where Excel is: LF alone ends a record too, and a
 * semicolon-separated file — Excel's CSV where the comma is the decimal mark — is read with
 * semicolons). Quoted fields may hold commas, quotes ("") and line breaks. Throws CsvSyntaxError
 * for a quote left open at the end of the file.
 */
export function parseCsv(text: string): string[][] {
  const body = text.startsWith(UTF8_BOM) ? text.slice(1) : text
  const separator = pickSeparator(body)
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let line = 1
  let quoteLine = 1
  let i = 0
  const endField = () => {
    row.push(field)
    field = ''
  }
  const endRow = () => {
    endField()
    rows.push(row)
    row = []
  }
  while (i < body.length) {
    const c = body[i] as string
    if (quoted) {
      if (c === '"') {
        if (body[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        quoted = false
        i++
        continue
      }
      if (c === '\n') line++
      field += c
      i++
      continue
    }
    if (c === '"' && field === '') {
      quoted = true
      quoteLine = line
      i++
    } else if (c === separator) {
      endField()
      i++
    } else if (c === '\r' && body[i + 1] === '\n') {
      endRow()
      line++
      i += 2
    } else if (c === '\n' || c === '\r') {
      endRow()
      line++
      i++
    } else {
      field += c
      i++
    }
  }
  if (quoted) throw new CsvSyntaxError(quoteLine, `เครื่องหมายคำพูด (") ที่เปิดในบรรทัดที่ ${quoteLine} ไม่มีตัวปิด — ตรวจสอบไฟล์ CSV บรรทัดนั้น`)
  if (field !== '' || row.length > 0) endRow()
  return rows
}

/** Comma, unless the first line has semicolons and no comma outside quotes. */
function pickSeparator(text: string): ',' | ';' {
  let commas = 0
  let semicolons = 0
  let quoted = false
  for (const c of text) {
    if (c === '"') quoted = !quoted
    else if (!quoted && (c === '\n' || c === '\r')) break
    else if (!quoted && c === ',') commas++
    else if (!quoted && c === ';') semicolons++
  }
  return semicolons > 0 && commas === 0 ? ';' : ','
}
