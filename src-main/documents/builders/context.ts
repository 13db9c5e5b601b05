/**
 * What every builder is given besides the document's own data: the office, the register's
 * people, the template in use, and the print choices. Plus the small lookups they share.
 */
import type { OfficeProfile, Person } from '@shared/domain/schemas'
import { AppError } from '@shared/result'
import { fiscalYearOf, isIsoDate, parseIsoDate, todayIso, type IsoDate } from '@shared/thai'
import type { TemplateKind, TemplateOf } from '../templates'
import { TH } from './messages'

export type OfficeFacts = Pick<
  OfficeProfile,
  'name' | 'shortName' | 'district' | 'province' | 'parentAgency' | 'address' | 'phone' | 'email' | 'website' | 'unitLine' | 'maxAttachmentMb'
>

export const URGENCIES = ['ด่วน', 'ด่วนมาก', 'ด่วนที่สุด'] as const
export type Urgency = (typeof URGENCIES)[number]

export interface BuildContext<K extends TemplateKind> {
  office: OfficeFacts
  /** The register's people: signers' positions, the head, the webmasters, and proofing's names. */
  people: readonly Person[]
  template: TemplateOf<K>
  /** Every digit of the document Thai (๐–๙) or Arabic, except in URLs and e-mail addresses. */
  thaiDigits: boolean
  /** PNG or JPEG of the office's Garuda for memos and the announcement; null prints none (its space kept). */
  emblem: Uint8Array | null
  /** Pre-printed paper: a memo's emblem and title, or the announcement's Garuda, are left out and their space kept. */
  preprinted: boolean
  /** Stamped in red above a memo's title. */
  urgency: Urgency | null
}

export function checkTemplate(kind: TemplateKind, ctx: BuildContext<TemplateKind>): void {
  if (ctx.template.kind !== kind) throw new AppError('invalid-input', TH.wrongTemplate(kind, ctx.template.kind))
  if (ctx.urgency !== null && !(URGENCIES as readonly string[]).includes(ctx.urgency)) {
    throw new AppError('invalid-input', TH.badUrgency(String(ctx.urgency)))
  }
}

export function checkDate(value: string, label: string): IsoDate {
  if (!isIsoDate(value)) throw new AppError('invalid-input', TH.badDate(label, value))
  return value
}

/**
 * A fiscal year a document dated `date` may be about: its own, the next one when written in the
 * last quarter before it, or — for a look back ('report') — the past one in the first quarter
 * after. A document that plans a year ('plan': the announcement and the memo asking for it) is
 * never dated after its year has ended. Both stay within proofing's rule, so what is built passes.
 */
export function fiscalYearFits(fy: number, date: IsoDate, use: 'plan' | 'report' = 'report'): boolean {
  const own = fiscalYearOf(date)
  const { month } = parseIsoDate(date)
  return fy === own || (fy === own + 1 && month >= 7 && month <= 9) || (use === 'report' && fy === own - 1 && month >= 10)
}

export function checkFiscalYear(kind: TemplateKind, fy: number, date: IsoDate, use: 'plan' | 'report'): number {
  if (!Number.isInteger(fy) || fy < 2500 || fy > 2700) throw new AppError('invalid-input', TH.badFiscalYear(fy))
  if (!fiscalYearFits(fy, date, use)) throw new AppError('invalid-input', TH.fyMismatch(kind, fy, date, use))
  return fy
}

/** The calendar day in Thailand of a stored time (ISO date-time, UTC) or date. */
export function calendarDate(at: string): IsoDate {
  return isIsoDate(at) ? at : todayIso(new Date(at))
}

/**
 * The position a person is addressed by: the last of their position lines, which by the habit
 * of Thai signature blocks is the post they hold ("สาธารณสุขอำเภอศรีบุญเรือง"), after the civil
 * service rank ("นักวิชาการสาธารณสุขชำนาญการ").
 */
export function addressedPosition(p: Person): string {
  return p.positionLines[p.positionLines.length - 1] ?? ''
}

export function personById(people: readonly Person[], id: number, role: string, name: string): Person {
  const p = people.find((x) => x.id === id)
  if (!p) throw new AppError('not-found', TH.personMissing(role, name))
  return p
}

/** The head of the office: the first active person with the approver role. */
export function headOf(people: readonly Person[]): Person | undefined {
  return people.find((p) => p.active && p.roles.includes('approver'))
}

/** The first active webmaster (the announcement asks for at least two; either may publish). */
export function firstWebmaster(people: readonly Person[]): Person | undefined {
  return people.find((p) => p.active && p.roles.includes('webmaster'))
}

/** A context with the usual print choices: Thai digits, no emblem, plain paper, no urgency. */
export function makeContext<K extends TemplateKind>(
  parts: Pick<BuildContext<K>, 'office' | 'people' | 'template'> & Partial<Omit<BuildContext<K>, 'office' | 'people' | 'template'>>
): BuildContext<K> {
  return { thaiDigits: true, emblem: null, preprinted: false, urgency: null, ...parts }
}
