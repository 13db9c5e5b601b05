/** Every Thai sentence of the register's export and import, in one place for review. */
import { IMPORT_FIELD_LABELS, type ImportField } from '@shared/domain/register-io'

const label = (f: ImportField) => `“${IMPORT_FIELD_LABELS[f]}”`

export const IO_TEXT = {
  csvSheet: 'CSV',
  emptyFile: (name: string) => `ไฟล์ “${name}” ว่าง ไม่มีข้อมูลให้นำเข้า — เลือกไฟล์บันทึกที่มีข้อมูล`,
  oldXls: (name: string) =>
    `ไฟล์ “${name}” เป็น Excel รุ่นเก่า (.xls) ซึ่งโปรแกรมอ่านไม่ได้ — เปิดใน Excel แล้วบันทึกเป็น (Save As) “Excel Workbook (.xlsx)” หรือ “CSV UTF-8” แล้วนำเข้าอีกครั้ง`,
  notAWorkbook: (name: string) => `ไฟล์ “${name}” มีนามสกุลของ Excel แต่เนื้อไฟล์ไม่ใช่สมุดงาน .xlsx — เปิดใน Excel แล้วบันทึกเป็น .xlsx อีกครั้ง`,
  unreadableWorkbook: (name: string, detail: string) => `อ่านสมุดงาน “${name}” ไม่ได้ (${detail}) — ไฟล์อาจเสียหาย ลองเปิดใน Excel แล้วบันทึกใหม่`,
  notText: (name: string) => `ไฟล์ “${name}” ไม่ใช่ไฟล์ข้อความ CSV หรือสมุดงาน Excel (.xlsx) — เลือกไฟล์บันทึกที่เป็น .xlsx หรือ .csv`,
  badCsv: (name: string, detail: string) => `อ่านไฟล์ CSV “${name}” ไม่ได้: ${detail}`,
  noSheet: (sheet: string, sheets: string[]) => `ไม่พบแผ่นงาน “${sheet}” ในไฟล์ — แผ่นงานที่มี: ${sheets.join(', ')}`,
  noRows: 'ไม่พบแถวข้อมูลใต้แถวหัวตาราง — ตรวจสอบว่าเลือกแผ่นงานและแถวหัวตารางถูกต้อง',
  headerPastEnd: (row: number, last: number) => `แถวหัวตารางที่ ${row} อยู่เลยแถวสุดท้ายของแผ่นงาน (แถวที่ ${last})`,
  notMapped: (f: ImportField) => `ยังไม่ได้เลือกคอลัมน์ของ ${label(f)} — เลือกในตารางจับคู่คอลัมน์`,
  noColumn: (f: ImportField, index: number, count: number) => `คอลัมน์ที่เลือกให้ ${label(f)} (คอลัมน์ที่ ${index + 1}) ไม่มีในแผ่นงาน ซึ่งมี ${count} คอลัมน์`,
  noOwnerUnit: 'ไม่มีหน่วยงานเจ้าของข้อมูล — เลือกคอลัมน์หน่วยงาน หรือกรอก “หน่วยงานเริ่มต้น” สำหรับทุกแถว',
  noCategory: 'ไม่มีหมวดหมู่ข้อมูล — เลือกคอลัมน์หมวด หรือเลือก “หมวดเริ่มต้น” สำหรับทุกแถว',
  unknownDefaultCategory: (code: string) => `ไม่พบหมวดเริ่มต้น “${code}” ในทะเบียน — เลือกหมวดจากรายการ`,
  missingDate: 'ไม่มีวันที่',
  missingTitle: 'ไม่มีเรื่อง',
  futureDate: (shown: string) => `วันที่ ${shown} ยังมาไม่ถึง — รายการที่นำเข้าต้องเป็นรายการที่เผยแพร่ไปแล้ว`,
  publishedBeforeRequest: 'วันที่เผยแพร่อยู่ก่อนวันที่ขอ',
  publishUntilBeforeDate: 'วันที่ครบกำหนดนำออกอยู่ก่อนวันที่ขอเผยแพร่',
  unknownCategory: (value: string, codes: string) => `ไม่รู้จักหมวด ‘${value}’ — ใช้รหัสหมวด เช่น ${codes}`,
  unknownIndicator: (value: string, fy: number) => `ไม่พบตัวชี้วัด ‘${value}’ ของปีงบประมาณ ${fy} — ดูรหัสได้ที่ ตั้งค่า › ตัวชี้วัด`,
  badUrl: (f: ImportField, value: string) => `${label(f)} ‘${value}’ ต้องขึ้นต้นด้วย http:// หรือ https://`,
  notPublished: (value: string) => `สถานะ ‘${value}’ — นำเข้าได้เฉพาะรายการที่เผยแพร่แล้ว (บันทึกที่นำเข้าเป็นประวัติการเผยแพร่)`,
  dateField: (f: ImportField, message: string) => (f === 'requestDate' ? message : `${IMPORT_FIELD_LABELS[f]}: ${message}`),
  duplicateInRegister: (id: number) => `ในทะเบียนมีคำขอเรื่องเดียวกันวันเดียวกันอยู่แล้ว (เลขที่ ${id}) — ตรวจว่าไม่ได้นำเข้าซ้ำ`,
  duplicateInFile: (row: number) => `ซ้ำกับแถวที่ ${row} ในไฟล์ (เรื่องและวันที่เดียวกัน)`,
  truncated: (f: ImportField, max: number) => `${label(f)} ยาวเกิน ${max} ตัวอักษร`,
  refused: (count: number, lines: string[], more: number) =>
    `ยังไม่ได้นำเข้า เพราะมีแถวที่ไม่ถูกต้อง ${count} แถว — แก้ไฟล์แล้วนำเข้าใหม่ หรือเลือก “ข้ามแถวที่ไม่ถูกต้อง” เพื่อนำเข้าเฉพาะแถวที่ถูกต้อง:\n${lines.join('\n')}${more > 0 ? `\n(และอีก ${more} แถว)` : ''}`,
  fileProblems: (problems: string[]) => `ยังไม่ได้นำเข้า: ${problems.join(' · ')}`,
  nothingToWrite: 'ไม่มีแถวที่ถูกต้องให้นำเข้า — ไม่ได้บันทึกอะไร',
  importReason: (fileName: string, row: number) => `นำเข้าจากบันทึกการเผยแพร่ของหน่วยงาน “${fileName}” แถวที่ ${row} — เป็นรายการที่เผยแพร่ไปแล้วก่อนใช้โปรแกรม`,
  importing: 'นำเข้าทะเบียนจากไฟล์บันทึก',
  exportFileName: (date: string, ext: string) => `ทะเบียนคำขอเผยแพร่ ${date}.${ext}`,
  sheetName: 'ทะเบียนคำขอเผยแพร่'
} as const
