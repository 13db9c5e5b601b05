/**
 * The shapes of everything the register holds and every input that reaches it, as zod schemas.
 * Inputs are parsed from `unknown` wherever they cross a boundary (IPC, HTTP bridge, CLI).
 * Messages are Thai because the app shows them next to the field that is wrong.
 */
import { z } from 'zod'
import { ROLES } from './roles'
import { ACTIONS, STATUSES } from './request-status'

// Thai for every check whose schema sets no message of its own, in the renderer as in main.
z.config(z.locales.th())

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

const text = (label: string, max: number) =>
  z
    .string({ error: `กรุณากรอก${label}` })
    .trim()
    .max(max, { error: `${label}ยาวเกิน ${max} ตัวอักษร` })
const requiredText = (label: string, max: number) => text(label, max).min(1, { error: `กรุณากรอก${label}` })

export const isoDate = (label: string) =>
  z
    .string({ error: `กรุณาระบุ${label}` })
    .regex(ISO_DATE, { error: `${label}ต้องอยู่ในรูปแบบ ปปปป-ดด-วว (ค.ศ.)` })
    .refine((s) => {
      const [y, m, d] = s.split('-').map(Number) as [number, number, number]
      const dt = new Date(Date.UTC(y, m - 1, d))
      return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d
    }, { error: `${label}ไม่ใช่วันที่ที่มีอยู่จริง` })

const optionalUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((s) => s === '' || /^https?:\/\/[^\s]+$/i.test(s), { error: 'ลิงก์ภายนอกต้องขึ้นต้นด้วย http:// หรือ https://' })

export const id = z.number({ error: 'รหัสไม่ถูกต้อง' }).int().positive()
export const idInput = z.object({ id })

// ---------------------------------------------------------------- office profile

/** When the running number of book numbers restarts: 1 January or 1 October. */
export const BOOK_NUMBERING = ['calendar', 'fiscal'] as const
export type BookNumbering = (typeof BOOK_NUMBERING)[number]

/** Where the office's Garuda image is kept in the data directory (only these names: no paths). */
export const EMBLEM_FILES = ['', 'emblem.png', 'emblem.jpg'] as const

export const officeInput = z.object({
  name: requiredText('ชื่อหน่วยงาน', 200),
  shortName: requiredText('ชื่อย่อหน่วยงาน', 100),
  district: requiredText('อำเภอ', 100),
  province: requiredText('จังหวัด', 100),
  parentAgency: text('หน่วยงานต้นสังกัด', 200).default(''),
  address: text('ที่อยู่', 500).default(''),
  phone: text('หมายเลขโทรศัพท์', 100).default(''),
  email: z
    .string()
    .trim()
    .max(200)
    .refine((s) => s === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s), { error: 'อีเมลไม่ถูกต้อง' })
    .default(''),
  website: optionalUrl.default(''),
  bookPrefix: requiredText('เลขที่หนังสือ (รหัสหน่วยงาน เช่น นภ ๐๓๓๒)', 50),
  unitLine: requiredText('ข้อความส่วนราชการ', 300),
  /** Upload limit for one attachment, in MB (the announcement says 4 MB). */
  maxAttachmentMb: z.number().positive().max(100, { error: 'ขนาดไฟล์สูงสุดต้องไม่เกิน 100 MB' }).default(4),
  /** How many automatic daily backups to keep. */
  backupKeep: z.number().int().min(1).max(365).default(14),
  /** Book numbers (ที่) restart on 1 January (calendar) or on 1 October (fiscal year). */
  bookNumbering: z.enum(BOOK_NUMBERING).default('fiscal'),
  /** The font DOCX documents name in every slot (TH Sarabun New; TH SarabunIT๙ is common). */
  documentFont: requiredText('ชื่อฟอนต์ของเอกสาร', 100).default('TH Sarabun New'),
  /** Documents print Thai digits (๑๒๓) unless a document chooses otherwise. */
  thaiDigits: z.boolean().default(true),
  /** The Garuda image in the data directory, set by DocumentService.setEmblem only; '' for none. */
  emblemFile: z.enum(EMBLEM_FILES).default(''),
  /** Memos go on paper with the Garuda and title already printed: both are left out, their space kept. */
  preprintedPaper: z.boolean().default(false)
})
export type OfficeInput = z.input<typeof officeInput>
export type OfficeProfile = z.output<typeof officeInput> & { updatedAt: string }

// ---------------------------------------------------------------- people

