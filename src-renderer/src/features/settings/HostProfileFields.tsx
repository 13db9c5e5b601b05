/**
 * The host profile editor's fields: where the site is, the account and its password (with the
 * consent to weak storage where the keychain offers only basic_text), how files are laid out and
 * named, and what a take-down does. A controlled component: HostProfilesTab holds the form.
 */
import type { SecretBackend } from '@shared/domain/publishing'
import { Field } from '../../components/Field'
import { errorFor } from '../../components/form-errors'
import type { HostProfileForm } from './host-profile-form'
import { HOSTS_TEXT as T } from './host-profiles-text'

/** The <option>s of a choice, in the order its Thai labels are listed. */
function optionsOf<K extends string>(labels: Record<K, string>) {
  return (Object.keys(labels) as K[]).map((m) => (
    <option key={m} value={m}>
      {labels[m]}
    </option>
  ))
}

export function HostProfileFields({
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
            {optionsOf(F.tlsOptions)}
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
            {optionsOf(F.fileNamingOptions)}
          </select>
        )}
      </Field>
      <Field id="host-edit-if-exists" label={F.ifExists} error={errorFor(errors, 'ifExists')}>
        {(c) => (
          <select {...c} value={form.ifExists} onChange={(e) => set('ifExists', e.target.value as HostProfileForm['ifExists'])}>
            {optionsOf(F.ifExistsOptions)}
          </select>
        )}
      </Field>

      <Field id="host-edit-takedown" label={F.takedown} error={errorFor(errors, 'takedown')}>
        {(c) => (
          <select {...c} value={form.takedown} onChange={(e) => set('takedown', e.target.value as HostProfileForm['takedown'])}>
            {optionsOf(F.takedownOptions)}
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
