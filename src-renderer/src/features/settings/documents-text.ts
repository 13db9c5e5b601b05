import { toThaiDigits } from '@shared/thai'

/** The Thai of the document settings (office tab) and the templates tab. */
export const DOC_TEXT = {
  settings: {
    heading: 'การพิมพ์เอกสาร',
    intro: 'ค่าเริ่มต้นของบันทึกข้อความ แบบฟอร์ม และประกาศที่โปรแกรมพิมพ์ (เลือกใหม่ได้ทุกครั้งที่พิมพ์)',
    font: 'ฟอนต์ในไฟล์ Word (DOCX)',
    fontHint: 'ชื่อฟอนต์ที่ติดตั้งในเครื่องที่เปิดไฟล์ เช่น TH Sarabun New หรือ TH SarabunIT๙ — ไฟล์ PDF ใช้ฟอนต์ที่มากับโปรแกรมเสมอ',
    thaiDigits: 'ใช้เลขไทยในเอกสาร (๑ ๒ ๓)',
    preprinted: 'พิมพ์บันทึกข้อความบนกระดาษที่มีตราครุฑและหัวบันทึกพิมพ์ไว้แล้ว'
  },
  emblem: {
    heading: 'ภาพตราครุฑ',
    intro: 'พิมพ์ที่มุมซ้ายบนของบันทึกข้อความ สูง ๑.๕ ซม. — เลือกไฟล์ภาพ PNG หรือ JPEG ของตราครุฑ (ความสูงราว ๖๐๐ จุด)',
    none: 'ยังไม่ได้ตั้งค่าภาพตราครุฑ — บันทึกข้อความจะเว้นที่ของตราครุฑว่างไว้',
    current: 'ภาพตราครุฑที่ใช้อยู่',
    choose: 'เลือกไฟล์ภาพตราครุฑ',
    replace: 'เปลี่ยนภาพตราครุฑ',
    remove: 'นำภาพตราครุฑออก',
    removeQuestion: 'นำภาพตราครุฑออกจากเอกสาร?',
    saved: 'บันทึกภาพตราครุฑแล้ว',
    removed: 'นำภาพตราครุฑออกแล้ว',
    uploading: 'กำลังบันทึกภาพ…'
  },
  templates: {
    heading: 'แม่แบบเอกสาร',
    intro:
      'ข้อความคงที่ของเอกสารแต่ละชนิด เก็บเป็นไฟล์ JSON ของหน่วยงาน แก้ได้ตามแบบของหน่วยงาน ข้อความในวงเล็บปีกกา เช่น {office.name} โปรแกรมเติมให้จากทะเบียน — “คืนค่าเริ่มต้น” นำข้อความที่มากับโปรแกรมกลับมา',
    columns: { kind: 'เอกสาร', state: 'สถานะ', actions: 'จัดการ' },
    overridden: 'แก้ไขแล้ว',
    default: 'ค่าเริ่มต้น',
    edit: 'แก้ไข',
    editLabel: (label: string) => `แก้ไขแม่แบบ${label}`,
    editing: (label: string) => `แก้ไขแม่แบบ: ${label}`,
    text: 'ข้อความแม่แบบ (JSON)',
    textHint: 'แก้เฉพาะข้อความในเครื่องหมายคำพูด อย่าลบเครื่องหมาย { } [ ] , หรือ " — โปรแกรมตรวจก่อนบันทึกทุกครั้ง',
    save: 'บันทึกแม่แบบ',
    saving: 'กำลังบันทึก…',
    saved: (label: string) => `บันทึกแม่แบบ${label}แล้ว`,
    reset: 'คืนค่าเริ่มต้น',
    resetQuestion: (label: string) => `คืนข้อความแม่แบบ${label}เป็นค่าเริ่มต้น? ข้อความที่แก้ไว้จะหายไป`,
    resetDone: (label: string) => `คืนแม่แบบ${label}เป็นค่าเริ่มต้นแล้ว`,
    close: 'ปิด',
    loading: 'กำลังโหลดแม่แบบ…',
    unsaved: 'มีข้อความที่ยังไม่ได้บันทึก',
    jsonError: (line: number, column: number, detail: string) =>
      `ข้อความแม่แบบไม่ใช่ JSON ที่ถูกต้อง ที่บรรทัด ${toThaiDigits(String(line))} ตำแหน่ง ${toThaiDigits(String(column))} (${detail}) — ตรวจเครื่องหมายคำพูด จุลภาค และวงเล็บรอบจุดนั้น`,
    jsonErrorNoPlace: (detail: string) => `ข้อความแม่แบบไม่ใช่ JSON ที่ถูกต้อง (${detail}) — ตรวจเครื่องหมายคำพูด จุลภาค และวงเล็บ`
  }
} as const
