/**
 * Which files may be attached, checked by CONTENT (magic bytes) as well as by name.
 *
 * The office's announcement allows .pdf .xls .xlsx .doc .docx .jpg (.jpeg counts as .jpg) .zip
 * .rar. A file whose name says one thing and whose bytes say another (a PNG renamed .pdf, a
 * program renamed .doc) is refused with a Thai message that names the file, says what is wrong
 * and what to do. Everything here is a pure function over the bytes: no I/O, no dependencies.
 *
 * All user-facing Thai text is in `TH` just below, so it can be reviewed in one place.
 */

const ALLOWED_LIST_TEXT = '.pdf .xls .xlsx .doc .docx .jpg .zip .rar'

/** Every Thai string shown to users by this module. */
export const TH = {
  allowedList: ALLOWED_LIST_TEXT,

  /** Human name of what the bytes turned out to be (used after "เนื้อไฟล์เป็น…"). */
  typeNames: {
    empty: 'ไฟล์ว่าง',
    pdf: 'เอกสาร PDF',
    'ole-doc': 'เอกสาร Word รุ่นเก่า (.doc)',
    'ole-xls': 'สเปรดชีต Excel รุ่นเก่า (.xls)',
    'ole-ppt': 'งานนำเสนอ PowerPoint รุ่นเก่า (.ppt)',
    'ole-encrypted': 'เอกสาร Office ที่ตั้งรหัสผ่านไว้',
    'ole-other': 'ไฟล์ของโปรแกรม Microsoft ชนิดอื่น (ไม่ใช่ Word หรือ Excel)',
    ole: 'เอกสาร Office รุ่นเก่า (.doc หรือ .xls)',
    'ooxml-docx': 'เอกสาร Word (.docx)',
    'ooxml-xlsx': 'สเปรดชีต Excel (.xlsx)',
    'ooxml-pptx': 'งานนำเสนอ PowerPoint (.pptx)',
    odt: 'เอกสาร OpenDocument (.odt)',
    ods: 'สเปรดชีต OpenDocument (.ods)',
    odp: 'งานนำเสนอ OpenDocument (.odp)',
    zip: 'ไฟล์บีบอัด ZIP',
    rar: 'ไฟล์บีบอัด RAR',
    '7z': 'ไฟล์บีบอัด 7-Zip (.7z)',
    gzip: 'ไฟล์บีบอัด GZIP',
    jpg: 'รูปภาพ JPG',
    png: 'รูปภาพ PNG',
    gif: 'รูปภาพ GIF',
    webp: 'รูปภาพ WebP',
    bmp: 'รูปภาพ BMP',
    tiff: 'รูปภาพ TIFF',
    heic: 'รูปภาพ HEIC (จากโทรศัพท์ iPhone)',
    avif: 'รูปภาพ AVIF',
    media: 'ไฟล์วิดีโอหรือเสียง',
    exe: 'โปรแกรม (.exe)',
    html: 'หน้าเว็บ HTML',
    xml: 'ไฟล์ XML',
    rtf: 'เอกสาร RTF',
    text: 'ไฟล์ข้อความ',
    unknown: 'ไม่ทราบชนิด'
  } satisfies Record<DetectedType, string>,

  /** Name of what an allowed extension promises (used in "…ไม่พบว่าเนื้อไฟล์เป็น…"). */
  expectedNames: {
    pdf: 'เอกสาร PDF',
    doc: 'เอกสาร Word รุ่นเก่า (.doc)',
    xls: 'สเปรดชีต Excel รุ่นเก่า (.xls)',
    docx: 'เอกสาร Word (.docx)',
    xlsx: 'สเปรดชีต Excel (.xlsx)',
    jpg: 'รูปภาพ JPG',
    zip: 'ไฟล์บีบอัด ZIP',
    rar: 'ไฟล์บีบอัด RAR'
  } satisfies Record<AllowedKind, string>,

  empty: (file: string) =>
    `ไฟล์ “${file}” เป็นไฟล์ว่าง (ขนาด 0 ไบต์) — ไฟล์อาจบันทึกหรือดาวน์โหลดไม่สำเร็จ กรุณาตรวจว่าเปิดไฟล์ได้ แล้วแนบใหม่`,
  tooLarge: (file: string, sizeMb: string, limitMb: string) =>
    `ไฟล์ “${file}” มีขนาด ${sizeMb} MB เกินขนาดที่อนุญาต ${limitMb} MB — กรุณาย่อขนาดไฟล์หรือแบ่งเป็นหลายไฟล์`,
  noExtension: (file: string) =>
    `ไฟล์ “${file}” ไม่มีนามสกุล ระบบจึงไม่ทราบว่าเป็นไฟล์ชนิดใด — กรุณาบันทึกเป็นไฟล์ชนิดที่อนุญาต (${ALLOWED_LIST_TEXT}) แล้วแนบใหม่`,
  noExtensionAllowedContent: (file: string, typeName: string, advice: string) =>
    `ไฟล์ “${file}” ไม่มีนามสกุล แต่เนื้อไฟล์เป็น${typeName} — ${advice}`,
  noExtensionOtherContent: (file: string, typeName: string, advice: string) =>
    `ไฟล์ “${file}” ไม่มีนามสกุล และเนื้อไฟล์เป็น${typeName} ซึ่งไม่อยู่ในชนิดที่อนุญาต — ${advice}`,
  extensionNotAllowed: (file: string, ext: string, advice: string) =>
    `ไฟล์ “${file}” เป็นไฟล์ชนิด ${ext} ซึ่งไม่อยู่ในชนิดที่อนุญาต (${ALLOWED_LIST_TEXT}) — ${advice}`,
  contentMismatch: (file: string, ext: string, typeName: string, advice: string) =>
    `ไฟล์ “${file}” มีนามสกุล ${ext} แต่เนื้อไฟล์เป็น${typeName} — ${advice}`,
  contentUnknown: (file: string, ext: string, expectedName: string) =>
    `ไฟล์ “${file}” มีนามสกุล ${ext} แต่ระบบตรวจไม่พบว่าเนื้อไฟล์เป็น${expectedName} (ไฟล์อาจเสียหาย ดาวน์โหลดมาไม่ครบ หรือเป็นไฟล์ชนิดอื่นที่เปลี่ยนชื่อมา) — กรุณาลองเปิดไฟล์ตรวจดู แล้วบันทึกใหม่เป็น ${ext} ก่อนแนบ`,

  /** What to do; the part after "—". */
  advice: {
    renameTo: (ext: string) => `ไฟล์นี้แนบได้เมื่อใช้นามสกุลให้ตรงกับเนื้อไฟล์ กรุณาเปลี่ยนนามสกุลเป็น ${ext} แล้วแนบใหม่`,
    nameWithExtension: (ext: string) => `กรุณาเปลี่ยนชื่อไฟล์ให้ลงท้ายด้วย ${ext} แล้วแนบใหม่`,
    renameToDocOrXls: 'กรุณาเปิดไฟล์ด้วย Word หรือ Excel แล้วบันทึกใหม่ให้นามสกุลตรงกับชนิดไฟล์ (.doc หรือ .xls) ก่อนแนบ',
    brokenOoxml: (ext: string) =>
      `ไฟล์อาจเสียหาย กรุณาลองเปิดไฟล์ด้วย ${ext === '.xlsx' ? 'Excel' : 'Word'} แล้วบันทึกใหม่เป็น ${ext} ก่อนแนบ (ถ้าตั้งใจแนบไฟล์บีบอัด ให้เปลี่ยนนามสกุลเป็น .zip)`,
    image: 'กรุณาแปลงเป็น PDF หรือ JPG ก่อนแนบ',
    document: 'กรุณาเปิดไฟล์แล้วสั่ง “บันทึกเป็น” ชนิด .docx หรือ PDF ก่อนแนบ',
    spreadsheet: 'กรุณาเปิดไฟล์แล้วสั่ง “บันทึกเป็น” ชนิด .xlsx หรือ PDF ก่อนแนบ',
    presentation: 'กรุณาบันทึกงานนำเสนอเป็น PDF ก่อนแนบ',
    archive: 'กรุณาบีบอัดใหม่เป็น .zip ก่อนแนบ',
    program: 'ระบบไม่อนุญาตให้แนบโปรแกรมหรือสคริปต์ และไฟล์นี้อาจเป็นอันตราย กรุณาอย่าเปิดไฟล์นี้ และแนบไฟล์เอกสารตัวจริงแทน',
    media: 'ระบบไม่อนุญาตให้แนบวิดีโอหรือเสียง กรุณาอัปโหลดไว้ที่อื่น (เช่น YouTube) แล้วใส่ลิงก์ในประกาศแทน',
    encrypted:
      'ไฟล์ที่ตั้งรหัสผ่านไว้ ผู้เข้าชมเว็บไซต์จะเปิดไม่ได้ กรุณาเอารหัสผ่านออก (ในโปรแกรม: ไฟล์ > ข้อมูล > ป้องกันเอกสาร > เข้ารหัสด้วยรหัสผ่าน แล้วลบรหัสผ่าน) และบันทึกใหม่ก่อนแนบ',
    oleOther: 'กรุณาแนบเฉพาะเอกสาร Word หรือ Excel หรือบันทึกเป็น PDF ก่อนแนบ',
    webDownloadFailed: 'ไฟล์นี้อาจดาวน์โหลดมาไม่สำเร็จ (ได้หน้าเว็บมาแทนตัวไฟล์) กรุณาดาวน์โหลดใหม่ หรือเปิดหน้าเว็บแล้วสั่งพิมพ์เป็น PDF ก่อนแนบ',
    webToPdf: 'กรุณาเปิดในเว็บเบราว์เซอร์แล้วสั่งพิมพ์เป็น PDF ก่อนแนบ',
    exportedToSpreadsheet: 'ไฟล์นี้น่าจะส่งออกมาจากระบบอื่น กรุณาเปิดด้วย Excel แล้วบันทึกเป็น .xlsx ก่อนแนบ',
    textToPdf: 'กรุณาบันทึกเป็น PDF หรือ .docx ก่อนแนบ',
    generic: `กรุณาบันทึกเป็นไฟล์ชนิดที่อนุญาต (${ALLOWED_LIST_TEXT}) แล้วแนบใหม่`
  }
} as const

