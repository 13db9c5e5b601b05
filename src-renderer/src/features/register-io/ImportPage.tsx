/**
 * Importing a log the office kept in Excel: choose the file, check how its columns map to the
 * register (mapped from the Thai headers, editable), give what the file lacks for every row, see
 * every row checked with its errors in Thai, try it (dry run), then import — which the main
 * process refuses while a row is invalid unless the person ticks "leave the invalid rows out".
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import {
  IMPORT_FIELDS,
  IMPORT_FIELD_LABELS,
  REQUIRED_IMPORT_FIELDS,
  rowMessage,
  type ImportField,
  type ImportMapping,
  type ImportOutcome,
  type ImportPreview,
  type ImportSourceInput
} from '@shared/domain/register-io'
import type { AppErrorShape } from '@shared/result'
import { ApiError, call, fileToBase64 } from '../../lib/api'
import { useAppState } from '../../lib/app-state'
import { hrefOf } from '../../lib/router'
import { ErrorBanner } from '../../components/ErrorBanner'
import { thaiDate } from '../requests/format'
import { TEXT } from './text'
import './register-io.css'

const T = TEXT.import
/** Changes to the choices are checked again after this pause (typing a unit name, say). */
const RECHECK_MS = 400

interface Choices {
  sheet: string | undefined
  headerRow: number | undefined
  mapping: ImportMapping
  ownerUnit: string
  categoryCode: string
  requesterId: number | null
}

const NO_CHOICES: Choices = { sheet: undefined, headerRow: undefined, mapping: {}, ownerUnit: '', categoryCode: '', requesterId: null }

function toError(e: unknown): AppErrorShape {
  return e instanceof ApiError ? e.error : { code: 'internal', message: e instanceof Error ? e.message : String(e) }
}

