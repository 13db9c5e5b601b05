/**
 * Settings › หมวดหมู่ข้อมูล: the categories 1.1–1.10 and any the office adds (categories:save).
 * A category is switched off, not deleted: old requests keep pointing at it.
 */
import { Fragment, type FormEvent } from 'react'
import { categoryInput, type Category, type CategoryInput } from '@shared/domain/schemas'
import { invoke } from '../../lib/api'
import { useAppState } from '../../lib/app-state'
import { ErrorBanner } from '../../components/ErrorBanner'
import { Field } from '../../components/Field'
import { Flash } from '../../components/Flash'
import { checkInput, errorFor, invalid, withoutEdited } from '../../components/form-errors'
import { FormActions } from '../../components/FormActions'
import { TEXT } from './text'
import { useInlineEditor } from './use-inline-editor'

const T = TEXT.categories

interface CategoryForm {
  code: string
  name: string
  description: string
  /** Whole months as typed; empty: no end (ไม่กำหนด). */
  months: string
  sortOrder: number
  active: boolean
}

interface Editing {
  /** The code being edited, or null for a new category. */
  original: string | null
  form: CategoryForm
}

function formFrom(c: Category): CategoryForm {
  return {
    code: c.code,
    name: c.name,
    description: c.description,
    months: c.defaultPublishMonths === null ? '' : String(c.defaultPublishMonths),
    sortOrder: c.sortOrder,
    active: c.active
  }
}

function inputOf(f: CategoryForm): CategoryInput {
  const months = f.months.trim() === '' ? null : Number(f.months)
  return { code: f.code, name: f.name, description: f.description, defaultPublishMonths: months, sortOrder: f.sortOrder, active: f.active }
}

