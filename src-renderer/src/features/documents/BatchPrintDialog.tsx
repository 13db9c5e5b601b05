/**
 * Printing for several requests the register lists now, chosen by ticking them: their forms one
 * file per request with a progress bar — a request that fails (a finding to acknowledge, a missing
 * person) is listed with the reason and the rest continue, to be printed alone from its own page —
 * or one approval memo for them all, made through the same printing flow as a single request's
 * (PrintPanel: options, sections, preview, findings, export).
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ExportFormat } from '@shared/domain/documents-schemas'
import type { RequestQuery } from '@shared/domain/schemas'
import { call } from '../../lib/api'
import { useAppState } from '../../lib/app-state'
import { hrefOf } from '../../lib/router'
import { percentOf, runBatch, type BatchItem, type BatchOutcome, type BatchProgress } from './batch'
import { Modal } from './Modal'
import { PrintPanel } from './PrintPanel'
import { saveFile } from './save-file'
import { TEXT } from './text'
import './documents.css'

const B = TEXT.batch
/** One request query's page; a larger batch is better split by filtering the register. */
export const MAX_BATCH = 100

type BatchMode = 'forms' | 'memo'

export function BatchPrintDialog({ query, onClose }: { query: Omit<RequestQuery, 'offset' | 'limit'>; onClose(): void }) {
  const { info, office } = useAppState()
  const [items, setItems] = useState<BatchItem[] | null>(null)
  const [total, setTotal] = useState(0)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [mode, setMode] = useState<BatchMode>('forms')
  const [chosen, setChosen] = useState<ReadonlySet<number>>(new Set())
  const [memoFor, setMemoFor] = useState<number[] | null>(null)
  const [memoBusy, setMemoBusy] = useState(false)
  const onMemoBusy = useCallback((b: boolean) => setMemoBusy(b), [])
  const [format, setFormat] = useState<ExportFormat>('pdf')
  const [progress, setProgress] = useState<BatchProgress | null>(null)
  const [outcome, setOutcome] = useState<BatchOutcome | null>(null)
  const [running, setRunning] = useState(false)
  const stop = useRef(false)
  const summaryRef = useRef<HTMLParagraphElement>(null)

  useEffect(() => {
    let live = true
    call('requests:query', { ...query, offset: 0, limit: MAX_BATCH }).then(
      (page) => {
        if (!live) return
        setItems(page.rows.map((r) => ({ id: r.id, title: r.title })))
        // Every listed request is chosen at first: the register's filter already narrowed them.
        setChosen(new Set(page.rows.map((r) => r.id)))
        setTotal(page.total)
      },
      (e: unknown) => live && setLoadError(e instanceof Error ? e.message : String(e))
    )
    return () => {
      live = false
    }
  }, [query])

  useEffect(() => {
    if (outcome) summaryRef.current?.focus()
  }, [outcome])

  const selected = (items ?? []).filter((item) => chosen.has(item.id))

  async function start(): Promise<void> {
    if (!items || running || selected.length === 0) return
    stop.current = false
    setRunning(true)
    setOutcome(null)
    const thaiDigits = office?.thaiDigits ?? true
    const result = await runBatch(
      selected,
      async (item) => {
        const file = await call('documents:export', { kind: 'request-form', requestIds: [item.id], thaiDigits, format, acknowledged: [] })
        await saveFile(file, info.shell)
      },
      setProgress,
      () => stop.current
    )
    setRunning(false)
    setOutcome(result)
  }

  const done = progress?.done ?? 0
  const count = items?.length ?? 0
  const toggle = (id: number, on: boolean) =>
    setChosen((c) => {
      const next = new Set(c)
      if (on) next.add(id)
      else next.delete(id)
      return next
    })
  const choice = (
    <>
      {loadError && (
        <div className="alert error" role="alert">
          {loadError}
        </div>
      )}
      {!items && !loadError && <p role="status">{B.loading}</p>}
      {items && items.length === 0 && <p className="alert warn">{B.none}</p>}
      {items && items.length > 0 && (
        <div className="batch">
          <p>{B.intro(count)}</p>
          {total > count && <p className="alert warn">{B.tooMany(total, MAX_BATCH)}</p>}
          <fieldset className="print-group">
            <legend>{B.what}</legend>
            {(['forms', 'memo'] as const satisfies readonly BatchMode[]).map((m) => (
              <label key={m} className="radio">
                <input type="radio" name="batch-mode" value={m} checked={mode === m} disabled={running} onChange={() => setMode(m)} /> {B.modes[m]}
              </label>
            ))}
          </fieldset>
          <fieldset className="print-group batch-choice">
            <legend>{B.choose}</legend>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={selected.length === count}
                disabled={running}
                onChange={(e) => setChosen(e.target.checked ? new Set(items.map((i) => i.id)) : new Set())}
              />{' '}
              {B.all}
            </label>
            <ul className="batch-items">
              {items.map((item) => (
                <li key={item.id}>
                  <label className="checkbox">
                    <input type="checkbox" checked={chosen.has(item.id)} disabled={running} onChange={(e) => toggle(item.id, e.target.checked)} /> {B.item(item.id, item.title)}
                  </label>
                </li>
              ))}
            </ul>
            <p className="muted small" role="status">
              {selected.length === 0 ? B.noneChosen : B.chosen(selected.length, count)}
            </p>
          </fieldset>
          {mode === 'memo' && (
            <div className="print-actions">
              <button type="button" className="primary" disabled={selected.length === 0} onClick={() => setMemoFor(selected.map((i) => i.id))}>
                {B.makeMemo(selected.length)}
              </button>
            </div>
          )}
          {mode === 'forms' && info.shell === 'electron' && <p className="muted">{B.saveEach}</p>}
          {mode === 'forms' && (
            <>
              <fieldset className="print-group">
                <legend>{B.format}</legend>
                {(['pdf', 'docx'] as const satisfies readonly ExportFormat[]).map((f) => (
                  <label key={f} className="radio">
                    <input type="radio" name="batch-format" value={f} checked={format === f} disabled={running} onChange={() => setFormat(f)} /> {f === 'pdf' ? 'PDF' : 'DOCX (Word)'}
                  </label>
                ))}
              </fieldset>
              <div className="print-actions">
                <button type="button" className="primary" disabled={running || selected.length === 0} onClick={() => void start()}>
                  {B.start(selected.length)}
                </button>
                {running && (
                  <button type="button" onClick={() => (stop.current = true)}>
                    {B.stop}
                  </button>
                )}
              </div>
              {progress && (
                <div>
                  <div
                    className="progress"
                    role="progressbar"
                    aria-label={B.progress}
                    aria-valuemin={0}
                    aria-valuemax={progress.total}
                    aria-valuenow={done}
                    aria-valuetext={B.progressText(done, progress.total)}
                  >
                    <span style={{ width: `${percentOf(done, progress.total)}%` }} />
                  </div>
                  <p className="muted">
                    {B.progressText(done, progress.total)}
                    {progress.current && ` — ${B.item(progress.current.id, progress.current.title)}`}
                  </p>
                </div>
              )}
              {outcome && (
                <p ref={summaryRef} tabIndex={-1} role="status" className={`alert ${outcome.failures.length === 0 && !outcome.stopped ? 'ok' : 'warn'}`}>
                  {outcome.stopped ? B.stopped(outcome.succeeded) : B.done(outcome.succeeded, outcome.failures.length)}
                </p>
              )}
              {outcome && outcome.failures.length > 0 && (
                <section aria-labelledby="batch-failures-heading">
                  <h3 id="batch-failures-heading">{B.failures}</h3>
                  <ul className="batch-failures">
                    {outcome.failures.map((f) => (
                      <li key={f.item.id}>
                        <a href={hrefOf({ page: 'request', id: f.item.id })} onClick={onClose}>
                          {B.item(f.item.id, f.item.title)}
                        </a>
                        <div className="field-error">{f.message}</div>
                      </li>
                    ))}
                  </ul>
                </section>
              )}
            </>
          )}
        </div>
      )}
    </>
  )

  // One dialog throughout: the memo of the chosen requests opens in it, and "back" returns to the choice.
  return (
    <Modal title={memoFor ? TEXT.printMemoTitle(memoFor.length) : B.title} onClose={onClose} closeLabel={TEXT.close} busy={running || memoBusy}>
      {memoFor ? (
        <>
          <p>
            <button type="button" className="small-button" disabled={memoBusy} onClick={() => setMemoFor(null)}>
              {B.back}
            </button>
          </p>
          <PrintPanel kinds={['memo-approval']} target={{ requestIds: memoFor }} onBusyChange={onMemoBusy} />
        </>
      ) : (
        choice
      )}
    </Modal>
  )
}

export function BatchPrintButton({ query, count }: { query: Omit<RequestQuery, 'offset' | 'limit'>; count: number | null }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" aria-haspopup="dialog" disabled={!count} title={count ? B.openHint(count) : B.none} onClick={() => setOpen(true)}>
        {B.open}
      </button>
      {open && <BatchPrintDialog query={query} onClose={() => setOpen(false)} />}
    </>
  )
}
