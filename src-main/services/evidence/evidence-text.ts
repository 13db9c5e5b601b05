/**
 * Everything about MOIT evidence a person reads — the contents page, the checklist's columns and
 * notes, the errors — in one place so the Thai can be reviewed together. Messages say what
 * happened and what to do. Numbers in messages use Thai digits; the printed contents page and the
 * checklist follow the office's digit setting (applied where they are built).
 */
import { STATUS_LABELS, type RequestStatus } from '@shared/domain/request-status'
import { toThaiDigits } from '@shared/thai'

const n = (x: number | string): string => toThaiDigits(String(x))

export const TH = {
  doing: { pack: 'จัดทำเล่มหลักฐาน ITA', checklist: 'จัดทำรายการตรวจหลักฐาน ITA' },

  noIndicator: (code: string, fy: number, codes: readonly string[]): string =>
    codes.length === 0
      ? `ปีงบประมาณ ${n(fy)} ยังไม่มีตัวชี้วัดในทะเบียน — เพิ่มหรือคัดลอกตัวชี้วัดจากปีก่อนที่หน้าตั้งค่า › ตัวชี้วัด แล้วลองอีกครั้ง`
      : `ไม่พบตัวชี้วัด “${code}” ในปีงบประมาณ ${n(fy)} — ตัวชี้วัดของปีนี้มี ${codes.slice(0, 30).join(', ')}${codes.length > 30 ? ' …' : ''} (ดูได้ที่หน้าตั้งค่า › ตัวชี้วัด)`,
  noIndicatorField: 'ไม่พบตัวชี้วัดนี้ในปีงบประมาณที่เลือก',

  nothingPublished: (code: string, period: string): string =>
    `ตัวชี้วัด ${code} ยังไม่มีรายการที่เผยแพร่แล้วใน${period} จึงยังไม่มีหลักฐานให้รวมเป็นเล่ม — ` +
    'ตรวจว่าคำขอที่เผยแพร่แล้วได้เลือกตัวชี้วัดนี้ไว้ (หน้าแก้ไขคำขอ › ตัวชี้วัด MOIT) หรือเลือกช่วงเวลาอื่น ' +
    'ส่วนรายการตรวจหลักฐาน (XLSX/CSV) ยังทำได้ และจะแสดงรายการที่ยังไม่มีหลักฐานเป็น “ไม่มี”',

  tooManyItems: (count: number, max: number): string =>
    `ช่วงเวลานี้มีรายการ ${n(count)} รายการ เกินกว่าที่รวมเป็นเล่มเดียวได้ (${n(max)} รายการ) — เลือกช่วงเวลาที่สั้นลง เช่น รายไตรมาส`,

  packTooLarge: (mb: number, max: number): string =>
    `เล่มหลักฐานมีขนาด ${n(mb)} MB เกินกว่าที่โปรแกรมจัดทำเป็นไฟล์เดียวได้ (${n(max)} MB) — เลือกช่วงเวลาที่สั้นลง เช่น รายไตรมาส หรือใช้คำสั่ง publish-desk evidence แทน`,

  // ---------------------------------------------------------------- the contents page
  contents: {
    documentTitle: (code: string) => `เล่มหลักฐาน ${code}`,
    heading: 'สารบัญเอกสารหลักฐานประกอบการประเมินคุณธรรมและความโปร่งใส (MOIT)',
    indicator: (code: string, title: string) => `ตัวชี้วัด ${code} ${title}`,
    period: (label: string) => `ช่วงเวลา: ${label}`,
    columns: { number: 'ลำดับ', title: 'เรื่อง', date: 'วันที่เผยแพร่', part: 'ส่วนประกอบ', page: 'หน้า' },
    memoNumbered: (bookNo: string) => `บันทึกข้อความขออนุมัติเผยแพร่ ที่ ${bookNo} (ตามทะเบียนหนังสือส่ง)`,
    memoUnnumbered: 'บันทึกข้อความขออนุมัติเผยแพร่ (ไม่มีเลขที่ในทะเบียนหนังสือส่ง — เว้นเลขที่ไว้)',
    document: (file: string, pages: number) => `เอกสาร: ${file} (${pages} หน้า)`,
    image: (file: string) => `ภาพ: ${file} (วางไว้ ๑ หน้า)`,
    original: (file: string, url: string) => `${file} — แนบเป็นไฟล์ต้นฉบับ: ${url}`,
    originalNoUrl: (file: string) => `${file} — แนบเป็นไฟล์ต้นฉบับ (ยังไม่มีลิงก์สาธารณะในทะเบียน)`,
    unreadable: (file: string, why: string, url: string) =>
      `${file} — ${why} จึงไม่ได้รวมไว้ในเล่ม — ${url === '' ? 'ยังไม่มีลิงก์สาธารณะในทะเบียน' : `แนบเป็นไฟล์ต้นฉบับ: ${url}`}`,
    noFile: (link: string) => (link === '' ? 'ไม่มีไฟล์แนบและไม่มีลิงก์ภายนอก' : `ไม่มีไฟล์แนบ — ลิงก์ภายนอก: ${link}`),
    form: 'แบบฟอร์มการขอเผยแพร่ข้อมูลผ่านเว็บไซต์',
    notMerged: '–',
    summary: (items: number, pages: number) => `รวม ${items} รายการ ${pages} หน้า (นับรวมหน้าสารบัญ)`,
    noteOriginals: 'ไฟล์ที่ไม่ใช่ PDF (เช่น DOCX XLSX) ไม่ได้รวมไว้ในเล่มนี้ แต่แนบเป็นไฟล์ต้นฉบับ ตรวจดูได้จากลิงก์ที่ระบุ',
    noteImages: 'ภาพ (JPG) วางไว้หน้าละหนึ่งภาพ ย่อให้พอดีหน้ากระดาษโดยคงสัดส่วนเดิม',
    noteUnnumbered: 'บันทึกข้อความที่ยังไม่มีเลขที่ในทะเบียนหนังสือส่ง พิมพ์โดยเว้นช่อง “ที่” ไว้ ไม่มีการออกเลขที่ใหม่ให้เอกสารหลักฐาน',
    made: (date: string) => `จัดทำด้วยโปรแกรมโต๊ะงานเผยแพร่ข้อมูล (Publish Desk) เมื่อ ${date}`
  },

  unreadable: {
    missing: 'ไม่พบไฟล์ในที่เก็บไฟล์แนบของโปรแกรม (ตรวจสอบการสำรองข้อมูล)',
    encrypted: 'ไฟล์ PDF มีรหัสผ่านหรือการเข้ารหัส',
    broken: 'เปิดไฟล์ PDF นี้ไม่ได้ (ไฟล์อาจเสีย)',
    image: 'วางภาพนี้ลงในหน้า PDF ไม่ได้ (ไฟล์ภาพอาจเสีย)'
  },

  // ---------------------------------------------------------------- the checklist
  checklist: {
    columns: ['MOIT', 'ลำดับ', 'หลักฐานที่ต้องตรวจ', 'มี/ไม่มี', 'File/Link', 'คำอธิบาย'] as const,
    present: 'มี',
    absent: 'ไม่มี',
    aboutSheet: 'รายละเอียด',
    about: {
      office: 'หน่วยงาน',
      indicator: 'ตัวชี้วัด',
      period: 'ช่วงเวลา',
      made: 'จัดทำเมื่อ',
      counts: 'จำนวน'
    },
    counts: (rows: number, present: number) => `${rows} รายการ มีหลักฐาน ${present} รายการ`,
    published: (title: string, date: string) => `${title} — เผยแพร่เมื่อ ${date}`,
    otherFiles: (urls: readonly string[]) => `ไฟล์อื่นของรายการนี้: ${urls.join(' ')}`,
    outside: (title: string, date: string) => `${title} — เผยแพร่เมื่อ ${date} ซึ่งอยู่นอกช่วงเวลาที่ตรวจ`,
    withdrawn: (title: string, date: string) => `${title} — นำออกจากเว็บไซต์แล้วเมื่อ ${date}`,
    notYet: (title: string, status: RequestStatus) => `${title} — ยังไม่ได้เผยแพร่ (สถานะ: ${STATUS_LABELS[status]})`,
    noRequests: (title: string) => `ยังไม่มีคำขอเผยแพร่ที่อ้างถึงตัวชี้วัดนี้ (${title}) — เลือกตัวชี้วัดในคำขอที่เป็นหลักฐาน`,
    noLink: 'ยังไม่มีลิงก์สาธารณะในทะเบียน'
  }
}