export const personInput = z.object({
  id: id.optional(),
  title: text('คำนำหน้าชื่อ', 50).default(''),
  fullName: requiredText('ชื่อ-สกุล', 200),
  positionLines: z
    .array(text('ตำแหน่ง', 200))
    .transform((lines) => lines.filter((l) => l.length > 0))
    .pipe(z.array(z.string()).min(1, { error: 'กรุณากรอกตำแหน่งอย่างน้อย ๑ บรรทัด' }).max(4, { error: 'ตำแหน่งได้ไม่เกิน ๔ บรรทัด' })),
  unit: text('งาน/หน่วยงาน', 200).default(''),
  phone: text('หมายเลขโทรศัพท์', 100).default(''),
  email: text('อีเมล', 200).default(''),
  roles: z.array(z.enum(ROLES)).min(1, { error: 'กรุณาเลือกบทบาทอย่างน้อย ๑ บทบาท' }),
  active: z.boolean().default(true)
})
export type PersonInput = z.input<typeof personInput>
export type Person = Omit<z.output<typeof personInput>, 'id'> & { id: number; displayName: string }

// ---------------------------------------------------------------- categories and indicators

export const categoryInput = z.object({
  code: z.string().trim().regex(/^\d+(\.\d+)*$/, { error: 'รหัสหมวดต้องเป็นตัวเลข เช่น 1.8' }),
  name: requiredText('ชื่อหมวด', 200),
  description: text('คำอธิบาย', 1000).default(''),
  /** Default publication period in months from the request date; null: no end. */
  defaultPublishMonths: z.number().int().min(1).max(120).nullable().default(null),
  sortOrder: z.number().int().default(0),
  active: z.boolean().default(true)
})
export type CategoryInput = z.input<typeof categoryInput>
export type Category = z.output<typeof categoryInput>
/** Saving from the settings screen: `isNew` refuses to overwrite an existing code. */
export const categorySaveInput = categoryInput.extend({ isNew: z.boolean().default(false) })
export type CategorySaveInput = z.input<typeof categorySaveInput>

export const fiscalYear = z
  .number({ error: 'กรุณาระบุปีงบประมาณ' })
  .int()
  .min(2500, { error: 'ปีงบประมาณต้องเป็นปี พ.ศ. เช่น ๒๕๖๙' })
  .max(2700, { error: 'ปีงบประมาณต้องเป็นปี พ.ศ. เช่น ๒๕๖๙' })

export const indicatorInput = z.object({
  id: id.optional(),
  fiscalYear,
  code: requiredText('รหัสตัวชี้วัด', 30),
  title: requiredText('ชื่อตัวชี้วัด', 500),
  sortOrder: z.number().int().default(0)
})
export type IndicatorInput = z.input<typeof indicatorInput>
export type Indicator = Omit<z.output<typeof indicatorInput>, 'id'> & { id: number }

// ---------------------------------------------------------------- requests

export const newAttachment = z.object({
  fileName: requiredText('ชื่อไฟล์', 255),
  /** File content, base64: the same form over IPC and over the loopback HTTP bridge. */
  contentBase64: z.string().max(150 * 1024 * 1024, { error: 'ไฟล์ใหญ่เกินกว่าจะรับได้' })
})
export type NewAttachment = z.infer<typeof newAttachment>

/** What the request form says when the details are in the attached files (the seed's wording). */
export const DEFAULT_DETAILS = 'ตามเอกสารแนบ'

const requestFields = {
  ownerUnit: requiredText('หน่วยงานเจ้าของข้อมูล', 200),
  requestDate: isoDate('วันที่ขอเผยแพร่'),
  title: requiredText('หัวข้อ', 500),
  details: text('รายละเอียดข้อมูล', 5000).default(DEFAULT_DETAILS),
  externalLink: optionalUrl.default(''),
  note: text('หมายเหตุ', 2000).default(''),
  requesterId: id,
  categoryCode: z.string().trim().min(1, { error: 'กรุณาเลือกหมวดหมู่ข้อมูล' }),
  indicatorIds: z.array(id).default([]),
  /** Buddhist-Era fiscal year; derived from the request date when not given. */
  fiscalYear: fiscalYear.optional(),
  periodStart: isoDate('วันที่เริ่มต้นของข้อมูล').nullable().default(null),
  periodEnd: isoDate('วันที่สิ้นสุดของข้อมูล').nullable().default(null),
  /** Undefined: the category's default; null: no end. */
  publishUntil: isoDate('วันที่ครบกำหนดนำออก').nullable().optional()
}

const periodInOrder = (r: { periodStart: string | null; periodEnd: string | null }) =>
  !r.periodStart || !r.periodEnd || r.periodStart <= r.periodEnd
const periodMessage = { error: 'วันที่เริ่มต้นของข้อมูลต้องไม่อยู่หลังวันที่สิ้นสุด', path: ['periodEnd'] }

