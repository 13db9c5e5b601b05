import { toThaiDigits } from '@shared/thai'

const n = (x: number): string => toThaiDigits(String(x))

/** Every Thai string of the print screens, in one place so the wording can be reviewed together. */
export const TEXT = {
  print: 'พิมพ์',
  printTitle: (requestNo: number) => `พิมพ์เอกสารของคำขอเลขที่ ${n(requestNo)}`,
  close: 'ปิด',
  kind: 'เอกสารที่จะพิมพ์',
  kinds: {
    'request-form': 'แบบฟอร์มการขอเผยแพร่ข้อมูล',
    'memo-approval': 'บันทึกข้อความขออนุมัติเผยแพร่'
  },
  options: 'ตัวเลือกการพิมพ์',
  thaiDigits: 'ใช้เลขไทย',
  preprinted: 'กระดาษที่พิมพ์ตราครุฑและหัวบันทึกไว้แล้ว',
  urgency: 'ชั้นความเร็ว',
  urgencyNone: 'ปกติ (ไม่ระบุ)',
  from: 'ผู้เสนอบันทึก',
  fromDefault: 'ผู้ช่วยหัวหน้าหน่วยงาน (ค่าเริ่มต้น)',
  bookNo: 'เลขที่หนังสือ (ที่)',
  bookNoModes: {
    allocate: 'ออกเลขถัดไปจากทะเบียนหนังสือส่งเมื่อบันทึกไฟล์',
    manual: 'พิมพ์เลขที่เอง',
    none: 'ไม่ออกเลข (เว้นว่างไว้เขียนด้วยมือ)'
  },
  bookNoValue: 'เลขที่หนังสือ',
  bookNoPlaceholder: 'เช่น นภ ๐๓๓๒/๘๗๘',
  sections: 'ข้อความในบันทึก',
  sectionsHint: 'แก้ไขได้ก่อนพิมพ์ บรรทัดละหนึ่งย่อหน้า ข้อความในวงเล็บปีกกา เช่น {office.name} โปรแกรมจะเติมให้ — ข้อความนี้ใช้กับเอกสารฉบับนี้เท่านั้น',
  sectionReset: 'คืนข้อความเดิม',
  sectionLabels: { background: 'ย่อหน้าความเป็นมา', facts: 'ย่อหน้าข้อเท็จจริง', consideration: 'ย่อหน้าข้อพิจารณา', proposal: 'ย่อหน้าข้อเสนอ' } as Record<string, string>,
  sectionLabel: (key: string) => `ส่วน “${key}”`,
  sectionsLoading: 'กำลังโหลดข้อความของบันทึก…',
  preview: 'ตัวอย่างเอกสาร',
  refresh: 'แสดงตัวอย่างใหม่',
  preparing: 'กำลังจัดหน้าเอกสาร…',
  stale: 'ตัวเลือกหรือข้อความเปลี่ยนไปหลังแสดงตัวอย่าง — กด “แสดงตัวอย่างใหม่” ก่อนบันทึกไฟล์',
  pages: (shown: number, total: number) => (shown === total ? `เอกสาร ${n(total)} หน้า` : `แสดง ${n(shown)} จาก ${n(total)} หน้า`),
  pageLabel: (page: number, total: number) => `หน้า ${n(page)} จาก ${n(total)}`,
  previewFailed: (reason: string) => `แสดงตัวอย่างไม่ได้: ${reason}`,
  rendering: 'กำลังวาดหน้าเอกสาร…',
  findings: (count: number) => `จุดที่ควรตรวจ (${n(count)})`,
  noFindings: 'ตรวจข้อความแล้ว ไม่พบจุดที่ต้องแก้ไข',
  findingsIntro: 'อ่านแต่ละรายการ แก้ข้อความในคำขอหรือในบันทึกถ้าผิดจริง หรือติ๊ก “ตรวจแล้ว” เมื่อยืนยันว่าถูกต้อง — บันทึกไฟล์ได้เมื่อตรวจครบทุกรายการ',
  findingChecked: 'ตรวจแล้ว',
  findingAck: (excerpt: string) => `ตรวจแล้ว: “${excerpt}”`,
  severity: { error: 'ผิดพลาด', warning: 'ควรตรวจ' },
  suggestion: (s: string) => `ควรเป็น: ${s}`,
  toAcknowledge: (left: number) => `ยังไม่ได้ตรวจ ${n(left)} รายการ`,
  savePdf: 'บันทึกเป็น PDF',
  saveDocx: 'บันทึกเป็น DOCX (Word)',
  saving: 'กำลังบันทึกไฟล์…',
  downloaded: (fileName: string) => `ดาวน์โหลดไฟล์ “${fileName}” แล้ว (อยู่ในโฟลเดอร์ดาวน์โหลดของเบราว์เซอร์)`,
  savedAt: (path: string) => `บันทึกไฟล์ที่ ${path} และเปิดด้วยโปรแกรมเริ่มต้นแล้ว`,
  cancelled: 'ยกเลิกการบันทึกไฟล์ — ไม่ได้บันทึกไฟล์',
  cancelledNumbered: (bookNo: string) =>
    `ยกเลิกการบันทึกไฟล์ — แต่เลขที่หนังสือ ${bookNo} ออกในทะเบียนหนังสือส่งไปแล้ว ถ้ายังต้องการไฟล์ ให้บันทึกอีกครั้ง (จะได้เลขใหม่)`,
  numbered: (bookNo: string) => `ออกเลขที่หนังสือ ${bookNo} แล้ว`,
  numberedAgain:
    'บันทึกข้อความนี้ได้เลขที่หนังสือแล้ว — การบันทึกไฟล์อีกครั้ง (เช่น อีกรูปแบบหนึ่ง) จะออกเลขใหม่ ถ้าไม่ต้องการให้เลือก “ไม่ออกเลข”',
  notices: 'ข้อควรทราบ',

  batch: {
    open: 'พิมพ์หลายรายการ',
    openHint: (count: number) => `พิมพ์แบบฟอร์มของคำขอที่แสดงอยู่ ${n(count)} รายการ`,
    title: 'พิมพ์แบบฟอร์มหลายรายการ',
    intro: (count: number) => `พิมพ์แบบฟอร์มการขอเผยแพร่ของคำขอที่แสดงในทะเบียนขณะนี้ ${n(count)} รายการ ทีละฉบับ`,
    tooMany: (count: number, max: number) => `ทะเบียนแสดงอยู่ ${n(count)} รายการ — พิมพ์ได้ครั้งละไม่เกิน ${n(max)} รายการ จะพิมพ์ ${n(max)} รายการแรก กรองทะเบียนให้แคบลงถ้าต้องการรายการอื่น`,
    none: 'ไม่มีคำขอในทะเบียนที่แสดงอยู่ — ค้นหาหรือกรองให้พบคำขอที่ต้องการก่อน',
    format: 'รูปแบบไฟล์',
    start: (count: number) => `เริ่มพิมพ์ ${n(count)} รายการ`,
    stop: 'หยุด',
    progress: 'ความคืบหน้าการพิมพ์',
    progressText: (done: number, total: number) => `${n(done)} จาก ${n(total)} รายการ`,
    loading: 'กำลังรวบรวมรายการคำขอ…',
    findingsSkip: (count: number) => `มีจุดที่ควรตรวจ ${n(count)} รายการ — เปิดคำขอนี้แล้วพิมพ์ทีละฉบับเพื่อตรวจก่อน`,
    done: (ok: number, failed: number) => (failed === 0 ? `พิมพ์เสร็จ ${n(ok)} รายการ` : `พิมพ์เสร็จ ${n(ok)} รายการ ไม่สำเร็จ ${n(failed)} รายการ (ดูรายละเอียดด้านล่าง)`),
    stopped: (ok: number) => `หยุดแล้ว — พิมพ์ไปแล้ว ${n(ok)} รายการ`,
    failures: 'รายการที่พิมพ์ไม่สำเร็จ',
    item: (id: number, title: string) => `คำขอเลขที่ ${n(id)} ${title}`,
    saveEach: 'ในโปรแกรมบนเครื่อง จะถามที่บันทึกทีละไฟล์'
  }
} as const
