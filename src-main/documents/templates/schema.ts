/**
 * The shape of each template file, as zod schemas, and the one function that turns a file's
 * text into a checked template: JSON syntax, the schema (unknown keys refused, so a misspelt key
 * is not silently ignored), the kind, and every placeholder against the kind's variables.
 */
import { z } from 'zod'
import { AppError } from '@shared/result'
import { toThaiDigits } from '@shared/thai'
import { MEMO_KINDS, variablesFor, type MemoKind, type TemplateKind } from './kinds'
import { TH } from './messages'
import { placeholderProblem } from './placeholders'

const line = z.string().trim().min(1, { error: 'ข้อความต้องไม่ว่าง' }).max(1000, { error: 'ข้อความยาวเกิน ๑,๐๐๐ ตัวอักษร' })
const paragraph = z.string().trim().min(1, { error: 'ย่อหน้าต้องไม่ว่าง' }).max(5000, { error: 'ย่อหน้ายาวเกิน ๕,๐๐๐ ตัวอักษร' })
const comment = z.string().optional()

const memoSection = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, { error: 'ชื่อส่วน (key) ต้องเป็นอักษรอังกฤษตัวเล็ก ตัวเลข หรือ - เช่น background' }),
  /** A heading printed above the section (ความเป็นมา, ข้อพิจารณา, ข้อเสนอ), or null for none. */
  heading: z.string().trim().min(1, { error: 'หัวข้อต้องไม่ว่าง (ถ้าไม่มีหัวข้อให้ใส่ null)' }).max(200).nullable(),
  /** Default text, one paragraph per item; a person may replace it before printing. */
  paragraphs: z.array(paragraph).min(1, { error: 'ต้องมีอย่างน้อย ๑ ย่อหน้า' }).max(40)
})

export const memoTemplateSchema = z.strictObject({
  $comment: comment,
  kind: z.enum(MEMO_KINDS),
  subject: line,
  salutation: line,
  sections: z
    .array(memoSection)
    .min(1, { error: 'ต้องมีอย่างน้อย ๑ ส่วน' })
    .max(12)
    .superRefine((sections, ctx) => {
      const seen = new Set<string>()
      for (const s of sections) {
        if (seen.has(s.key)) ctx.addIssue({ code: 'custom', message: TH.duplicateSection(s.key) })
        seen.add(s.key)
      }
    }),
  /** Printed instead of a list variable's items when the list is empty (nothing published in a quarter). */
  emptyListLine: line.optional(),
  closing: line,
  decision: z.strictObject({
    /** ทราบ / อนุมัติ / ไม่อนุมัติ: each printed with a box to tick. */
    options: z.array(z.string().trim().min(1, { error: 'ตัวเลือกต้องไม่ว่าง' }).max(50)).min(1, { error: 'ต้องมีอย่างน้อย ๑ ตัวเลือก' }).max(4),
    dateLine: line
  })
})
export type MemoTemplate = z.output<typeof memoTemplateSchema>

export const requestFormTemplateSchema = z.strictObject({
  $comment: comment,
  kind: z.literal('request-form'),
  documentTitle: line,
  /** Bold title lines at the top, centred. */
  titleLines: z.array(line).min(1).max(4),
  /** Plain lines under the title (the announcement the form is made under). */
  subtitleLines: z.array(line).max(4),
  tableHeader: line,
  /** Between a label and its value, e.g. " : ". */
  labelSeparator: z.string().max(10),
  rows: z.array(z.strictObject({ label: line, value: line })).min(1).max(12),
  /** Printed for an empty field: details, external link, note. */
  noDetails: line,
  noExternalLink: line,
  noNote: line,
  verbalApprovalNote: line,
  signatures: z.strictObject({ requester: line, approver: line, publisher: line }),
  signatureDateLine: line
})
export type RequestFormTemplate = z.output<typeof requestFormTemplateSchema>

export const announcementTemplateSchema = z.strictObject({
  $comment: comment,
  kind: z.literal('announcement'),
  titleLines: z.array(line).min(1).max(4),
  subtitleLines: z.array(line).max(4),
  /** A short rule under the title ("------"), or "" for none. */
  separator: z.string().trim().max(100),
  /** Level 0: a paragraph; 1: "๑."; 2: "๑.๑"; 3: "๒.๑.๑" — deeper levels start further in. */
  paragraphs: z.array(z.strictObject({ level: z.number().int().min(0).max(3), text: paragraph })).min(1).max(300),
  signedLine: line
})
export type AnnouncementTemplate = z.output<typeof announcementTemplateSchema>

