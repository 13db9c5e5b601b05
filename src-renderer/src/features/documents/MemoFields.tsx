/**
 * A memo's options as the print panel and the report screen both offer them: its urgency, who
 * proposes it, and its book number (the next one from the outgoing register, one already given,
 * or none). Each takes the screen's own patch function; `prefix` keeps the ids of two screens apart.
 */
import { URGENCY_LEVELS } from '@shared/domain/documents-schemas'
import type { Person } from '@shared/domain/records'
import { Field } from '../../components/Field'
import type { BookNoMode, Urgency } from './print-spec'
import { TEXT } from './text'

export function UrgencyField({ prefix, value, disabled, onChange }: { prefix: string; value: Urgency | null; disabled: boolean; onChange(patch: { urgency: Urgency | null }): void }) {
  return (
    <Field id={`${prefix}-urgency`} label={TEXT.urgency}>
      {(c) => (
        <select {...c} value={value ?? ''} disabled={disabled} onChange={(e) => onChange({ urgency: (URGENCY_LEVELS as readonly string[]).includes(e.target.value) ? (e.target.value as Urgency) : null })}>
          <option value="">{TEXT.urgencyNone}</option>
          {URGENCY_LEVELS.map((u) => (
            <option key={u} value={u}>
              {u}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}

export interface ProposerFieldProps {
  prefix: string
  /** The people who may propose (the active ones). */
  people: readonly Person[]
  value: number | null
  /** Whether "the default" (the service's choice, the assistant head) is offered. */
  offerDefault: boolean
  error: string | undefined
  disabled: boolean
  onChange(patch: { from: number | null }): void
}

export function ProposerField({ prefix, people, value, offerDefault, error, disabled, onChange }: ProposerFieldProps) {
  return (
    <Field id={`${prefix}-from`} label={TEXT.from} error={error}>
      {(c) => (
        <select {...c} value={value ?? ''} disabled={disabled} onChange={(e) => onChange({ from: Number(e.target.value) || null })}>
          {offerDefault && <option value="">{TEXT.fromDefault}</option>}
          {!offerDefault && value === null && <option value="">—</option>}
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.displayName}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}

export interface BookNoFieldsetProps {
  prefix: string
  mode: BookNoMode
  value: string
  disabled: boolean
  onChange(patch: { bookNoMode?: BookNoMode; bookNoValue?: string }): void
}

export function BookNoFieldset({ prefix, mode, value, disabled, onChange }: BookNoFieldsetProps) {
  return (
    <fieldset className="print-group">
      <legend>{TEXT.bookNo}</legend>
      {(['allocate', 'manual', 'none'] as const).map((m) => (
        <label key={m} className="radio">
          <input type="radio" name={`${prefix}-bookno`} value={m} checked={mode === m} disabled={disabled} onChange={() => onChange({ bookNoMode: m })} /> {TEXT.bookNoModes[m]}
        </label>
      ))}
      {mode === 'manual' && (
        <Field id={`${prefix}-bookno-value`} label={TEXT.bookNoValue} required>
          {(c) => <input {...c} value={value} placeholder={TEXT.bookNoPlaceholder} disabled={disabled} autoComplete="off" onChange={(e) => onChange({ bookNoValue: e.target.value })} />}
        </Field>
      )}
    </fieldset>
  )
}
