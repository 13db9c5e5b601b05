/**
 * Every Thai sentence about templates, in one place so it can be read and reviewed together.
 * Each says which file or document, what is wrong, and what to do.
 */
import { KIND_LABELS, VARIABLE_INFO, type AnyVariable, type TemplateKind } from './kinds'

const RESET_HINT = 'แก้ไฟล์ให้ถูกต้อง หรือกด “คืนค่าเริ่มต้น” ที่หน้าตั้งค่า › แม่แบบเอกสาร'

function info(name: string): { label: string; fix: string } | undefined {
  return (VARIABLE_INFO as Record<string, { label: string; fix: string }>)[name]
}

export const TH = {
  fileRef: (kind: TemplateKind, file: string): string => `แม่แบบ${KIND_LABELS[kind]} (${file})`,

  broken: (ref: string, problem: string): string => `${ref} ใช้ไม่ได้: ${problem} — ${RESET_HINT}`,

  unreadable: (ref: string, reason: string): string => `อ่าน${ref} ไม่ได้ (${reason}) — ตรวจสอบสิทธิ์การเข้าถึงไฟล์ หรือกด “คืนค่าเริ่มต้น”`,

  defaultMissing: (file: string): string =>
    `ไม่พบแม่แบบเริ่มต้น ${file} ในโฟลเดอร์ของโปรแกรม — โปรแกรมอาจติดตั้งไม่ครบ กรุณาติดตั้งใหม่`,

  badJson: (detail: string): string => `รูปแบบ JSON ไม่ถูกต้อง (${detail})`,

  wrongKind: (found: string, expected: TemplateKind): string =>
    `ช่อง "kind" เป็น “${found}” แต่ไฟล์นี้ต้องเป็นแม่แบบ “${expected}”`,

  missingKey: (key: string): string => `ไม่มีช่อง "${key}" ซึ่งแม่แบบนี้ต้องมี`,

  fieldProblem: (path: string, message: string): string => `ที่ ${path}: ${message}`,

  unknownPlaceholder: (name: string, allowed: readonly string[]): string =>
    `ไม่รู้จักช่องข้อมูล {${name}} — ช่องที่ใช้ได้ในส่วนนี้คือ ${allowed.map((v) => `{${v}}`).join(' ')}`,

  unbalancedBrace: (text: string): string =>
    `มีวงเล็บปีกกา { } ไม่ครบคู่ใน “${text.length > 60 ? text.slice(0, 60) + '…' : text}” — ช่องข้อมูลต้องเขียนในรูป {ชื่อช่อง} เช่น {office.name}`,

  listNotAlone: (name: string): string =>
    `{${name}} เป็นรายการหลายบรรทัด ต้องอยู่บรรทัดเดียวโดยลำพัง (ไม่มีข้อความอื่นในบรรทัดเดียวกัน)`,

  duplicateSection: (key: string): string => `มีส่วนของบันทึกชื่อ “${key}” ซ้ำกัน`,

  missingValue: (name: string, ref: string): string => {
    const i = info(name)
    const what = i ? `${i.label} ({${name}})` : `{${name}}`
    const fix = i ? `กรอกที่${i.fix}` : 'กรอกข้อมูลนี้'
    return `ยังไม่มีข้อมูล${what} ที่${ref}ต้องใช้ — ${fix} หรือแก้ข้อความไม่ให้ใช้ช่องนี้`
  },

  saveFailed: (ref: string, reason: string): string =>
    `บันทึก${ref} ไม่สำเร็จ (${reason}) — ตรวจสอบพื้นที่ว่างและสิทธิ์การเขียนในโฟลเดอร์ข้อมูล แล้วลองอีกครั้ง`,

  unknownKind: (kind: string): string => `ไม่มีแม่แบบเอกสารชนิด “${kind}”`
}

export type VariableName = AnyVariable
