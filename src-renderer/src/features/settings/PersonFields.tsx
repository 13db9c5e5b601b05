/** One person's fields, shared by first-run setup (a row per person) and Settings › บุคลากร. */
import { ROLES, ROLE_LABELS, type Role } from '@shared/domain/roles'
import { Field } from '../../components/Field'
import { errorFor, type FieldErrors } from '../../components/form-errors'
import type { PersonForm } from './person-form'
import { TEXT } from './text'

const T = TEXT.person
const TITLES_LIST_ID = 'person-title-options'

/** The suggestions of the title field; render once per page. */
export function PersonTitleOptions() {
  return (
    <datalist id={TITLES_LIST_ID}>
      {T.titles.map((t) => (
        <option key={t} value={t} />
      ))}
    </datalist>
  )
}

export interface PersonFieldsProps {
  idPrefix: string
  form: PersonForm
  onChange(next: PersonForm): void
  errors: FieldErrors
  /** Unit, phone, e-mail and active: in Settings; setup asks only what it needs. */
  extended?: boolean
}

export function PersonFields({ idPrefix, form, onChange, errors, extended }: PersonFieldsProps) {
  const id = (k: string) => `${idPrefix}-${k}`
  const set = <K extends keyof PersonForm>(k: K, value: PersonForm[K]) => onChange({ ...form, [k]: value })
  const toggleRole = (role: Role, on: boolean) =>
    set('roles', on ? ROLES.filter((r) => r === role || form.roles.includes(r)) : form.roles.filter((r) => r !== role))
  const rolesError = errorFor(errors, 'roles')
  const rolesErrorId = rolesError ? id('roles-error') : undefined
  return (
    <div className="person-fields">
      <div className="person-grid">
        <Field id={id('title')} label={T.title} error={errorFor(errors, 'title')} hint={T.titleHint}>
          {(c) => <input {...c} list={TITLES_LIST_ID} value={form.title} autoComplete="off" onChange={(e) => set('title', e.target.value)} />}
        </Field>
        <Field id={id('fullName')} label={T.fullName} error={errorFor(errors, 'fullName')} required>
          {(c) => <input {...c} value={form.fullName} placeholder={T.fullNamePlaceholder} autoComplete="off" onChange={(e) => set('fullName', e.target.value)} />}
        </Field>
        <Field id={id('positionLines')} label={T.positionLines} error={errorFor(errors, 'positionLines')} hint={T.positionHint} required className="span-2">
          {(c) => (
            <textarea
              {...c}
              rows={2}
              value={form.positionText}
              placeholder={T.positionPlaceholder}
              onChange={(e) => set('positionText', e.target.value)}
            />
          )}
        </Field>
      </div>
      {extended && (
        <div className="person-grid">
          <Field id={id('unit')} label={T.unit} error={errorFor(errors, 'unit')}>
            {(c) => <input {...c} value={form.unit} autoComplete="off" onChange={(e) => set('unit', e.target.value)} />}
          </Field>
          <Field id={id('phone')} label={T.phone} error={errorFor(errors, 'phone')}>
            {(c) => <input {...c} type="tel" value={form.phone} autoComplete="off" onChange={(e) => set('phone', e.target.value)} />}
          </Field>
          <Field id={id('email')} label={T.email} error={errorFor(errors, 'email')} className="span-2">
            {(c) => <input {...c} type="email" value={form.email} autoComplete="off" onChange={(e) => set('email', e.target.value)} />}
          </Field>
        </div>
      )}
      <fieldset className={rolesError ? 'roles has-error' : 'roles'} aria-describedby={rolesErrorId}>
        <legend>
          {T.roles} <span className="required-mark">*</span>
        </legend>
        {ROLES.map((role) => (
          <label key={role} className="check">
            <input
              type="checkbox"
              checked={form.roles.includes(role)}
              aria-invalid={rolesError ? true : undefined}
              aria-describedby={rolesErrorId}
              onChange={(e) => toggleRole(role, e.target.checked)}
            />
            {ROLE_LABELS[role]}
          </label>
        ))}
        {rolesError && (
          <div id={rolesErrorId} className="field-error">
            {rolesError}
          </div>
        )}
      </fieldset>
      {extended && (
        <label className="check">
          <input type="checkbox" checked={form.active} onChange={(e) => set('active', e.target.checked)} />
          {T.active}
        </label>
      )}
    </div>
  )
}
