/**
 * The MOIT 1 set of a fiscal year: checked first (every document's findings, each to be ticked),
 * then made as PDFs in one go; each file is then saved through the print dialog's save flow.
 */
import { useState } from 'react'
import type { DocumentFinding } from '@shared/domain/documents-schemas'
import type { YearlySetRole } from '@shared/domain/report-schemas'
import type { StagedYearlySet } from '@shared/ipc/contract'
import type { AppErrorShape } from '@shared/result'
import { useAppState } from '../../lib/app-state'
import { call } from '../../lib/api'
import { hrefOf } from '../../lib/router'
import { ErrorBanner } from '../../components/ErrorBanner'
import { FiscalYearField } from '../../components/FiscalYearField'
import { errorShapeOf } from '../../components/form-errors'
import { FindingsList } from '../documents/FindingsList'
import { saveFile } from '../documents/save-file'
import { documentSavedText } from '../documents/save-outcome'
import { useAcknowledged } from '../documents/use-print-flow'
import { TEXT } from './text'

type SetFinding = { role: YearlySetRole; label: string; finding: DocumentFinding }

export function YearlySetSection({ years }: { years: number[] }) {
  const { info } = useAppState()
  const [fiscalYear, setFiscalYear] = useState(() => years[1] ?? years[0] ?? 0)
  const [bookNumbers, setBookNumbers] = useState(true)
  const [checked, setChecked] = useState<SetFinding[] | null>(null)
  const [acknowledged, toggle, untickAll] = useAcknowledged()
  const [busy, setBusy] = useState<'check' | 'make' | 'save' | null>(null)
  const [error, setError] = useState<AppErrorShape | null>(null)
  const [made, setMade] = useState<StagedYearlySet | null>(null)
  const [saved, setSaved] = useState<string[]>([])

  const input = { fiscalYear, bookNumbers: bookNumbers ? ('allocate' as const) : ('none' as const) }
  const reset = () => {
    setChecked(null)
    setMade(null)
    setSaved([])
    setError(null)
  }

  async function check(): Promise<void> {
    reset()
    setBusy('check')
    try {
      setChecked(await call('reports:yearlySetFindings', { ...input, acknowledged: [] }))
      untickAll()
    } catch (e) {
      setError(errorShapeOf(e))
    } finally {
      setBusy(null)
    }
  }

  async function make(): Promise<void> {
    if (!checked) return
    setBusy('make')
    setError(null)
    try {
      setMade(await call('reports:yearlySet', { ...input, acknowledged: checked.map((x) => x.finding.id).filter((id) => acknowledged.has(id)) }))
    } catch (e) {
      setError(errorShapeOf(e))
    } finally {
      setBusy(null)
    }
  }

  async function save(documents: StagedYearlySet['documents']): Promise<void> {
    setBusy('save')
    try {
      const lines: string[] = []
      for (const d of documents) lines.push(`${d.label}: ${documentSavedText(await saveFile(d, info.shell), d.bookNo).text}`)
      setSaved((s) => [...s, ...lines])
    } catch (e) {
      setError(errorShapeOf(e))
    } finally {
      setBusy(null)
    }
  }

  const findings = checked?.map((x) => x.finding) ?? []
  const left = findings.filter((f) => !acknowledged.has(f.id)).length
  return (
    <section className="card yearly-set" aria-labelledby="yearly-set-title">
      <h2 id="yearly-set-title">{TEXT.yearly.heading}</h2>
      <p className="muted">{TEXT.yearly.intro}</p>
      <div className="yearly-set-choices">
        <FiscalYearField
          id="yearly-fy"
          label={TEXT.fiscalYear}
          years={years}
          value={fiscalYear}
          optionLabel={TEXT.fiscalYearOption}
          disabled={busy !== null}
          onChange={(year) => {
            reset()
            setFiscalYear(year)
          }}
        />
        <label className="checkbox">
          <input type="checkbox" checked={bookNumbers} disabled={busy !== null} onChange={(e) => { reset(); setBookNumbers(e.target.checked) }} /> {TEXT.yearly.bookNumbers}
        </label>
        <button type="button" disabled={busy !== null} onClick={() => void check()}>
          {busy === 'check' ? TEXT.yearly.checking : TEXT.yearly.check}
        </button>
      </div>
      <ErrorBanner error={error} />
      {checked && checked.length === 0 && (
        <p className="alert ok" role="status">
          {TEXT.yearly.clean}
        </p>
      )}
      {checked && checked.length > 0 && (
        <FindingsList findings={findings} acknowledged={acknowledged} disabled={busy !== null} onToggle={toggle} />
      )}
      {checked && !made && (
        <div className="print-actions">
          <button type="button" className="primary" disabled={busy !== null || left > 0} onClick={() => void make()}>
            {busy === 'make' ? TEXT.yearly.making : TEXT.yearly.make}
          </button>
        </div>
      )}
      {made && (
        <div role="status">
          <p className="alert ok">{TEXT.yearly.done(made.documents.length)}</p>
          {made.notices.length > 0 && (
            <ul>
              {made.notices.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          )}
          <ol className="yearly-set-files">
            {made.documents.map((d) => (
              <li key={d.role}>
                {d.label} — {d.fileName}{' '}
                <button type="button" className="small-button" disabled={busy !== null} onClick={() => void save([d])}>
                  {TEXT.yearly.save}
                </button>
              </li>
            ))}
          </ol>
          <div className="print-actions">
            <button type="button" className="primary" disabled={busy !== null} onClick={() => void save(made.documents)}>
              {TEXT.yearly.saveAll}
            </button>
            {made.requests.map((r) => (
              <a key={r.requestId} href={hrefOf({ page: 'request', id: r.requestId })}>
                {TEXT.openRequest(r.requestId)}
              </a>
            ))}
          </div>
          {saved.length > 0 && (
            <ul className="muted">
              {saved.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  )
}
