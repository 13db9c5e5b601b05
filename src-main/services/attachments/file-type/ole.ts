/**
 * Legacy Office files (.doc, .xls, and their relatives) are Compound File Binary (OLE2)
 * containers: a small FAT file system whose root directory names the streams. The names tell
 * Word from Excel from PowerPoint, and a password-protected .docx/.xlsx from all three.
 */
import { byteAt, u16, u32 } from './bytes'
import type { DetectedType } from './kinds'

const CFB_END_OF_CHAIN = 0xfffffffe
const CFB_NO_STREAM = 0xffffffff
const CFB_MAX_REGULAR_SECTOR = 0xfffffffa
/** Directory sectors read at most (4 or 32 entries each); a Word or Excel file needs 1–3. */
const CFB_MAX_DIRECTORY_SECTORS = 512
/** FAT sector numbers held in the header itself; more are chained through DIFAT sectors. */
const CFB_HEADER_FAT_SECTORS = 109
const CFB_HEADER_BYTES = 512
const CFB_DIR_ENTRY_BYTES = 128
const CFB_TYPE_STORAGE = 1
const CFB_TYPE_STREAM = 2
const CFB_TYPE_ROOT = 5

interface DirEntry {
  name: string
  type: number
  left: number
  right: number
  child: number
}

export function sniffOle(b: Uint8Array): DetectedType {
  const names = oleRootNames(b)
  if (names) {
    const found = classifyOleNames(names)
    if (found) return found
    return names.size > 0 ? 'ole-other' : 'ole'
  }
  return classifyOleNames(scanOleNames(b)) ?? 'ole'
}

function classifyOleNames(names: ReadonlySet<string>): DetectedType | undefined {
  if (names.has('ENCRYPTEDPACKAGE')) return 'ole-encrypted' // password-protected .docx/.xlsx
  if (names.has('WORDDOCUMENT')) return 'ole-doc'
  if (names.has('WORKBOOK') || names.has('BOOK')) return 'ole-xls' // Excel 97+ / Excel 5–95
  if (names.has('POWERPOINT DOCUMENT')) return 'ole-ppt'
  return undefined
}

function isStreamOrStorage(type: number): boolean {
  return type === CFB_TYPE_STORAGE || type === CFB_TYPE_STREAM
}

/**
 * Names (upper-cased) of the streams and storages directly under the root, found by following
 * the directory chain through the FAT. Only the root's own children count: a Word file with an
 * embedded Excel chart has a "Workbook" deeper down. Undefined when the structure is unreadable.
 */
function oleRootNames(b: Uint8Array): Set<string> | undefined {
  if (b.length < CFB_HEADER_BYTES) return undefined
  const shift = u16(b, 30)
  if (shift !== 9 && shift !== 12) return undefined
  const sectorSize = 1 << shift
  const sectorOffset = (s: number) => (s + 1) * sectorSize
  const fatCount = u32(b, 44)

  const fatSectors: number[] = []
  for (let i = 0; i < CFB_HEADER_FAT_SECTORS && fatSectors.length < fatCount; i++) fatSectors.push(u32(b, 76 + 4 * i))
  let difat = u32(b, 68)
  for (let guard = 0; fatSectors.length < fatCount && difat < CFB_MAX_REGULAR_SECTOR && guard < 1024; guard++) {
    const off = sectorOffset(difat)
    if (off + sectorSize > b.length) break
    for (let i = 0; i < sectorSize / 4 - 1 && fatSectors.length < fatCount; i++) fatSectors.push(u32(b, off + 4 * i))
    difat = u32(b, off + sectorSize - 4)
  }
  const perFatSector = sectorSize / 4
  const next = (s: number): number | undefined => {
    const fatSector = fatSectors[Math.floor(s / perFatSector)]
    if (fatSector === undefined || fatSector >= CFB_MAX_REGULAR_SECTOR) return undefined
    const off = sectorOffset(fatSector) + (s % perFatSector) * 4
    return off + 4 <= b.length ? u32(b, off) : undefined
  }

  const entries: DirEntry[] = []
  const seen = new Set<number>()
  for (let s = u32(b, 48); s !== CFB_END_OF_CHAIN; ) {
    if (s >= CFB_MAX_REGULAR_SECTOR || seen.has(s) || seen.size >= CFB_MAX_DIRECTORY_SECTORS) break
    seen.add(s)
    const off = sectorOffset(s)
    if (off + sectorSize > b.length) break
    for (let e = off; e < off + sectorSize; e += CFB_DIR_ENTRY_BYTES) entries.push(readDirEntry(b, e))
    const n = next(s)
    if (n === undefined) break
    s = n
  }
  const root = entries[0]
  if (!root || root.type !== CFB_TYPE_ROOT) return undefined

  // The root's children form a red-black tree through `left`/`right`; walk it, cycles refused.
  const names = new Set<string>()
  const stack = [root.child]
  const visited = new Set<number>()
  while (stack.length > 0) {
    const id = stack.pop() as number
    if (id === CFB_NO_STREAM || visited.has(id)) continue
    visited.add(id)
    const entry = entries[id]
    if (!entry) continue // beyond what could be read
    if (isStreamOrStorage(entry.type)) names.add(entry.name.toUpperCase())
    stack.push(entry.left, entry.right)
  }
  return names
}

function readDirEntry(b: Uint8Array, at: number): DirEntry {
  const nameBytes = Math.min(u16(b, at + 64), 64)
  let name = ''
  for (let i = 0; i + 1 < nameBytes; i += 2) {
    const c = u16(b, at + i)
    if (c === 0) break
    name += String.fromCharCode(c)
  }
  return { name, type: byteAt(b, at + 66), left: u32(b, at + 68), right: u32(b, at + 72), child: u32(b, at + 76) }
}

/** Fallback for damaged files: directory-entry-shaped names in the first sectors. */
function scanOleNames(b: Uint8Array): Set<string> {
  const names = new Set<string>()
  const end = Math.min(b.length, CFB_HEADER_BYTES + 64 * 1024)
  for (let at = CFB_HEADER_BYTES; at + CFB_DIR_ENTRY_BYTES <= end; at += CFB_DIR_ENTRY_BYTES) {
    const type = byteAt(b, at + 66)
    const len = u16(b, at + 64)
    if (isStreamOrStorage(type) && len >= 4 && len <= 64 && len % 2 === 0) names.add(readDirEntry(b, at).name.toUpperCase())
  }
  return names
}
