/**
 * The moves a request can make from where it is, read from the lifecycle table (never listed
 * here). Each move asks only what it needs: who decided and how for an approval, a reason for a
 * refusal or a take-down, the public address for a publication. The service has the last word on
 * who may act; its Thai refusal is shown as it comes.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { ACTION_RULES, actionsFrom, type RequestAction } from '@shared/domain/request-status'
import type { Person, RequestDetail } from '@shared/domain/records'
import type { TransitionInput } from '@shared/domain/schemas'
import type { AppErrorShape } from '@shared/result'
import { ErrorBanner } from '../../components/ErrorBanner'
import { Field } from '../../components/Field'
import { errorFor, errorShapeOf, fieldErrorsOf } from '../../components/form-errors'
import { call } from '../../lib/api'
import { useAppState } from '../../lib/app-state'
import { fromBangkokInputValue, toBangkokInputValue } from './format'
import { TEXT } from './text'

const A = TEXT.action
/** Moves decided by someone other than the person at the keyboard: the head, or the assistant head. */
const DECISIONS: readonly RequestAction[] = ['approve', 'reject']
const NEEDS_REASON: readonly RequestAction[] = ['reject', 'withdraw']
const CAUTION: readonly RequestAction[] = ['reject', 'withdraw']

interface Props {
  detail: RequestDetail
  onDone(detail: RequestDetail, action: RequestAction): void
}

export function RequestActions({ detail, onDone }: Props) {
  const [open, setOpen] = useState<RequestAction | null>(null)
  const actions = actionsFrom(detail.status)
  if (actions.length === 0) return null
  return (
    <div className="request-actions">
      <div className="action-buttons">
        {actions.map((a) => (
          <button
            key={a}
            type="button"
            className={CAUTION.includes(a) ? 'danger' : 'primary'}
            aria-expanded={open === a}
            aria-controls={open === a ? 'action-form' : undefined}
            onClick={() => setOpen(open === a ? null : a)}
          >
            {ACTION_RULES[a].label}
          </button>
        ))}
      </div>
      {open && (
        <ActionForm
          key={open}
          action={open}
          detail={detail}
          onCancel={() => setOpen(null)}
          onDone={(d) => {
            setOpen(null)
            onDone(d, open)
          }}
        />
      )}
    </div>
  )
}

function eligible(people: Person[], action: RequestAction): Person[] {
  const roles = ACTION_RULES[action].roles
  return people.filter((p) => p.active && (roles.length === 0 || roles.some((r) => p.roles.includes(r))))
}

function ActionForm({ action, detail, onCancel, onDone }: { action: RequestAction; detail: RequestDetail; onCancel(): void; onDone(d: RequestDetail): void }) {
  const { people, operator } = useAppState()
  const rule = ACTION_RULES[action]
  const decides = DECISIONS.includes(action)
  const candidates = decides ? eligible(people, action) : []
  const [deciderId, setDeciderId] = useState<number | null>(() =>
    !decides ? null : candidates.find((p) => p.id === operator?.id)?.id ?? candidates[0]?.id ?? null
  )
  const [verbal, setVerbal] = useState(false)
  const [initialAt] = useState(() => toBangkokInputValue(new Date()))
  const [at, setAt] = useState(initialAt)
  const [reason, setReason] = useState('')
  const [publicUrl, setPublicUrl] = useState('')
  const [error, setError] = useState<AppErrorShape | null>(null)
  const fields = fieldErrorsOf(error)
  const [working, setWorking] = useState(false)
  const formRef = useRef<HTMLFormElement>(null)
  const headingId = useId()

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('select, input, textarea, button')?.focus()
  }, [])

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const byId = decides ? deciderId : operator?.id ?? null
    if (byId === null) {
      setError({ code: 'forbidden', message: decides ? A.deciderNone : A.noOperator })
      return
    }
    if (NEEDS_REASON.includes(action) && reason.trim() === '') {
      setError({ code: 'invalid-input', message: A.reasonRequired, fields: { reason: A.reasonRequired } })
      formRef.current?.querySelector<HTMLElement>('textarea')?.focus()
      return
    }
    const input: TransitionInput = { id: detail.id, action, byId }
    if (action === 'approve') {
      input.verbal = verbal
      // Sent only when changed: otherwise the service records the moment of saving.
      if (at && at !== initialAt) input.at = fromBangkokInputValue(at)
    }
    if (NEEDS_REASON.includes(action)) input.reason = reason
    if (action === 'publish') input.publicUrl = publicUrl
    setWorking(true)
    setError(null)
    try {
      onDone(await call('requests:transition', input))
    } catch (err) {
      setWorking(false)
      setError(errorShapeOf(err))
    }
  }

  return (
    <form id="action-form" ref={formRef} className="action-form card" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h3 id={headingId}>{rule.label}</h3>
      {decides ? (
        candidates.length > 0 ? (
          <Field id="action-decider" label={A.decider} required error={errorFor(fields, 'byId')}>
            {(c) => (
              <select {...c} value={deciderId ?? ''} onChange={(e) => setDeciderId(Number(e.target.value))}>
                {candidates.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.displayName}
                    {p.positionLines[0] ? ` — ${p.positionLines[0]}` : ''}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : (
          <p className="field-error">{A.deciderNone}</p>
        )
      ) : (
        <p className="muted">{A.actor(operator?.displayName ?? '—')}</p>
      )}
      {action === 'approve' && (
        <>
          <label className="check">
            <input type="checkbox" checked={verbal} onChange={(e) => setVerbal(e.target.checked)} />
            {A.verbal}
          </label>
          <Field id="action-decided-at" label={A.decidedAt} hint={A.decidedAtHint} error={errorFor(fields, 'at')}>
            {(c) => <input {...c} type="datetime-local" value={at} max={toBangkokInputValue(new Date())} onChange={(e) => setAt(e.target.value)} />}
          </Field>
        </>
      )}
      {NEEDS_REASON.includes(action) && (
        <Field id="action-reason" label={A.reason} required error={errorFor(fields, 'reason')} hint={action === 'reject' ? A.rejectReasonHint : A.withdrawReasonHint}>
          {(c) => <textarea {...c} rows={3} value={reason} maxLength={2000} onChange={(e) => setReason(e.target.value)} />}
        </Field>
      )}
      {action === 'publish' && (
        <Field id="action-public-url" label={A.publicUrl} error={errorFor(fields, 'publicUrl')}>
          {(c) => <input {...c} type="url" placeholder="https://" value={publicUrl} onChange={(e) => setPublicUrl(e.target.value)} />}
        </Field>
      )}
      <ErrorBanner error={error} />
      <div className="form-actions">
        <button type="submit" className={CAUTION.includes(action) ? 'danger' : 'primary'} disabled={working}>
          {working ? A.working : A.confirm(rule.label)}
        </button>
        <button type="button" onClick={onCancel}>
          {A.cancel}
        </button>
      </div>
    </form>
  )
}
