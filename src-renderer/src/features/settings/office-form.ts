/** The office form's state (text, as typed) and its conversion to the contract's input. */
import { officeInput, type OfficeInput, type OfficeProfile } from '@shared/domain/schemas'
import type { AppErrorShape } from '@shared/result'
import { checkInput } from '../../components/form-errors'
import { TEXT } from './text'

/** Every field as the text in its control; numbers are converted on submit. */
export type OfficeForm = { [K in keyof Required<OfficeInput>]: string }

export function emptyOfficeForm(): OfficeForm {
  return {
    name: '',
    shortName: '',
    district: '',
    province: '',
    parentAgency: '',
    address: '',
    phone: '',
    email: '',
    website: '',
    bookPrefix: '',
    unitLine: '',
    maxAttachmentMb: '4',
    backupKeep: '14',
    bookNumbering: 'fiscal',
    documentFont: 'TH Sarabun New',
    thaiDigits: 'true',
    emblemFile: '',
    preprintedPaper: 'false'
  }
}

export function officeFormFrom(p: OfficeProfile): OfficeForm {
  return {
    name: p.name,
    shortName: p.shortName,
    district: p.district,
    province: p.province,
    parentAgency: p.parentAgency,
    address: p.address,
    phone: p.phone,
    email: p.email,
    website: p.website,
    bookPrefix: p.bookPrefix,
    unitLine: p.unitLine,
    maxAttachmentMb: String(p.maxAttachmentMb),
    backupKeep: String(p.backupKeep),
    bookNumbering: p.bookNumbering,
    documentFont: p.documentFont,
    thaiDigits: String(p.thaiDigits),
    emblemFile: p.emblemFile,
    preprintedPaper: String(p.preprintedPaper)
  }
}

/**
 * The ส่วนราชการ line as the office's memos print it:
 * "สำนักงานสาธารณสุขอำเภอศรีบุญเรือง อ. ศรีบุญเรือง จ. หนองบัวลำภู".
 */
export function unitLineFrom(f: Pick<OfficeForm, 'name' | 'district' | 'province'>): string {
  const parts = [f.name.trim()]
  if (f.district.trim()) parts.push(`อ. ${f.district.trim()}`)
  if (f.province.trim()) parts.push(`จ. ${f.province.trim()}`)
  return parts.filter(Boolean).join(' ')
}

/** "" and anything that is not a number become NaN, which the schema refuses. */
function numberOf(s: string): number {
  return s.trim() === '' ? Number.NaN : Number(s)
}

export function officeInputOf(f: OfficeForm): OfficeInput {
  // Kept from the loaded profile (no control yet), so saving the form does not reset it.
  const bookNumbering = f.bookNumbering === 'calendar' ? 'calendar' : 'fiscal'
  // The document settings too (set by the documents' settings and office:setEmblem), so saving
  // this form does not turn Thai digits back on, reset the font or forget the Garuda.
  const emblemFile = f.emblemFile === 'emblem.png' || f.emblemFile === 'emblem.jpg' ? f.emblemFile : ''
  return {
    ...f,
    maxAttachmentMb: numberOf(f.maxAttachmentMb),
    backupKeep: numberOf(f.backupKeep),
    bookNumbering,
    thaiDigits: f.thaiDigits !== 'false',
    preprintedPaper: f.preprintedPaper === 'true',
    emblemFile
  }
}

/** Thai messages for the fields whose schema messages are zod's defaults. */
export const OFFICE_MESSAGES = {
  maxAttachmentMb: TEXT.office.maxAttachmentMbError,
  backupKeep: TEXT.office.backupKeepError,
  email: TEXT.office.emailError
}

export function checkOffice(f: OfficeForm): { ok: true; value: OfficeInput } | { ok: false; error: AppErrorShape } {
  const input = officeInputOf(f)
  const checked = checkInput(officeInput, input, OFFICE_MESSAGES)
  return checked.ok ? { ok: true, value: input } : checked
}