// ---------------------------------------------------------------------------------------------
// Types and tables

export type AllowedKind = 'pdf' | 'xls' | 'xlsx' | 'doc' | 'docx' | 'jpg' | 'zip' | 'rar'

/**
 * What the bytes are. `ole-*` are legacy Office (Compound File) containers; `ole` means the
 * container could not be read far enough to tell .doc from .xls; `ole-other` means it was read
 * and is neither (e.g. an installer or an Outlook message). `ooxml-*` are zips holding an
 * Office Open XML document.
 */
export type DetectedType =
  | 'empty'
  | 'pdf'
  | 'ole'
  | 'ole-doc'
  | 'ole-xls'
  | 'ole-ppt'
  | 'ole-encrypted'
  | 'ole-other'
  | 'zip'
  | 'ooxml-docx'
  | 'ooxml-xlsx'
  | 'ooxml-pptx'
  | 'odt'
  | 'ods'
  | 'odp'
  | 'rar'
  | '7z'
  | 'gzip'
  | 'jpg'
  | 'png'
  | 'gif'
  | 'webp'
  | 'bmp'
  | 'tiff'
  | 'heic'
  | 'avif'
  | 'media'
  | 'exe'
  | 'html'
  | 'xml'
  | 'rtf'
  | 'text'
  | 'unknown'

