/** A labelled choice of fiscal year (Buddhist Era) from the years a screen offers, each said in that screen's words. */
import { Field } from './Field'

export interface FiscalYearFieldProps {
  id: string
  label: string
  years: readonly number[]
  /** null: none chosen yet (the select shows its first year until one is). */
  value: number | null
  optionLabel(year: number): string
  required?: boolean
  disabled?: boolean
  onChange(year: number): void
}

export function FiscalYearField({ id, label, years, value, optionLabel, required, disabled, onChange }: FiscalYearFieldProps) {
  return (
    <Field id={id} label={label} required={required}>
      {(c) => (
        <select {...c} value={value ?? ''} disabled={disabled} onChange={(e) => onChange(Number(e.target.value))}>
          {years.map((y) => (
            <option key={y} value={y}>
              {optionLabel(y)}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}