export const requestCreateInput = z
  .object({ ...requestFields, byId: id, newAttachments: z.array(newAttachment).max(50).default([]) })
  .refine(periodInOrder, periodMessage)
export type RequestCreateInput = z.input<typeof requestCreateInput>

export const requestUpdateInput = z
  .object({
    id,
    ...requestFields,
    byId: id,
    newAttachments: z.array(newAttachment).max(50).default([]),
    removeAttachmentIds: z.array(id).default([])
  })
  .refine(periodInOrder, periodMessage)
export type RequestUpdateInput = z.input<typeof requestUpdateInput>

export const transitionInput = z
  .object({
    id,
    action: z.enum(ACTIONS),
    byId: id,
    /** For approve: approval given by word of mouth (อนุญาตทางวาจา), recorded as such. */
    verbal: z.boolean().default(false),
    /** When the decision was made, if not now (ISO date-time or date). */
    at: z.string().datetime({ offset: true }).or(isoDate('วันที่')).optional(),
    reason: text('เหตุผล', 2000).default(''),
    /** For publish: where the files are on the website. */
    publicUrl: optionalUrl.default('')
  })
  .refine((t) => !(t.action === 'reject' || t.action === 'withdraw') || t.reason.length > 0, {
    error: 'กรุณาระบุเหตุผล',
    path: ['reason']
  })
export type TransitionInput = z.input<typeof transitionInput>

export const SORT_FIELDS = ['requestDate', 'title', 'status', 'updatedAt', 'id', 'publishUntil'] as const
export const requestQuery = z.object({
  search: z.string().trim().max(200).default(''),
  statuses: z.array(z.enum(STATUSES)).default([]),
  categoryCode: z.string().trim().optional(),
  indicatorId: id.optional(),
  fiscalYear: fiscalYear.optional(),
  quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional(),
  requesterId: id.optional(),
  dateFrom: isoDate('วันที่เริ่มค้นหา').optional(),
  dateTo: isoDate('วันที่สิ้นสุดการค้นหา').optional(),
  /** Items whose publish-until date has passed or falls within this many days. */
  dueWithinDays: z.number().int().min(0).max(3650).optional(),
  sortBy: z.enum(SORT_FIELDS).default('requestDate'),
  sortDir: z.enum(['asc', 'desc']).default('desc'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(50)
})
export type RequestQuery = z.input<typeof requestQuery>

export const auditListInput = z.object({
  requestId: id.optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100)
})

export const attachmentCheckInput = newAttachment.extend({ requestId: id.optional() })

// ---------------------------------------------------------------- book numbers (ที่)

const bookNumberFields = {
  /** Which document the number is for, as a code: 'memo-approval', 'memo-report', 'announcement', … */
  documentKind: z
    .string({ error: 'กรุณาระบุชนิดของหนังสือ' })
    .trim()
    .regex(/^[a-z][a-z0-9-]{0,49}$/, { error: 'ชนิดของหนังสือต้องเป็นรหัสภาษาอังกฤษตัวเล็ก เช่น memo-approval' }),
  subject: requiredText('เรื่อง', 500),
  requestIds: z.array(id).max(500).default([]),
  /** The document's date; its year decides the numbering year. Today when not given. */
  documentDate: isoDate('วันที่ของหนังสือ').optional(),
  byId: id
}
/** The next number of the office's outgoing register. */
export const bookNumberAllocateInput = z.object(bookNumberFields)
export type BookNumberAllocateInput = z.input<typeof bookNumberAllocateInput>
/** A number typed by hand (e.g. one already taken in the paper register), Thai or Arabic digits. */
export const bookNumberRecordInput = z.object({ ...bookNumberFields, bookNo: text('เลขที่หนังสือ', 100) })
export type BookNumberRecordInput = z.input<typeof bookNumberRecordInput>
/** The channel's input: without `bookNo` the next number is allocated, with it the typed one is recorded. */
export const bookNumberIssueInput = z.object({ ...bookNumberFields, bookNo: z.string().max(100).optional() })
export const bookNumberListInput = z.object({
  year: z.number().int().min(2400, { error: 'ปีต้องเป็นปี พ.ศ. เช่น ๒๕๖๙' }).max(2900, { error: 'ปีต้องเป็นปี พ.ศ. เช่น ๒๕๖๙' }).optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100)
})
export type BookNumberListInput = z.input<typeof bookNumberListInput>

export const setupInput = z.object({
  office: officeInput,
  people: z.array(personInput).min(1, { error: 'กรุณาเพิ่มบุคลากรอย่างน้อย ๑ คน' })
})
export type SetupInput = z.input<typeof setupInput>