export const ALLOWED_EXTENSIONS = ['.pdf', '.xls', '.xlsx', '.doc', '.docx', '.jpg', '.jpeg', '.zip', '.rar'] as const
export type AllowedExtension = (typeof ALLOWED_EXTENSIONS)[number]

export const EXTENSION_TO_KIND: Readonly<Record<AllowedExtension, AllowedKind>> = {
  '.pdf': 'pdf',
  '.xls': 'xls',
  '.xlsx': 'xlsx',
  '.doc': 'doc',
  '.docx': 'docx',
  '.jpg': 'jpg',
  '.jpeg': 'jpg',
  '.zip': 'zip',
  '.rar': 'rar'
}

/** The contents each allowed kind accepts. */
export const ACCEPTED_CONTENT: Readonly<Record<AllowedKind, readonly DetectedType[]>> = {
  pdf: ['pdf'],
  doc: ['ole-doc', 'ole'],
  xls: ['ole-xls', 'ole'],
  docx: ['ooxml-docx'],
  xlsx: ['ooxml-xlsx'],
  jpg: ['jpg'],
  zip: ['zip', 'ooxml-docx', 'ooxml-xlsx', 'ooxml-pptx', 'odt', 'ods', 'odp'],
  rar: ['rar']
}

/** Content that is itself an allowed kind, and the extension it should carry. */
const CONTENT_AS_ALLOWED: Partial<Record<DetectedType, string>> = {
  pdf: '.pdf',
  'ole-doc': '.doc',
  'ole-xls': '.xls',
  'ooxml-docx': '.docx',
  'ooxml-xlsx': '.xlsx',
  jpg: '.jpg',
  zip: '.zip',
  rar: '.rar'
}

