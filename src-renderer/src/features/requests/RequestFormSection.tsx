/** The request form's own fields (แบบฟอร์มการขอเผยแพร่ข้อมูลผ่านเว็บไซต์): who asks, for which unit, what. */
import type { Person } from '@shared/domain/records'
import { Field, type ControlProps } from '../../components/Field'
import { useAppState } from '../../lib/app-state'
import { dateHint, type RequestForm } from './use-request-form'
import { TEXT } from './text'

const T = TEXT.editor

export function RequestFormSection({ f }: { f: RequestForm }) {
  const { form, set, err } = f
  return (
    <section className="card" aria-labelledby="editor-form-heading">
      <h2 id="editor-form-heading">{T.sections.form}</h2>
      <div className="grid-3">
        <Field id="editor-requester" label={T.requester} required error={err('requesterId')}>
          {(c) => <RequesterSelect control={c} value={form.requesterId} onChange={f.chooseRequester} />}
        </Field>
        <Field id="editor-owner-unit" label={T.ownerUnit} required error={err('ownerUnit')} hint={form.ownerUnitFollows ? T.ownerUnitHint : undefined}>
          {(c) => <input {...c} value={form.ownerUnit} maxLength={200} onChange={(e) => f.setOwnerUnit(e.target.value)} />}
        </Field>
        <Field id="editor-request-date" label={T.requestDate} required error={err('requestDate')} hint={dateHint(form.requestDate)}>
          {(c) => <input {...c} type="date" value={form.requestDate} onChange={(e) => set('requestDate', e.target.value)} />}
        </Field>
      </div>
      <Field id="editor-title" label={T.title} required error={err('title')}>
        {(c) => <input {...c} value={form.title} maxLength={500} onChange={(e) => set('title', e.target.value)} />}
      </Field>
      <Field id="editor-details" label={T.details} error={err('details')} hint={T.detailsHint}>
        {(c) => <textarea {...c} rows={3} value={form.details} maxLength={5000} onChange={(e) => set('details', e.target.value)} />}
      </Field>
      <div className="grid-2">
        <Field id="editor-external-link" label={T.externalLink} error={err('externalLink')}>
          {(c) => <input {...c} type="url" inputMode="url" placeholder="https://" value={form.externalLink} onChange={(e) => set('externalLink', e.target.value)} />}
        </Field>
        <Field id="editor-note" label={T.note} error={err('note')}>
          {(c) => <input {...c} value={form.note} maxLength={2000} onChange={(e) => set('note', e.target.value)} />}
        </Field>
      </div>
    </section>
  )
}

interface RequesterSelectProps {
  control: ControlProps
  value: number | null
  onChange(value: string): void
}

/** People with the requester role first, then the others; never silently changes a past choice. */
function RequesterSelect({ control, value, onChange }: RequesterSelectProps) {
  const { people } = useAppState()
  const requesters = people.filter((p) => p.active && p.roles.includes('requester'))
  const others = people.filter((p) => p.active && !p.roles.includes('requester'))
  // A requester chosen earlier who has since been made inactive is still shown, not silently changed.
  const inactiveChosen = people.find((p) => p.id === value && !p.active)
  return (
    <select {...control} value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
      <option value="">{T.requesterPick}</option>
      {inactiveChosen && <option value={inactiveChosen.id}>{inactiveChosen.displayName}</option>}
      <optgroup label={T.requesterRoleGroup}>
        <PersonOptions people={requesters} />
      </optgroup>
      {others.length > 0 && (
        <optgroup label={T.otherPeopleGroup}>
          <PersonOptions people={others} />
        </optgroup>
      )}
    </select>
  )
}

function PersonOptions({ people }: { people: Person[] }) {
  return people.map((p) => (
    <option key={p.id} value={p.id}>
      {p.displayName}
      {p.unit ? ` — ${p.unit}` : ''}
    </option>
  ))
}
