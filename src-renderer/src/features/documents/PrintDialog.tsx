/**
 * "พิมพ์" on a request: choose the form or the approval memo, set the memo's options and edit its
 * sections, see the PDF as it will print with proofing's findings, tick each finding, then save
 * as PDF or DOCX. The preview follows the options after a short pause; export is offered only
 * for the preview on screen with every finding acknowledged (the service checks this again).
 */
import { useEffect, useMemo, useRef, useState } from 'react'
import { URGENCY_LEVELS, type DocumentPreview, type ExportFormat, type MemoSectionDefault } from '@shared/domain/documents-schemas'
import type { AppErrorShape } from '@shared/result'
import { ApiError, call } from '../../lib/api'
import { useAppState } from '../../lib/app-state'
import { ErrorBanner } from '../../components/ErrorBanner'
import { Field } from '../../components/Field'
import { FindingsList } from './FindingsList'
import { Modal } from './Modal'
import { PdfPreview } from './PdfPreview'
import { canExport, exportInputOf, initialOptions, sameSpec, specOf, unacknowledged, type PrintOptions, type RequestPrintKind, type Urgency } from './print-spec'
import { saveFile, type SaveOutcome } from './save-file'
import { SectionsEditor } from './SectionsEditor'
import { TEXT } from './text'
import './documents.css'

const PREVIEW_PAUSE_MS = 600

function errorOf(e: unknown): AppErrorShape {
  if (e instanceof ApiError) return e.error
  return { code: 'internal', message: e instanceof Error ? e.message : String(e) }
}

function outcomeText(outcome: SaveOutcome, bookNo: string | null): string {
  const numbered = bookNo ? `${TEXT.numbered(bookNo)} · ` : ''
  switch (outcome.kind) {
    case 'downloaded':
      return numbered + TEXT.downloaded(outcome.fileName)
    case 'saved':
      return numbered + (outcome.openError ?? TEXT.savedAt(outcome.path))
    case 'cancelled':
      return bookNo ? TEXT.cancelledNumbered(bookNo) : TEXT.cancelled
  }
}