/** The next code after the last "1.N" (1.10 → 1.11), a suggestion the person may change. */
function nextCode(categories: readonly Category[]): string {
  const last = categories
    .map((c) => /^1\.(\d+)$/.exec(c.code)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .reduce((a, b) => Math.max(a, b), 0)
  return `1.${last + 1}`
}

export function CategoriesTab() {
  const { categories, refresh } = useAppState()
  const { editing, setEditing, error, setError, busy, setBusy, flash, formRef, open, fail, saved, cancel } = useInlineEditor<Editing>({
    keyOf: (e) => e.original ?? '(new)',
    firstFieldOf: (e) => (e.original === null ? 'category-edit-code' : 'category-edit-name')
  })

  async function save(e: FormEvent) {
    e.preventDefault()
    if (!editing || busy) return
    const input = inputOf(editing.form)
    const checked = checkInput(categoryInput, input, { defaultPublishMonths: T.monthsError })
    if (!checked.ok) {
      fail(checked.error)
      return
    }
    // Saving a new code that exists would overwrite that category (the service upserts by code).
    if (editing.original === null && categories.some((c) => c.code === checked.value.code)) {
      fail(invalid({ code: T.duplicate(checked.value.code) }))
      return
    }
    setBusy(true)
    const result = await invoke('categories:save', input)
    setBusy(false)
    if (!result.ok) {
      fail(result.error)
      return
    }
    saved(T.saved(result.value.code), editing.original === null ? 'category-add' : `category-edit-${result.value.code}`)
    await refresh()
  }

  const editor = editing && (
    <tr className="editor-row">
      <td colSpan={5}>
        <form ref={formRef} onSubmit={save} noValidate className="editor" aria-label={editing.original === null ? T.add : T.editLabel(editing.original)}>
          <ErrorBanner error={error} />
          <CategoryFields
            form={editing.form}
            isNew={editing.original === null}
            errors={error?.fields ?? {}}
            onChange={(form) => {
              setError((e) => withoutEdited(e, editing.form, form, '', { months: 'defaultPublishMonths' }))
              setEditing({ ...editing, form })
            }}
          />
          <FormActions busy={busy} onCancel={cancel} />
        </form>
      </td>
    </tr>
  )

  return (
    <section className="card" aria-labelledby="categories-heading">
      <div className="section-head">
        <h2 id="categories-heading">{T.heading}</h2>
        <button
          type="button"
          id="category-add"
          className="primary"
          disabled={editing !== null}
          onClick={() =>
            open(
              {
                original: null,
                form: { code: nextCode(categories), name: '', description: '', months: '', sortOrder: categories.reduce((m, c) => Math.max(m, c.sortOrder), 0) + 1, active: true }
              },
              'category-add'
            )
          }
        >
          + {T.add}
        </button>
      </div>
      <p className="muted">{T.intro}</p>
      <Flash message={flash} />
      <table className="data-table categories-table">
        <thead>
          <tr>
            <th scope="col" className="col-code">{T.code}</th>
            <th scope="col">{T.name}</th>
            <th scope="col" className="col-months">{T.months}</th>
            <th scope="col" className="col-active">{T.active}</th>
            <th scope="col" className="col-actions">{T.actions}</th>
          </tr>
        </thead>
        <tbody>
          {categories.map((c) =>
            editing?.original === c.code ? (
              <Fragment key={c.code}>{editor}</Fragment>
            ) : (
              <tr key={c.code} className={c.active ? undefined : 'inactive'}>
                <td>{c.code}</td>
                <td>
                  <div>{c.name}</div>
                  {c.description && <div className="muted small">{c.description}</div>}
                </td>
                <td>{c.defaultPublishMonths === null ? T.noEnd : T.monthsValue(c.defaultPublishMonths)}</td>
                <td>{c.active ? TEXT.yes : TEXT.no}</td>
                <td className="actions">
                  <button
                    type="button"
                    id={`category-edit-${c.code}`}
                    aria-label={T.editLabel(c.code)}
                    disabled={editing !== null}
                    onClick={() => open({ original: c.code, form: formFrom(c) }, `category-edit-${c.code}`)}
                  >
                    {TEXT.edit}
                  </button>
                </td>
              </tr>
            )
          )}
          {editing?.original === null && editor}
        </tbody>
      </table>
    </section>
  )
}

function CategoryFields({
  form,
  isNew,
  errors,
  onChange
}: {
  form: CategoryForm
  isNew: boolean
  errors: Record<string, string>
  onChange(next: CategoryForm): void
}) {
  const set = <K extends keyof CategoryForm>(k: K, v: CategoryForm[K]) => onChange({ ...form, [k]: v })
  return (
    <div className="form-grid">
      <Field id="category-edit-code" label={T.code} error={errorFor(errors, 'code')} required>
        {(c) => <input {...c} value={form.code} readOnly={!isNew} placeholder={T.codePlaceholder} autoComplete="off" onChange={(e) => set('code', e.target.value)} />}
      </Field>
      <Field id="category-edit-name" label={T.name} error={errorFor(errors, 'name')} required className="span-2">
        {(c) => <input {...c} value={form.name} autoComplete="off" onChange={(e) => set('name', e.target.value)} />}
      </Field>
      <Field id="category-edit-description" label={T.description} error={errorFor(errors, 'description')} className="span-3">
        {(c) => <textarea {...c} rows={2} value={form.description} onChange={(e) => set('description', e.target.value)} />}
      </Field>
      <Field id="category-edit-months" label={T.months} error={errorFor(errors, 'defaultPublishMonths')} hint={T.monthsHint}>
        {(c) => (
          <input {...c} type="number" inputMode="numeric" min={1} max={120} step={1} placeholder={T.noEnd} value={form.months} onChange={(e) => set('months', e.target.value)} />
        )}
      </Field>
      <div className="field check-field">
        <label className="check">
          <input type="checkbox" checked={form.active} onChange={(e) => set('active', e.target.checked)} />
          {T.active}
        </label>
      </div>
    </div>
  )
}
