/**
 * Everything about the reports a person reads, in one place so the Thai can be reviewed together.
 * Each message says what happened and what to do. Numbers are shown with Thai digits.
 */
import type { DocumentFinding } from '@shared/domain/documents-schemas'
import type { YearlySetRole } from '@shared/domain/report-schemas'
import { formatThaiDate, toThaiDigits } from '@shared/thai'

const n = (x: number | string): string => toThaiDigits(String(x))

export const DOING = {
  export: 'บันทึกรายงาน',
  followUpRequest: 'บันทึกรายงานผลการติดตามเป็นคำขอเผยแพร่',
  yearlySet: 'จัดทำชุดเอกสาร MOIT ๑'
}

/** What each document of the MOIT 1 yearly set is, as the person sees it listed. */
export function yearlySetLabel(role: YearlySetRole, fy: number): string {
  const last = n(fy - 1)
  switch (role) {
    case 'announcement':
      return `ประกาศแนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ ประจำปีงบประมาณ ${n(fy)}`
    case 'announcement-memo':
      return `บันทึกข้อความขออนุมัติประกาศแนวทางการเผยแพร่ข้อมูล ปีงบประมาณ ${n(fy)}`
    case 'announcement-form':
      return 'แบบฟอร์มการขอเผยแพร่ข้อมูลของประกาศแนวทางการเผยแพร่'
    case 'monitoring-memo':
      return `บันทึกข้อความรายงานผลการติดตามการดำเนินงาน รอบ ๑๒ เดือน ปีงบประมาณ ${last}`
    case 'monitoring-log':
      return `บันทึกรายงานผลการเผยแพร่ข้อมูลผ่านเว็บไซต์ รอบ ๑๒ เดือน ปีงบประมาณ ${last}`
    case 'monitoring-acknowledgement':
      return 'บันทึกข้อความรายงานผลการดำเนินงานเว็บไซต์ (เสนอเพื่อโปรดทราบ)'
    case 'monitoring-form':
      return 'แบบฟอร์มการขอเผยแพร่ข้อมูลของรายงานผลการติดตาม'
  }
}

export const TH = {
  runningPeriod: (label: string, upTo: string, end: string): string =>
    `${label} ยังไม่สิ้นสุด (สิ้นสุด ${formatThaiDate(end)}) รายการในรายงานจึงมีถึงวันที่ ${formatThaiDate(upTo)} ซึ่งเป็นวันที่ของรายงานเท่านั้น`,

  nothingPublished: (label: string): string =>
    `ไม่มีคำขอที่บันทึกว่าเผยแพร่แล้วใน${label} — ตรวจว่าบันทึกการเผยแพร่ในทะเบียนครบแล้ว (วันที่เผยแพร่นับตามเวลาประเทศไทย)`,

  noMoitOne: (fy: number): string =>
    `ไม่พบตัวชี้วัด MOIT 1 ของปีงบประมาณ ${n(fy)} ในทะเบียน คำขอจึงยังไม่ได้ผูกกับตัวชี้วัด — เพิ่มตัวชี้วัดได้ที่หน้าตั้งค่า › ตัวชี้วัด แล้วแก้ไขคำขอ`,

  noRequester:
    'ยังไม่มีผู้ช่วยหัวหน้าหน่วยงานที่ยังปฏิบัติงานในทะเบียนบุคลากร จึงไม่รู้ว่าใครเป็นผู้รับผิดชอบการให้ข้อมูลของคำขอ — เลือกผู้เสนอบันทึก หรือกำหนดบทบาทที่หน้าตั้งค่า › บุคลากร',

  requestFiled: (id: number): string => `บันทึกเป็นคำขอเผยแพร่เลขที่ ${n(id)} (ร่าง) พร้อมไฟล์ PDF ของบันทึกแล้ว — ส่งขออนุมัติและเผยแพร่ได้เหมือนคำขออื่น`,

  requestFound: (what: string, id: number): string => `ใช้คำขอเผยแพร่เลขที่ ${n(id)} ที่มีอยู่แล้วในทะเบียนสำหรับ${what}`,

  requestCreated: (what: string, id: number): string => `สร้างคำขอเผยแพร่เลขที่ ${n(id)} (ร่าง) สำหรับ${what} พร้อมไฟล์ PDF แล้ว`,

  setFindings: (findings: readonly { label: string; finding: DocumentFinding }[]): string =>
    `ยังจัดทำชุดเอกสารไม่ได้: พบจุดที่ควรตรวจ ${n(findings.length)} รายการที่ยังไม่ได้ยืนยันว่าอ่านแล้ว — ` +
    findings
      .slice(0, 3)
      .map((x) => `${x.label}: “${x.finding.excerpt}” (${x.finding.messageTh})`)
      .join('; ') +
    (findings.length > 3 ? ` และอีก ${n(findings.length - 3)} รายการ` : '') +
    ' — แก้ข้อมูลแล้วสั่งใหม่ หรือยืนยันทุกรายการ'
}
