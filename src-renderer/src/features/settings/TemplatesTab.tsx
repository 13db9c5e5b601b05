/**
 * Settings › แม่แบบเอกสาร: the fixed wording of each printable document, as the office's own JSON
 * copy (templates:save, checked against the template's schema by the service) or the wording
 * shipped with the app ("ค่าเริ่มต้น", brought back by templates:reset).
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { PrintableKind, TemplateSummary, TemplateText } from '@shared/domain/documents-schemas'
import type { AppErrorShape } from '@shared/result'
import { ApiError, call, invoke } from '../../lib/api'
import { ConfirmButton } from '../../components/ConfirmButton'
import { ErrorBanner } from '../../components/ErrorBanner'
import { Field } from '../../components/Field'
import { Flash, useFlash } from '../../components/Flash'
import { DOC_TEXT } from './documents-text'
import { jsonProblem } from './template-json'
import '../documents/documents.css'

const T = DOC_TEXT.templates

export function TemplatesTab() {
  const [list, setList] = useState<TemplateSummary[] | null>(null)
  const [error, setError] = useState<AppErrorShape | null>(null)
  const [editing, setEditing] = useState<PrintableKind | null>(null)
  const [flash, showFlash] = useFlash()

  const reload = useCallback(async () => {
    try {
      setList(await call('templates:list', {}))
    } catch (e) {
      setError(e instanceof ApiError ? e.error : { code: 'internal', message: String(e) })
    }
  }, [])
  useEffect(() => {
    void reload()
  }, [reload])

  return (
    <section className="card" aria-labelledby="templates-heading">
      <h2 id="templates-heading">{T.heading}</h2>
      <p className="muted">{T.intro}</p>
      <ErrorBanner error={error} />
      <Flash message={flash} />
      {!list && !error && <p role="status">{T.loading}</p>}
      {list && (
        <table className="templates-table">
          <thead>
            <tr>
              <th scope="col">{T.columns.kind}</th>
              <th scope="col">{T.columns.state}</th>
              <th scope="col">{T.columns.actions}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((t) => (
              <tr key={t.kind} aria-current={editing === t.kind ? 'true' : undefined}>
                <td>{t.label}</td>
                <td>
                  <span className={`badge ${t.overridden ? 'submitted' : 'draft'}`}>{t.overridden ? T.overridden : T.default}</span>
                </td>
                <td>
                  <button type="button" aria-label={T.editLabel(t.label)} onClick={() => setEditing(t.kind)}>
                    {T.edit}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing && (
        <TemplateEditor
          key={editing}
          kind={editing}
          onClose={() => setEditing(null)}
          onChanged={(message) => {
            showFlash(message)
            void reload()
          }}
        />
      )}
    </section>
  )
}

function TemplateEditor({ kind, onClose, onChanged }: { kind: PrintableKind; onClose(): void; onChanged(message: string): void }) {
  const [template, setTemplate] = useState<TemplateText | null>(null)
  const [text, setText] = useState('')
  const [error, setError] = useState<AppErrorShape | null>(null)
  const [busy, setBusy] = useState(false)
  const headingRef = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    let live = true
    void invoke('templates:get', { kind }).then((r) => {
      if (!live) return
      if (r.ok) {
        setTemplate(r.value)
        setText(r.value.text)
        headingRef.current?.focus()
      } else setError(r.error)
    })
    return () => {
      live = false
    }
  }, [kind])

  const loaded = (t: TemplateText) => {
    setTemplate(t)
    setText(t.text)
    setError(null)
  }

  async function save(): Promise<void> {
    if (!template || busy) return
    const problem = jsonProblem(text)
    if (problem) {
      setError({ code: 'invalid-input', message: problem })
      return
    }
    setBusy(true)
    const r = await invoke('templates:save', { kind, text })
    setBusy(false)
    if (!r.ok) {
      setError(r.error)
      return
    }
    loaded(r.value)
    onChanged(T.saved(r.value.label))
  }

  async function reset(): Promise<void> {
    const r = await invoke('templates:reset', { kind })
    if (!r.ok) {
      setError(r.error)
      return
    }
    loaded(r.value)
    onChanged(T.resetDone(r.value.label))
  }

  if (!template) {
    return error ? <ErrorBanner error={error} /> : <p role="status">{T.loading}</p>
  }
  const changed = text !== template.text
  return (
    <form
      className="template-editor"
      aria-labelledby="template-editor-heading"
      onSubmit={(e) => {
        e.preventDefault()
        void save()
      }}
    >
      <h3 id="template-editor-heading" ref={headingRef} tabIndex={-1}>
        {T.editing(template.label)} <span className={`badge ${template.overridden ? 'submitted' : 'draft'}`}>{template.overridden ? T.overridden : T.default}</span>
      </h3>
      <ErrorBanner error={error} />
      <Field id="template-text" label={T.text} hint={T.textHint} error={error?.fields?.text}>
        {(c) => (
          <textarea
            {...c}
            className="template-text"
            rows={24}
            spellCheck={false}
            value={text}
            disabled={busy}
            onChange={(e) => {
              setText(e.target.value)
              setError(null)
            }}
          />
        )}
      </Field>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy || !changed}>
          {busy ? T.saving : T.save}
        </button>
        <ConfirmButton label={T.reset} question={T.resetQuestion(template.label)} danger disabled={busy || !template.overridden} onConfirm={reset} />
        <button type="button" onClick={onClose} disabled={busy}>
          {T.close}
        </button>
        {changed && <span className="muted">{T.unsaved}</span>}
      </div>
    </form>
  )
}
