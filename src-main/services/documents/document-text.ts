/**
 * Everything about printing documents a person reads, in one place so the Thai can be reviewed
 * together. Each message says what happened and what to do. Numbers are shown with Thai digits.
 */
import type { DocumentFinding, PrintableKind } from '@shared/domain/documents-schemas'
import { toThaiDigits } from '@shared/thai'
import { KIND_LABELS } from '../../documents/templates'

const n = (x: number | string): string => toThaiDigits(String(x))
const label = (kind: PrintableKind): string => KIND_LABELS[kind]

export const DOING = {
  export: 'บันทึกเอกสาร',
  sign: 'ลงนามเสนอบันทึก',
  emblem: 'ตั้งค่าภาพตราครุฑ',
  template: 'แก้ไขแม่แบบเอกสาร'
}

export const TH = {
  noOffice: 'ยังไม่ได้ตั้งค่าข้อมูลหน่วยงาน จึงพิมพ์เอกสารไม่ได้ — กรุณากรอกข้อมูลหน่วยงานที่หน้าตั้งค่า › ข้อมูลหน่วยงาน แล้วลองอีกครั้ง',

  oneRequest: (count: number): string =>
    `แบบฟอร์มการขอเผยแพร่พิมพ์ได้ครั้งละ ๑ คำขอ แต่เลือกมา ${n(count)} รายการ — เลือกคำขอเพียงรายการเดียว (พิมพ์หลายรายการให้พิมพ์ทีละฉบับ)`,

  noRequestsWanted: (kind: PrintableKind): string => `${label(kind)}ไม่ได้พิมพ์จากคำขอเผยแพร่ — ไม่ต้องเลือกคำขอ`,

  noSections: (kind: PrintableKind): string =>
    `${label(kind)}ไม่มีส่วนข้อความให้แก้ไขก่อนพิมพ์ — ข้อความคงที่แก้ได้ที่หน้าตั้งค่า › แม่แบบเอกสาร`,

  noBookNo: (kind: PrintableKind): string =>
    `${label(kind)}ไม่มีเลขที่หนังสือ (ที่) — เลขที่หนังสือใช้กับบันทึกข้อความเท่านั้น`,

  fiscalYearNeeded: (kind: PrintableKind): string => `กรุณาระบุปีงบประมาณของ${label(kind)} เช่น ๒๕๖๙`,

  noAssistant:
    'ยังไม่ได้เลือกผู้เสนอบันทึก และไม่มีผู้ช่วยหัวหน้าหน่วยงานที่ยังปฏิบัติงานในทะเบียนบุคลากร — เลือกผู้เสนอบันทึก หรือกำหนดบทบาทที่หน้าตั้งค่า › บุคลากร',

  noHead: 'ยังไม่มีผู้อนุมัติ (หัวหน้าหน่วยงาน) ที่ยังปฏิบัติงานในทะเบียนบุคลากร — เพิ่มหรือกำหนดบทบาทที่หน้าตั้งค่า › บุคลากร แล้วลองอีกครั้ง',

  unacknowledged: (missing: readonly DocumentFinding[]): string =>
    `ยังบันทึกเอกสารไม่ได้: มีจุดที่ตรวจพบ ${n(missing.length)} รายการที่ยังไม่ได้ยืนยันว่าอ่านแล้ว — ` +
    `ตรวจและแก้ข้อความ หรือยืนยันทุกรายการก่อนบันทึก: ${missing.slice(0, 3).map((f) => `“${f.excerpt}” (${f.messageTh})`).join('; ')}` +
    (missing.length > 3 ? ` และอีก ${n(missing.length - 3)} รายการ` : ''),

  numberRace:
    'มีการออกเลขที่หนังสือจากเครื่องหรือหน้าต่างอื่นพร้อมกันหลายครั้ง จึงยังไม่ได้บันทึกเอกสาร (ยังไม่มีการใช้เลขใด) — กรุณาลองบันทึกอีกครั้ง',

  previewNumber: 'เลขที่หนังสือจะออกจากทะเบียนหนังสือส่งเมื่อบันทึกไฟล์ ตัวอย่างนี้จึงแสดงเป็นจุดไว้',

  blankNumber: 'เอกสารนี้ไม่ออกเลขที่หนังสือ ช่อง “ที่” จะเว้นว่างไว้ให้เขียนด้วยมือ',

  noEmblem:
    'ยังไม่ได้ตั้งค่าภาพตราครุฑของหน่วยงาน เอกสารจะพิมพ์โดยเว้นที่ของตราครุฑว่างไว้ — เลือกไฟล์ภาพตราครุฑ (PNG หรือ JPEG) ที่หน้าตั้งค่า › ข้อมูลหน่วยงาน หรือเลือกใช้กระดาษที่พิมพ์ตราครุฑไว้แล้ว',

  emblemMissing: (file: string, dataDir: string): string =>
    `ไม่พบไฟล์ภาพตราครุฑ ${file} ในโฟลเดอร์ข้อมูล ${dataDir} — เลือกไฟล์ภาพตราครุฑใหม่ที่หน้าตั้งค่า › ข้อมูลหน่วยงาน หรือเลือกใช้กระดาษที่พิมพ์ตราครุฑไว้แล้ว`,

  emblemUnreadable: (file: string, reason: string): string =>
    `อ่านไฟล์ภาพตราครุฑ ${file} ไม่ได้ (${reason}) — ตรวจสอบสิทธิ์การเข้าถึงโฟลเดอร์ข้อมูล หรือเลือกไฟล์ภาพใหม่`,

  emblemNotImage: (fileName: string): string =>
    `ไฟล์ “${fileName}” ไม่ใช่ภาพ PNG หรือ JPEG ที่อ่านได้ (ตรวจจากเนื้อไฟล์ ไม่ใช่จากนามสกุล) — เลือกไฟล์ภาพตราครุฑชนิด PNG หรือ JPEG`,

  emblemTooLarge: (fileName: string, mb: number): string =>
    `ไฟล์ภาพตราครุฑ “${fileName}” ใหญ่เกิน ${n(mb)} MB — ย่อขนาดภาพ (ความสูงราว ๖๐๐ จุดก็พอสำหรับพิมพ์ ๑.๕ ซม.) แล้วเลือกใหม่`,

  emblemSaveFailed: (reason: string): string =>
    `บันทึกภาพตราครุฑไม่สำเร็จ (${reason}) — ตรวจสอบพื้นที่ว่างและสิทธิ์การเขียนในโฟลเดอร์ข้อมูล แล้วลองอีกครั้ง`
}
