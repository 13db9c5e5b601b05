/**
 * Settings › ตัวชี้วัด: each fiscal year's MOIT indicators (indicators:*). The ministry changes the
 * list every year, so a new year starts as a copy of the one before and is edited from there.
 */
import { Fragment, useCallback, useEffect, useState, type FormEvent } from 'react'
import { indicatorInput, type Indicator } from '@shared/domain/schemas'
import type { AppErrorShape } from '@shared/result'
import { fiscalYearOf } from '@shared/thai'
import { invoke } from '../../lib/api'
import { useAppState } from '../../lib/app-state'
import { ConfirmButton } from '../../components/ConfirmButton'
import { ErrorBanner } from '../../components/ErrorBanner'
import { Field } from '../../components/Field'
import { Flash } from '../../components/Flash'
import { checkInput, errorFor, withoutEdited } from '../../components/form-errors'
import { FormActions } from '../../components/FormActions'
import { TEXT } from './text'
import { useInlineEditor } from './use-inline-editor'

const T = TEXT.indicators

interface Editing {
  /** The indicator being edited, or null for a new one. */
  id: number | null
  code: string
  title: string
  sortOrder: number
}

export function IndicatorsTab() {
  const { info, refresh } = useAppState()
  const currentYear = fiscalYearOf(info.today)
  const [years, setYears] = useState<number[]>([])
  const [year, setYear] = useState(currentYear)
  const [list, setList] = useState<Indicator[] | null>(null)
  const editor = useInlineEditor<Editing>({
    keyOf: (e) => e.id ?? 0,
    firstFieldOf: (e) => (e.id === null ? 'indicator-edit-code' : 'indicator-edit-title')
  })
  const { editing, setEditing, error, setError, busy, setBusy, flash, showFlash, formRef, returnFocus, fail, saved, cancel } = editor
  const [listError, setListError] = useState<AppErrorShape | null>(null)

  const load = useCallback(async (y: number) => {
    const [listResult, yearsResult] = await Promise.all([invoke('indicators:list', { fiscalYear: y }), invoke('indicators:years', {})])
    if (!listResult.ok) {
      setListError(listResult.error)
      setList([])
    } else setList(listResult.value)
    if (yearsResult.ok) setYears(yearsResult.value)
  }, [])

  useEffect(() => {
    setList(null)
    setEditing(null)
    void load(year)
  }, [year, load])

  const options = [...new Set([...years, currentYear, currentYear + 1])].sort((a, b) => b - a)
  const previousYear = years.filter((y) => y < year).at(-1)

  function open(next: Editing, from: string) {
    setListError(null)
    editor.open(next, from)
  }

  async function save(e: FormEvent) {
    e.preventDefault()
    if (!editing || busy) return
    const input = { ...(editing.id === null ? {} : { id: editing.id }), fiscalYear: year, code: editing.code, title: editing.title, sortOrder: editing.sortOrder }
    const checked = checkInput(indicatorInput, input)
    if (!checked.ok) {
      fail(checked.error)
      return
    }
    setBusy(true)
    const result = await invoke('indicators:save', input)
    setBusy(false)
    if (!result.ok) {
      fail(result.error)
      return
    }
    saved(T.saved(result.value.code), editing.id === null ? 'indicator-add' : `indicator-edit-${result.value.id}`)
    await load(year)
    await refresh()
  }

  async function remove(i: Indicator) {
    setListError(null)
    const result = await invoke('indicators:delete', { id: i.id })
    if (!result.ok) {
      setListError(result.error)
      return
    }
    returnFocus.current = 'indicator-add'
    showFlash(T.deleted(i.code))
    await load(year)
    document.getElementById('indicator-add')?.focus()
    await refresh()
  }

  async function copyForward(from: number) {
    setListError(null)
    setBusy(true)
    const result = await invoke('indicators:copyForward', { fromYear: from, toYear: year })
    setBusy(false)
    if (!result.ok) {
      setListError(result.error)
      return
    }
    showFlash(T.copied(result.value.copied, from, year))
    await load(year)
    await refresh()
  }

  function edit(next: Editing) {
    setError((e) => withoutEdited(e, editing ?? next, next))
    setEditing(next)
  }

  const nextSort = (list ?? []).reduce((m, i) => Math.max(m, i.sortOrder), 0) + 1
  const editorRow = editing && (
    <tr className="editor-row">
      <td colSpan={3}>
        <form ref={formRef} onSubmit={save} noValidate className="editor" aria-label={editing.id === null ? T.add : T.editLabel(editing.code)}>
          <ErrorBanner error={error} />
          <div className="form-grid">
            <Field id="indicator-edit-code" label={T.code} error={errorFor(error?.fields ?? {}, 'code')} required>
              {(c) => <input {...c} value={editing.code} placeholder={T.codePlaceholder} autoComplete="off" onChange={(e) => edit({ ...editing, code: e.target.value })} />}
            </Field>
            <Field id="indicator-edit-title" label={T.titleLabel} error={errorFor(error?.fields ?? {}, 'title')} required className="span-2">
              {(c) => <textarea {...c} rows={2} value={editing.title} onChange={(e) => edit({ ...editing, title: e.target.value })} />}
            </Field>
          </div>
          <FormActions busy={busy} onCancel={cancel} />
        </form>
      </td>
    </tr>
  )

  return (
    <section className="card" aria-labelledby="indicators-heading">
      <div className="section-head">
        <h2 id="indicators-heading">{T.heading}</h2>
        <button
          type="button"
          id="indicator-add"
          className="primary"
          disabled={editing !== null || list === null}
          onClick={() => open({ id: null, code: '', title: '', sortOrder: nextSort }, 'indicator-add')}
        >
          + {T.add}
        </button>
      </div>
      <p className="muted">{T.intro}</p>
      <div className="toolbar">
        <label htmlFor="indicator-year">{T.year}</label>
        <select id="indicator-year" value={year} onChange={(e) => setYear(Number(e.target.value))}>
          {options.map((y) => (
            <option key={y} value={y}>
              {T.yearOption(y, currentYear)}
            </option>
          ))}
        </select>
        {list && list.length > 0 && <span className="muted">{T.count(list.length)}</span>}
      </div>
      <Flash message={flash} />
      <ErrorBanner error={listError} />

      {list === null ? (
        <p role="status">{T.loading}</p>
      ) : list.length === 0 && !editing ? (
        <div className="empty-state">
          <p>{T.empty(year)}</p>
          {previousYear !== undefined ? (
            <button type="button" className="primary" disabled={busy} onClick={() => void copyForward(previousYear)}>
              {T.copyForward(previousYear)}
            </button>
          ) : (
            <p className="muted">{T.noPrevious}</p>
          )}
        </div>
      ) : (
        <table className="data-table indicators-table">
          <thead>
            <tr>
              <th scope="col" className="col-code">{T.code}</th>
              <th scope="col">{T.titleLabel}</th>
              <th scope="col" className="col-actions">{T.actions}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((i) =>
              editing?.id === i.id ? (
                <Fragment key={i.id}>{editorRow}</Fragment>
              ) : (
                <tr key={i.id}>
                  <td className="nowrap">{i.code}</td>
                  <td>{i.title}</td>
                  <td className="actions">
                    <button
                      type="button"
                      id={`indicator-edit-${i.id}`}
                      aria-label={T.editLabel(i.code)}
                      disabled={editing !== null}
                      onClick={() => open({ id: i.id, code: i.code, title: i.title, sortOrder: i.sortOrder }, `indicator-edit-${i.id}`)}
                    >
                      {TEXT.edit}
                    </button>
                    <ConfirmButton
                      label={T.delete}
                      ariaLabel={T.deleteLabel(i.code)}
                      question={T.deleteQuestion(i.code)}
                      confirmLabel={T.delete}
                      danger
                      disabled={editing !== null}
                      onConfirm={() => remove(i)}
                    />
                  </td>
                </tr>
              )
            )}
            {editing?.id === null && editorRow}
          </tbody>
        </table>
      )}
    </section>
  )
}
