/**
 * The documents whose fixed wording lives in a template file, and the placeholders each may use.
 * The set is closed and typed: a builder must give a value for every variable of its kind (the
 * compiler checks), and a template that names anything else is refused when it is loaded.
 */
import { MEMO_DOCUMENT_KINDS, PRINTABLE_KINDS, type MemoDocumentKind, type PrintableKind } from '@shared/domain/documents-schemas'

/** Where a person fixes office data in the app (the settings tab's name). */
const OFFICE_SETTINGS = 'หน้าตั้งค่า › ข้อมูลหน่วยงาน'

/**
 * Every printable document has a template, so the kinds are the contract's (stated once in
 * src-shared, where the renderer needs them too).
 */
export const TEMPLATE_KINDS = PRINTABLE_KINDS
export type TemplateKind = PrintableKind

export const MEMO_KINDS = MEMO_DOCUMENT_KINDS
export type MemoKind = MemoDocumentKind

export function isTemplateKind(s: string): s is TemplateKind {
  return (TEMPLATE_KINDS as readonly string[]).includes(s)
}

/** What a person sees for each kind (in errors and in the template settings). */
export const KIND_LABELS: Record<TemplateKind, string> = {
  'request-form': 'แบบฟอร์มการขอเผยแพร่ข้อมูลผ่านเว็บไซต์',
  'memo-approval': 'บันทึกข้อความขออนุมัติเผยแพร่ข้อมูล',
  'memo-website-report': 'บันทึกข้อความรายงานผลการดำเนินงานเว็บไซต์',
  'memo-announcement-approval': 'บันทึกข้อความขออนุมัติประกาศแนวทางการเผยแพร่ข้อมูล',
  announcement: 'ประกาศแนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์',
  'memo-quarterly-report': 'บันทึกข้อความรายงานผลการติดตามการดำเนินงานเผยแพร่ข้อมูล',
  'quarterly-log': 'บันทึกรายงานผลการเผยแพร่ข้อมูลผ่านเว็บไซต์'
}

const COMMON = [
  'office.name',
  'office.shortName',
  'office.district',
  'office.province',
  'office.parentAgency',
  'office.address',
  'office.phone',
  'office.email',
  'office.website',
  'head.name',
  'head.position',
  'date',
  'date.day',
  'date.month',
  'date.year',
  'fy'
] as const

const MEMO = [...COMMON, 'from.name', 'from.position', 'from.unit', 'bookNo'] as const

/** What the quarterly log and the follow-up memo say about their period (report-period.ts). */
const PERIOD = ['period.name', 'period.label', 'period.months', 'published.count'] as const

/** Variables usable anywhere in a template of the kind. */
export const TEMPLATE_VARIABLES = {
  'request-form': [
    ...COMMON,
    'request.ownerUnit',
    'request.date',
    'request.title',
    'request.details',
    'request.externalLink',
    'request.note',
    'request.category'
  ],
  'memo-approval': [...MEMO, 'requests.count', 'requests.ownerUnits'],
  'memo-website-report': MEMO,
  'memo-announcement-approval': MEMO,
  announcement: [...COMMON, 'webmaster.unit', 'office.maxAttachmentMb'],
  'memo-quarterly-report': [...MEMO, ...PERIOD],
  'quarterly-log': [...COMMON, ...PERIOD]
} as const satisfies Record<TemplateKind, readonly string[]>

/** Variables that have a value in one field only (a signature's date, the list of requests). */
export const FIELD_VARIABLES = {
  'request-form': { verbalApprovalNote: ['approval.date'], signatureDateLine: ['sign.day', 'sign.month', 'sign.year'] },
  'memo-approval': { sections: ['requests.titles'] },
  'memo-website-report': {},
  'memo-announcement-approval': {},
  announcement: {},
  'memo-quarterly-report': { sections: ['published.titles'] },
  'quarterly-log': { signatureDateLine: ['sign.day', 'sign.month', 'sign.year'] }
} as const satisfies Record<TemplateKind, Record<string, readonly string[]>>

/** Variables that stand for a list: alone on their line, one numbered paragraph per item. */
export const LIST_VARIABLES: readonly string[] = ['requests.titles', 'published.titles']

export type CommonVariable = (typeof COMMON)[number]
export type MemoVariable = (typeof MEMO)[number]
export type VariableOf<K extends TemplateKind> = (typeof TEMPLATE_VARIABLES)[K][number]
export type Variables<K extends TemplateKind> = Record<VariableOf<K>, string>

/** Every variable name of every kind. */
export type AnyVariable = VariableOf<TemplateKind> | 'approval.date' | 'sign.day' | 'sign.month' | 'sign.year' | 'requests.titles' | 'published.titles'