type Family =
  | 'pdf'
  | 'document'
  | 'spreadsheet'
  | 'presentation'
  | 'image'
  | 'archive'
  | 'program'
  | 'media'
  | 'web'
  | 'text'
  | 'encrypted'
  | 'ole'
  | 'ole-other'
  | 'unknown'

const CONTENT_FAMILY: Record<DetectedType, Family> = {
  empty: 'unknown',
  pdf: 'pdf',
  ole: 'ole',
  'ole-doc': 'document',
  'ole-xls': 'spreadsheet',
  'ole-ppt': 'presentation',
  'ole-encrypted': 'encrypted',
  'ole-other': 'ole-other',
  zip: 'archive',
  'ooxml-docx': 'document',
  'ooxml-xlsx': 'spreadsheet',
  'ooxml-pptx': 'presentation',
  odt: 'document',
  ods: 'spreadsheet',
  odp: 'presentation',
  rar: 'archive',
  '7z': 'archive',
  gzip: 'archive',
  jpg: 'image',
  png: 'image',
  gif: 'image',
  webp: 'image',
  bmp: 'image',
  tiff: 'image',
  heic: 'image',
  avif: 'image',
  media: 'media',
  exe: 'program',
  html: 'web',
  xml: 'web',
  rtf: 'document',
  text: 'text',
  unknown: 'unknown'
}

const KIND_FAMILY: Record<AllowedKind, Family> = {
  pdf: 'pdf',
  doc: 'document',
  docx: 'document',
  xls: 'spreadsheet',
  xlsx: 'spreadsheet',
  jpg: 'image',
  zip: 'archive',
  rar: 'archive'
}

/** Common extensions that are not allowed, by what the user should turn them into. */
const REFUSED_EXTENSION_TABLE: Partial<Record<Family, string>> = {
  document: '.docm .dotx .dotm .dot .odt .rtf .wps .wpd .pages .hwp',
  spreadsheet: '.xlsm .xlsb .xltx .xltm .xlt .ods .csv .tsv .numbers',
  presentation: '.ppt .pptx .pptm .pps .ppsx .pot .potx .odp .key',
  image: '.png .gif .bmp .tif .tiff .webp .heic .heif .avif .svg .psd .jp2 .ico',
  archive: '.7z .gz .tgz .tar .bz2 .xz .cab .arj .lzh .iso',
  program: '.exe .msi .bat .cmd .com .scr .pif .ps1 .vbs .vbe .js .jse .wsf .hta .jar .apk .dll .lnk .cpl .reg .sh .app',
  media: '.mp4 .mov .avi .wmv .mkv .flv .3gp .m4v .mpg .mpeg .mp3 .wav .m4a .aac .wma .ogg',
  web: '.html .htm .mht .mhtml .xml',
  text: '.txt .log .md'
}
const REFUSED_EXTENSION_FAMILY: ReadonlyMap<string, Family> = new Map(
  Object.entries(REFUSED_EXTENSION_TABLE).flatMap(([family, exts]) => exts.split(' ').map((ext) => [ext, family as Family] as const))
)

/** Other names for JPEG files: renaming these to .jpg is all it takes. */
const JPEG_ALIASES = new Set(['.jfif', '.jpe', '.pjpeg', '.pjp'])

// ---------------------------------------------------------------------------------------------
// Byte helpers

