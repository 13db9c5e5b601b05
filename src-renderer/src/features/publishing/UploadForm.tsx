/**
 * "อัปโหลดขึ้นเว็บไซต์": choose the host profile and start. When the profile has no password for
 * this session (always so under `npm run web`), the service says so and the form asks for it.
 */
import { useEffect, useState, type FormEvent } from 'react'
import type { HostProfile } from '@shared/domain/publishing'
import type { UploadRequestStatus } from '@shared/domain/uploads'
import { ErrorBanner } from '../../components/ErrorBanner'
import { Field } from '../../components/Field'
import { FormActions } from '../../components/FormActions'
import { errorFor } from '../../components/form-errors'
import { invoke } from '../../lib/api'
import { useAppState } from '../../lib/app-state'
import { PasswordField } from './PasswordField'
import { PUBLISH_TEXT as T } from './text'
import { usePasswordForm } from './use-password-form'

export function UploadForm({ requestId, onQueued, onClose }: { requestId: number; onQueued(status: UploadRequestStatus): void; onClose(): void }) {
  const { operator } = useAppState()
  const [profiles, setProfiles] = useState<HostProfile[] | null>(null)
  const [profileId, setProfileId] = useState<number | null>(null)
  const [needPassword, setNeedPassword] = useState(false)
  const { password, setPassword, error, setError, fields, busy, formRef, headingId, submit: run } = usePasswordForm()

  useEffect(() => {
    let live = true
    void invoke('hostProfiles:list', {}).then((r) => {
      if (!live) return
      if (!r.ok) return setError(r.error)
      setProfiles(r.value.profiles)
      setProfileId((r.value.profiles.find((p) => p.isDefault) ?? r.value.profiles[0])?.id ?? null)
    })
    return () => {
      live = false
    }
  }, [])

  useEffect(() => {
    if (needPassword) formRef.current?.querySelector<HTMLInputElement>('input[type="password"]')?.focus()
    else formRef.current?.querySelector<HTMLElement>('select, button')?.focus()
  }, [needPassword, profiles])

  const chosen = profiles?.find((p) => p.id === profileId) ?? null

  async function submit(e: FormEvent) {
    e.preventDefault()
    if (!chosen || busy) return
    if (!operator) return setError({ code: 'forbidden', message: T.noOperator })
    const result = await run(needPassword ? chosen.id : null, () => invoke('uploads:enqueue', { requestId, profileId: chosen.id, byId: operator.id }))
    if (!result) return
    if (result.ok) return onQueued(result.value)
    if (result.error.code === 'password-required') setNeedPassword(true)
  }

  return (
    <form ref={formRef} className="upload-form action-form card" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h3 id={headingId}>{T.upload}</h3>
      {profiles === null && !error && <p role="status">{T.loadingProfiles}</p>}
      {profiles !== null && profiles.length === 0 && <p className="alert warn">{T.noProfiles}</p>}
      {profiles !== null && profiles.length > 0 && (
        <Field id="upload-profile" label={T.profile} hint={T.profileHint} error={errorFor(fields, 'profileId')}>
          {(c) => (
            <select
              {...c}
              value={profileId ?? ''}
              onChange={(e) => {
                setProfileId(Number(e.target.value))
                setNeedPassword(false)
                setPassword('')
              }}
            >
              {profiles.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} — {p.host}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {needPassword && chosen && <PasswordField id="upload-password" profileName={chosen.name} value={password} error={errorFor(fields, 'password')} onChange={setPassword} />}
      <ErrorBanner error={error} />
      <FormActions busy={busy} onCancel={onClose} submit={T.start} submitting={T.starting} cancel={T.close} disabled={!chosen} />
    </form>
  )
}
