/**
 * Every kind of audit-log entry the app writes, with the Thai a person reads on the audit page.
 * The log's `append` takes only these, so a new kind of entry cannot be written without its label
 * (the compiler checks), and the audit page never shows a bare code.
 */
import type { RequestAction } from './request-status'

export const AUDIT_ACTION_LABELS = {
  'request.create': 'สร้างคำขอ',
  'request.update': 'แก้ไขคำขอ',
  'request.submit': 'ส่งขออนุมัติ',
  'request.approve': 'อนุมัติ',
  'request.reject': 'ไม่อนุมัติ',
  'request.publish': 'เผยแพร่',
  'request.withdraw': 'นำออก',
  'request.reopen': 'แก้ไขเพื่อส่งใหม่',
  'request.upload-queued': 'เข้าคิวอัปโหลด',
  'request.file-published': 'อัปโหลดไฟล์ขึ้นเว็บไซต์',
  'request.file-removed': 'นำไฟล์ออกจากเว็บไซต์',
  'register.import': 'นำเข้าทะเบียนจากไฟล์',
  'office.create': 'บันทึกข้อมูลหน่วยงานครั้งแรก',
  'office.update': 'แก้ไขข้อมูลหน่วยงาน',
  'office.emblem': 'เปลี่ยนตราครุฑ',
  'office.pdfFont': 'เปลี่ยนแบบอักษรของ PDF',
  'person.create': 'เพิ่มบุคลากร',
  'person.update': 'แก้ไขข้อมูลบุคลากร',
  'category.save': 'บันทึกหมวดหมู่',
  'indicator.save': 'บันทึกตัวชี้วัด',
  'indicator.delete': 'ลบตัวชี้วัด',
  'indicator.copy-forward': 'คัดลอกตัวชี้วัดจากปีก่อน',
  'indicator.defaults': 'สร้างชุดตัวชี้วัดเริ่มต้น',
  'book-number.allocate': 'ออกเลขที่หนังสือ',
  'book-number.record': 'บันทึกเลขที่หนังสือที่ออกด้วยมือ',
  'document.export': 'บันทึกเอกสาร',
  'template.save': 'แก้ไขแม่แบบเอกสาร',
  'template.reset': 'คืนค่าแม่แบบเอกสารเดิม',
  'evidence.pack': 'จัดทำเล่มหลักฐาน ITA',
  'evidence.checklist': 'จัดทำรายการตรวจหลักฐาน ITA',
  'backup.create': 'สำรองข้อมูล',
  'backup.restore': 'กู้คืนข้อมูล',
  'host-profile.create': 'เพิ่มโฮสต์เว็บไซต์',
  'host-profile.update': 'แก้ไขโฮสต์เว็บไซต์',
  'host-profile.remove': 'ลบโฮสต์เว็บไซต์',
  'host-profile.default': 'ตั้งเป็นโฮสต์หลัก',
  'host-profile.trust': 'เชื่อถือใบรับรองของโฮสต์',
  'host-profile.password': 'บันทึกรหัสผ่านโฮสต์ (เข้ารหัส)',
  'host-profile.password-forget': 'ลบรหัสผ่านโฮสต์',
  'host-profile.password-reencrypt': 'เข้ารหัสรหัสผ่านโฮสต์ใหม่',
  'site-index.publish': 'อัปโหลดหน้ารายการข้อมูล'
} as const satisfies Record<`request.${RequestAction}`, string> & Record<string, string>

export type AuditAction = keyof typeof AUDIT_ACTION_LABELS

export const AUDIT_ENTITY_LABELS = {
  request: (id: string) => `คำขอ #${id}`,
  'register-import': (id: string) => `การนำเข้า #${id}`,
  office: () => 'ข้อมูลหน่วยงาน',
  person: (id: string) => `บุคลากร #${id}`,
  category: (id: string) => `หมวดหมู่ ${id}`,
  indicator: (id: string) => `ตัวชี้วัด #${id}`,
  'indicator-set': (id: string) => `ชุดตัวชี้วัด ปีงบประมาณ ${id}`,
  'book-number': (id: string) => `เลขที่หนังสือ #${id}`,
  document: (id: string) => `เอกสาร ${id}`,
  template: (id: string) => `แม่แบบ ${id}`,
  evidence: (id: string) => `หลักฐาน ${id}`,
  backup: (id: string) => `ไฟล์สำรอง ${id}`,
  'host-profile': (id: string) => `โฮสต์ #${id}`,
  'site-index': (id: string) => `หน้ารายการข้อมูล ปีงบประมาณ ${id}`
} as const satisfies Record<string, (id: string) => string>

export type AuditEntity = keyof typeof AUDIT_ENTITY_LABELS

