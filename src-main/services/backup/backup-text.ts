/**
 * Everything about backups a person reads, in one place so the Thai can be reviewed together.
 * A refusal says what is wrong, what to do, and (for a backup being checked) that nothing was
 * changed, because the person reading it is usually about to restore and worried.
 */
import { AppError } from '@shared/result'

const UNTOUCHED = 'ข้อมูลปัจจุบันยังไม่ถูกแก้ไข'
const USE_ANOTHER = 'ให้ใช้ไฟล์สำรองชุดอื่น (เช่น ไฟล์สำรองอัตโนมัติของวันก่อนหน้าในโฟลเดอร์ backups)'

/** A backup that cannot be trusted: names the file, what is wrong and what to do. */
export function backupInvalid(file: string, what: string, todo = USE_ANOTHER): AppError {
  return new AppError('backup-invalid', `ไฟล์สำรอง “${file}” ใช้ไม่ได้: ${what} — ${todo} ${UNTOUCHED}`)
}

export const INVALID = {
  notFound: 'ไม่พบไฟล์นี้',
  notAFile: 'ไม่ใช่ไฟล์ธรรมดา',
  notGzip: 'ไม่ใช่ไฟล์สำรองของ Publish Desk (ไม่ได้บีบอัดแบบ .pdbackup)',
  damaged: (detail: string) => `ไฟล์เสียหายหรือไม่ครบถ้วน (${detail}) อาจคัดลอกมาไม่ครบ`,
  unsafeEntry: (entry: string, why: string) => `มีรายการ “${entry}” ซึ่ง${why} ไฟล์นี้อาจถูกดัดแปลงหรือไม่ได้สร้างจาก Publish Desk`,
  whyUnknown: 'ไม่ใช่ส่วนหนึ่งของไฟล์สำรอง',
  whyEscapes: 'ชี้ออกไปนอกโฟลเดอร์ที่แตกไฟล์ (อาจเขียนทับไฟล์อื่นในเครื่อง)',
  whyNotFile: (type: string) => `เป็นชนิด ${type} ไม่ใช่ไฟล์ธรรมดา (ลิงก์หรือโฟลเดอร์ไม่ได้รับอนุญาต)`,
  whyDuplicate: 'ซ้ำกับรายการก่อนหน้า',
  noManifest: 'ไม่มีสารบัญ (manifest.json)',
  badManifest: (detail: string) => `สารบัญ (manifest.json) อ่านไม่ได้หรือไม่ครบ: ${detail}`,
  newerFormat: (version: number) => `สร้างจาก Publish Desk รุ่นที่ใหม่กว่า (รูปแบบไฟล์สำรองรุ่น ${version})`,
  newerFormatTodo: 'ติดตั้ง Publish Desk รุ่นล่าสุด แล้วกู้คืนอีกครั้ง',
  noDatabase: 'ไม่มีฐานข้อมูล (register.sqlite3)',
  databaseHash: 'ฐานข้อมูลในไฟล์สำรองไม่ตรงกับค่าแฮช SHA-256 ที่บันทึกไว้ในสารบัญ (ถูกแก้ไขหรือเสียหายหลังสร้าง)',
  databaseSize: (actual: number, expected: number) => `ฐานข้อมูลในไฟล์สำรองมีขนาด ${actual} ไบต์ แต่สารบัญบันทึกไว้ ${expected} ไบต์`,
  blobContent: (sha: string) => `ไฟล์แนบ ${short(sha)} มีเนื้อหาไม่ตรงกับค่าแฮชของตัวเอง (ถูกแก้ไขหรือเสียหาย)`,
  blobNotListed: (sha: string) => `ไฟล์แนบ ${short(sha)} ไม่อยู่ในสารบัญ`,
  blobSize: (sha: string, actual: number, expected: number) => `ไฟล์แนบ ${short(sha)} มีขนาด ${actual} ไบต์ แต่สารบัญบันทึกไว้ ${expected} ไบต์`,
  blobMissing: (sha: string) => `ไม่มีไฟล์แนบ ${short(sha)} ที่สารบัญระบุไว้`,
  blobUnreferenced: (sha: string, fileName: string, requestId: number) =>
    `ไม่มีไฟล์แนบ “${fileName}” ของคำขอเลขที่ ${requestId} (${short(sha)}) ทั้งที่ฐานข้อมูลอ้างถึง`,
  officeNotListed: (path: string) => `ไฟล์ของหน่วยงาน “${path}” ไม่อยู่ในสารบัญ`,
  officeSize: (path: string, actual: number, expected: number) => `ไฟล์ของหน่วยงาน “${path}” มีขนาด ${actual} ไบต์ แต่สารบัญบันทึกไว้ ${expected} ไบต์`,
  officeHash: (path: string) => `ไฟล์ของหน่วยงาน “${path}” มีเนื้อหาไม่ตรงกับค่าแฮช SHA-256 ที่บันทึกไว้ในสารบัญ (ถูกแก้ไขหรือเสียหายหลังสร้าง)`,
  officeMissing: (path: string) => `ไม่มีไฟล์ของหน่วยงาน “${path}” ที่สารบัญระบุไว้`,
  notDatabase: (detail: string) => `ฐานข้อมูลในไฟล์สำรองเปิดไม่ได้ (${detail})`,
  integrity: (detail: string) => `ฐานข้อมูลในไฟล์สำรองไม่ผ่านการตรวจความสมบูรณ์ (integrity_check: ${detail})`,
  foreignKeys: (table: string) => `ฐานข้อมูลในไฟล์สำรองมีข้อมูลอ้างอิงขาดหาย (ตาราง ${table})`,
  tooNew: (version: number, latest: number) =>
    `ฐานข้อมูลในไฟล์สำรองสร้างจาก Publish Desk รุ่นที่ใหม่กว่า (โครงสร้างรุ่น ${version} แต่โปรแกรมนี้รู้จักถึงรุ่น ${latest})`,
  versionMismatch: (actual: number, expected: number) => `ฐานข้อมูลเป็นโครงสร้างรุ่น ${actual} แต่สารบัญบันทึกไว้รุ่น ${expected}`,
  audit: (message: string) => `บันทึกการใช้งานในไฟล์สำรองตรวจสอบไม่ผ่าน: ${message}`,
  notOurManifest: 'ไม่ใช่สารบัญของไฟล์สำรอง Publish Desk',
  malformed: 'รูปแบบไม่ถูกต้อง',
  entrySize: (bytes: number) => `ขนาด ${bytes} ไบต์`,
  todoCheckPath: 'ตรวจสอบชื่อและตำแหน่งของไฟล์ แล้วลองอีกครั้ง',
  todoPickBackup: 'เลือกไฟล์ที่ลงท้ายด้วย .pdbackup',
  todoPickOurBackup: 'เลือกไฟล์สำรองที่สร้างจากคำสั่งสำรองข้อมูลของ Publish Desk'
}

