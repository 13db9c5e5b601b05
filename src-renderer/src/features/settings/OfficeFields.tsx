/** The office profile's fields, shared by first-run setup and Settings › ข้อมูลหน่วยงาน. */
import { Field } from '../../components/Field'
import { errorFor, type FieldErrors } from '../../components/form-errors'
import { unitLineFrom, type OfficeForm } from './office-form'
import { TEXT } from './text'

const T = TEXT.office

export interface OfficeFieldsProps {
  idPrefix: string
  form: OfficeForm
  onChange(next: OfficeForm): void
  errors: FieldErrors
  /** True while the ส่วนราชการ line follows name, district and province (until edited by hand). */
  unitLineAuto: boolean
  onUnitLineAutoChange(auto: boolean): void
  showBackupKeep?: boolean
}

export function OfficeFields({ idPrefix, form, onChange, errors, unitLineAuto, onUnitLineAutoChange, showBackupKeep }: OfficeFieldsProps) {
  const id = (k: keyof OfficeForm) => `${idPrefix}-${k}`
  const err = (k: keyof OfficeForm) => errorFor(errors, k)
  const set = (k: keyof OfficeForm, value: string) => {
    const next = { ...form, [k]: value }
    if (unitLineAuto && (k === 'name' || k === 'district' || k === 'province')) next.unitLine = unitLineFrom(next)
    onChange(next)
  }
  const text = (k: keyof OfficeForm, label: string, opts: { required?: boolean; placeholder?: string; hint?: string; className?: string; type?: string; autoComplete?: string } = {}) => (
    <Field id={id(k)} label={label} error={err(k)} required={opts.required} hint={opts.hint} className={opts.className}>
      {(c) => (
        <input
          {...c}
          type={opts.type ?? 'text'}
          value={form[k]}
          placeholder={opts.placeholder}
          autoComplete={opts.autoComplete ?? 'off'}
          onChange={(e) => set(k, e.target.value)}
        />
      )}
    </Field>
  )
  return (
    <div className="form-grid">
      {text('name', T.name, { required: true, placeholder: T.namePlaceholder, className: 'span-2' })}
      {text('shortName', T.shortName, { required: true, placeholder: T.shortNamePlaceholder })}
      {text('district', T.district, { required: true, placeholder: T.districtPlaceholder })}
      {text('province', T.province, { required: true, placeholder: T.provincePlaceholder })}
      {text('parentAgency', T.parentAgency, { placeholder: T.parentAgencyPlaceholder })}
      <Field id={id('unitLine')} label={T.unitLine} error={err('unitLine')} required hint={unitLineAuto ? T.unitLineHintAuto : T.unitLineHint} className="span-3">
        {(c) => (
          <div className="input-with-button">
            <input
              {...c}
              value={form.unitLine}
              autoComplete="off"
              onChange={(e) => {
                onUnitLineAutoChange(false)
                onChange({ ...form, unitLine: e.target.value })
              }}
            />
            {!unitLineAuto && (
              <button
                type="button"
                onClick={() => {
                  onUnitLineAutoChange(true)
                  onChange({ ...form, unitLine: unitLineFrom(form) })
                }}
              >
                {T.unitLineReset}
              </button>
            )}
          </div>
        )}
      </Field>
      {text('bookPrefix', T.bookPrefix, { required: true, placeholder: T.bookPrefixPlaceholder, hint: T.bookPrefixHint })}
      {text('phone', T.phone, { type: 'tel' })}
      {text('email', T.email, { type: 'email' })}
      <Field id={id('address')} label={T.address} error={err('address')} className="span-2">
        {(c) => <textarea {...c} rows={2} value={form.address} onChange={(e) => set('address', e.target.value)} />}
      </Field>
      {text('website', T.website, { type: 'url', placeholder: T.websitePlaceholder })}
      <Field id={id('maxAttachmentMb')} label={T.maxAttachmentMb} error={err('maxAttachmentMb')} hint={T.maxAttachmentMbHint}>
        {(c) => (
          <input {...c} type="number" inputMode="decimal" min={0.5} max={100} step={0.5} value={form.maxAttachmentMb} onChange={(e) => set('maxAttachmentMb', e.target.value)} />
        )}
      </Field>
      {showBackupKeep && (
        <Field id={id('backupKeep')} label={T.backupKeep} error={err('backupKeep')} hint={T.backupKeepHint} className="span-2">
          {(c) => <input {...c} type="number" inputMode="numeric" min={1} max={365} step={1} value={form.backupKeep} onChange={(e) => set('backupKeep', e.target.value)} />}
        </Field>
      )}
    </div>
  )
}