export const quarterlyLogTemplateSchema = z.strictObject({
  $comment: comment,
  kind: z.literal('quarterly-log'),
  /** Bold centred lines: the title and its months ("เดือน {period.months}"). */
  titleLines: z.array(line).min(1).max(4),
  /** The four column headings of the seed's table. */
  columns: z.strictObject({ date: line, title: line, attachments: line, note: line }),
  /** The date column: "๑๕ ส.ค. ๒๕๖๙" (short) or "๑๕ สิงหาคม ๒๕๖๙" (long). */
  dateStyle: z.enum(['short', 'long']),
  /** What the attachment column says, from the kinds of the request's files. */
  attachmentWords: z.strictObject({ documents: line, images: line, both: line, link: line, none: line }),
  /** The one row of a period in which nothing was published. */
  emptyRow: line,
  /** Captions of the two signature blocks under the table: who reports, who certifies. */
  signatures: z.strictObject({ reporter: line, certifier: line }),
  signatureDateLine: line
})
export type QuarterlyLogTemplate = z.output<typeof quarterlyLogTemplateSchema>

export type TemplateOf<K extends TemplateKind> = K extends MemoKind
  ? MemoTemplate & { kind: K }
  : K extends 'request-form'
    ? RequestFormTemplate
    : K extends 'quarterly-log'
      ? QuarterlyLogTemplate
      : AnnouncementTemplate

function schemaOf(kind: TemplateKind): z.ZodType {
  if (kind === 'request-form') return requestFormTemplateSchema
  if (kind === 'announcement') return announcementTemplateSchema
  if (kind === 'quarterly-log') return quarterlyLogTemplateSchema
  return memoTemplateSchema
}

function pathText(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('') || 'ระดับบนสุดของไฟล์'
}

/** Whether `path` names nothing in `data` (a key left out of the file). */
function absent(data: unknown, path: readonly PropertyKey[]): boolean {
  let at: unknown = data
  for (const key of path) {
    if (at === null || typeof at !== 'object') return true
    at = (at as Record<PropertyKey, unknown>)[key]
  }
  return at === undefined
}

/** "บรรทัดที่ ๓ ตำแหน่งที่ ๑๒" from the offset a JSON syntax error names, if it names one. */
function jsonWhere(text: string, message: string): string {
  const m = /position (\d+)/.exec(message)
  if (!m) return message
  const before = text.slice(0, Number(m[1]))
  const lineNo = before.split('\n').length
  const col = before.length - before.lastIndexOf('\n')
  return `บรรทัดที่ ${toThaiDigits(String(lineNo))} ตำแหน่งที่ ${toThaiDigits(String(col))}: ${message}`
}

/** Every string in `value` with its path, for the placeholder check. */
function strings(value: unknown, path: PropertyKey[] = []): Array<{ path: PropertyKey[]; text: string }> {
  if (typeof value === 'string') return [{ path, text: value }]
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, [...path, i]))
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, [...path, k]))
  return []
}

/** The placeholder problem of a checked template, with where it is, or null. */
export function templatePlaceholderProblem(kind: TemplateKind, template: object): string | null {
  for (const { path, text } of strings(template)) {
    const field = String(path[0] ?? '')
    if (field === 'kind' || field === '$comment') continue
    const problem = placeholderProblem(text, variablesFor(kind, field))
    if (problem) return TH.fieldProblem(pathText(path), problem)
  }
  return null
}

/**
 * The template in `source` (a file's text, or already-parsed JSON) checked as a template of
 * `kind`; `file` names it in the Thai error a person sees when it is broken.
 */
export function parseTemplate<K extends TemplateKind>(kind: K, source: string | unknown, file: string): TemplateOf<K> {
  const ref = TH.fileRef(kind, file)
  const broken = (problem: string) => new AppError('invalid-input', TH.broken(ref, problem))
  let data: unknown = source
  if (typeof source === 'string') {
    try {
      data = JSON.parse(source.replace(/^\uFEFF/, ''))
    } catch (e) {
      throw broken(TH.badJson(jsonWhere(source, e instanceof Error ? e.message : String(e))))
    }
  }
  const declared = data !== null && typeof data === 'object' && 'kind' in data ? (data as { kind: unknown }).kind : undefined
  if (declared !== kind) throw broken(TH.wrongKind(String(declared ?? '(ไม่มี)'), kind))
  const parsed = schemaOf(kind).safeParse(data, { error: z.locales.th().localeError })
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    if (!issue) throw broken('ข้อมูลไม่ถูกต้อง')
    const message = issue.path.length > 0 && absent(data, issue.path) ? TH.missingKey(String(issue.path[issue.path.length - 1])) : issue.message
    throw broken(TH.fieldProblem(pathText(issue.path), message))
  }
  const problem = templatePlaceholderProblem(kind, parsed.data as object)
  if (problem) throw broken(problem)
  return parsed.data as TemplateOf<K>
}
