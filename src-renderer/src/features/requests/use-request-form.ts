/**
 * The request editor's state: the form's fields, what follows from them (the fiscal year, the
 * category's default publish-until date, the indicators of that year), and the per-field error
 * messages, which go away as their field is changed.
 */
import { useEffect, useMemo, useRef, useState } from 'react'
import type { RequestDetail } from '@shared/domain/records'
import { DEFAULT_DETAILS, type RequestCreateInput, type RequestUpdateInput } from '@shared/domain/schemas'
import { publishUntilOf } from '@shared/domain/request-fields'
import { fiscalYearOf, isIsoDate } from '@shared/thai'
import { errorFor, type FieldErrors } from '../../components/form-errors'
import { useAppState } from '../../lib/app-state'
import type { PendingFile } from './AttachmentPicker'
import { thaiDate } from './format'
import { useIndicators } from './use-indicators'
import { TEXT } from './text'

const T = TEXT.editor

/** What a new request's details say until the person writes them (the paper form's usual wording). */

/** The form's own fields, typed from the schema's input; dates are '' while empty. */
export type FormFields = Required<Pick<RequestCreateInput, 'ownerUnit' | 'requestDate' | 'title' | 'details' | 'externalLink' | 'note' | 'categoryCode' | 'indicatorIds'>> & {
  requesterId: number | null
  /** The fiscal year chosen by hand; null: derived from the request date. */
  fiscalYear: number | null
  periodStart: string
  periodEnd: string
  /** null: the category's default, derived from the request date. */
  publishUntil: { noEnd: boolean; date: string } | null
  /** The owning unit still follows the requester's unit. */
  ownerUnitFollows: boolean
}

/** What is sent to the main process: a new request, or the changes to an existing one. */
export type RequestPayload = { create: true; input: RequestCreateInput } | { create: false; input: RequestUpdateInput }

export function initialFields(detail: RequestDetail | null, today: string): FormFields {
  if (!detail) {
    return {
      ownerUnit: '',
      requestDate: today,
      title: '',
      details: DEFAULT_DETAILS,
      externalLink: '',
      note: '',
      requesterId: null,
      categoryCode: '',
      indicatorIds: [],
      fiscalYear: null,
      periodStart: '',
      periodEnd: '',
      publishUntil: null,
      ownerUnitFollows: true
    }
  }
  return {
    ownerUnit: detail.ownerUnit,
    requestDate: detail.requestDate,
    title: detail.title,
    details: detail.details,
    externalLink: detail.externalLink,
    note: detail.note,
    requesterId: detail.requesterId,
    categoryCode: detail.categoryCode,
    indicatorIds: detail.indicators.map((i) => i.id),
    fiscalYear: isIsoDate(detail.requestDate) && fiscalYearOf(detail.requestDate) === detail.fiscalYear ? null : detail.fiscalYear,
    periodStart: detail.periodStart ?? '',
    periodEnd: detail.periodEnd ?? '',
    publishUntil: { noEnd: detail.publishUntil === null, date: detail.publishUntil ?? '' },
    ownerUnitFollows: false
  }
}

/** The date in Thai words (Buddhist Era) under a date field, so it can be read back; none while empty. */
export function dateHint(iso: string): string | undefined {
  return isIsoDate(iso) ? T.thaiDateHint(thaiDate(iso, 'long')) : undefined
}

export type RequestForm = ReturnType<typeof useRequestForm>

