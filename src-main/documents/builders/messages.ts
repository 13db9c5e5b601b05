/**
 * Every Thai sentence the builders show, in one place so it can be reviewed together. Each says
 * what is wrong with the data a document is being made from, and what to do.
 */
import { formatThaiDate, toThaiDigits } from '@shared/thai'
import { KIND_LABELS, type TemplateKind } from '../templates'

const n = (x: number | string): string => toThaiDigits(String(x))

export const TH = {
  docRef: (kind: TemplateKind): string => `${KIND_LABELS[kind]}`,

  wrongTemplate: (kind: TemplateKind, got: string): string =>
    `ใช้แม่แบบผิดชนิด: ${KIND_LABELS[kind]} ต้องใช้แม่แบบ “${kind}” แต่ได้รับแม่แบบ “${got}”`,

  unknownSection: (kind: TemplateKind, key: string, valid: string): string =>
    `${KIND_LABELS[kind]} ไม่มีส่วนชื่อ “${key}” — ส่วนที่แก้ไขได้คือ ${valid}`,

  sectionLabel: (key: string, heading: string | null): string => (heading ? `${key} (${heading})` : key),

  sectionProblem: (kind: TemplateKind, section: string, problem: string): string =>
    `ข้อความส่วน ${section} ของ${KIND_LABELS[kind]}: ${problem}`,

  allSectionsEmpty: (kind: TemplateKind): string =>
    `เนื้อหาของ${KIND_LABELS[kind]}ว่างทุกส่วน — กรอกข้อความอย่างน้อยหนึ่งส่วน หรือใช้ข้อความเริ่มต้น`,

  noRequests: 'ยังไม่ได้เลือกคำขอเผยแพร่ — เลือกอย่างน้อย ๑ รายการก่อนพิมพ์บันทึกขออนุมัติ',

  badDate: (label: string, value: string): string =>
    `${label} “${value}” ไม่ใช่วันที่ที่ถูกต้อง — ต้องอยู่ในรูปแบบ ปปปป-ดด-วว (ค.ศ.)`,

  fyMismatch: (kind: TemplateKind, fy: number, date: string, use: 'plan' | 'report'): string =>
    `${KIND_LABELS[kind]} ปีงบประมาณ ${n(fy)} ลงวันที่ ${formatThaiDate(date)} ไม่ได้ — ` +
    (use === 'plan'
      ? 'วันที่ต้องอยู่ในปีงบประมาณนั้น (๑ ตุลาคม – ๓๐ กันยายน) หรือในไตรมาสสุดท้ายก่อนเริ่มปีงบประมาณ (กรกฎาคม – กันยายน) '
      : 'วันที่ต้องอยู่ในปีงบประมาณนั้น ในไตรมาสก่อนเริ่มปี (กรกฎาคม – กันยายน) หรือในไตรมาสแรกหลังสิ้นปี (ตุลาคม – ธันวาคม) ') +
    'กรุณาตรวจวันที่หรือปีงบประมาณอีกครั้ง',

  badFiscalYear: (fy: number): string => `ปีงบประมาณ “${n(fy)}” ไม่ถูกต้อง — ต้องเป็นปี พ.ศ. เช่น ๒๕๖๙`,

  personMissing: (role: string, who: string): string =>
    `ไม่พบ${role} (${who}) ในทะเบียนบุคลากร — ตรวจสอบที่หน้าตั้งค่า › บุคลากร แล้วลองอีกครั้ง`,

  noHead: 'ยังไม่มีผู้อนุมัติ (หัวหน้าหน่วยงาน) ในทะเบียนบุคลากร — เพิ่มหรือกำหนดบทบาทที่หน้าตั้งค่า › บุคลากร แล้วลองอีกครั้ง',

  noWebmaster: 'ยังไม่มีผู้ดูแลเว็บไซต์ (Web master) ในทะเบียนบุคลากร — เพิ่มหรือกำหนดบทบาทที่หน้าตั้งค่า › บุคลากร แล้วลองอีกครั้ง',

  badUrgency: (u: string): string => `ชั้นความเร็ว “${u}” ไม่ถูกต้อง — ใช้ได้เฉพาะ ด่วน ด่วนมาก หรือ ด่วนที่สุด (หรือไม่ระบุ)`,

  roles: { requester: 'ผู้รับผิดชอบการให้ข้อมูล', approver: 'ผู้อนุมัติ', publisher: 'ผู้นำข้อมูลขึ้นเผยแพร่' }
}
