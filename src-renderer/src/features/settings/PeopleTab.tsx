/** Settings › บุคลากร: add, edit, deactivate (people:save). People are never deleted. */
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { ROLE_LABELS } from '@shared/domain/roles'
import type { Person } from '@shared/domain/records'
import type { AppErrorShape } from '@shared/result'
import { invoke } from '../../lib/api'
import { useAppState } from '../../lib/app-state'
import { ConfirmButton } from '../../components/ConfirmButton'
import { ErrorBanner } from '../../components/ErrorBanner'
import { Flash, useFlash } from '../../components/Flash'
import { focusFirstError, withoutEdited } from '../../components/form-errors'
import { PersonFields, PersonTitleOptions } from './PersonFields'
import { checkPerson, emptyPersonForm, personFormFrom, personInputOf, roleWarnings, type PersonForm } from './person-form'
import { TEXT } from './text'

const T = TEXT.people

export function PeopleTab() {
  const { people, operator, chooseOperator, refresh } = useAppState()
  const [editing, setEditing] = useState<PersonForm | null>(null)
  const [error, setError] = useState<AppErrorShape | null>(null)
  const [listError, setListError] = useState<AppErrorShape | null>(null)
  const [busy, setBusy] = useState(false)
  const [attempt, setAttempt] = useState(0)
  const [flash, showFlash] = useFlash()
  const formRef = useRef<HTMLFormElement>(null)
  /** Where focus goes when the editor closes: the button that opened it. */
  const returnFocus = useRef<string | null>(null)

  useEffect(() => {
    if (attempt > 0) focusFirstError(formRef.current)
  }, [attempt])

  const editorOpen = editing !== null
  useEffect(() => {
    if (editorOpen) document.getElementById('person-edit-title')?.focus()
    else if (returnFocus.current) document.getElementById(returnFocus.current)?.focus()
  }, [editorOpen])

  const activeCount = people.filter((p) => p.active).length
  const warnings = roleWarnings(people)

  function open(form: PersonForm, from: string) {
    returnFocus.current = from
    setError(null)
    setListError(null)
    showFlash(null)
    setEditing(form)
  }

  async function save(e: FormEvent) {
    e.preventDefault()
    if (!editing || busy) return
    const checked = checkPerson(editing)
    if (!checked.ok) {
      setError(checked.error)
      setAttempt((n) => n + 1)
      return
    }
    setBusy(true)
    const result = await invoke('people:save', checked.value)
    setBusy(false)
    if (!result.ok) {
      setError(result.error)
      setAttempt((n) => n + 1)
      return
    }
    if (editing.id === undefined) returnFocus.current = 'person-add'
    setEditing(null)
    setError(null)
    showFlash(T.saved(result.value.displayName))
    await refreshKeepingOperator()
  }

  async function setActive(p: Person, active: boolean) {
    setListError(null)
    const result = await invoke('people:save', { ...personInputOf(personFormFrom(p)), active })
    if (!result.ok) {
      setListError(result.error)
      return
    }
    showFlash(active ? T.reactivated(p.displayName) : T.deactivated(p.displayName))
    await refreshKeepingOperator()
    // The confirm button this came from is gone with the row's old state.
    document.getElementById(`person-edit-${p.id}`)?.focus()
  }

  /**
   * Until someone picks the operator in the header, the frame defaults to the first webmaster by
   * name; a new or renamed person must not silently change who is at the keyboard.
   */
  async function refreshKeepingOperator() {
    if (operator) chooseOperator(operator.id)
    await refresh()
  }

  return (
    <section className="card" aria-labelledby="people-heading">
      <div className="section-head">
        <h2 id="people-heading">{T.heading}</h2>
        <button type="button" id="person-add" className="primary" disabled={editorOpen} onClick={() => open(emptyPersonForm(), 'person-add')}>
          + {T.add}
        </button>
      </div>
      <p className="muted">{T.intro}</p>
      <PersonTitleOptions />
      {warnings.length > 0 && (
        <div className="alert warn">
          <strong>{TEXT.warnings.heading}</strong>
          <ul>
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
      <Flash message={flash} />
      <ErrorBanner error={listError} />

      {editing && (
        <form
          ref={formRef}
          onSubmit={save}
          noValidate
          className="editor"
          aria-labelledby="person-editor-heading"
        >
          <h3 id="person-editor-heading">{editing.id === undefined ? T.adding : T.editing(`${editing.title}${editing.fullName}`)}</h3>
          <ErrorBanner error={error} />
          <PersonFields
            idPrefix="person-edit"
            form={editing}
            onChange={(next) => {
              setError((e) => withoutEdited(e, editing, next, '', { positionText: 'positionLines' }))
              setEditing(next)
            }}
            errors={error?.fields ?? {}}
            extended
          />
          <div className="form-actions">
            <button type="submit" className="primary" disabled={busy}>
              {busy ? TEXT.saving : TEXT.save}
            </button>
            <button type="button" onClick={() => setEditing(null)}>
              {TEXT.cancel}
            </button>
          </div>
        </form>
      )}

      <table className="data-table people-table">
        <thead>
          <tr>
            <th scope="col">{T.columns.name}</th>
            <th scope="col">{T.columns.position}</th>
            <th scope="col">{T.columns.roles}</th>
            <th scope="col">{T.columns.status}</th>
            <th scope="col">{T.columns.actions}</th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.id} className={p.active ? undefined : 'inactive'}>
              <td>
                {p.displayName}
                {operator?.id === p.id && <div className="muted small">{T.you}</div>}
                {(p.unit || p.phone) && <div className="muted small">{[p.unit, p.phone].filter(Boolean).join(' · ')}</div>}
              </td>
              <td>
                {p.positionLines.map((line, i) => (
                  <div key={i}>{line}</div>
                ))}
              </td>
              <td>
                {p.roles.map((r) => (
                  <div key={r}>{ROLE_LABELS[r]}</div>
                ))}
              </td>
              <td>
                <span className={p.active ? 'badge published' : 'badge withdrawn'}>{p.active ? TEXT.person.active : TEXT.person.inactive}</span>
              </td>
              <td className="actions">
                <button type="button" id={`person-edit-${p.id}`} aria-label={T.editLabel(p.displayName)} disabled={editorOpen} onClick={() => open(personFormFrom(p), `person-edit-${p.id}`)}>
                  {TEXT.edit}
                </button>
                {p.active ? (
                  <ConfirmButton
                    label={T.deactivate}
                    question={T.deactivateQuestion(p.displayName)}
                    danger
                    disabled={editorOpen || activeCount <= 1}
                    ariaLabel={activeCount <= 1 ? T.lastActive : `${T.deactivate} ${p.displayName}`}
                    onConfirm={() => setActive(p, false)}
                  />
                ) : (
                  <button type="button" disabled={editorOpen} onClick={() => void setActive(p, true)}>
                    {T.reactivate}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