export function PrintDialog({ requestId, onClose }: { requestId: number; onClose(): void }) {
  const { info, office, people, operator } = useAppState()
  const active = people.filter((p) => p.active)
  const hasAssistant = active.some((p) => p.roles.includes('assistant_head'))
  const [options, setOptions] = useState<PrintOptions>(() => ({
    ...initialOptions([requestId], { thaiDigits: office?.thaiDigits ?? true, preprintedPaper: office?.preprintedPaper ?? false }),
    // Without an assistant head the service has no default proposer: the person at the keyboard is proposed.
    from: hasAssistant ? null : (operator?.id ?? null)
  }))
  const [sectionDefaults, setSectionDefaults] = useState<MemoSectionDefault[] | null>(null)
  const [preview, setPreview] = useState<{ spec: ReturnType<typeof specOf>; value: DocumentPreview } | null>(null)
  const [preparing, setPreparing] = useState(false)
  const [error, setError] = useState<AppErrorShape | null>(null)
  const [acknowledged, setAcknowledged] = useState<ReadonlySet<string>>(new Set())
  const [exporting, setExporting] = useState<ExportFormat | null>(null)
  const [outcome, setOutcome] = useState<{ text: string; ok: boolean } | null>(null)
  const [numberedOnce, setNumberedOnce] = useState(false)
  const sequence = useRef(0)
  const outcomeRef = useRef<HTMLDivElement>(null)

  const memo = options.kind === 'memo-approval'
  const defaults = useMemo(() => Object.fromEntries((sectionDefaults ?? []).map((s) => [s.key, s.text])), [sectionDefaults])
  const spec = useMemo(() => specOf(options, defaults), [options, defaults])
  const ready = !memo || sectionDefaults !== null

  // The memo's sections come from the template in use, once per opening.
  useEffect(() => {
    if (!memo || sectionDefaults !== null) return
    let live = true
    call('documents:sections', { kind: 'memo-approval' }).then(
      (s) => live && setSectionDefaults(s),
      (e: unknown) => live && setError(errorOf(e))
    )
    return () => {
      live = false
    }
  }, [memo, sectionDefaults])

  async function prepare(): Promise<void> {
    const mine = ++sequence.current
    setPreparing(true)
    try {
      const value = await call('documents:prepare', spec)
      if (mine !== sequence.current) return
      setPreview({ spec, value })
      setError(null)
    } catch (e) {
      if (mine !== sequence.current) return
      setError(errorOf(e))
    } finally {
      if (mine === sequence.current) setPreparing(false)
    }
  }

  // Follows the options after a pause, so typing in a section does not render on every key.
  const fresh = sameSpec(preview?.spec ?? null, spec)
  useEffect(() => {
    if (!ready || fresh) return
    const timer = window.setTimeout(() => void prepare(), preview === null ? 0 : PREVIEW_PAUSE_MS)
    return () => window.clearTimeout(timer)
    // prepare reads the spec of this render: re-run only when the spec changes.
  }, [spec, ready])

  useEffect(() => {
    if (outcome) outcomeRef.current?.focus()
  }, [outcome])

  const set = (patch: Partial<PrintOptions>) => {
    setOutcome(null)
    setOptions((o) => ({ ...o, ...patch }))
  }
  // A preview of the other kind (before switching) is not shown: its findings are not this document's.
  const shown = preview && preview.spec.kind === options.kind ? preview : null
  const findings = shown?.value.findings ?? null
  const left = findings ? unacknowledged(findings, acknowledged).length : 0
  const exportable = canExport({ fresh: fresh && !preparing, findings, acknowledged, busy: exporting !== null })

  async function exportAs(format: ExportFormat): Promise<void> {
    if (!preview || !exportable) return
    setExporting(format)
    setOutcome(null)
    try {
      const file = await call('documents:export', exportInputOf(preview.spec, format, acknowledged, preview.value.findings))
      if (file.bookNo) setNumberedOnce(true)
      const saved = await saveFile(file, info.shell)
      setOutcome({ text: outcomeText(saved, file.bookNo), ok: saved.kind !== 'cancelled' && !(saved.kind === 'saved' && saved.openError) })
      setError(null)
    } catch (e) {
      setError(errorOf(e))
    } finally {
      setExporting(null)
    }
  }

  const busy = exporting !== null
  return (
    <Modal title={TEXT.printTitle(requestId)} onClose={onClose} closeLabel={TEXT.close} busy={busy}>
      <div className="print-layout">
        <div className="print-options">
          <fieldset className="print-group">
            <legend>{TEXT.kind}</legend>
            {(['request-form', 'memo-approval'] as const satisfies readonly RequestPrintKind[]).map((k) => (
              <label key={k} className="radio">
                <input type="radio" name="print-kind" value={k} checked={options.kind === k} disabled={busy} onChange={() => set({ kind: k })} /> {TEXT.kinds[k]}
              </label>
            ))}
          </fieldset>

          <fieldset className="print-group">
            <legend>{TEXT.options}</legend>
            <label className="checkbox">
              <input type="checkbox" checked={options.thaiDigits} disabled={busy} onChange={(e) => set({ thaiDigits: e.target.checked })} /> {TEXT.thaiDigits}
            </label>
            {memo && (
              <>
                <label className="checkbox">
                  <input type="checkbox" checked={options.preprinted} disabled={busy} onChange={(e) => set({ preprinted: e.target.checked })} /> {TEXT.preprinted}
                </label>
                <Field id="print-urgency" label={TEXT.urgency}>
                  {(c) => (
                    <select {...c} value={options.urgency ?? ''} disabled={busy} onChange={(e) => set({ urgency: (URGENCY_LEVELS as readonly string[]).includes(e.target.value) ? (e.target.value as Urgency) : null })}>
                      <option value="">{TEXT.urgencyNone}</option>
                      {URGENCY_LEVELS.map((u) => (
                        <option key={u} value={u}>
                          {u}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <Field id="print-from" label={TEXT.from} error={error?.fields?.from}>
                  {(c) => (
                    <select {...c} value={options.from ?? ''} disabled={busy} onChange={(e) => set({ from: Number(e.target.value) || null })}>
                      {hasAssistant && <option value="">{TEXT.fromDefault}</option>}
                      {!hasAssistant && options.from === null && <option value="">—</option>}
                      {active.map((p) => (
                        <option key={p.id} value={p.id}>
                          {p.displayName}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              </>
            )}
          </fieldset>

          {memo && (
            <fieldset className="print-group">
              <legend>{TEXT.bookNo}</legend>
              {(['allocate', 'manual', 'none'] as const).map((m) => (
                <label key={m} className="radio">
                  <input type="radio" name="print-bookno" value={m} checked={options.bookNoMode === m} disabled={busy} onChange={() => set({ bookNoMode: m })} /> {TEXT.bookNoModes[m]}
                </label>
              ))}
              {options.bookNoMode === 'manual' && (
                <Field id="print-bookno-value" label={TEXT.bookNoValue} required>
                  {(c) => <input {...c} value={options.bookNoValue} placeholder={TEXT.bookNoPlaceholder} disabled={busy} autoComplete="off" onChange={(e) => set({ bookNoValue: e.target.value })} />}
                </Field>
              )}
            </fieldset>
          )}

          {memo && !sectionDefaults && !error && <p role="status">{TEXT.sectionsLoading}</p>}
          {memo && sectionDefaults && (
            <SectionsEditor
              defaults={sectionDefaults}
              values={options.sections}
              disabled={busy}
              onChange={(key, text) => {
                const sections = { ...options.sections }
                if (text === null) delete sections[key]
                else sections[key] = text
                set({ sections })
              }}
            />
          )}
        </div>

        <div className="print-result">
          <ErrorBanner error={error} />
          {shown && shown.value.notices.length > 0 && (
            <div className="alert warn">
              <strong>{TEXT.notices}</strong>
              <ul>
                {shown.value.notices.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </div>
          )}
          {findings && (
            <FindingsList
              findings={findings}
              acknowledged={acknowledged}
              disabled={busy}
              onToggle={(id, checked) =>
                setAcknowledged((a) => {
                  const next = new Set(a)
                  if (checked) next.add(id)
                  else next.delete(id)
                  return next
                })
              }
            />
          )}
          <div className="print-actions">
            <button type="button" className="primary" disabled={!exportable} onClick={() => void exportAs('pdf')}>
              {exporting === 'pdf' ? TEXT.saving : TEXT.savePdf}
            </button>
            <button type="button" className="primary" disabled={!exportable} onClick={() => void exportAs('docx')}>
              {exporting === 'docx' ? TEXT.saving : TEXT.saveDocx}
            </button>
            <button type="button" disabled={preparing || busy || !ready} onClick={() => void prepare()}>
              {TEXT.refresh}
            </button>
            <span className="muted" role="status">
              {preparing ? TEXT.preparing : error ? '' : !fresh && shown ? TEXT.stale : left > 0 ? TEXT.toAcknowledge(left) : ''}
            </span>
          </div>
          {memo && numberedOnce && <p className="alert warn">{TEXT.numberedAgain}</p>}
          {outcome && (
            <div ref={outcomeRef} tabIndex={-1} className={`alert ${outcome.ok ? 'ok' : 'warn'}`} role="status">
              {outcome.text}
            </div>
          )}
          <section aria-label={TEXT.preview} className="print-preview">
            {shown?.value.previewPdfBase64 ? (
              <PdfPreview base64={shown.value.previewPdfBase64} label={shown.value.title} />
            ) : shown?.value.previewError ? (
              <div className="alert error">{TEXT.previewFailed(shown.value.previewError)}</div>
            ) : error ? null : (
              <p role="status">{TEXT.preparing}</p>
            )}
          </section>
        </div>
      </div>
    </Modal>
  )
}
