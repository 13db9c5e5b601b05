/**
 * Everything a person reads on the public index page and in the index service's messages, in one
 * place so the Thai can be reviewed together.
 *
 * The footer names the oldest software the page and its documents are known to work with, as the
 * office's announcement (2.3) asks: the page uses plain HTML and CSS (media queries, CSS grid in
 * the narrow layout), which Chrome/Edge 90, Firefox 90 and Safari 14 (2020–2021) all support; the
 * documents are PDF 1.4–1.7, Office Open XML and JPEG, which the readers named open.
 */

export const PAGE = {
  heading: (fy: string) => `รายการข้อมูลที่เผยแพร่ผ่านเว็บไซต์ ปีงบประมาณ ${fy}`,
  title: (fy: string, office: string) => (office ? `รายการข้อมูลที่เผยแพร่ ปีงบประมาณ ${fy} — ${office}` : `รายการข้อมูลที่เผยแพร่ ปีงบประมาณ ${fy}`),
  intro:
    'รายการเอกสารที่หน่วยงานเผยแพร่ต่อสาธารณะ จัดตามหมวดหมู่ข้อมูลและตัวชี้วัด (MOIT) ของการประเมินคุณธรรมและความโปร่งใส (ITA) ' +
    'แต่ละรายการระบุหน่วยงานเจ้าของข้อมูล ช่วงเวลาของข้อมูล วันที่เผยแพร่ ประเภทและขนาดไฟล์',
  summary: (items: string, categories: string) => `ทั้งหมด ${items} ไฟล์ ใน ${categories} หมวด`,
  empty: (fy: string) => `ยังไม่มีรายการข้อมูลที่เผยแพร่ในปีงบประมาณ ${fy}`,
  skipLink: 'ข้ามไปยังรายการข้อมูล',
  tocLabel: 'หมวดข้อมูลในหน้านี้',
  tocHeading: 'หมวดข้อมูล',
  tocEntry: (category: string, count: string) => `${category} (${count} ไฟล์)`,
  category: (code: string, name: string) => `หมวด ${code} ${name}`,
  indicator: (code: string, title: string) => `${code} ${title}`,
  noIndicator: 'ไม่ระบุตัวชี้วัด',
  caption: (category: string, indicator: string, count: string) => `${category} — ${indicator}: ${count} ไฟล์`,
  columns: {
    title: 'ชื่อเรื่อง',
    owner: 'หน่วยงานเจ้าของข้อมูล',
    period: 'ช่วงเวลาของข้อมูล',
    published: 'วันที่เผยแพร่',
    type: 'ประเภทไฟล์',
    size: 'ขนาดไฟล์',
    file: 'ไฟล์'
  },
  periodUnknown: 'ไม่ระบุ',
  periodRange: (from: string, to: string) => `${from} ถึง ${to}`,
  periodFrom: (from: string) => `ตั้งแต่ ${from}`,
  periodTo: (to: string) => `ถึง ${to}`,
  /** Read after the file name by screen readers, so the link says what it opens. */
  linkPurpose: (type: string, size: string) => `(เปิดไฟล์ ${type} ขนาด ${size})`,
  noSafeLink: 'ไม่มีลิงก์ (ที่อยู่ไฟล์ไม่ใช่ http หรือ https)',
  sizeBytes: (n: string) => `${n} ไบต์`,
  footerGenerated: (when: string) => `ปรับปรุงรายการล่าสุดเมื่อ ${when} (สร้างจากทะเบียนคำขอเผยแพร่ข้อมูลของหน่วยงานด้วยโปรแกรม Publish Desk)`,
  dateTime: (date: string, time: string) => `${date} เวลา ${time} น.`,
  footerBrowserLabel: 'เบราว์เซอร์ที่รองรับ:',
  footerBrowser:
    'Google Chrome หรือ Microsoft Edge รุ่น 90 ขึ้นไป, Mozilla Firefox รุ่น 90 ขึ้นไป, Safari รุ่น 14 ขึ้นไป (รวมถึง iPhone/iPad iOS 14 ขึ้นไป) และ Samsung Internet รุ่น 15 ขึ้นไป',
  footerReaderLabel: 'โปรแกรมเปิดเอกสาร:',
  footerReader:
    'ไฟล์ PDF เปิดด้วย Adobe Acrobat Reader DC (2020 ขึ้นไป), Foxit PDF Reader รุ่น 10 ขึ้นไป หรือตัวอ่าน PDF ในเบราว์เซอร์ข้างต้น; ' +
    'ไฟล์ Word/Excel (.docx .xlsx .doc .xls) เปิดด้วย Microsoft Office 2010 ขึ้นไป หรือ LibreOffice รุ่น 7 ขึ้นไป; ไฟล์ ZIP/RAR เปิดด้วย 7-Zip หรือโปรแกรมบีบอัดไฟล์ของระบบ'
} as const

export const TH = {
  badFiscalYear: (fy: unknown) => `ปีงบประมาณ “${String(fy)}” ไม่ถูกต้อง — ระบุเป็นปี พ.ศ. เช่น 2569`,
  noOffice: 'ยังไม่ได้ตั้งค่าข้อมูลหน่วยงาน จึงสร้างหน้ารายการข้อมูลไม่ได้ — ตั้งค่าหน่วยงานก่อน (ชื่อหน่วยงานจะแสดงบนหน้า)',
  badPublicUrl: (url: string) =>
    `ที่อยู่เว็บไซต์ของโปรไฟล์ (“${url}”) ไม่ใช่ที่อยู่ http หรือ https — แก้ “ที่อยู่เว็บไซต์สาธารณะ” ในโปรไฟล์โฮสต์ แล้วลองอีกครั้ง`,
  refreshFailed: (detail: string) =>
    `ปรับปรุงหน้ารายการข้อมูลบนเว็บไซต์ไม่สำเร็จเพราะข้อผิดพลาดภายในโปรแกรม (${detail}) — ไฟล์ที่เผยแพร่แล้วยังอยู่ครบ ให้สั่งปรับปรุงหน้ารายการอีกครั้ง`,
  outFolderMissing: (dir: string) => `ไม่พบโฟลเดอร์ ${dir} สำหรับบันทึกหน้ารายการข้อมูล — สร้างโฟลเดอร์ก่อน หรือเลือกที่บันทึกอื่น`
} as const
