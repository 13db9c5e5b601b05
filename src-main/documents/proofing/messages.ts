/**
 * Every Thai sentence proofing shows, in one place so it can be read and reviewed together.
 * Each says what is wrong and what it probably should be. Numbers are shown in Thai digits.
 */
import { formatThaiDate, toThaiDigits, type FiscalQuarter, type IsoDate } from '@shared/thai'

const n = (x: number | string): string => toThaiDigits(String(x))
const placeWord = (kind: 'district' | 'province'): string => (kind === 'district' ? 'อำเภอ' : 'จังหวัด')

export const TH = {
  scripts: {
    other: 'ที่ไม่ใช่อักษรไทยหรืออักษรละติน'
  },

  foreignScript: (script: string, found: string, codes: string): string =>
    `พบอักษร${script} “${found}” (${codes}) ในเอกสาร — เอกสารราชการควรมีเฉพาะอักษรไทยและอักษรละติน ` +
    'มักติดมาจากการคัดลอกข้อความหรือแบบอักษรที่วาดอักษรหนึ่งให้ดูเหมือนอีกอักษรหนึ่ง ให้ลบแล้วพิมพ์ใหม่เป็นอักษรไทย',

  unreadable: (codes: string): string =>
    `พบอักขระพิเศษที่อ่านเป็นข้อความไม่ได้ (${codes}) — มักมาจากแบบอักษรรุ่นเก่าหรือไฟล์ PDF ที่ไม่มีตารางแปลงรหัสอักษร ` +
    'ข้อความตรงนี้อาจแสดงหรือค้นหาไม่ถูกต้อง และการตรวจส่วนอื่นอาจไม่ครบ ให้ตรวจจากไฟล์ต้นฉบับ (DOCX) แทน',

  foreignPlace: (found: string, kind: 'district' | 'province', own: string, suggestion: string): string =>
    `พบ “${found}” ซึ่งไม่ใช่${placeWord(kind)}ของหน่วยงาน (${placeWord(kind)}${own}) — ` +
    `อาจติดมาจากเอกสารของหน่วยงานอื่น ตรวจสอบแล้วแก้เป็น “${suggestion}”`,

  placeMisspelt: (found: string, kind: 'district' | 'province', own: string, suggestion: string): string =>
    `“${found}” ใกล้เคียงกับชื่อ${placeWord(kind)}ของหน่วยงาน (${placeWord(kind)}${own}) แต่ไม่ตรงกัน — ตรวจสอบการสะกด ควรเป็น “${suggestion}”`,

  nameNearMiss: (found: string, register: string): string =>
    `ชื่อ “${found}” ใกล้เคียงกับ “${register}” ในทะเบียนบุคลากร แต่ไม่ตรงกัน — ตรวจสอบการสะกด`,

  titleMismatch: (found: string, register: string): string =>
    `“${found}” ใช้คำนำหน้าชื่อต่างจากทะเบียนบุคลากร (“${register}”) — ตรวจสอบคำนำหน้าชื่อ`,

  noSuchQuarter: (quarter: string): string => `“${quarter}” ไม่มีอยู่จริง — ปีงบประมาณมี ๔ ไตรมาส (ไตรมาสที่ ๑ ถึง ๔)`,

  quarterMonths: (quarter: string, found: string, expected: string, suggestion: string | undefined): string =>
    `“${quarter}” ของปีงบประมาณคือเดือน ${expected} แต่ข้อความระบุเดือน ${found}` +
    (suggestion ? ` — เดือน ${found} คือ${suggestion} ตรวจสอบว่าควรเป็น “${suggestion}”` : ' — ตรวจสอบไตรมาสและเดือนให้ตรงกัน'),

  quarterYear: (quarter: string, found: number, fy: number, expected: number): string =>
    `“${quarter}” ของปีงบประมาณ ${n(fy)} อยู่ในปี พ.ศ. ${n(expected)} แต่ข้อความระบุปี ${n(found)} — ตรวจสอบปี`,

  notDocumentQuarter: (quarter: string, docQuarter: FiscalQuarter, range: string): string =>
    `เอกสารนี้เป็นรายงานไตรมาสที่ ${n(docQuarter)} (${range}) แต่ข้อความระบุ “${quarter}” — ตรวจสอบไตรมาส`,

  titleMonths: (found: string, docQuarter: FiscalQuarter, expected: string): string =>
    `เอกสารนี้เป็นรายงานไตรมาสที่ ${n(docQuarter)} ซึ่งคือเดือน ${expected} แต่หัวเรื่องระบุเดือน ${found} — ตรวจสอบเดือนในหัวเรื่อง`,

  fiscalYearAhead: (year: string, date: string, fy: number): string =>
    `ข้อความระบุ “ปีงบประมาณ ${year}” แต่เอกสารลงวันที่ ${date} ซึ่งอยู่ในปีงบประมาณ ${n(fy)} — ` +
    'เอกสารจะกล่าวถึงปีงบประมาณถัดไปได้เฉพาะเมื่อทำในไตรมาสสุดท้ายก่อนปีนั้น ตรวจสอบปีงบประมาณหรือวันที่',

  fiscalYearBehind: (year: string, date: string, fy: number): string =>
    `ข้อความระบุ “ปีงบประมาณ ${year}” แต่เอกสารลงวันที่ ${date} ซึ่งอยู่ในปีงบประมาณ ${n(fy)} — ` +
    'หากไม่ได้ตั้งใจอ้างถึงปีที่ผ่านมา ให้แก้ปีงบประมาณหรือวันที่ให้ตรงกัน',

  fiscalYearNotDocument: (year: string, fy: number): string =>
    `เอกสารนี้เป็นของปีงบประมาณ ${n(fy)} แต่ข้อความระบุ “ปีงบประมาณ ${year}” — ตรวจสอบปีงบประมาณ`,

  announcementYear: (date: string, titleYear: number, titleParagraph: number, issued: number): string =>
    `ประกาศลงวันที่ ${date} แต่ชื่อประกาศ (ย่อหน้าที่ ${n(titleParagraph + 1)}) ระบุ พ.ศ. ${n(titleYear)} — ` +
    `ปี พ.ศ. ท้ายชื่อประกาศต้องเป็นปีที่ออกประกาศ ให้แก้ชื่อเป็น พ.ศ. ${n(issued)} หรือแก้วันที่ประกาศ ` +
    `(หากหมายถึงปีงบประมาณ ให้เขียนว่า “ประจำปีงบประมาณ ${n(titleYear)}”)`,

  lawYear: (found: string, name: string, edition: number, right: number, amendments: string, note: string | undefined): string =>
    `อ้างถึง “${found}” แต่${name}${edition > 1 ? ` (ฉบับที่ ${n(edition)})` : ''} ประกาศใช้ พ.ศ. ${n(right)} — แก้ปีเป็น ${n(right)}` +
    (note ? ` (${note})` : '') +
    (amendments ? ` ฉบับแก้ไข: ${amendments}` : ''),

  lawNoSuchEdition: (name: string, edition: number, amendments: string): string =>
    `ไม่พบ${name} (ฉบับที่ ${n(edition)}) ในตารางกฎหมายที่รู้จัก` +
    (amendments ? ` — ฉบับแก้ไขที่มี: ${amendments}` : ' — กฎหมายนี้ไม่มีฉบับแก้ไข') +
    ' ตรวจสอบเลขฉบับกับราชกิจจานุเบกษา',

  lawName: (wrong: string, name: string): string => `ชื่อกฎหมายเขียนว่า “${wrong}” — ชื่อที่ถูกต้องคือ “${name}”`,

  lawRepealed: (name: string, year: number, on: IsoDate, by: string): string =>
    `“${name} พ.ศ. ${n(year)}” ถูกยกเลิกแล้วตั้งแต่ ${formatThaiDate(on)} โดย${by} — ให้อ้างฉบับที่ใช้บังคับแทน`,

  mixedDigitsParagraph: (thai: number, arabic: number, found: string): string =>
    `ย่อหน้านี้ใช้ทั้งเลขไทย (${n(thai)} ตัว) และเลขอารบิก (${n(arabic)} ตัว) เช่น “${found}” — ` +
    'ควรใช้ตัวเลขแบบเดียวกันทั้งเอกสาร (ยกเว้นที่อยู่เว็บไซต์ อีเมล ชื่อไฟล์ และข้อความภาษาอังกฤษ)',

  mixedDigitsDocument: (minority: 'thai' | 'arabic', minorityCount: number, majorityCount: number, found: string): string => {
    const [few, many] = minority === 'arabic' ? ['เลขอารบิก', 'เลขไทย'] : ['เลขไทย', 'เลขอารบิก']
    return (
      `เอกสารนี้ใช้${many}ใน ${n(majorityCount)} ย่อหน้า แต่ใช้${few}ใน ${n(minorityCount)} ย่อหน้า ` +
      `(เริ่มที่ “${found}”) — ควรใช้ตัวเลขแบบเดียวกันทั้งเอกสาร`
    )
  },

  extract: {
    refused: (fileName: string, what: string): string =>
      `ตรวจ “${fileName}” ไม่ได้ เพราะเนื้อไฟล์เป็น${what} — ตรวจได้เฉพาะเอกสาร Word (.docx) และ PDF`,
    oldWord: (fileName: string): string =>
      `ตรวจ “${fileName}” ไม่ได้ เพราะเป็นเอกสาร Word รุ่นเก่า (.doc) — เปิดใน Word หรือ LibreOffice แล้วบันทึกเป็น .docx หรือ PDF ก่อน`,
    openDocument: (fileName: string): string =>
      `ตรวจ “${fileName}” ไม่ได้ เพราะเป็นเอกสาร OpenDocument — เปิดใน LibreOffice แล้วบันทึกเป็น .docx หรือส่งออกเป็น PDF ก่อน`,
    brokenDocx: (fileName: string): string =>
      `อ่าน “${fileName}” ไม่ได้ — ไฟล์ Word เสียหายหรือไม่มีเนื้อหาเอกสาร (word/document.xml) ลองเปิดแล้วบันทึกใหม่`,
    brokenPdf: (fileName: string, detail: string): string =>
      `อ่าน “${fileName}” ไม่ได้ (${detail}) — ไฟล์ PDF อาจเสียหายหรือตั้งรหัสผ่านไว้ ลองส่งออก PDF ใหม่จากต้นฉบับ`,
    unreadableFile: (fileName: string, reason: string): string => `เปิด “${fileName}” ไม่ได้ (${reason}) — ตรวจสอบว่าไฟล์มีอยู่และเปิดอ่านได้`
  }
}
