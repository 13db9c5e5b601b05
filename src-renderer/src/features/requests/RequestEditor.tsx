/**
 * The request form (แบบฟอร์มการขอเผยแพร่ข้อมูลผ่านเว็บไซต์) with its classification and files, for a
 * new request or an existing one. The same zod schema the main process parses with is run here
 * first, so most mistakes are shown next to their field before anything is sent.
 */
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react'
import { STATUSES_LOCKED, STATUSES_REOPENED_BY_EDIT, STATUS_LABELS } from '@shared/domain/request-status'
import type { RequestDetail } from '@shared/domain/records'
import { requestCreateInput, requestUpdateInput, type RequestCreateInput, type RequestUpdateInput } from '@shared/domain/schemas'
import { addMonths, fiscalYearOf, isIsoDate } from '@shared/thai'
import type { AppErrorShape } from '@shared/result'
import { ConfirmButton } from '../../components/ConfirmButton'
import { ErrorBanner } from '../../components/ErrorBanner'
import { Field } from '../../components/Field'
import { checkInput, errorFor, errorShapeOf, fieldErrorsOf, focusFirstError, type FieldErrors } from '../../components/form-errors'
import { call } from '../../lib/api'
import { useAppState } from '../../lib/app-state'
import { hrefOf, navigate } from '../../lib/router'
import { AttachmentPicker, type PendingFile } from './AttachmentPicker'
import { thaiDate } from './format'
import { useIndicators } from './use-indicators'
import { TEXT } from './text'

const T = TEXT.editor

/** The form's own fields, typed from the schema's input; dates are '' while empty. */
type FormFields = Required<Pick<RequestCreateInput, 'ownerUnit' | 'requestDate' | 'title' | 'details' | 'externalLink' | 'note' | 'categoryCode' | 'indicatorIds'>> & {
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

export function RequestEditor({ id }: { id?: number }) {
  // A new key per request: going from one form to another starts from a clean state.
  return <EditorLoader key={id ?? 'new'} id={id} />
}

function EditorLoader({ id }: { id: number | undefined }) {
  const [detail, setDetail] = useState<RequestDetail | null | undefined>(id === undefined ? null : undefined)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    if (id === undefined) return
    let live = true
    call('requests:get', { id })
      .then((d) => live && setDetail(d))
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)))
    return () => {
      live = false
    }
  }, [id])
  if (error) {
    return (
      <div className="alert error" role="alert">
        {TEXT.loadFailed}: {error} <a href={hrefOf({ page: 'register' })}>{TEXT.backToRegister}</a>
      </div>
    )
  }
  if (detail === undefined) return <p role="status">{TEXT.loading}</p>
  if (detail && (STATUSES_LOCKED.includes(detail.status) || detail.status === 'rejected')) {
    return (
      <div>
        <h1>{T.titleEdit(detail.id)}</h1>
        <div className="alert warn" role="alert">
          {T.locked(STATUS_LABELS[detail.status])} — {detail.status === 'rejected' ? T.lockedRejected : T.lockedPublished}
        </div>
        <a className="button" href={hrefOf({ page: 'request', id: detail.id })}>
          {TEXT.requestNo(detail.id)}
        </a>
      </div>
    )
  }
  return <EditorForm detail={detail} />
}

