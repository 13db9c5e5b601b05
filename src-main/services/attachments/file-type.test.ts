import { crc32, deflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import {
  ACCEPTED_CONTENT,
  ALLOWED_EXTENSIONS,
  EXTENSION_TO_KIND,
  TH,
  checkAttachment,
  checkSize,
  extensionOf,
  sniffContent,
  type DetectedType
} from './file-type'

// ---------------------------------------------------------------------------------------------
// Minimal files, built byte by byte

const MiB = 1024 * 1024

const pdf = (): Buffer => Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1')
const png = (): Buffer =>
  Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('0000000d49484452000000010000000108060000001f15c489', 'hex')])
const jpg = (): Buffer => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0', 'latin1'), Buffer.alloc(64, 1), Buffer.from([0xff, 0xd9])])
const exe = (): Buffer => {
  const b = Buffer.alloc(256)
  b.write('MZ', 0, 'latin1')
  b.writeUInt32LE(0x80, 0x3c)
  b.write('PE\0\0', 0x80, 'latin1')
  return b
}
const rar4 = (): Buffer => Buffer.concat([Buffer.from('Rar!\x1a\x07\x00', 'latin1'), Buffer.alloc(20, 0x11)])
const rar5 = (): Buffer => Buffer.concat([Buffer.from('Rar!\x1a\x07\x01\x00', 'latin1'), Buffer.alloc(20, 0x11)])

interface ZipEntry {
  name: string
  data?: Buffer | string
  method?: 0 | 8
}

/** A real zip archive (local headers, central directory, end record); deflated unless method 0. */
function zip(entries: ZipEntry[], { centralDirectory = true } = {}): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const e of entries) {
    const data = Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data ?? '', 'utf8')
    const method = e.method ?? 8
    const stored = method === 8 ? deflateRawSync(data) : data
    const name = Buffer.from(e.name, 'utf8')
    const crc = crc32(data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6) // names are UTF-8
    local.writeUInt16LE(method, 8)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(stored.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(name.length, 26)
    locals.push(local, name, stored)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(method, 10)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(stored.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    centrals.push(central, name)
    offset += local.length + name.length + stored.length
  }
  if (!centralDirectory) return Buffer.concat(locals)
  const cd = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(cd.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, cd, end])
}

const contentTypes = { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' }
const docx = (): Buffer => zip([contentTypes, { name: '_rels/.rels', data: '<Relationships/>' }, { name: 'word/document.xml', data: '<w:document/>' }])
const xlsx = (): Buffer => zip([contentTypes, { name: 'xl/workbook.xml', data: '<workbook/>' }, { name: 'xl/worksheets/sheet1.xml', data: '<worksheet/>' }])

const NOSTREAM = 0xffffffff
const ENDOFCHAIN = 0xfffffffe
const FREESECT = 0xffffffff
const FATSECT = 0xfffffffd

interface CfbNode {
  name: string
  type: 1 | 2 | 5 // storage, stream, root
  left?: number
  right?: number
  child?: number
}

/**
 * A Compound File (legacy Office container) holding only a directory: header, one FAT sector,
 * then the directory sectors (with a filler sector between each when `scattered`, so the
 * directory chain has to be followed through the FAT).
 */
function cfb(nodes: CfbNode[], { sectorShift = 9, scattered = false } = {}): Buffer {
  const ss = 1 << sectorShift
  const perSector = ss / 128
  const dirCount = Math.ceil(nodes.length / perSector)
  const dirSectors = Array.from({ length: dirCount }, (_, i) => (scattered ? 1 + 2 * i : 1 + i))
  const totalSectors = 1 + (dirSectors.at(-1) ?? 0)
  const fat = Buffer.alloc(ss, 0xff)
  fat.writeUInt32LE(FATSECT, 0)
  for (let s = 1; s < totalSectors; s++) fat.writeUInt32LE(ENDOFCHAIN, s * 4) // fillers: one-sector streams
  dirSectors.forEach((s, i) => fat.writeUInt32LE(dirSectors[i + 1] ?? ENDOFCHAIN, s * 4))

  const header = Buffer.alloc(ss)
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0)
  header.writeUInt16LE(0x3e, 24)
  header.writeUInt16LE(sectorShift === 9 ? 3 : 4, 26)
  header.writeUInt16LE(0xfffe, 28)
  header.writeUInt16LE(sectorShift, 30)
  header.writeUInt16LE(6, 32)
  header.writeUInt32LE(sectorShift === 9 ? 0 : dirCount, 40)
  header.writeUInt32LE(1, 44) // FAT sectors
  header.writeUInt32LE(dirSectors[0] ?? ENDOFCHAIN, 48)
  header.writeUInt32LE(0x1000, 56)
  header.writeUInt32LE(ENDOFCHAIN, 60)
  header.writeUInt32LE(ENDOFCHAIN, 68)
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREESECT, 76 + 4 * i)

  const sectors: Buffer[] = Array.from({ length: totalSectors }, () => Buffer.alloc(ss, 0x55))
  sectors[0] = fat
  dirSectors.forEach((s, i) => {
    const dir = Buffer.alloc(ss)
    for (let j = 0; j < perSector; j++) {
      const node = nodes[i * perSector + j]
      const at = j * 128
      dir.writeUInt32LE(node?.left ?? NOSTREAM, at + 68)
      dir.writeUInt32LE(node?.right ?? NOSTREAM, at + 72)
      dir.writeUInt32LE(node?.child ?? NOSTREAM, at + 76)
      if (!node) continue
      dir.write(node.name, at, 'utf16le')
      dir.writeUInt16LE((node.name.length + 1) * 2, at + 64)
      dir[at + 66] = node.type
      dir[at + 67] = 1 // black
    }
    sectors[s] = dir
  })
  return Buffer.concat([header, ...sectors])
}