const MiB = 1024 * 1024

function byteAt(b: Uint8Array, i: number): number {
  return b[i] ?? -1
}

function startsWith(b: Uint8Array, sig: readonly number[], at = 0): boolean {
  if (at + sig.length > b.length) return false
  for (let i = 0; i < sig.length; i++) if (b[at + i] !== sig[i]) return false
  return true
}

function ascii(s: string): number[] {
  return Array.from(s, (c) => c.charCodeAt(0))
}

function u16(b: Uint8Array, at: number): number {
  return byteAt(b, at) | (byteAt(b, at + 1) << 8)
}

function u32(b: Uint8Array, at: number): number {
  return (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0
}

function latin1(b: Uint8Array, from: number, to: number): string {
  let s = ''
  for (let i = Math.max(0, from); i < Math.min(to, b.length); i++) s += String.fromCharCode(b[i] as number)
  return s
}

function indexOf(b: Uint8Array, sig: readonly number[], from: number, to: number): number {
  const last = Math.min(to, b.length - sig.length)
  outer: for (let i = Math.max(0, from); i <= last; i++) {
    for (let j = 0; j < sig.length; j++) if (b[i + j] !== sig[j]) continue outer
    return i
  }
  return -1
}

const SIG = {
  pdf: ascii('%PDF-'),
  ole: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
  zipLocal: [0x50, 0x4b, 0x03, 0x04],
  zipEnd: [0x50, 0x4b, 0x05, 0x06],
  zipCentral: [0x50, 0x4b, 0x01, 0x02],
  zipSpanned: [0x50, 0x4b, 0x07, 0x08],
  jpg: [0xff, 0xd8, 0xff],
  rar4: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x00],
  rar5: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01, 0x00],
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  gif87: ascii('GIF87a'),
  gif89: ascii('GIF89a'),
  riff: ascii('RIFF'),
  webp: ascii('WEBP'),
  tiffLe: [0x49, 0x49, 0x2a, 0x00],
  tiffBe: [0x4d, 0x4d, 0x00, 0x2a],
  ftyp: ascii('ftyp'),
  sevenZip: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c],
  gzip: [0x1f, 0x8b],
  mz: ascii('MZ'),
  elf: [0x7f, 0x45, 0x4c, 0x46],
  rtf: ascii('{\\rtf'),
  id3: ascii('ID3'),
  ebml: [0x1a, 0x45, 0xdf, 0xa3],
  utf8Bom: [0xef, 0xbb, 0xbf],
  utf16Le: [0xff, 0xfe],
  utf16Be: [0xfe, 0xff]
} as const

/** Readers accept a PDF whose header is somewhere in the first 1024 bytes. */
const PDF_HEADER_WINDOW = 1024
/** How far into a zip the local file headers are scanned. */
const ZIP_LOCAL_SCAN = 64 * 1024

// ---------------------------------------------------------------------------------------------
// Sniffing

/** Tells what the bytes are, from their content alone. */
export function sniffContent(bytes: Uint8Array): DetectedType {
  const b = bytes
  if (b.length === 0) return 'empty'
  if (startsWith(b, SIG.pdf)) return 'pdf'
  if (startsWith(b, SIG.ole)) return sniffOle(b)
  if (startsWith(b, SIG.zipLocal) || startsWith(b, SIG.zipEnd) || (startsWith(b, SIG.zipSpanned) && startsWith(b, SIG.zipLocal, 4)))
    return sniffZip(b)
  if (startsWith(b, SIG.jpg)) return 'jpg'
  if (startsWith(b, SIG.rar4) || startsWith(b, SIG.rar5)) return 'rar'
  if (startsWith(b, SIG.png)) return 'png'
  if (startsWith(b, SIG.gif87) || startsWith(b, SIG.gif89)) return 'gif'
  if (startsWith(b, SIG.riff)) {
    if (startsWith(b, SIG.webp, 8)) return 'webp'
    if (startsWith(b, ascii('WAVE'), 8) || startsWith(b, ascii('AVI '), 8)) return 'media'
  }
  if (startsWith(b, SIG.tiffLe) || startsWith(b, SIG.tiffBe)) return 'tiff'
  if (isBmp(b)) return 'bmp'
  if (startsWith(b, SIG.ftyp, 4)) {
    const brand = latin1(b, 8, 12)
    if (['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'].includes(brand)) return 'heic'
    if (brand === 'avif' || brand === 'avis') return 'avif'
    return 'media'
  }
  if (startsWith(b, SIG.sevenZip)) return '7z'
  if (startsWith(b, SIG.gzip)) return 'gzip'
  if (startsWith(b, SIG.mz) || startsWith(b, SIG.elf)) return 'exe'
  if (startsWith(b, SIG.id3) || startsWith(b, SIG.ebml)) return 'media'
  if (startsWith(b, SIG.rtf)) return 'rtf'
  if (indexOf(b, SIG.pdf, 1, PDF_HEADER_WINDOW) >= 0) return 'pdf'
  return sniffText(b)
}

