/** Settings › บุคลากร: add, edit, deactivate (people:save). People are never deleted. */
import { useState, type FormEvent } from 'react'
import { ROLE_LABELS } from '@shared/domain/roles'
import type { Person } from '@shared/domain/records'
import type { AppErrorShape } from '@shared/result'
import { invoke } from '../../lib/api'
import { useAppState } from '../../lib/app-state'
import { ConfirmButton } from '../../components/ConfirmButton'
import { ErrorBanner } from '../../components/ErrorBanner'
import { Flash } from '../../components/Flash'
import { withoutEdited } from '../../components/form-errors'
import { FormActions } from '../../components/FormActions'
import { PersonFields, PersonTitleOptions } from './PersonFields'
import { checkPerson, emptyPersonForm, personFormFrom, personInputOf, roleWarnings, type PersonForm } from './person-form'
import { TEXT } from './text'
import { useInlineEditor } from './use-inline-editor'

const T = TEXT.people

export function PeopleTab() {
  const { people, operator, chooseOperator, refresh } = useAppState()
  // One editor at a time, for a new person or an existing one; it opens on the title field.
  const editor = useInlineEditor<PersonForm>({ keyOf: () => 'open', firstFieldOf: () => 'person-edit-title' })
  const { editing, setEditing, error, setError, busy, setBusy, flash, showFlash, formRef, fail, saved, cancel } = editor
  const [listError, setListError] = useState<AppErrorShape | null>(null)
  const editorOpen = editing !== null

  const activeCount = people.filter((p) => p.active).length
  const warnings = roleWarnings(people)

  function open(form: PersonForm, from: string) {
    setListError(null)
    editor.open(form, from)
  }

  async function save(e: FormEvent) {
    e.preventDefault()
    if (!editing || busy) return
    const checked = checkPerson(editing)
    if (!checked.ok) {
      fail(checked.error)
      return
    }
    setBusy(true)
    const result = await invoke('people:save', checked.value)
    setBusy(false)
    if (!result.ok) {
      fail(result.error)
      return
    }
    saved(T.saved(result.value.displayName), editing.id === undefined ? 'person-add' : undefined)
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
          <FormActions busy={busy} onCancel={cancel} />
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
