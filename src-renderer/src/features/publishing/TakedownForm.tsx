/**
 * "นำออกจากเว็บไซต์": a reason, then the files come off the host (deleted, or moved to the
 * profile's archive folder) and the request is withdrawn. A password is asked for, as for an
 * upload, when the profile has none for this session.
 */
import { useEffect, useState, type FormEvent } from 'react'
import type { RequestDetail } from '@shared/domain/records'
import type { PublishedFileRecord } from '@shared/domain/uploads'
import { ErrorBanner } from '../../components/ErrorBanner'
import { Field } from '../../components/Field'
import { FormActions } from '../../components/FormActions'
import { errorFor } from '../../components/form-errors'
import { invoke } from '../../lib/api'
import { useAppState } from '../../lib/app-state'
import { PasswordField } from './PasswordField'
import { PUBLISH_TEXT as T } from './text'
import { usePasswordForm } from './use-password-form'

export function TakedownForm({ detail, live, onDone, onClose }: { detail: RequestDetail; live: PublishedFileRecord[]; onDone(detail: RequestDetail): void; onClose(): void }) {
  const { operator } = useAppState()
  const [reason, setReason] = useState('')
  const [needPassword, setNeedPassword] = useState<{ id: number; name: string } | null>(null)
  const { password, setPassword, error, setError, fields, busy, formRef, headingId, submit: run } = usePasswordForm()

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>(needPassword ? 'input[type="password"]' : 'textarea')?.focus()
  }, [needPassword])

  async function submit(e: FormEvent) {
    e.preventDefault()
    if (busy) return
    if (!operator) return setError({ code: 'forbidden', message: T.noOperator })
    if (reason.trim() === '') return setError({ code: 'invalid-input', message: T.reasonRequired, fields: { reason: T.reasonRequired } })
    const result = await run(needPassword?.id ?? null, () => invoke('requests:takedown', { id: detail.id, byId: operator.id, reason }))
    if (!result) return
    if (result.ok) return onDone(result.value)
    if (result.error.code === 'password-required') {
      // Which profile: the first live file's (a request's files normally share one host).
      const first = live[0]
      if (first) setNeedPassword({ id: first.profileId, name: first.profileName })
    }
  }

  return (
    <form ref={formRef} className="takedown-form action-form card" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h3 id={headingId}>{T.takedownHeading}</h3>
      <p className="muted">{T.takedownIntro(live.length)}</p>
      <Field id="takedown-reason" label={T.reason} required hint={T.reasonHint} error={errorFor(fields, 'reason')}>
        {(c) => <textarea {...c} rows={2} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      {needPassword && <PasswordField id="takedown-password" profileName={needPassword.name} value={password} error={errorFor(fields, 'password')} onChange={setPassword} />}
      <ErrorBanner error={error} />
      <FormActions busy={busy} onCancel={onClose} submit={T.confirmTakedown} submitting={T.working} cancel={T.close} tone="danger" />
    </form>
  )
}
