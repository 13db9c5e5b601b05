/**
 * Settings › เว็บไซต์ (FTPS): the office's host profiles — add and edit, the FTP password (asked
 * before storing without real encryption; kept only until the program closes under `npm run
 * web`), "ทดสอบการเชื่อมต่อ" with its report, and the certificate dialog that pins a certificate
 * the person accepted.
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react'
import type { CertificateSummary, HostProfile, HostProfileList, HostProfileTestResult, SecretBackend } from '@shared/domain/publishing'
import type { AppErrorShape } from '@shared/result'
import { invoke } from '../../lib/api'
import { ConfirmButton } from '../../components/ConfirmButton'
import { ErrorBanner } from '../../components/ErrorBanner'
import { Field } from '../../components/Field'
import { Flash } from '../../components/Flash'
import { errorFor, withoutEdited } from '../../components/form-errors'
import { CertificateDialog } from './CertificateDialog'
import { FormActions } from '../../components/FormActions'
import {
  certificateDate,
  checkHostProfile,
  emptyHostProfileForm,
  greetingText,
  hostProfileFormFrom,
  passwordInputOf,
  passwordStatus,
  type HostProfileForm
} from './host-profile-form'
import { HOSTS_TEXT } from './host-profiles-text'
import { TEXT } from './text'
import { useInlineEditor } from './use-inline-editor'
import './host-profiles.css'

const T = HOSTS_TEXT

interface TestView {
  profile: HostProfile
  result?: HostProfileTestResult
  error?: AppErrorShape
}

interface TrustPrompt {
  profile: HostProfile
  certificate: CertificateSummary
}

export function HostProfilesTab() {
  const [data, setData] = useState<HostProfileList | null>(null)
  const [listError, setListError] = useState<AppErrorShape | null>(null)
  const editor = useInlineEditor<HostProfileForm>({ keyOf: (f) => f.id ?? 'new', firstFieldOf: () => 'host-edit-name' })
  const { editing, setEditing, error, setError, busy, setBusy, flash, showFlash, formRef, fail, saved, cancel } = editor
  const [testing, setTesting] = useState<number | null>(null)
  const [testView, setTestView] = useState<TestView | null>(null)
  const [trustPrompt, setTrustPrompt] = useState<TrustPrompt | null>(null)
  const [trustBusy, setTrustBusy] = useState(false)
  const [trustError, setTrustError] = useState<AppErrorShape | null>(null)

  const load = useCallback(async () => {
    const result = await invoke('hostProfiles:list', {})
    if (result.ok) {
      setData(result.value)
      setListError(null)
    } else {
      setListError(result.error)
    }
  }, [])

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

  async function runTest(profile: HostProfile) {
    setTesting(profile.id)
    setTestView(null)
    const result = await invoke('hostProfiles:test', { id: profile.id })
    setTesting(null)
    if (!result.ok) {
      setTestView({ profile, error: result.error })
      return
    }
    setTestView({ profile, result: result.value })
    if (result.value.outcome === 'trust-needed') {
      setTrustError(null)
      setTrustPrompt({ profile, certificate: result.value.certificate })
    }
  }

  async function trust() {
    if (!trustPrompt) return
    setTrustBusy(true)
    const result = await invoke('hostProfiles:trust', { mode: 'pin', id: trustPrompt.profile.id, sha256: trustPrompt.certificate.sha256 })
    setTrustBusy(false)
    if (!result.ok) {
      setTrustError(result.error)
      return
    }
    setTrustPrompt(null)
    showFlash(T.cert.trusted(result.value.name))
    await load()
    await runTest(result.value)
  }

  async function remove(profile: HostProfile) {
    setListError(null)
    const result = await invoke('hostProfiles:remove', { id: profile.id })
    if (!result.ok) {
      setListError(result.error)
      return
    }
    if (testView?.profile.id === profile.id) setTestView(null)
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
        <table className="data-table hosts-table">
          <thead>
            <tr>
              <th scope="col">{T.columns.name}</th>
              <th scope="col">{T.columns.host}</th>
              <th scope="col">{T.columns.account}</th>
              <th scope="col">{T.columns.trust}</th>
              <th scope="col">{T.columns.password}</th>
              <th scope="col">{T.columns.actions}</th>
            </tr>
          </thead>
          <tbody>
            {profiles.map((p) => (
              <tr key={p.id}>
                <td>
                  {p.name} {p.isDefault && <span className="badge approved">{T.default}</span>}
                </td>
                <td>
                  <div>
                    {p.host}:{p.port}
                  </div>
                  <div className="muted small">{T.fields.tlsOptions[p.tls]}</div>
                </td>
                <td>
                  <div>{p.username}</div>
                  <div className="muted small">
                    {p.remoteRoot} → {p.publicBaseUrl}
                  </div>
                </td>
                <td>
                  <div>{T.trust[p.trust]}</div>
                  {p.pinnedSha256 && <div className="muted small fingerprint">{p.pinnedSha256.slice(0, 23)}…</div>}
                </td>
                <td>{passwordStatus(p)}</td>
                <td className="actions">
                  <button type="button" aria-label={T.test.buttonLabel(p.name)} disabled={testing !== null} onClick={() => void runTest(p)}>
                    {testing === p.id ? T.test.running : T.test.button}
                  </button>
                  <button type="button" id={`host-edit-${p.id}`} aria-label={T.editLabel(p.name)} disabled={editorOpen} onClick={() => open(hostProfileFormFrom(p), `host-edit-${p.id}`)}>
                    {TEXT.edit}
                  </button>
                  {!p.isDefault && (
                    <button type="button" aria-label={T.makeDefaultLabel(p.name)} disabled={editorOpen} onClick={() => void makeDefault(p)}>
                      {T.makeDefault}
                    </button>
                  )}
                  <ConfirmButton label={T.remove} question={T.removeQuestion(p.name)} danger disabled={editorOpen} ariaLabel={T.removeLabel(p.name)} onConfirm={() => remove(p)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <div role="region" aria-label={T.test.region} aria-live="polite">
        {testView && <TestReport view={testView} />}
      </div>

      {trustPrompt && (
        <CertificateDialog
          host={trustPrompt.profile.host}
          certificate={trustPrompt.certificate}
          busy={trustBusy}
          error={trustError}
          onTrust={() => void trust()}
          onClose={() => setTrustPrompt(null)}
        />
      )}
    </section>
  )
}

function TestReport({ view }: { view: TestView }) {
  const R = T.test
  const { profile, result, error } = view
  if (error) {
    return (
      <div className="test-report">
        <h3>{R.heading(profile.name)}</h3>
        <div className="alert error" role="alert">
          <strong>{R.failed}: </strong>
          {error.message}
          {error.code === 'password-required' && <div>{R.passwordNeeded}</div>}
        </div>
      </div>
    )
  }
  if (!result) return null
  if (result.outcome === 'trust-needed') {
    return (
      <div className="test-report">
        <h3>{R.heading(profile.name)}</h3>
        <div className="alert warn">{R.trustNeeded}</div>
      </div>
    )
  }
  const passed = result.canWrite && result.canRemove
  const cert = result.certificate
  return (
    <div className="test-report">
      <h3>{R.heading(profile.name)}</h3>
      <div className={passed ? 'alert ok' : 'alert warn'}>{passed ? R.passed : R.partly}</div>
      <dl className="cert-details">
        <dt>{R.tlsVersion}</dt>
        <dd>{result.tlsVersion ?? R.plain}</dd>
        <dt>{R.trustedBy}</dt>
        <dd>{R.trustedByValue[result.trustedBy]}</dd>
        {cert && (
          <>
            <dt>{T.cert.subject}</dt>
            <dd>{cert.subject || '-'}</dd>
            <dt>{T.cert.issuer}</dt>
            <dd>{cert.issuer || '-'}</dd>
            <dt>{T.cert.validity}</dt>
            <dd>{T.cert.validityValue(certificateDate(cert.validFrom), certificateDate(cert.validTo))}</dd>
            <dt>{T.cert.fingerprint}</dt>
            <dd className="fingerprint">{cert.sha256}</dd>
          </>
        )}
        <dt>{R.greeting}</dt>
        <dd>{greetingText(result.greeting)}</dd>
        <dt>{R.write}</dt>
        <dd>
          {result.canWrite ? R.yes : R.no} ({result.remoteDir})
        </dd>
        <dt>{R.remove}</dt>
        <dd>{result.canRemove ? R.yes : R.no}</dd>
      </dl>
      {result.problem && <div className="alert warn">{result.problem}</div>}
    </div>
  )
}

function HostProfileFields({
  form,
  backend,
  errors,
  onChange
}: {
  form: HostProfileForm
  backend: SecretBackend
  errors: Record<string, string>
  onChange(next: HostProfileForm): void
}) {
  const F = T.fields
  const set = <K extends keyof HostProfileForm>(k: K, v: HostProfileForm[K]) => onChange({ ...form, [k]: v })
  const isNew = form.id === undefined
  return (
    <div className="form-grid">
      <Field id="host-edit-name" label={F.name} error={errorFor(errors, 'name')} required>
        {(c) => <input {...c} value={form.name} placeholder={F.namePlaceholder} autoComplete="off" onChange={(e) => set('name', e.target.value)} />}
      </Field>
      <Field id="host-edit-host" label={F.host} error={errorFor(errors, 'host')} hint={F.hostHint} required>
        {(c) => <input {...c} value={form.host} placeholder={F.hostPlaceholder} autoComplete="off" spellCheck={false} onChange={(e) => set('host', e.target.value)} />}
      </Field>
      <Field id="host-edit-port" label={F.port} error={errorFor(errors, 'port')} hint={F.portHint(form.tls)}>
        {(c) => <input {...c} type="number" inputMode="numeric" min={1} max={65535} value={form.port} onChange={(e) => set('port', e.target.value)} />}
      </Field>

      <Field id="host-edit-tls" label={F.tls} error={errorFor(errors, 'tls')} className="span-2">
        {(c) => (
          <select {...c} value={form.tls} onChange={(e) => set('tls', e.target.value as HostProfileForm['tls'])}>
            {(Object.keys(F.tlsOptions) as HostProfileForm['tls'][]).map((m) => (
              <option key={m} value={m}>
                {F.tlsOptions[m]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="host-edit-username" label={F.username} error={errorFor(errors, 'username')} required>
        {(c) => <input {...c} value={form.username} autoComplete="off" spellCheck={false} onChange={(e) => set('username', e.target.value)} />}
      </Field>
      {form.tls === 'none' && (
        <div className="span-3 alert warn">
          <div>{F.plainWarning}</div>
          <label className="check">
            <input type="checkbox" checked={form.allowPlainFtp} onChange={(e) => set('allowPlainFtp', e.target.checked)} />
            {F.allowPlainFtp}
          </label>
        </div>
      )}

      <Field id="host-edit-password" label={F.password} error={errorFor(errors, 'password')} hint={isNew ? F.passwordHintNew : F.passwordHintEdit}>
        {(c) => <input {...c} type="password" value={form.password} autoComplete="new-password" onChange={(e) => set('password', e.target.value)} />}
      </Field>
      <div className="span-2 password-note">
        {backend === 'basic_text' ? (
          <>
            <label className="check">
              <input type="checkbox" checked={form.acceptWeak} aria-describedby="host-edit-weak-hint" onChange={(e) => set('acceptWeak', e.target.checked)} />
              {F.acceptWeak}
            </label>
            <div id="host-edit-weak-hint" className="field-hint">
              {T.backend.basic_text} {F.acceptWeakHint}
            </div>
            {errors.acceptWeakEncryption && <div className="field-error">{errors.acceptWeakEncryption}</div>}
          </>
        ) : (
          <div className="field-hint">{T.backend[backend]}</div>
        )}
      </div>

      <Field id="host-edit-root" label={F.remoteRoot} error={errorFor(errors, 'remoteRoot')} hint={F.remoteRootHint} required>
        {(c) => <input {...c} value={form.remoteRoot} placeholder={F.remoteRootPlaceholder} spellCheck={false} onChange={(e) => set('remoteRoot', e.target.value)} />}
      </Field>
      <Field id="host-edit-url" label={F.publicBaseUrl} error={errorFor(errors, 'publicBaseUrl')} hint={F.publicBaseUrlHint} required className="span-2">
        {(c) => <input {...c} type="url" value={form.publicBaseUrl} placeholder={F.publicBaseUrlPlaceholder} spellCheck={false} onChange={(e) => set('publicBaseUrl', e.target.value)} />}
      </Field>
      <Field id="host-edit-pattern" label={F.folderPattern} error={errorFor(errors, 'folderPattern')} hint={F.folderPatternHint} className="span-3">
        {(c) => <input {...c} value={form.folderPattern} spellCheck={false} onChange={(e) => set('folderPattern', e.target.value)} />}
      </Field>

      <Field id="host-edit-naming" label={F.fileNaming} error={errorFor(errors, 'fileNaming')} className="span-2">
        {(c) => (
          <select {...c} value={form.fileNaming} onChange={(e) => set('fileNaming', e.target.value as HostProfileForm['fileNaming'])}>
            {(Object.keys(F.fileNamingOptions) as HostProfileForm['fileNaming'][]).map((m) => (
              <option key={m} value={m}>
                {F.fileNamingOptions[m]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="host-edit-if-exists" label={F.ifExists} error={errorFor(errors, 'ifExists')}>
        {(c) => (
          <select {...c} value={form.ifExists} onChange={(e) => set('ifExists', e.target.value as HostProfileForm['ifExists'])}>
            {(Object.keys(F.ifExistsOptions) as HostProfileForm['ifExists'][]).map((m) => (
              <option key={m} value={m}>
                {F.ifExistsOptions[m]}
              </option>
            ))}
          </select>
        )}
      </Field>

      <Field id="host-edit-takedown" label={F.takedown} error={errorFor(errors, 'takedown')}>
        {(c) => (
          <select {...c} value={form.takedown} onChange={(e) => set('takedown', e.target.value as HostProfileForm['takedown'])}>
            {(Object.keys(F.takedownOptions) as HostProfileForm['takedown'][]).map((m) => (
              <option key={m} value={m}>
                {F.takedownOptions[m]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {form.takedown === 'archive' ? (
        <Field id="host-edit-archive" label={F.archiveFolder} error={errorFor(errors, 'archiveFolder')} required>
          {(c) => <input {...c} value={form.archiveFolder} placeholder={F.archiveFolderPlaceholder} spellCheck={false} onChange={(e) => set('archiveFolder', e.target.value)} />}
        </Field>
      ) : (
        <div />
      )}
      <Field id="host-edit-parallel" label={F.parallelConnections} error={errorFor(errors, 'parallelConnections')} hint={F.parallelHint}>
        {(c) => <input {...c} type="number" inputMode="numeric" min={1} max={8} value={form.parallelConnections} onChange={(e) => set('parallelConnections', e.target.value)} />}
      </Field>

      <div className="field check-field span-3">
        <label className="check">
          <input type="checkbox" checked={form.isDefault} onChange={(e) => set('isDefault', e.target.checked)} />
          {F.isDefault}
        </label>
      </div>
    </div>
  )
}