export function useRequestForm(detail: RequestDetail | null) {
  const { info, people, categories } = useAppState()
  const [form, setForm] = useState<FormFields>(() => initialFields(detail, info.today))
  const [notice, setNotice] = useState<string | null>(null)
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({})
  const err = (path: string) => errorFor(fieldErrors, path)

  const clearError = (...keys: string[]) =>
    setFieldErrors((all) => (keys.some((k) => k in all) ? Object.fromEntries(Object.entries(all).filter(([k]) => !keys.includes(k))) : all))
  const set = <K extends keyof FormFields>(key: K, value: FormFields[K]) => {
    setForm((f) => ({ ...f, [key]: value }))
    // The period's order is reported on its end, whichever end was changed.
    clearError(key, ...(key === 'periodStart' || key === 'periodEnd' ? ['periodStart', 'periodEnd'] : []))
  }

  const dateOk = isIsoDate(form.requestDate)
  const derivedYear = dateOk ? fiscalYearOf(form.requestDate) : fiscalYearOf(info.today)
  const fiscalYear = form.fiscalYear ?? derivedYear
  const category = categories.find((c) => c.code === form.categoryCode)
  // The service's rule (request-fields.ts), shown before saving: the category's period from the request date.
  const defaultUntil = category && dateOk ? (publishUntilOf(form.requestDate, undefined, category.defaultPublishMonths) ?? '') : ''
  const publish = form.publishUntil ?? { noEnd: !!category && category.defaultPublishMonths === null, date: defaultUntil }
  const { indicators, error: indicatorsError } = useIndicators(fiscalYear)

  // Indicators belong to one fiscal year: a change of year drops the ones of the old year.
  const chosenIndicators = useRef(form.indicatorIds)
  chosenIndicators.current = form.indicatorIds
  useEffect(() => {
    if (!indicators) return
    const known = new Set(indicators.map((i) => i.id))
    const kept = chosenIndicators.current.filter((i) => known.has(i))
    const dropped = chosenIndicators.current.length - kept.length
    if (dropped === 0) return
    setNotice(T.indicatorsDropped(dropped))
    setForm((f) => ({ ...f, indicatorIds: kept }))
  }, [indicators])

  const yearOptions = useMemo(() => {
    const ys = new Set([derivedYear - 1, derivedYear, derivedYear + 1, fiscalYear])
    return [...ys].sort((a, b) => b - a)
  }, [derivedYear, fiscalYear])

  /** The requester; the owning unit follows their unit until it is typed by hand. */
  const chooseRequester = (value: string) => {
    const person = people.find((p) => p.id === Number(value)) ?? null
    clearError('requesterId', ...(form.ownerUnitFollows && person?.unit ? ['ownerUnit'] : []))
    setForm((f) => ({
      ...f,
      requesterId: person?.id ?? null,
      ownerUnit: f.ownerUnitFollows && person ? person.unit : f.ownerUnit
    }))
  }

  /** Typed by hand: the owning unit stops following the requester, unless it is emptied. */
  const setOwnerUnit = (value: string) => {
    setForm((f) => ({ ...f, ownerUnit: value, ownerUnitFollows: value === '' }))
    clearError('ownerUnit')
  }

  /** Choosing the year the date gives goes back to following the date. */
  const chooseFiscalYear = (year: number) => set('fiscalYear', year === derivedYear ? null : year)

  const toggleIndicator = (id: number, checked: boolean) =>
    set('indicatorIds', checked ? [...form.indicatorIds, id] : form.indicatorIds.filter((x) => x !== id))

  const payload = (byId: number, accepted: PendingFile[], removeAttachmentIds: number[]): RequestPayload => {
    const common = {
      ownerUnit: form.ownerUnit,
      requestDate: form.requestDate,
      title: form.title,
      details: form.details,
      externalLink: form.externalLink,
      note: form.note,
      requesterId: form.requesterId ?? 0,
      categoryCode: form.categoryCode,
      indicatorIds: form.indicatorIds,
      fiscalYear,
      periodStart: form.periodStart || null,
      periodEnd: form.periodEnd || null,
      publishUntil: publish.noEnd ? null : publish.date || undefined,
      byId,
      newAttachments: accepted.map((f) => ({ fileName: f.fileName, contentBase64: f.contentBase64 ?? '' }))
    }
    if (!detail) return { create: true, input: common satisfies RequestCreateInput }
    return { create: false, input: { ...common, id: detail.id, removeAttachmentIds } satisfies RequestUpdateInput }
  }

  return {
    form,
    set,
    err,
    fieldErrors,
    setFieldErrors,
    notice,
    dateOk,
    derivedYear,
    fiscalYear,
    yearOptions,
    category,
    defaultUntil,
    publish,
    indicators,
    indicatorsError,
    chooseRequester,
    setOwnerUnit,
    chooseFiscalYear,
    toggleIndicator,
    payload
  }
}