/** What each variable is, in Thai, and where its value is entered when it is missing. */
export const VARIABLE_INFO: Record<AnyVariable, { label: string; fix: string }> = {
  'office.name': { label: 'ชื่อหน่วยงาน', fix: OFFICE_SETTINGS },
  'office.shortName': { label: 'ชื่อย่อหน่วยงาน', fix: OFFICE_SETTINGS },
  'office.district': { label: 'อำเภอที่ตั้งของหน่วยงาน', fix: OFFICE_SETTINGS },
  'office.province': { label: 'จังหวัดที่ตั้งของหน่วยงาน', fix: OFFICE_SETTINGS },
  'office.parentAgency': { label: 'หน่วยงานต้นสังกัด', fix: OFFICE_SETTINGS },
  'office.address': { label: 'ที่อยู่ของหน่วยงาน', fix: OFFICE_SETTINGS },
  'office.phone': { label: 'หมายเลขโทรศัพท์ของหน่วยงาน', fix: OFFICE_SETTINGS },
  'office.email': { label: 'อีเมลของหน่วยงาน', fix: OFFICE_SETTINGS },
  'office.website': { label: 'เว็บไซต์ของหน่วยงาน', fix: OFFICE_SETTINGS },
  'office.maxAttachmentMb': { label: 'ขนาดไฟล์แนบสูงสุด (MB)', fix: OFFICE_SETTINGS },
  'head.name': { label: 'ชื่อหัวหน้าหน่วยงาน', fix: 'หน้าตั้งค่า › บุคลากร' },
  'head.position': { label: 'ตำแหน่งหัวหน้าหน่วยงาน', fix: 'หน้าตั้งค่า › บุคลากร' },
  date: { label: 'วันที่ของเอกสาร', fix: 'ช่องวันที่ของเอกสาร' },
  'date.day': { label: 'วันที่ของเอกสาร', fix: 'ช่องวันที่ของเอกสาร' },
  'date.month': { label: 'เดือนของเอกสาร', fix: 'ช่องวันที่ของเอกสาร' },
  'date.year': { label: 'ปี พ.ศ. ของเอกสาร', fix: 'ช่องวันที่ของเอกสาร' },
  fy: { label: 'ปีงบประมาณ', fix: 'ช่องปีงบประมาณของเอกสาร' },
  'from.name': { label: 'ชื่อผู้เสนอบันทึก', fix: 'หน้าตั้งค่า › บุคลากร' },
  'from.position': { label: 'ตำแหน่งผู้เสนอบันทึก', fix: 'หน้าตั้งค่า › บุคลากร' },
  'from.unit': { label: 'งาน/หน่วยงานของผู้เสนอบันทึก', fix: 'หน้าตั้งค่า › บุคลากร (ช่องงาน/หน่วยงาน)' },
  bookNo: { label: 'เลขที่หนังสือ', fix: 'ช่องเลขที่หนังสือ (ออกเลขจากทะเบียนหนังสือส่ง)' },
  'requests.count': { label: 'จำนวนรายการที่ขอเผยแพร่', fix: 'รายการคำขอที่เลือก' },
  'requests.ownerUnits': { label: 'หน่วยงานเจ้าของข้อมูล', fix: 'คำขอเผยแพร่ (ช่องหน่วยงานเจ้าของข้อมูล)' },
  'requests.titles': { label: 'รายการเรื่องที่ขอเผยแพร่', fix: 'รายการคำขอที่เลือก' },
  'request.ownerUnit': { label: 'หน่วยงานเจ้าของข้อมูล', fix: 'คำขอเผยแพร่ (ช่องหน่วยงานเจ้าของข้อมูล)' },
  'request.date': { label: 'วันที่ขอเผยแพร่', fix: 'คำขอเผยแพร่' },
  'request.title': { label: 'หัวข้อ', fix: 'คำขอเผยแพร่' },
  'request.details': { label: 'รายละเอียดข้อมูล', fix: 'คำขอเผยแพร่ (ช่องรายละเอียดข้อมูล)' },
  'request.externalLink': { label: 'ลิงก์ภายนอก', fix: 'คำขอเผยแพร่' },
  'request.note': { label: 'หมายเหตุ', fix: 'คำขอเผยแพร่' },
  'request.category': { label: 'หมวดหมู่ข้อมูล', fix: 'คำขอเผยแพร่' },
  'approval.date': { label: 'วันที่อนุญาตทางวาจา', fix: 'การอนุมัติของคำขอ' },
  'sign.day': { label: 'วันที่ลงนาม', fix: 'คำขอเผยแพร่' },
  'sign.month': { label: 'เดือนที่ลงนาม', fix: 'คำขอเผยแพร่' },
  'sign.year': { label: 'ปีที่ลงนาม', fix: 'คำขอเผยแพร่' },
  'webmaster.unit': { label: 'งาน/หน่วยงานของผู้ดูแลเว็บไซต์', fix: 'หน้าตั้งค่า › บุคลากร (ช่องงาน/หน่วยงานของผู้ดูแลเว็บไซต์)' },
  'period.name': { label: 'ชื่อช่วงเวลาที่รายงาน (ไตรมาสที่ … / รอบ … เดือน)', fix: 'ช่องไตรมาสหรือรอบการประเมินของรายงาน' },
  'period.label': { label: 'ช่วงเวลาที่รายงานพร้อมเดือน', fix: 'ช่องไตรมาสหรือรอบการประเมินของรายงาน' },
  'period.months': { label: 'เดือนและปีของช่วงเวลาที่รายงาน', fix: 'ช่องไตรมาสหรือรอบการประเมินของรายงาน' },
  'published.count': { label: 'จำนวนรายการที่เผยแพร่ในช่วงเวลานั้น', fix: 'ทะเบียนคำขอ (รายการที่บันทึกว่าเผยแพร่แล้ว)' },
  'published.titles': { label: 'รายการเรื่องที่เผยแพร่ในช่วงเวลานั้น', fix: 'ทะเบียนคำขอ (รายการที่บันทึกว่าเผยแพร่แล้ว)' }
}

/** The variables allowed in a field (top-level key) of a template of `kind`. */
export function variablesFor(kind: TemplateKind, field: string): readonly string[] {
  const extra = (FIELD_VARIABLES[kind] as Record<string, readonly string[]>)[field] ?? []
  return [...TEMPLATE_VARIABLES[kind], ...extra]
}
