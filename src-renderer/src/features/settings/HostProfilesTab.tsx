/**
 * Settings › เว็บไซต์ (FTPS): the office's host profiles — add and edit, the FTP password (asked
 * before storing without real encryption; kept only until the program closes under `npm run
 * web`), "ทดสอบการเชื่อมต่อ" with its report, and the certificate dialog that pins a certificate
 * the person accepted.
 *
 * This file holds the list and the editor's save; beside it: HostProfileFields.tsx (the form's
 * fields), HostProfilesTable.tsx (the list), use-connection-test.ts and ConnectionTestReport.tsx
 * (the test and its report).
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react'
import type { HostProfile, HostProfileList, SecretBackend } from '@shared/domain/publishing'
import type { AppErrorShape } from '@shared/result'
import { invoke } from '../../lib/api'
import { ErrorBanner } from '../../components/ErrorBanner'
import { Flash } from '../../components/Flash'
import { withoutEdited } from '../../components/form-errors'
import { CertificateDialog } from './CertificateDialog'
import { ConnectionTestReport } from './ConnectionTestReport'
import { FormActions } from '../../components/FormActions'
import { HostProfileFields } from './HostProfileFields'
import { HostProfilesTable } from './HostProfilesTable'
import { checkHostProfile, emptyHostProfileForm, hostProfileFormFrom, passwordInputOf, type HostProfileForm } from './host-profile-form'
import { HOSTS_TEXT } from './host-profiles-text'
import { useConnectionTest } from './use-connection-test'
import { useInlineEditor } from './use-inline-editor'
import './host-profiles.css'

const T = HOSTS_TEXT

export function HostProfilesTab() {
  const [data, setData] = useState<HostProfileList | null>(null)
  const [listError, setListError] = useState<AppErrorShape | null>(null)
  const editor = useInlineEditor<HostProfileForm>({ keyOf: (f) => f.id ?? 'new', firstFieldOf: () => 'host-edit-name' })
  const { editing, setEditing, error, setError, busy, setBusy, flash, showFlash, formRef, fail, saved, cancel } = editor

  const load = useCallback(async () => {
    const result = await invoke('hostProfiles:list', {})
    if (result.ok) {
      setData(result.value)
      setListError(null)
    } else {
      setListError(result.error)
    }
  }, [])

  const tester = useConnectionTest({ showFlash, reload: load })

  useEffect(() => {
    void load()
  }, [load])

  const backend: SecretBackend = data?.secretBackend ?? 'unavailable'
  const editorOpen = editing !== null

  function open(form: HostProfileForm, from: string) {
    setListError(null)
    editor.open(form, from)
  }

  async function save(e: FormEvent) {
    e.preventDefault()
    if (!editing || busy) return
    const checked = checkHostProfile(editing)
    if (!checked.ok) {
      fail(checked.error)
      return
    }
    setBusy(true)
    const result = await invoke('hostProfiles:save', checked.value)
    if (!result.ok) {
      setBusy(false)
      fail(result.error)
      return
    }
    const profile = result.value
    const password = passwordInputOf(editing, profile.id, backend)
    if (password) {
      const stored = await invoke('hostProfiles:setPassword', password)
      if (!stored.ok) {
        setBusy(false)
        // The profile is saved: keep the editor on it so only the password needs another try.
        setEditing({ ...editing, id: profile.id })
        fail({ ...stored.error, fields: { password: stored.error.message, ...stored.error.fields } })
        await load()
        return
      }
    }
    setBusy(false)
    saved(T.saved(profile.name), editing.id === undefined ? 'host-add' : `host-edit-${profile.id}`)
    await load()
  }

  async function remove(profile: HostProfile) {
    setListError(null)
    const result = await invoke('hostProfiles:remove', { id: profile.id })
    if (!result.ok) {
      setListError(result.error)
      return
    }
    tester.dropReportOf(profile.id)
    showFlash(T.removed(profile.name))
    await load()
    document.getElementById('host-add')?.focus()
  }

  async function makeDefault(profile: HostProfile) {
    setListError(null)
    const result = await invoke('hostProfiles:setDefault', { id: profile.id })
    if (!result.ok) {
      setListError(result.error)
      return
    }
    showFlash(T.madeDefault(profile.name))
    await load()
  }

  const profiles = data?.profiles ?? []

  return (
    <section className="card" aria-labelledby="hosts-heading">
      <div className="section-head">
        <h2 id="hosts-heading">{T.heading}</h2>
        <button type="button" id="host-add" className="primary" disabled={editorOpen} onClick={() => open(emptyHostProfileForm(), 'host-add')}>
          + {T.add}
        </button>
      </div>
      <p className="muted">{T.intro}</p>
      {data && <div className={backend === 'os' ? 'alert ok' : 'alert warn'}>{T.backend[backend]}</div>}
      <Flash message={flash} />
      <ErrorBanner error={listError} />

      {editing && (
        <form ref={formRef} onSubmit={save} noValidate className="editor" aria-labelledby="host-editor-heading">
          <h3 id="host-editor-heading">{editing.id === undefined ? T.adding : T.editing(editing.name)}</h3>
          <ErrorBanner error={error} />
          <HostProfileFields
            form={editing}
            backend={backend}
            errors={error?.fields ?? {}}
            onChange={(next) => {
              setError((e) => withoutEdited(e, editing, next, '', { acceptWeak: 'acceptWeakEncryption' }))
              setEditing(next)
            }}
          />
          <FormActions busy={busy} onCancel={cancel} />
        </form>
      )}

      {data && profiles.length === 0 && !editorOpen && <p>{T.none}</p>}
      {profiles.length > 0 && (
        <HostProfilesTable
          profiles={profiles}
          testing={tester.testing}
          editorOpen={editorOpen}
          onTest={(p) => void tester.runTest(p)}
          onEdit={(p) => open(hostProfileFormFrom(p), `host-edit-${p.id}`)}
          onMakeDefault={(p) => void makeDefault(p)}
          onRemove={remove}
        />
      )}

      <div role="region" aria-label={T.test.region} aria-live="polite">
        {tester.testView && <ConnectionTestReport view={tester.testView} />}
      </div>

      {tester.trustPrompt && (
        <CertificateDialog
          host={tester.trustPrompt.profile.host}
          certificate={tester.trustPrompt.certificate}
          busy={tester.trustBusy}
          error={tester.trustError}
          onTrust={() => void tester.trust()}
          onClose={tester.closeTrustPrompt}
        />
      )}
    </section>
  )
}
