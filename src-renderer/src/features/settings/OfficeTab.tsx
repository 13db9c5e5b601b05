/** Settings › ข้อมูลหน่วยงาน: the office profile (office:save). */
import { useEffect, useRef, useState, type FormEvent } from 'react'
import type { AppErrorShape } from '@shared/result'
import { invoke } from '../../lib/api'
import { useAppState } from '../../lib/app-state'
import { ErrorBanner } from '../../components/ErrorBanner'
import { Flash, useFlash } from '../../components/Flash'
import { focusFirstError, withoutEdited } from '../../components/form-errors'
import { OfficeFields } from './OfficeFields'
import { DocumentSettingsFields, EmblemCard } from './DocumentSettings'
import { checkOffice, emptyOfficeForm, officeFormFrom, unitLineFrom, type OfficeForm } from './office-form'
import { TEXT } from './text'

export function OfficeTab() {
  const { office, refresh } = useAppState()
  const [form, setForm] = useState<OfficeForm>(() => (office ? officeFormFrom(office) : emptyOfficeForm()))
  // Follow name/district/province only if the saved line is still the one they would make.
  const [unitLineAuto, setUnitLineAuto] = useState(() => !office || office.unitLine === unitLineFrom(officeFormFrom(office)))
  const [error, setError] = useState<AppErrorShape | null>(null)
  const [busy, setBusy] = useState(false)
  const [attempt, setAttempt] = useState(0)
  const [flash, showFlash] = useFlash()
  const formRef = useRef<HTMLFormElement>(null)

  useEffect(() => {
    if (attempt > 0) focusFirstError(formRef.current)
  }, [attempt])

  async function submit(e: FormEvent) {
    e.preventDefault()
    if (busy) return
    showFlash(null)
    const checked = checkOffice(form)
    if (!checked.ok) {
      setError(checked.error)
      setAttempt((n) => n + 1)
      return
    }
    setBusy(true)
    const result = await invoke('office:save', checked.value)
    setBusy(false)
    if (!result.ok) {
      setError(result.error)
      setAttempt((n) => n + 1)
      return
    }
    setError(null)
    setForm(officeFormFrom(result.value))
    showFlash(TEXT.office.saved)
    await refresh()
  }

  return (
    <>
      <form ref={formRef} onSubmit={submit} noValidate className="card" aria-labelledby="office-heading">
        <h2 id="office-heading">{TEXT.office.heading}</h2>
        <p className="muted">{TEXT.office.intro}</p>
        <ErrorBanner error={error} />
        <OfficeFields
          idPrefix="office"
          form={form}
          onChange={(next) => {
            setError((e) => withoutEdited(e, form, next))
            setForm(next)
          }}
          errors={error?.fields ?? {}}
          unitLineAuto={unitLineAuto}
          onUnitLineAutoChange={setUnitLineAuto}
          showBackupKeep
        />
        <DocumentSettingsFields
          form={form}
          onChange={(next) => {
            setError((e) => withoutEdited(e, form, next))
            setForm(next)
          }}
          errors={error?.fields ?? {}}
        />
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? TEXT.saving : TEXT.save}
          </button>
          <Flash message={flash} />
        </div>
      </form>
      <EmblemCard
        onChanged={(emblemFile) => {
          // The image is saved already; the form must not save the old file name back.
          setForm((f) => ({ ...f, emblemFile }))
          void refresh()
        }}
      />
    </>
  )
}
