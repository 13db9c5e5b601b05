/**
 * The request form (แบบฟอร์มการขอเผยแพร่ข้อมูลผ่านเว็บไซต์ของหน่วยงาน) of one request, as the
 * seed's form: title lines, a one-column table of labeled fields, and three signature blocks —
 * the requester, the approver (who approved, else the head) and the webmaster (who published,
 * else the first webmaster) — each dated when the register knows the date, dotted when not.
 */
import type { Block, DocModel } from '@shared/documents/model'
import type { RequestDetail } from '@shared/domain/records'
import type { Person } from '@shared/domain/schemas'
import { AppError } from '@shared/result'
import { formatThaiDate, type IsoDate } from '@shared/thai'
import { fill, type Variables } from '../templates'
import { calendarDate, checkTemplate, firstWebmaster, headOf, personById, type BuildContext } from './context'
import { applyDigits } from './digits'
import { TH } from './messages'
import { commonValues, dateParts } from './values'

const TITLE_PT = 18
const BODY_PT = 16
const UNKNOWN = { day: '........', month: '....................', year: '........' }

interface Signer {
  person: Person
  date: IsoDate | null
}

function signers(request: RequestDetail, people: readonly Person[]): { requester: Signer; approver: Signer; publisher: Signer; head: Person } {
  const requester = personById(people, request.requesterId, TH.roles.requester, request.requesterName)
  const head = headOf(people)
  let approver: Signer
  if (request.approval) {
    approver = { person: personById(people, request.approval.byId, TH.roles.approver, request.approval.byName), date: calendarDate(request.approval.at) }
  } else {
    if (!head) throw new AppError('not-found', TH.noHead)
    approver = { person: head, date: null }
  }
  let publisher: Signer
  if (request.published) {
    publisher = { person: personById(people, request.published.byId, TH.roles.publisher, request.published.byName), date: calendarDate(request.published.at) }
  } else {
    const webmaster = firstWebmaster(people)
    if (!webmaster) throw new AppError('not-found', TH.noWebmaster)
    publisher = { person: webmaster, date: null }
  }
  return { requester: { person: requester, date: request.requestDate }, approver, publisher, head: head ?? approver.person }
}

export function buildRequestForm(request: RequestDetail, ctx: BuildContext<'request-form'>): DocModel {
  checkTemplate('request-form', ctx)
  const t = ctx.template
  const ref = `แม่แบบ${TH.docRef('request-form')} (request-form.json)`
  const who = signers(request, ctx.people)
  const notes = [request.note.trim()]
  const values: Variables<'request-form'> = {
    ...commonValues(ctx.office, who.head, request.requestDate, request.fiscalYear),
    'request.ownerUnit': request.ownerUnit,
    'request.date': formatThaiDate(request.requestDate),
    'request.title': request.title,
    'request.details': request.details.trim() === '' ? t.noDetails : request.details,
    'request.externalLink': request.externalLink.trim() === '' ? t.noExternalLink : request.externalLink,
    'request.note': '',
    'request.category': `${request.categoryCode} ${request.categoryName}`
  }
  if (request.approval?.verbal) {
    notes.push(fill(t.verbalApprovalNote, { ...values, 'approval.date': formatThaiDate(calendarDate(request.approval.at)) }, ref))
  }
  values['request.note'] = notes.filter((n) => n !== '').join(' ') || t.noNote
  const f = (s: string) => fill(s, values, ref)

  const dateLine = (date: IsoDate | null): string => {
    const p = date === null ? UNKNOWN : dateParts(date)
    const dotted = (s: string) => (date === null ? s : `...${s}...`)
    return fill(t.signatureDateLine, { ...values, 'sign.day': dotted(p.day), 'sign.month': dotted(p.month), 'sign.year': dotted(p.year) }, ref)
  }
  const item = (caption: string, s: Signer) => ({
    caption: f(caption),
    signatureLines: 2,
    name: s.person.displayName,
    positionLines: [...s.person.positionLines],
    dateLine: dateLine(s.date)
  })

  const subtitles = t.subtitleLines.map(f)
  const blocks: Block[] = [
    ...t.titleLines.map(
      (line): Block => ({ type: 'paragraph', runs: [{ text: f(line), bold: true, sizePt: TITLE_PT }], align: 'center' })
    ),
    ...subtitles.map(
      (line, i): Block => ({ type: 'paragraph', runs: [{ text: line }], align: 'center', ...(i === subtitles.length - 1 ? { spaceAfterPt: 12 } : {}) })
    ),
    {
      type: 'table',
      columns: [{ header: f(t.tableHeader), weight: 1 }],
      rows: t.rows.map((row) => [`${f(row.label)}${t.labelSeparator}${f(row.value)}`]),
      repeatHeader: false
    },
    { type: 'spacer', heightPt: 12 },
    {
      type: 'signature-grid',
      columns: 2,
      items: [item(t.signatures.requester, who.requester), item(t.signatures.approver, who.approver), item(t.signatures.publisher, who.publisher)]
    }
  ]
  return applyDigits({
    kind: 'request-form',
    title: `${f(t.documentTitle)} – ${request.title}`,
    page: { size: 'A4', marginsCm: { top: 2, right: 2, bottom: 2, left: 3 }, pageNumbers: 'none', thaiDigits: ctx.thaiDigits },
    bodySizePt: BODY_PT,
    blocks
  })
}
