/**
 * Everything about book numbers (ที่) a person reads, in one place so the Thai can be reviewed
 * together. Numbers, dates and years are shown with Thai digits, as the office prints them, and
 * never mixed with Arabic ones in one message.
 */
import type { BookNumbering } from '@shared/domain/schemas'
import { AppError } from '@shared/result'
import { formatThaiDate, toThaiDigits } from '@shared/thai'
import type { BookNoProblem } from './book-no'

const EXAMPLE = '“นภ ๐๓๓๒/๘๗๘”'
const FORMAT_HINT = `กรุณากรอกในรูปแบบ รหัสหน่วยงาน/เลขลำดับ เช่น ${EXAMPLE}`

export const DOING = {
  allocate: 'ออกเลขที่หนังสือ',
  record: 'บันทึกเลขที่หนังสือ'
}

const PROBLEM: Record<Exclude<BookNoProblem, 'empty'>, string> = {
  'no-slash': 'ไม่มีเครื่องหมาย / คั่นระหว่างรหัสหน่วยงานกับเลขลำดับ',
  'many-slashes': 'มีเครื่องหมาย / มากกว่าหนึ่งตัว',
  'no-prefix': 'ไม่มีรหัสหน่วยงานหน้าเครื่องหมาย /',
  'no-number': 'หลังเครื่องหมาย / ต้องเป็นเลขลำดับ (หรือ ว ตามด้วยเลขลำดับ สำหรับหนังสือเวียน)',
  zero: 'เลขลำดับต้องเริ่มที่ ๑',
  'too-large': 'เลขลำดับมากเกินกว่าจะเป็นเลขที่หนังสือได้'
}

/** "ปีงบประมาณ ๒๕๖๙" or "ปี พ.ศ. ๒๕๖๙": the year the running number belongs to. */
export function yearLabel(kind: BookNumbering, year: number): string {
  return toThaiDigits(kind === 'fiscal' ? `ปีงบประมาณ ${year}` : `ปี พ.ศ. ${year}`)
}

export function badBookNo(typed: string, problem: BookNoProblem): AppError {
  if (problem === 'empty') {
    return new AppError('invalid-input', `กรุณากรอกเลขที่หนังสือ เช่น ${EXAMPLE} หรือเว้นว่างไว้ให้โปรแกรมออกเลขถัดไปให้`, { bookNo: 'กรุณากรอกเลขที่หนังสือ' })
  }
  const why = PROBLEM[problem]
  return new AppError('invalid-input', `เลขที่หนังสือ “${typed.trim()}” ไม่ถูกต้อง: ${why} — ${FORMAT_HINT}`, { bookNo: why })
}

/** The typed number is already in the register: names the document that has it. */
export function duplicateBookNo(printed: string, kind: BookNumbering, year: number, earlier: { subject: string; documentDate: string }): AppError {
  const message =
    `เลขที่หนังสือ ${printed} ของ${yearLabel(kind, year)} ใช้ไปแล้วกับหนังสือเรื่อง “${earlier.subject}” ลงวันที่ ${formatThaiDate(earlier.documentDate)} ` +
    '— หนังสือสองฉบับใช้เลขที่เดียวกันไม่ได้ กรุณาตรวจเลขที่กับทะเบียนหนังสือส่งอีกครั้ง หรือเว้นว่างไว้ให้โปรแกรมออกเลขถัดไปให้'
  return new AppError('conflict', message, { bookNo: 'เลขที่หนังสือนี้ใช้ไปแล้ว' })
}

export const TEXT = {
  noOffice: 'ยังไม่ได้ตั้งค่าข้อมูลหน่วยงาน จึงออกเลขที่หนังสือไม่ได้ — กรุณากรอกข้อมูลหน่วยงานที่หน้าตั้งค่า › ข้อมูลหน่วยงาน แล้วลองอีกครั้ง',
  prefixHasSlash: (prefix: string) =>
    `รหัสเลขที่หนังสือของหน่วยงาน “${prefix}” มีเครื่องหมาย / อยู่ด้วย จึงออกเลขต่อท้ายไม่ได้ — แก้ไขที่หน้าตั้งค่า › ข้อมูลหน่วยงาน ให้เหลือเฉพาะรหัส เช่น “นภ ๐๓๓๒” (โปรแกรมจะเติม /เลขลำดับ ให้เอง)`,
  prefixEmpty: 'รหัสเลขที่หนังสือของหน่วยงานว่างอยู่ — กรอกที่หน้าตั้งค่า › ข้อมูลหน่วยงาน เช่น “นภ ๐๓๓๒” แล้วลองอีกครั้ง',
  requestsMissing: (ids: number[]) =>
    `ไม่พบคำขอเลขที่ ${toThaiDigits(ids.join(', '))} ในทะเบียน จึงยังไม่ได้${DOING.allocate} — กรุณาตรวจสอบรายการคำขอที่เลือกอีกครั้ง`,
  sequenceFull: (kind: BookNumbering, year: number) =>
    `เลขลำดับของ${yearLabel(kind, year)} ถึงค่าสูงสุดแล้ว — กรุณาตรวจสอบเลขที่หนังสือที่บันทึกด้วยมือในปีนี้ (อาจพิมพ์เลขผิด)`
}