/** Blobs of the live register that a backup could not hold (reported in the summary and audit). */
export const PROBLEM = {
  missing: (fileName: string, requestId: number) =>
    `ไฟล์แนบ “${fileName}” ของคำขอเลขที่ ${requestId} หายไปจากโฟลเดอร์ข้อมูล จึงไม่อยู่ในไฟล์สำรอง — ให้แนบไฟล์ต้นฉบับใหม่ที่คำขอนั้น`,
  corrupt: (fileName: string, requestId: number) =>
    `ไฟล์แนบ “${fileName}” ของคำขอเลขที่ ${requestId} เสียหาย (เนื้อหาไม่ตรงกับค่าแฮช) จึงไม่อยู่ในไฟล์สำรอง — ให้แนบไฟล์ต้นฉบับใหม่ที่คำขอนั้น`,
  notAFile: (fileName: string, requestId: number) =>
    `ไฟล์แนบ “${fileName}” ของคำขอเลขที่ ${requestId} ในโฟลเดอร์ข้อมูลไม่ใช่ไฟล์ธรรมดา จึงไม่อยู่ในไฟล์สำรอง — ให้แนบไฟล์ต้นฉบับใหม่ที่คำขอนั้น`
}

export const CREATE = {
  exists: (file: string) => `มีไฟล์ “${file}” อยู่แล้ว — เลือกชื่อไฟล์อื่น หรือย้ายไฟล์เดิมออกก่อน (ไม่เขียนทับไฟล์สำรองเดิม)`,
  noFolder: (folder: string) => `ไม่พบโฟลเดอร์ “${folder}” — สร้างโฟลเดอร์หรือเลือกตำแหน่งอื่นสำหรับไฟล์สำรอง`,
  failed: (detail: string) =>
    `สร้างไฟล์สำรองไม่สำเร็จ (${detail}) — ตรวจสอบพื้นที่ว่างในดิสก์และสิทธิ์เขียนโฟลเดอร์ปลายทาง แล้วลองอีกครั้ง ไม่มีไฟล์สำรองที่ไม่ครบค้างอยู่`
}

export const RESTORE = {
  databaseOpen:
    'ฐานข้อมูลยังเปิดใช้งานอยู่ — ปิดหน้าต่าง Publish Desk และคำสั่ง publish-desk อื่นที่ยังทำงานอยู่ก่อน แล้วสั่งกู้คืนอีกครั้ง ข้อมูลปัจจุบันยังไม่ถูกแก้ไข',
  stillOpenHere: 'ต้องปิดฐานข้อมูลที่เปิดอยู่ก่อนกู้คืน (services.close()) แล้วเรียกกู้คืนอีกครั้ง ข้อมูลปัจจุบันยังไม่ถูกแก้ไข',
  failed: (detail: string) =>
    `กู้คืนไม่สำเร็จ (${detail}) — ข้อมูลเดิมถูกคืนกลับที่เดิมแล้ว ตรวจสอบพื้นที่ว่างในดิสก์และสิทธิ์เขียนโฟลเดอร์ข้อมูล แล้วลองอีกครั้ง`,
  failedAfterSwap: (detail: string, safety: string) =>
    `กู้คืนไม่สำเร็จระหว่างย้ายไฟล์ (${detail}) — ข้อมูลก่อนกู้คืนเก็บไว้ที่ “${safety}” ใช้ไฟล์นั้นกู้คืนกลับได้`
}

function short(sha: string): string {
  return `${sha.slice(0, 12)}…`
}