export function ImportPage() {
  const { categories, people, operator } = useAppState()
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null)
  const [choices, setChoices] = useState<Choices>(NO_CHOICES)
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [checking, setChecking] = useState(false)
  const [error, setError] = useState<AppErrorShape | null>(null)
  const [dropInvalid, setDropInvalid] = useState(false)
  const [onlyBad, setOnlyBad] = useState(false)
  const [running, setRunning] = useState(false)
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null)
  const resultRef = useRef<HTMLParagraphElement>(null)
  const asked = useRef(0)

  const source = useCallback(
    (f: { name: string; base64: string }, c: Choices): ImportSourceInput => ({
      fileName: f.name,
      contentBase64: f.base64,
      ...(c.sheet !== undefined ? { sheet: c.sheet } : {}),
      ...(c.headerRow !== undefined ? { headerRow: c.headerRow } : {}),
      mapping: c.mapping,
      defaults: {
        ...(c.ownerUnit.trim() ? { ownerUnit: c.ownerUnit.trim() } : {}),
        ...(c.categoryCode ? { categoryCode: c.categoryCode } : {}),
        ...(c.requesterId !== null ? { requesterId: c.requesterId } : {})
      }
    }),
    []
  )

  // Every change of file or choices is checked again by the main process; only the latest answer counts.
  useEffect(() => {
    if (!file) return
    const mine = ++asked.current
    const timer = window.setTimeout(() => {
      setChecking(true)
      call('register:importPreview', source(file, choices)).then(
        (p) => {
          if (mine !== asked.current) return
          setPreview(p)
          setError(null)
          setChecking(false)
        },
        (e: unknown) => {
          if (mine !== asked.current) return
          setPreview(null)
          setError(toError(e))
          setChecking(false)
        }
      )
    }, RECHECK_MS)
    return () => window.clearTimeout(timer)
  }, [file, choices, source])

  useEffect(() => {
    if (outcome) resultRef.current?.focus()
  }, [outcome])

  async function pick(picked: File | undefined): Promise<void> {
    if (!picked) return
    setOutcome(null)
    setPreview(null)
    setError(null)
    setDropInvalid(false)
    setChoices((c) => ({ ...NO_CHOICES, ownerUnit: c.ownerUnit, categoryCode: c.categoryCode, requesterId: c.requesterId }))
    setFile({ name: picked.name, base64: await fileToBase64(picked) })
  }

  const change = (patch: Partial<Choices>) => {
    setOutcome(null)
    setChoices((c) => ({ ...c, ...patch }))
  }
  const setColumn = (field: ImportField, value: string) => change({ mapping: { ...choices.mapping, [field]: value === '' ? null : Number(value) } })

  async function run(dryRun: boolean): Promise<void> {
    if (!file) return
    setRunning(true)
    setError(null)
    try {
      const result = await call('register:import', { ...source(file, choices), dryRun, dropInvalid })
      setOutcome(result)
    } catch (e) {
      setError(toError(e))
    } finally {
      setRunning(false)
    }
  }

  const rows = useMemo(() => (preview ? (onlyBad ? preview.rows.filter((r) => r.value === null) : preview.rows) : []), [preview, onlyBad])
  const isWebmaster = operator?.roles.includes('webmaster') ?? false
  const invalid = preview?.invalidCount ?? 0
  const valid = preview?.validCount ?? 0
  const blocked = !preview || preview.problems.length > 0 || valid === 0 || (invalid > 0 && !dropInvalid) || checking || running || !isWebmaster
  const imported = outcome !== null && !outcome.dryRun

  return (
    <div className="import-page">
      <p>
        <a href={hrefOf({ page: 'register' })}>{T.back}</a>
      </p>
      <h1>{T.title}</h1>
      <p className="muted">{T.intro}</p>

      <section className="import-step card" aria-labelledby="import-file">
        <h2 id="import-file">{T.fileStep}</h2>
        <label className="field-label" htmlFor="import-file-input">
          {T.file}
        </label>
        <input id="import-file-input" type="file" accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv" onChange={(e) => void pick(e.target.files?.[0])} />
        {checking && (
          <p role="status" className="muted">
            {T.reading}
          </p>
        )}
        {preview && (
          <div className="import-grid">
            {preview.sheets.length > 1 && (
              <label className="field">
                <span className="field-label">{T.sheet}</span>
                <select value={preview.sheet} onChange={(e) => change({ sheet: e.target.value, headerRow: undefined, mapping: {} })}>
                  {preview.sheets.map((s) => (
                    <option key={s} value={s}>
                      {s}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <label className="field">
              <span className="field-label">{T.headerRow}</span>
              <input
                type="number"
                min={1}
                value={choices.headerRow ?? preview.headerRow}
                onChange={(e) => change({ headerRow: Number(e.target.value) >= 1 ? Number(e.target.value) : undefined, mapping: {} })}
              />
            </label>
            {preview.encoding && <p className="muted small">{T.encoding(preview.encoding)}</p>}
          </div>
        )}
      </section>

      <ErrorBanner error={error} />

      {preview && (
        <>
          <section className="import-step card" aria-labelledby="import-mapping">
            <h2 id="import-mapping">{T.mappingStep}</h2>
            <p className="muted small">{T.mappingHint}</p>
            <table className="mapping-table">
              <thead>
                <tr>
                  <th scope="col">{T.field}</th>
                  <th scope="col">{T.column}</th>
                </tr>
              </thead>
              <tbody>
                {IMPORT_FIELDS.map((field) => {
                  const id = `map-${field}`
                  const current = preview.mapping[field]
                  return (
                    <tr key={field}>
                      <th scope="row">
                        <label htmlFor={id}>
                          {IMPORT_FIELD_LABELS[field]} {REQUIRED_IMPORT_FIELDS.includes(field) && <span className="muted">{T.required}</span>}
                        </label>
                      </th>
                      <td>
                        <select id={id} value={current === undefined || current === null ? '' : String(current)} onChange={(e) => setColumn(field, e.target.value)}>
                          <option value="">{T.notMapped}</option>
                          {preview.columns.map((c) => (
                            <option key={c.index} value={c.index}>
                              {T.columnOption(c.letter, c.header)}
                              {preview.autoMapping[field] === c.index ? ` (${T.auto})` : ''}
                            </option>
                          ))}
                        </select>
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </section>

          <section className="import-step card" aria-labelledby="import-defaults">
            <h2 id="import-defaults">{T.defaultsStep}</h2>
            <div className="import-grid">
              <label className="field">
                <span className="field-label">{T.defaultUnit}</span>
                <input type="text" value={choices.ownerUnit} onChange={(e) => change({ ownerUnit: e.target.value })} />
              </label>
              <label className="field">
                <span className="field-label">{T.defaultCategory}</span>
                <select value={choices.categoryCode} onChange={(e) => change({ categoryCode: e.target.value })}>
                  <option value="">{T.chooseCategory}</option>
                  {categories.map((c) => (
                    <option key={c.code} value={c.code}>
                      {c.code} {c.name}
                    </option>
                  ))}
                </select>
              </label>
              <label className="field">
                <span className="field-label">{T.requester}</span>
                <select value={choices.requesterId ?? operator?.id ?? ''} onChange={(e) => change({ requesterId: Number(e.target.value) || null })}>
                  {people
                    .filter((p) => p.active)
                    .map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.displayName}
                      </option>
                    ))}
                </select>
              </label>
            </div>
          </section>

          <section className="import-step card" aria-labelledby="import-preview">
            <h2 id="import-preview">{T.previewStep}</h2>
            {preview.problems.length > 0 && (
              <div className="alert error" role="alert">
                <strong>{T.problems}</strong>
                <ul>
                  {preview.problems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              </div>
            )}
            <p className="import-summary" role="status">
              {T.summary(valid, invalid)}
            </p>
            {invalid > 0 && (
              <label className="checkbox">
                <input type="checkbox" checked={onlyBad} onChange={(e) => setOnlyBad(e.target.checked)} /> {T.onlyBad}
              </label>
            )}
            <div className="import-preview-scroll">
              <table className="import-preview">
                <caption className="visually-hidden">{T.tableLabel}</caption>
                <thead>
                  <tr>
                    <th scope="col">{T.row}</th>
                    <th scope="col">{T.date}</th>
                    <th scope="col">{T.subject}</th>
                    <th scope="col">{T.unit}</th>
                    <th scope="col">{T.category}</th>
                    <th scope="col">{T.check}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.row} className={r.value ? undefined : 'bad'}>
                      <th scope="row" className="num">
                        {r.row}
                      </th>
                      <td className="nowrap">{r.value ? thaiDate(r.value.requestDate) : (r.cells.requestDate ?? '')}</td>
                      <td>{r.value?.title ?? r.cells.title ?? ''}</td>
                      <td>{r.value?.ownerUnit ?? r.cells.ownerUnit ?? ''}</td>
                      <td>{r.value?.categoryCode ?? r.cells.categoryCode ?? ''}</td>
                      <td className="check">
                        {r.value ? T.ok : `${T.bad}:`}
                        {r.errors.length > 0 && (
                          <ul>
                            {r.errors.map((m) => (
                              <li key={m}>{m}</li>
                            ))}
                          </ul>
                        )}
                        {r.warnings.length > 0 && (
                          <ul className="warn-text">
                            {r.warnings.map((m) => (
                              <li key={m}>
                                {T.warning}: {m}
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          <section className="import-step card" aria-labelledby="import-confirm">
            <h2 id="import-confirm">{T.confirmStep}</h2>
            {!isWebmaster && <p className="alert warn">{T.notWebmaster}</p>}
            {invalid > 0 && (
              <label className="checkbox">
                <input type="checkbox" checked={dropInvalid} onChange={(e) => setDropInvalid(e.target.checked)} disabled={imported} /> {T.dropInvalid(invalid)}
              </label>
            )}
            {invalid > 0 && !dropInvalid && <p className="muted small">{T.blockedByBad(invalid)}</p>}
            <div className="import-actions">
              <button type="button" onClick={() => void run(true)} disabled={!preview || preview.problems.length > 0 || checking || running || !isWebmaster || imported}>
                {T.dryRun}
              </button>
              <button type="button" className="primary" onClick={() => void run(false)} disabled={blocked || imported}>
                {running ? T.running : T.run(valid)}
              </button>
            </div>
            {outcome && (
              <p className="alert ok" role="status" tabIndex={-1} ref={resultRef}>
                {outcome.dryRun
                  ? T.dryResult(outcome.written, outcome.dropped.length)
                  : T.done(outcome.written, outcome.ids[0] ?? 0, outcome.ids[outcome.ids.length - 1] ?? 0)}{' '}
                {!outcome.dryRun && <a href={hrefOf({ page: 'register' })}>{T.openRegister}</a>}
              </p>
            )}
            {outcome && outcome.invalid.length > 0 && (
              <div className="small">
                <p>{outcome.dryRun ? T.wouldSkip : T.skipped}</p>
                <ul>
                  {outcome.invalid.map((r) => (
                    <li key={r.row}>{rowMessage(r.row, r.errors.join(' · '))}</li>
                  ))}
                </ul>
              </div>
            )}
          </section>
        </>
      )}
    </div>
  )
}