function isBmp(b: Uint8Array): boolean {
  if (!startsWith(b, ascii('BM')) || b.length < 26) return false
  if (u32(b, 6) !== 0) return false // reserved
  return [12, 40, 52, 56, 64, 108, 124].includes(u32(b, 14)) // DIB header size
}

// --- Legacy Office: Compound File Binary (OLE2) ---------------------------------------------

const CFB_END_OF_CHAIN = 0xfffffffe
const CFB_NO_STREAM = 0xffffffff
const CFB_MAX_REGULAR_SECTOR = 0xfffffffa
/** Directory sectors read at most (4 or 32 entries each); a Word or Excel file needs 1–3. */
const CFB_MAX_DIRECTORY_SECTORS = 512

interface DirEntry {
  name: string
  type: number
  left: number
  right: number
  child: number
}

function sniffOle(b: Uint8Array): DetectedType {
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

/**
 * Names (upper-cased) of the streams and storages directly under the root, found by following
 * the directory chain through the FAT. Only the root's own children count: a Word file with an
 * embedded Excel chart has a "Workbook" deeper down. Undefined when the structure is unreadable.
 */
function oleRootNames(b: Uint8Array): Set<string> | undefined {
  if (b.length < 512) return undefined
  const shift = u16(b, 30)
  if (shift !== 9 && shift !== 12) return undefined
  const sectorSize = 1 << shift
  const sectorOffset = (s: number) => (s + 1) * sectorSize
  const fatCount = u32(b, 44)

  const fatSectors: number[] = []
  for (let i = 0; i < 109 && fatSectors.length < fatCount; i++) fatSectors.push(u32(b, 76 + 4 * i))
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
    for (let e = off; e < off + sectorSize; e += 128) entries.push(readDirEntry(b, e))
    const n = next(s)
    if (n === undefined) break
    s = n
  }
  const root = entries[0]
  if (!root || root.type !== 5) return undefined

  const names = new Set<string>()
  const stack = [root.child]
  const visited = new Set<number>()
  while (stack.length > 0) {
    const id = stack.pop() as number
    if (id === CFB_NO_STREAM || visited.has(id)) continue
    visited.add(id)
    const entry = entries[id]
    if (!entry) continue // beyond what could be read
    if (entry.type === 1 || entry.type === 2) names.add(entry.name.toUpperCase())
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
  const end = Math.min(b.length, 512 + 64 * 1024)
  for (let at = 512; at + 128 <= end; at += 128) {
    const type = byteAt(b, at + 66)
    const len = u16(b, at + 64)
    if ((type === 1 || type === 2) && len >= 4 && len <= 64 && len % 2 === 0) names.add(readDirEntry(b, at).name.toUpperCase())
  }
  return names
}

// --- ZIP, Office Open XML, OpenDocument ------------------------------------------------------

function sniffZip(b: Uint8Array): DetectedType {
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
  if (b.length < 22) return names
  // The end record is 22 bytes plus a comment of up to 65535 bytes.
  let eocd = -1
  for (let at = b.length - 22; at >= Math.max(0, b.length - 22 - 0xffff); at--) {
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

// --- Text, HTML, XML -------------------------------------------------------------------------

const TEXT_SAMPLE = 4096

function sniffText(b: Uint8Array): DetectedType {
  if (startsWith(b, SIG.utf16Le) || startsWith(b, SIG.utf16Be)) {
    const littleEndian = b[0] === 0xff
    let s = ''
    for (let i = 2; i + 1 < Math.min(b.length, TEXT_SAMPLE); i += 2) {
      s += String.fromCharCode(littleEndian ? u16(b, i) : (byteAt(b, i) << 8) | byteAt(b, i + 1))
    }
    return markupType(s) ?? 'text'
  }
  const start = startsWith(b, SIG.utf8Bom) ? 3 : 0
  const end = Math.min(b.length, start + TEXT_SAMPLE)
  let control = 0
  for (let i = start; i < end; i++) {
    const c = b[i] as number
    if (c === 0) return 'unknown'
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d && c !== 0x1b) || c === 0x7f) control++
  }
  if (end > start && control * 100 > end - start) return 'unknown'
  // Thai text in UTF-8 or TIS-620 is fine: only the markup is matched, in ASCII.
  return markupType(latin1(b, start, Math.min(end, start + 2048))) ?? 'text'
}

function markupType(sample: string): 'html' | 'xml' | undefined {
  const s = sample.trimStart().toLowerCase()
  if (s.startsWith('<!doctype html') || s.startsWith('<html')) return 'html'
  // "Single file web page" (.mht), as Word and Excel save it.
  if (/^mime-version:/.test(s) && s.includes('text/html')) return 'html'
  if (s.startsWith('<?xml')) return /<html[\s>]/.test(s) ? 'html' : 'xml'
  if (s.startsWith('<') && /<(html|head|body|table|meta)[\s>]/.test(s)) return 'html'
  return undefined
}

// ---------------------------------------------------------------------------------------------
// The check

export type RefusalCode = 'empty' | 'too-large' | 'extension-not-allowed' | 'content-mismatch' | 'no-extension'

export type AttachmentVerdict =
  | { ok: true; kind: AllowedKind; extension: string }
  | { ok: false; code: RefusalCode; messageTh: string }

export interface CheckOptions {
  /** Largest size allowed, in bytes (inclusive). */
  maxBytes: number
}

/** The name as shown to the user: the last path segment, without surrounding spaces. */
export function displayName(fileName: string): string {
  const parts = fileName.split(/[\\/]/)
  return (parts[parts.length - 1] ?? '').trim()
}

/** Lower-case extension with its dot (".pdf"), or '' when the name has none. */
export function extensionOf(fileName: string): string {
  const name = displayName(fileName)
  const dot = name.lastIndexOf('.')
  if (dot < 0 || dot === name.length - 1) return ''
  return name.slice(dot).toLowerCase()
}

export function isAllowedExtension(ext: string): ext is AllowedExtension {
  return (ALLOWED_EXTENSIONS as readonly string[]).includes(ext)
}

/**
 * The size rules alone (empty, over `maxBytes`), for a caller that knows the size before it has
 * the bytes (e.g. from the base64 length); undefined when the size is fine.
 */
export function checkSize(fileName: string, sizeBytes: number, options: CheckOptions): AttachmentVerdict | undefined {
  const file = displayName(fileName)
  if (sizeBytes === 0) return { ok: false, code: 'empty', messageTh: TH.empty(file) }
  if (sizeBytes > options.maxBytes) {
    return { ok: false, code: 'too-large', messageTh: TH.tooLarge(file, formatSizeMb(sizeBytes, options.maxBytes), formatLimitMb(options.maxBytes)) }
  }
  return undefined
}

/**
 * Checks one file against the office's rules, in this order: not empty, not over `maxBytes`,
 * has an extension, the extension is allowed, the content is what the extension says. Size
 * comes before content so that a caller may refuse an oversized upload without decoding it.
 */
export function checkAttachment(fileName: string, bytes: Uint8Array, options: CheckOptions): AttachmentVerdict {
  const file = displayName(fileName)
  const refuse = (code: RefusalCode, messageTh: string): AttachmentVerdict => ({ ok: false, code, messageTh })

  const bySize = checkSize(fileName, bytes.length, options)
  if (bySize) return bySize

  const ext = extensionOf(fileName)
  const detected = sniffContent(bytes)

  if (ext === '') {
    const asAllowed = CONTENT_AS_ALLOWED[detected]
    if (asAllowed) return refuse('no-extension', TH.noExtensionAllowedContent(file, TH.typeNames[detected], TH.advice.nameWithExtension(asAllowed)))
    if (detected === 'ole') return refuse('no-extension', TH.noExtensionAllowedContent(file, TH.typeNames.ole, TH.advice.nameWithExtension('.doc หรือ .xls')))
    if (detected === 'unknown' || detected === 'text') return refuse('no-extension', TH.noExtension(file))
    return refuse('no-extension', TH.noExtensionOtherContent(file, TH.typeNames[detected], familyAdvice(CONTENT_FAMILY[detected], undefined)))
  }

  if (!isAllowedExtension(ext)) return refuse('extension-not-allowed', TH.extensionNotAllowed(file, ext, refusedExtensionAdvice(ext, detected)))

  const kind = EXTENSION_TO_KIND[ext]
  if (ACCEPTED_CONTENT[kind].includes(detected)) return { ok: true, kind, extension: ext }

  if (detected === 'unknown' || detected === 'empty') return refuse('content-mismatch', TH.contentUnknown(file, ext, TH.expectedNames[kind]))
  return refuse('content-mismatch', TH.contentMismatch(file, ext, TH.typeNames[detected], mismatchAdvice(kind, ext, detected)))
}

function mismatchAdvice(kind: AllowedKind, ext: string, detected: DetectedType): string {
  if (detected === 'zip' && (kind === 'docx' || kind === 'xlsx')) return TH.advice.brokenOoxml(ext)
  const asAllowed = CONTENT_AS_ALLOWED[detected]
  if (asAllowed) return TH.advice.renameTo(asAllowed)
  return familyAdvice(CONTENT_FAMILY[detected], KIND_FAMILY[kind])
}

function refusedExtensionAdvice(ext: string, detected: DetectedType): string {
  if (detected === 'jpg' && JPEG_ALIASES.has(ext)) return TH.advice.renameTo('.jpg')
  if (detected === 'exe') return TH.advice.program
  const family = REFUSED_EXTENSION_FAMILY.get(ext)
  if (family) return familyAdvice(family, family)
  const asAllowed = CONTENT_AS_ALLOWED[detected]
  if (asAllowed) return TH.advice.renameTo(asAllowed)
  return familyAdvice(CONTENT_FAMILY[detected], undefined)
}

/** What to do with content of `family`, when the user meant something of `target` family. */
function familyAdvice(family: Family, target: Family | undefined): string {
  switch (family) {
    case 'image':
      return TH.advice.image
    case 'document':
      return TH.advice.document
    case 'spreadsheet':
      return TH.advice.spreadsheet
    case 'presentation':
      return TH.advice.presentation
    case 'archive':
      return TH.advice.archive
    case 'program':
      return TH.advice.program
    case 'media':
      return TH.advice.media
    case 'encrypted':
      return TH.advice.encrypted
    case 'ole':
      return TH.advice.renameToDocOrXls
    case 'ole-other':
      return TH.advice.oleOther
    case 'web':
    case 'text':
      if (target === 'spreadsheet') return TH.advice.exportedToSpreadsheet
      if (target === 'document') return TH.advice.document
      if (family === 'web') return target === undefined || target === 'web' ? TH.advice.webToPdf : TH.advice.webDownloadFailed
      return TH.advice.textToPdf
    case 'pdf':
    case 'unknown':
      return TH.advice.generic
  }
}

/** Size in MB with one decimal: rounded, but never shown as not exceeding the shown limit. */
function formatSizeMb(bytes: number, maxBytes: number): string {
  const limitShown = Number(formatLimitMb(maxBytes))
  const rounded = Math.round((bytes / MiB) * 10) / 10
  return (rounded > limitShown ? rounded : Math.ceil((bytes / MiB) * 10) / 10).toFixed(1)
}

/** The limit in MB: "4", "2.5"; small (test) limits keep enough digits to be non-zero. */
function formatLimitMb(maxBytes: number): string {
  const mb = maxBytes / MiB
  if (mb >= 0.1) return String(Math.round(mb * 10) / 10)
  return String(Number(mb.toPrecision(2)))
}
