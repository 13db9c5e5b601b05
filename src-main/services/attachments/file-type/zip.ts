/**
 * ZIP archives, and the documents that are ZIP archives inside: Office Open XML (.docx .xlsx
 * .pptx, told apart by their part names) and OpenDocument (told by their "mimetype" entry).
 */
import { indexOf, latin1, SIG, startsWith, u16, u32 } from './bytes'
import type { DetectedType } from './kinds'

/** How far into a zip the local file headers are scanned. */
const ZIP_LOCAL_SCAN = 64 * 1024
/** The end-of-central-directory record: 22 bytes plus a comment of up to 65535 bytes. */
const EOCD_BYTES = 22
const EOCD_MAX_COMMENT = 0xffff

export function sniffZip(b: Uint8Array): DetectedType {
  const odf = openDocumentType(b)
  if (odf) return odf

  const names: string[] = []
  const localEnd = Math.min(b.length, ZIP_LOCAL_SCAN)
  for (let at = indexOf(b, SIG.zipLocal, 0, localEnd); at >= 0; at = indexOf(b, SIG.zipLocal, at + 4, localEnd)) {
    const nameLength = u16(b, at + 26)
    if (at + 30 + nameLength <= b.length) names.push(latin1(b, at + 30, at + 30 + nameLength))
  }
  names.push(...centralDirectoryNames(b))

  const normalized = names.map((n) => n.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase())
  const has = (name: string) => normalized.includes(name)
  const under = (dir: string) => normalized.some((n) => n.startsWith(dir))
  if (has('word/document.xml')) return 'ooxml-docx'
  if (has('xl/workbook.xml')) return 'ooxml-xlsx'
  if (has('ppt/presentation.xml')) return 'ooxml-pptx'
  if (under('word/')) return 'ooxml-docx'
  if (under('xl/')) return 'ooxml-xlsx'
  if (under('ppt/')) return 'ooxml-pptx'
  return 'zip'
}

/** OpenDocument files start with an uncompressed entry "mimetype" holding their type. */
function openDocumentType(b: Uint8Array): DetectedType | undefined {
  if (!startsWith(b, SIG.zipLocal) || u16(b, 8) !== 0) return undefined
  const nameLength = u16(b, 26)
  if (latin1(b, 30, 30 + nameLength) !== 'mimetype') return undefined
  const start = 30 + nameLength + u16(b, 28)
  const mime = latin1(b, start, start + Math.min(u32(b, 18), 100))
  if (mime.startsWith('application/vnd.oasis.opendocument.text')) return 'odt'
  if (mime.startsWith('application/vnd.oasis.opendocument.spreadsheet')) return 'ods'
  if (mime.startsWith('application/vnd.oasis.opendocument.presentation')) return 'odp'
  return undefined
}

/** Entry names from the central directory at the end of the archive (when it is there). */
function centralDirectoryNames(b: Uint8Array): string[] {
  const names: string[] = []
  if (b.length < EOCD_BYTES) return names
  let eocd = -1
  for (let at = b.length - EOCD_BYTES; at >= Math.max(0, b.length - EOCD_BYTES - EOCD_MAX_COMMENT); at--) {
    if (startsWith(b, SIG.zipEnd, at)) {
      eocd = at
      break
    }
  }
  if (eocd < 0) return names
  const count = u16(b, eocd + 10)
  const size = u32(b, eocd + 12)
  const offset = u32(b, eocd + 16)
  // Prefer "just before the end record" (robust to data prepended to the archive).
  let at = startsWith(b, SIG.zipCentral, eocd - size) ? eocd - size : offset
  for (let i = 0; i < count && startsWith(b, SIG.zipCentral, at); i++) {
    const nameLength = u16(b, at + 28)
    if (at + 46 + nameLength > b.length) break
    names.push(latin1(b, at + 46, at + 46 + nameLength))
    at += 46 + nameLength + u16(b, at + 30) + u16(b, at + 32)
  }
  return names
}
