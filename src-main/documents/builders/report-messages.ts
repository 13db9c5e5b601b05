/**
 * The Thai sentences of the report builders (the quarterly log and the follow-up memo), in one
 * place. Each says what is wrong with the data the report is made from, and what to do.
 */
import { formatThaiDate, toThaiDigits } from '@shared/thai'

const n = (x: number | string): string => toThaiDigits(String(x))

export const REPORT_TH = {
  dateBeforePeriod: (what: string, date: string, label: string, start: string): string =>
    `${what}ลงวันที่ ${formatThaiDate(date)} ไม่ได้ เพราะอยู่ก่อนเริ่ม${label} (เริ่ม ${formatThaiDate(start)}) — รายงานต้องลงวันที่หลังช่วงเวลาที่รายงานเริ่มแล้ว กรุณาตรวจวันที่หรือไตรมาสอีกครั้ง`,

  itemOutsidePeriod: (requestId: number, day: string, label: string): string =>
    `คำขอเลขที่ ${n(requestId)} เผยแพร่เมื่อ ${formatThaiDate(day)} ซึ่งไม่อยู่ใน${label} จึงใส่ในรายงานนี้ไม่ได้`,

  noteNotInLog: (requestId: string, label: string): string =>
    `มีหมายเหตุของคำขอเลขที่ ${n(requestId)} แต่คำขอนี้ไม่ได้เผยแพร่ใน${label} — เลือกช่วงเวลาใหม่แล้วแก้หมายเหตุอีกครั้ง`,

  noWebmaster:
    'ยังไม่มีผู้ดูแลเว็บไซต์ (Web master) ที่ยังปฏิบัติงานในทะเบียนบุคลากร จึงไม่มีผู้รายงาน — เลือกผู้รายงาน หรือกำหนดบทบาทที่หน้าตั้งค่า › บุคลากร'
}
