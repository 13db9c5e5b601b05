/**
 * Every Thai string the file check shows to people, in one object so it can be reviewed in one
 * place. A refusal names the file, says what is wrong, then (after "—") what to do.
 */
import { ALLOWED_LIST_TEXT } from '@shared/domain/attachment-rules'
import type { AllowedKind, DetectedType } from './kinds'

/** Human name of what the bytes turned out to be (used after "เนื้อไฟล์เป็น…"). */
const TYPE_NAMES = {
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
} as const satisfies Record<DetectedType, string>

const nameWithExtension = (ext: string) => `กรุณาเปลี่ยนชื่อไฟล์ให้ลงท้ายด้วย ${ext} แล้วแนบใหม่`

export const TH = {
  allowedList: ALLOWED_LIST_TEXT,

  typeNames: TYPE_NAMES,

  /**
   * Name of what an allowed extension promises (used in "…ไม่พบว่าเนื้อไฟล์เป็น…"): the name of
   * the content it accepts, so the two never drift apart.
   */
  expectedNames: {
    pdf: TYPE_NAMES.pdf,
    doc: TYPE_NAMES['ole-doc'],
    xls: TYPE_NAMES['ole-xls'],
    docx: TYPE_NAMES['ooxml-docx'],
    xlsx: TYPE_NAMES['ooxml-xlsx'],
    jpg: TYPE_NAMES.jpg,
    zip: TYPE_NAMES.zip,
    rar: TYPE_NAMES.rar
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
    nameWithExtension,
    /** For a legacy Office file that could not be read far enough to tell which of the two it is. */
    nameWithDocOrXls: nameWithExtension('.doc หรือ .xls'),
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