/** Root plus streams as one chain of right siblings. */
const oleWith = (...streams: string[]): Buffer =>
  cfb([
    { name: 'Root Entry', type: 5, child: streams.length > 0 ? 1 : undefined },
    ...streams.map((name, i) => ({ name, type: 2 as const, right: i + 2 <= streams.length ? i + 2 : undefined }))
  ])
const doc = (): Buffer => oleWith('1Table', 'WordDocument', '\x05SummaryInformation')
const xls = (): Buffer => oleWith('Workbook', '\x05SummaryInformation')

const check = (name: string, bytes: Uint8Array, maxBytes = 4 * MiB) => checkAttachment(name, bytes, { maxBytes })

// ---------------------------------------------------------------------------------------------

describe('sniffContent', () => {
  const cases: [string, () => Uint8Array, DetectedType][] = [
    ['PDF', pdf, 'pdf'],
    ['PDF after a little junk', () => Buffer.concat([Buffer.alloc(700, 0x20), pdf()]), 'pdf'],
    ['PNG', png, 'png'],
    ['JPEG', jpg, 'jpg'],
    ['RAR 4', rar4, 'rar'],
    ['RAR 5', rar5, 'rar'],
    ['GIF', () => Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'), 'gif'],
    ['WebP', () => Buffer.concat([Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 ', 'latin1'), Buffer.alloc(24)]), 'webp'],
    ['HEIC', () => Buffer.concat([Buffer.from('\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic', 'latin1')]), 'heic'],
    ['MP4', () => Buffer.concat([Buffer.from('\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2', 'latin1')]), 'media'],
    ['7z', () => Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4, 1, 2, 3, 4]), '7z'],
    ['Windows program', exe, 'exe'],
    ['RTF', () => Buffer.from('{\\rtf1\\ansi hello}', 'latin1'), 'rtf'],
    ['HTML', () => Buffer.from('\n  <!DOCTYPE html><html><body>404</body></html>'), 'html'],
    ['HTML table exported as .xls', () => Buffer.from('<table border=1><tr><td>ชื่อ</td></tr></table>'), 'html'],
    ['Excel web page (XML prolog, html root)', () => Buffer.from('<?xml version="1.0"?>\n<html xmlns:o="urn:schemas-microsoft-com:office:office">'), 'html'],
    ['XML', () => Buffer.from('<?xml version="1.0"?><Error><Code>AccessDenied</Code></Error>'), 'xml'],
    ['UTF-8 Thai text', () => Buffer.from('\ufeffรายงานผลการดำเนินงาน ปี 2568\r\nบรรทัดที่สอง\r\n'), 'text'],
    ['TIS-620 Thai text', () => Buffer.from([0xc3, 0xd2, 0xc2, 0xa7, 0xd2, 0xb9, 0x0d, 0x0a]), 'text'],
    ['CSV', () => Buffer.from('ลำดับ,ชื่อ\n1,สมชาย\n'), 'text'],
    ['binary junk', () => Buffer.from([0x00, 0x01, 0x02, 0x03, 0x99, 0x00]), 'unknown'],
    ['empty', () => Buffer.alloc(0), 'empty'],
    ['DOCX', docx, 'ooxml-docx'],
    ['DOCX, stored (method 0)', () => zip([{ name: 'word/document.xml', data: '<w:document/>', method: 0 }]), 'ooxml-docx'],
    ['DOCX without central directory (truncated)', () => zip([{ name: 'word/document.xml', data: '<w:document/>' }], { centralDirectory: false }), 'ooxml-docx'],
    ['XLSX', xlsx, 'ooxml-xlsx'],
    ['PPTX', () => zip([contentTypes, { name: 'ppt/presentation.xml', data: '<p/>' }]), 'ooxml-pptx'],
    ['plain ZIP', () => zip([{ name: 'รายงาน/ไฟล์.txt', data: 'สวัสดี' }]), 'zip'],
    ['empty ZIP (end record only)', () => zip([]), 'zip'],
    [
      'ODT',
      () => zip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', method: 0 }, { name: 'content.xml', data: '<office:document-content/>' }]),
      'odt'
    ],
    ['DOC (WordDocument stream)', doc, 'ole-doc'],
    ['XLS (Workbook stream)', xls, 'ole-xls'],
    ['XLS from Excel 95 (Book stream)', () => oleWith('Book'), 'ole-xls'],
    ['PPT', () => oleWith('Current User', 'PowerPoint Document'), 'ole-ppt'],
    ['password-protected DOCX', () => oleWith('EncryptionInfo', 'EncryptedPackage'), 'ole-encrypted'],
    ['other OLE file (e.g. an Outlook message)', () => oleWith('__properties_version1.0', '__nameid_version1.0'), 'ole-other'],
    ['bare OLE signature', () => Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), 'ole']
  ]
  it.each(cases)('%s', (_label, make, expected) => {
    expect(sniffContent(make())).toBe(expected)
  })

  it('does not take a PDF header beyond the first 1024 bytes', () => {
    expect(sniffContent(Buffer.concat([Buffer.alloc(1100, 0x20), pdf()]))).not.toBe('pdf')
  })

  it('reads OOXML names from the central directory when local headers are beyond the scanned 64 KB', () => {
    const big = zip([{ name: 'padding.bin', data: Buffer.alloc(70 * 1024, 7), method: 0 }, { name: 'xl/workbook.xml', data: '<workbook/>' }])
    expect(sniffContent(big)).toBe('ooxml-xlsx')
  })

  it('tells a Word file with an embedded Excel chart from an Excel file (root streams only)', () => {
    // Root → ObjectPool (storage, holding "Workbook") with right sibling WordDocument.
    const wordWithChart = cfb([
      { name: 'Root Entry', type: 5, child: 1 },
      { name: 'ObjectPool', type: 1, child: 3, right: 2 },
      { name: 'WordDocument', type: 2 },
      { name: 'Workbook', type: 2 }
    ])
    expect(sniffContent(wordWithChart)).toBe('ole-doc')
    const excelWithWord = cfb([
      { name: 'Root Entry', type: 5, child: 2 },
      { name: 'WordDocument', type: 2 },
      { name: 'MBD0001', type: 1, child: 1, left: 3 },
      { name: 'Workbook', type: 2 }
    ])
    expect(sniffContent(excelWithWord)).toBe('ole-xls')
  })

  it('follows the directory chain through the FAT, with 512- and 4096-byte sectors', () => {
    const streams = ['\x05SummaryInformation', '\x05DocumentSummaryInformation', '1Table', 'Data', 'ObjectPool', 'WordDocument']
    const nodes: CfbNode[] = [
      { name: 'Root Entry', type: 5, child: 1 },
      ...streams.map((name, i) => ({ name, type: 2 as const, right: i + 2 <= streams.length ? i + 2 : undefined }))
    ]
    // 7 entries: WordDocument sits in the second 512-byte directory sector.
    expect(sniffContent(cfb(nodes, { scattered: true }))).toBe('ole-doc')
    expect(sniffContent(cfb(nodes, { sectorShift: 12 }))).toBe('ole-doc')
  })

  it('works on a Buffer that is a slice of a larger one', () => {
    const whole = Buffer.concat([Buffer.alloc(333, 9), doc()])
    expect(sniffContent(whole.subarray(333))).toBe('ole-doc')
    expect(sniffContent(new Uint8Array(whole.buffer, whole.byteOffset + 333, whole.length - 333))).toBe('ole-doc')
  })
})

describe('allowed extensions', () => {
  it('lists the announcement’s types, .jpeg counting as .jpg', () => {
    expect([...ALLOWED_EXTENSIONS].sort()).toEqual(['.doc', '.docx', '.jpeg', '.jpg', '.pdf', '.rar', '.xls', '.xlsx', '.zip'])
    expect(EXTENSION_TO_KIND['.jpeg']).toBe('jpg')
    expect(TH.allowedList).toBe('.pdf .xls .xlsx .doc .docx .jpg .zip .rar')
    expect(ACCEPTED_CONTENT.zip).toContain('ooxml-docx')
  })

  it('takes the extension from the last dot of the last path segment, lower-cased', () => {
    expect(extensionOf('C:\\fakepath\\รายงาน.ปี68.PDF')).toBe('.pdf')
    expect(extensionOf('report.pdf.exe')).toBe('.exe')
    expect(extensionOf('README')).toBe('')
    expect(extensionOf('trailing.')).toBe('')
    expect(extensionOf('some.dir/noext')).toBe('')
  })
})

describe('checkAttachment', () => {
  it.each([
    ['ประกาศ.pdf', pdf, 'pdf', '.pdf'],
    ['คำสั่ง.doc', doc, 'doc', '.doc'],
    ['งบ.xls', xls, 'xls', '.xls'],
    ['damaged-header.doc', () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(100)]), 'doc', '.doc'],
    ['รายงาน.docx', docx, 'docx', '.docx'],
    ['ตาราง.xlsx', xlsx, 'xlsx', '.xlsx'],
    ['รูป.JPG', jpg, 'jpg', '.jpg'],
    ['รูป.jpeg', jpg, 'jpg', '.jpeg'],
    ['รวม.zip', () => zip([{ name: 'a.pdf', data: pdf() }]), 'zip', '.zip'],
    ['docx-as.zip', docx, 'zip', '.zip'],
    ['รวม.rar', rar4, 'rar', '.rar'],
    ['รวม5.RAR', rar5, 'rar', '.rar']
  ] as const)('accepts %s', (name, make, kind, extension) => {
    expect(check(name, make())).toEqual({ ok: true, kind, extension })
  })

  it('refuses a PNG renamed .pdf, saying what it really is and what to do', () => {
    expect(check('x.pdf', png())).toEqual({
      ok: false,
      code: 'content-mismatch',
      messageTh: 'ไฟล์ “x.pdf” มีนามสกุล .pdf แต่เนื้อไฟล์เป็นรูปภาพ PNG — กรุณาแปลงเป็น PDF หรือ JPG ก่อนแนบ'
    })
  })

  it('refuses an empty file', () => {
    const v = check('ว่าง.pdf', Buffer.alloc(0))
    expect(v).toMatchObject({ ok: false, code: 'empty' })
    expect(!v.ok && v.messageTh).toContain('“ว่าง.pdf”')
  })

  it('refuses a file over the limit, giving both sizes in MB', () => {
    const v = check('big.pdf', Buffer.concat([pdf(), Buffer.alloc(Math.round(5.2 * MiB) - pdf().length)]))
    expect(v).toEqual({
      ok: false,
      code: 'too-large',
      messageTh: 'ไฟล์ “big.pdf” มีขนาด 5.2 MB เกินขนาดที่อนุญาต 4 MB — กรุณาย่อขนาดไฟล์หรือแบ่งเป็นหลายไฟล์'
    })
  })

  it('never shows a size that does not exceed the limit', () => {
    const v = check('just-over.pdf', Buffer.alloc(4 * MiB + 1000))
    expect(!v.ok && v.messageTh).toContain('มีขนาด 4.1 MB เกินขนาดที่อนุญาต 4 MB')
    const half = check('half.pdf', Buffer.alloc(3 * MiB), 2.5 * MiB)
    expect(!half.ok && half.messageTh).toContain('มีขนาด 3.0 MB เกินขนาดที่อนุญาต 2.5 MB')
  })

  it('accepts a file of exactly the limit', () => {
    const bytes = Buffer.concat([pdf(), Buffer.alloc(1000)])
    expect(check('exact.pdf', bytes, bytes.length).ok).toBe(true)
  })

  it('checks size before content, so a placeholder of maxBytes + 1 zero bytes is refused as too large', () => {
    expect(check('huge.pdf', new Uint8Array(4 * MiB + 1))).toMatchObject({ ok: false, code: 'too-large' })
  })

  it('offers the size rules alone, for a caller that knows the size before decoding', () => {
    expect(checkSize('C:\\x\\big.pdf', Math.round(12.3 * MiB), { maxBytes: 4 * MiB })).toEqual({
      ok: false,
      code: 'too-large',
      messageTh: 'ไฟล์ “big.pdf” มีขนาด 12.3 MB เกินขนาดที่อนุญาต 4 MB — กรุณาย่อขนาดไฟล์หรือแบ่งเป็นหลายไฟล์'
    })
    expect(checkSize('a.pdf', 0, { maxBytes: 4 * MiB })).toMatchObject({ ok: false, code: 'empty' })
    expect(checkSize('a.pdf', 4 * MiB, { maxBytes: 4 * MiB })).toBeUndefined()
  })

  it('refuses a program renamed .doc', () => {
    const v = check('ใบสั่งซื้อ.doc', exe())
    expect(v).toMatchObject({ ok: false, code: 'content-mismatch' })
    expect(!v.ok && v.messageTh).toBe(
      'ไฟล์ “ใบสั่งซื้อ.doc” มีนามสกุล .doc แต่เนื้อไฟล์เป็นโปรแกรม (.exe) — ' + TH.advice.program
    )
  })

  it('refuses an extension that is not allowed', () => {
    const v = check('ภาพ.png', png())
    expect(v).toMatchObject({ ok: false, code: 'extension-not-allowed' })
    expect(!v.ok && v.messageTh).toBe(
      'ไฟล์ “ภาพ.png” เป็นไฟล์ชนิด .png ซึ่งไม่อยู่ในชนิดที่อนุญาต (.pdf .xls .xlsx .doc .docx .jpg .zip .rar) — กรุณาแปลงเป็น PDF หรือ JPG ก่อนแนบ'
    )
  })

  it('refuses a double extension ending in .exe, even with PDF content', () => {
    expect(check('report.pdf.exe', pdf())).toMatchObject({ ok: false, code: 'extension-not-allowed' })
  })

  it('tells a .jfif JPEG to be renamed .jpg', () => {
    const v = check('scan.jfif', jpg())
    expect(!v.ok && v.code).toBe('extension-not-allowed')
    expect(!v.ok && v.messageTh).toContain('เปลี่ยนนามสกุลเป็น .jpg')
  })

  it('refuses a file with no extension, suggesting one when the content is allowed', () => {
    const v = check('scan', pdf())
    expect(v).toEqual({
      ok: false,
      code: 'no-extension',
      messageTh: 'ไฟล์ “scan” ไม่มีนามสกุล แต่เนื้อไฟล์เป็นเอกสาร PDF — กรุณาเปลี่ยนชื่อไฟล์ให้ลงท้ายด้วย .pdf แล้วแนบใหม่'
    })
    const unknown = check('README', Buffer.from([0, 1, 2, 3]))
    expect(unknown).toMatchObject({ ok: false, code: 'no-extension' })
    expect(!unknown.ok && unknown.messageTh).toContain('“README” ไม่มีนามสกุล')
    const image = check('photo', png())
    expect(!image.ok && image.messageTh).toContain('รูปภาพ PNG')
  })

  it('tells a file with swapped Office extensions which extension to use', () => {
    const a = check('ตาราง.doc', xls())
    expect(a).toMatchObject({ ok: false, code: 'content-mismatch' })
    expect(!a.ok && a.messageTh).toContain('เปลี่ยนนามสกุลเป็น .xls')
    const b = check('renamed.doc', docx())
    expect(!b.ok && b.messageTh).toContain('แต่เนื้อไฟล์เป็นเอกสาร Word (.docx)')
    expect(!b.ok && b.messageTh).toContain('เปลี่ยนนามสกุลเป็น .docx')
    const c = check('renamed.xlsx', xls())
    expect(!c.ok && c.messageTh).toContain('เปลี่ยนนามสกุลเป็น .xls')
  })

  it('requires word/ inside a .docx and xl/ inside a .xlsx', () => {
    expect(check('notword.docx', zip([{ name: 'a.txt', data: 'x' }]))).toMatchObject({ ok: false, code: 'content-mismatch' })
    expect(check('word.xlsx', docx())).toMatchObject({ ok: false, code: 'content-mismatch' })
  })

  it('refuses password-protected Office files, saying how to remove the password', () => {
    const v = check('ลับ.docx', oleWith('EncryptionInfo', 'EncryptedPackage'))
    expect(v).toMatchObject({ ok: false, code: 'content-mismatch' })
    expect(!v.ok && v.messageTh).toContain('รหัสผ่าน')
  })

  it('refuses a non-Word OLE file named .doc', () => {
    expect(check('mail.doc', oleWith('__properties_version1.0'))).toMatchObject({ ok: false, code: 'content-mismatch' })
  })

  it('explains a web page saved as .xls and one downloaded instead of a PDF', () => {
    const xlsPage = check('export.xls', Buffer.from('<html><body><table><tr><td>1</td></tr></table></body></html>'))
    expect(!xlsPage.ok && xlsPage.messageTh).toContain(TH.advice.exportedToSpreadsheet)
    const pdfPage = check('download.pdf', Buffer.from('<!DOCTYPE html><html><head><title>Error</title></head></html>'))
    expect(!pdfPage.ok && pdfPage.messageTh).toContain(TH.advice.webDownloadFailed)
  })

  it('says when the content is of no known type', () => {
    const v = check('broken.pdf', Buffer.from([0x00, 0x13, 0x37, 0x00, 0x42]))
    expect(v).toMatchObject({ ok: false, code: 'content-mismatch' })
    expect(!v.ok && v.messageTh).toContain('ระบบตรวจไม่พบว่าเนื้อไฟล์เป็นเอกสาร PDF')
  })

  it('names the file (without its folder) in every refusal', () => {
    const refusals: [string, Uint8Array][] = [
      ['C:\\fakepath\\ว่าง.pdf', Buffer.alloc(0)],
      ['C:\\fakepath\\ใหญ่.pdf', Buffer.alloc(5 * MiB)],
      ['C:\\fakepath\\ไม่มีนามสกุล', pdf()],
      ['C:\\fakepath\\รูป.bmp', png()],
      ['C:\\fakepath\\ปลอม.pdf', png()],
      ['C:\\fakepath\\ปลอม.jpg', pdf()],
      ['C:\\fakepath\\ปลอม.rar', docx()]
    ]
    for (const [name, bytes] of refusals) {
      const v = check(name, bytes)
      expect(v.ok).toBe(false)
      if (v.ok) continue
      const shown = name.split('\\').at(-1) as string
      expect(v.messageTh).toContain(`“${shown}”`)
      expect(v.messageTh).not.toContain('fakepath')
      expect(v.messageTh).toContain(' — ')
    }
  })

  it('has a Thai name for every detected type', () => {
    for (const name of Object.values(TH.typeNames)) expect(name).toMatch(/[\u0E00-\u0E7F]/)
  })
})