function initialFields(detail: RequestDetail | null, today: string): FormFields {
  if (!detail) {
    return {
      ownerUnit: '',
      requestDate: today,
      title: '',
      details: 'ตามเอกสารแนบ',
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

function EditorForm({ detail }: { detail: RequestDetail | null }) {
  const { info, office, people, categories, operator } = useAppState()
  const [form, setForm] = useState<FormFields>(() => initialFields(detail, info.today))
  const [pending, setPending] = useState<PendingFile[]>([])
  const [removeIds, setRemoveIds] = useState<number[]>([])
  const [error, setError] = useState<AppErrorShape | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const formRef = useRef<HTMLFormElement>(null)
  // Field messages go away as their field is changed; the banner stays until the next save.
  const [fields, setFields] = useState<FieldErrors>({})
  const err = (path: string) => errorFor(fields, path)

  const clearError = (...keys: string[]) =>
    setFields((all) => (keys.some((k) => k in all) ? Object.fromEntries(Object.entries(all).filter(([k]) => !keys.includes(k))) : all))
  const set = <K extends keyof FormFields>(key: K, value: FormFields[K]) => {
    setForm((f) => ({ ...f, [key]: value }))
    // The period's order is reported on its end, whichever end was changed.
    clearError(key, ...(key === 'periodStart' || key === 'periodEnd' ? ['periodStart', 'periodEnd'] : []))
  }

  const dateOk = isIsoDate(form.requestDate)
  const derivedYear = dateOk ? fiscalYearOf(form.requestDate) : fiscalYearOf(info.today)
  const fiscalYear = form.fiscalYear ?? derivedYear
  const category = categories.find((c) => c.code === form.categoryCode)
  const defaultUntil = category?.defaultPublishMonths && dateOk ? addMonths(form.requestDate, category.defaultPublishMonths) : ''
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

  const requesters = people.filter((p) => p.active && p.roles.includes('requester'))
  const others = people.filter((p) => p.active && !p.roles.includes('requester'))
  // A requester chosen earlier who has since been made inactive is still shown, not silently changed.
  const inactiveChosen = people.find((p) => p.id === form.requesterId && !p.active)

  const chooseRequester = (value: string) => {
    const person = people.find((p) => p.id === Number(value)) ?? null
    clearError('requesterId', ...(form.ownerUnitFollows && person?.unit ? ['ownerUnit'] : []))
    setForm((f) => ({
      ...f,
      requesterId: person?.id ?? null,
      ownerUnit: f.ownerUnitFollows && person ? person.unit : f.ownerUnit
    }))
  }

  const accepted = pending.filter((f) => f.state === 'accepted')
  const checking = pending.some((f) => f.state === 'checking')

  const payload = (byId: number) => {
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
    if (!detail) return { create: true as const, input: common satisfies RequestCreateInput }
    return { create: false as const, input: { ...common, id: detail.id, removeAttachmentIds: removeIds } satisfies RequestUpdateInput }
  }

  const showError = (e: AppErrorShape) => {
    setError(e)
    setFields(fieldErrorsOf(e))
    // After React has drawn the messages: put the keyboard on the first field to fix.
    requestAnimationFrame(() => focusFirstError(formRef.current))
  }

  const validate = (): boolean => {
    if (!operator) {
      showError({ code: 'forbidden', message: T.noOperator })
      return false
    }
    const p = payload(operator.id)
    const checked = p.create
      ? checkInput(requestCreateInput, p.input, { requesterId: T.requesterRequired })
      : checkInput(requestUpdateInput, p.input, { requesterId: T.requesterRequired })
    if (!checked.ok) showError({ ...checked.error, message: T.invalid(Object.keys(checked.error.fields ?? {}).length) })
    return checked.ok
  }

  const save = async () => {
    if (!operator || saving || checking || !validate()) return
    setSaving(true)
    setError(null)
    setFields({})
    try {
      const p = payload(operator.id)
      const saved = p.create ? await call('requests:create', p.input) : await call('requests:update', p.input)
      navigate({ page: 'request', id: saved.id })
    } catch (e) {
      setSaving(false)
      showError(errorShapeOf(e))
    }
  }

  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    void save()
  }
  const reopens = !!detail && STATUSES_REOPENED_BY_EDIT.includes(detail.status)

  const fileErrors = Object.entries(fields)
    .filter(([k]) => k.startsWith('newAttachments') || pending.some((f) => f.fileName === k) || k === 'removeAttachmentIds')
    .map(([, v]) => v)
  const yearOptions = useMemo(() => {
    const ys = new Set([derivedYear - 1, derivedYear, derivedYear + 1, fiscalYear])
    return [...ys].sort((a, b) => b - a)
  }, [derivedYear, fiscalYear])
  const hintDate = (iso: string) => (isIsoDate(iso) ? T.thaiDateHint(thaiDate(iso, 'long')) : undefined)

  return (
    <form ref={formRef} className="request-editor" onSubmit={onSubmit} noValidate>
      <div className="page-head">
        <h1>{detail ? T.titleEdit(detail.id) : T.titleNew}</h1>
        {detail && <span className={`badge ${detail.status}`}>{STATUS_LABELS[detail.status]}</span>}
      </div>
      {reopens && <div className="alert warn">{T.approvedWarning}</div>}
      <ErrorBanner error={error} />

      <section className="card" aria-labelledby="editor-form-heading">
        <h2 id="editor-form-heading">{T.sections.form}</h2>
        <div className="grid-3">
          <Field id="editor-requester" label={T.requester} required error={err('requesterId')}>
            {(c) => (
              <select {...c} value={form.requesterId ?? ''} onChange={(e) => chooseRequester(e.target.value)}>
                <option value="">{T.requesterPick}</option>
                {inactiveChosen && <option value={inactiveChosen.id}>{inactiveChosen.displayName}</option>}
                <optgroup label={T.requesterRoleGroup}>
                  {requesters.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.displayName}
                      {p.unit ? ` — ${p.unit}` : ''}
                    </option>
                  ))}
                </optgroup>
                {others.length > 0 && (
                  <optgroup label={T.otherPeopleGroup}>
                    {others.map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.displayName}
                        {p.unit ? ` — ${p.unit}` : ''}
                      </option>
                    ))}
                  </optgroup>
                )}
              </select>
            )}
          </Field>
          <Field id="editor-owner-unit" label={T.ownerUnit} required error={err('ownerUnit')} hint={form.ownerUnitFollows ? T.ownerUnitHint : undefined}>
            {(c) => (
              <input
                {...c}
                value={form.ownerUnit}
                maxLength={200}
                onChange={(e) => {
                  setForm((f) => ({ ...f, ownerUnit: e.target.value, ownerUnitFollows: e.target.value === '' }))
                  clearError('ownerUnit')
                }}
              />
            )}
          </Field>
          <Field id="editor-request-date" label={T.requestDate} required error={err('requestDate')} hint={hintDate(form.requestDate)}>
            {(c) => <input {...c} type="date" value={form.requestDate} onChange={(e) => set('requestDate', e.target.value)} />}
          </Field>
        </div>
        <Field id="editor-title" label={T.title} required error={err('title')}>
          {(c) => <input {...c} value={form.title} maxLength={500} onChange={(e) => set('title', e.target.value)} />}
        </Field>
        <Field id="editor-details" label={T.details} error={err('details')} hint={T.detailsHint}>
          {(c) => <textarea {...c} rows={3} value={form.details} maxLength={5000} onChange={(e) => set('details', e.target.value)} />}
        </Field>
        <div className="grid-2">
          <Field id="editor-external-link" label={T.externalLink} error={err('externalLink')}>
            {(c) => <input {...c} type="url" inputMode="url" placeholder="https://" value={form.externalLink} onChange={(e) => set('externalLink', e.target.value)} />}
          </Field>
          <Field id="editor-note" label={T.note} error={err('note')}>
            {(c) => <input {...c} value={form.note} maxLength={2000} onChange={(e) => set('note', e.target.value)} />}
          </Field>
        </div>
      </section>

      <section className="card" aria-labelledby="editor-classify-heading">
        <h2 id="editor-classify-heading">{T.sections.classify}</h2>
        <div className="grid-3">
          <Field id="editor-category" label={T.category} required error={err('categoryCode')}>
            {(c) => (
              <select {...c} value={form.categoryCode} onChange={(e) => set('categoryCode', e.target.value)}>
                <option value="">{T.categoryPick}</option>
                {categories
                  .filter((cat) => cat.active || cat.code === form.categoryCode)
                  .map((cat) => (
                    <option key={cat.code} value={cat.code}>
                      {cat.code} {cat.name}
                    </option>
                  ))}
              </select>
            )}
          </Field>
          <Field id="editor-fiscal-year" label={T.fiscalYear} error={err('fiscalYear')} hint={form.fiscalYear === null ? T.fiscalYearAuto : undefined}>
            {(c) => (
              <div className="inline-control">
                <select {...c} value={fiscalYear} onChange={(e) => set('fiscalYear', Number(e.target.value) === derivedYear ? null : Number(e.target.value))}>
                  {yearOptions.map((y) => (
                    <option key={y} value={y}>
                      {y}
                    </option>
                  ))}
                </select>
                {form.fiscalYear !== null && (
                  <button type="button" onClick={() => set('fiscalYear', null)}>
                    {T.fiscalYearUseAuto(derivedYear)}
                  </button>
                )}
              </div>
            )}
          </Field>
          <Field
            id="editor-publish-until"
            label={T.publishUntil}
            error={err('publishUntil')}
            hint={
              <>
                {category ? (category.defaultPublishMonths ? T.publishDefault(category.defaultPublishMonths) : T.publishDefaultNone) : null}{' '}
                {!publish.noEnd && hintDate(publish.date)}
              </>
            }
          >
            {(c) => (
              <div className="inline-control">
                <input
                  {...c}
                  type="date"
                  value={publish.noEnd ? '' : publish.date}
                  disabled={publish.noEnd}
                  min={dateOk ? form.requestDate : undefined}
                  onChange={(e) => set('publishUntil', { noEnd: false, date: e.target.value })}
                />
                <label className="check">
                  <input type="checkbox" checked={publish.noEnd} onChange={(e) => set('publishUntil', { noEnd: e.target.checked, date: publish.date || defaultUntil })} />
                  {T.publishNoEnd}
                </label>
              </div>
            )}
          </Field>
        </div>
        <div className="grid-3">
          <Field id="editor-period-start" label={T.periodStart} error={err('periodStart')} hint={hintDate(form.periodStart) ?? T.periodHint}>
            {(c) => <input {...c} type="date" value={form.periodStart} max={form.periodEnd || undefined} onChange={(e) => set('periodStart', e.target.value)} />}
          </Field>
          <Field id="editor-period-end" label={T.periodEnd} error={err('periodEnd')} hint={hintDate(form.periodEnd)}>
            {(c) => <input {...c} type="date" value={form.periodEnd} min={form.periodStart || undefined} onChange={(e) => set('periodEnd', e.target.value)} />}
          </Field>
        </div>
        <fieldset className={`indicators${err('indicatorIds') ? ' has-error' : ''}`} aria-invalid={err('indicatorIds') ? true : undefined}>
          <legend>{T.indicators(fiscalYear)}</legend>
          {indicators === null && <p className="muted">{T.indicatorsLoading}</p>}
          {indicatorsError && <p className="field-error">{indicatorsError}</p>}
          {indicators && indicators.length === 0 && !indicatorsError && (
            <p className="muted">
              {T.indicatorsNone(fiscalYear)} <a href={hrefOf({ page: 'settings', tab: 'indicators' })}>{T.indicatorsSettings}</a>
            </p>
          )}
          {indicators && indicators.length > 0 && (
            <div className="indicator-grid">
              {indicators.map((i) => (
                <label key={i.id} className="check">
                  <input
                    type="checkbox"
                    checked={form.indicatorIds.includes(i.id)}
                    onChange={(e) =>
                      set('indicatorIds', e.target.checked ? [...form.indicatorIds, i.id] : form.indicatorIds.filter((x) => x !== i.id))
                    }
                  />
                  <span>
                    <strong>{i.code}</strong> {i.title}
                  </span>
                </label>
              ))}
            </div>
          )}
          {err('indicatorIds') && <p className="field-error">{err('indicatorIds')}</p>}
          {notice && (
            <p className="muted" role="status">
              {notice}
            </p>
          )}
        </fieldset>
      </section>

      <section className="card" aria-labelledby="editor-files-heading">
        <h2 id="editor-files-heading">{T.sections.files}</h2>
        <AttachmentPicker
          requestId={detail?.id}
          maxMb={office?.maxAttachmentMb ?? 4}
          existing={detail?.attachments ?? []}
          removeIds={removeIds}
          onToggleRemove={(aid) => setRemoveIds((ids) => (ids.includes(aid) ? ids.filter((x) => x !== aid) : [...ids, aid]))}
          pending={pending}
          setPending={setPending}
          error={fileErrors.length > 0 ? fileErrors.join(' ') : undefined}
        />
      </section>

      <div className="form-actions">
        {reopens ? (
          <ConfirmButton label={saving ? T.saving : T.save} question={T.confirmBody} confirmLabel={T.confirmSave} disabled={saving || checking} onConfirm={save} />
        ) : (
          <button type="submit" className="primary" disabled={saving || checking} aria-describedby={checking ? 'editor-wait' : undefined}>
            {saving ? T.saving : T.save}
          </button>
        )}
        <a className="button" href={detail ? hrefOf({ page: 'request', id: detail.id }) : hrefOf({ page: 'register' })}>
          {T.leave}
        </a>
        {checking && (
          <span id="editor-wait" className="muted">
            {T.waitForFiles}
          </span>
        )}
      </div>

    </form>
  )
}
