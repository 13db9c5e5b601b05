/**
 * A labelled form control with its hint and error: the label is visible and tied to the control,
 * the error is announced with it (aria-describedby) and marks it invalid (aria-invalid), so
 * `focusFirstError` can find it.
 */
import type { ReactNode } from 'react'

export interface ControlProps {
  id: string
  'aria-invalid': true | undefined
  'aria-describedby': string | undefined
  'aria-required': true | undefined
}

export interface FieldProps {
  id: string
  label: ReactNode
  error?: string | undefined
  hint?: ReactNode
  required?: boolean
  className?: string
  children: (control: ControlProps) => ReactNode
}

const TEXT = { required: 'จำเป็น' }

export function Field({ id, label, error, hint, required, className, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined
  return (
    <div className={['field', error ? 'has-error' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className="field-label" htmlFor={id}>
        {label}
        {required && (
          <span className="required-mark" title={TEXT.required}>
            {' '}*
          </span>
        )}
      </label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy, 'aria-required': required ? true : undefined })}
      {hint && (
        <div id={hintId} className="field-hint">
          {hint}
        </div>
      )}
      {error && (
        <div id={errorId} className="field-error">
          {error}
        </div>
      )}
    </div>
  )
}
