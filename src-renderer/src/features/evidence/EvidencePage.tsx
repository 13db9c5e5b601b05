/**
 * หลักฐาน ITA: pick a fiscal year, one of its MOIT indicators and a period, then save the evidence
 * pack (PDF) or the MITAS checklist (XLSX/CSV) through the same save flow as printed documents
 * (a save dialog in the desktop app, a download in the browser). After a pack is saved its
 * contents are listed here too, so the webmaster sees at once what went in and on which page.
 */
import { useEffect, useState } from 'react'
import type { ChecklistFormat, EvidencePackFile } from '@shared/domain/evidence-schemas'
import type { AppErrorShape } from '@shared/result'
import { fiscalYearOf } from '@shared/thai'
import { call } from '../../lib/api'
import { useAppState } from '../../lib/app-state'
import { ErrorBanner } from '../../components/ErrorBanner'
import { Field } from '../../components/Field'
import { FiscalYearField } from '../../components/FiscalYearField'
import { OutcomeBanner, type Outcome } from '../../components/OutcomeBanner'
import { errorShapeOf } from '../../components/form-errors'
import { saveFile } from '../documents/save-file'
import { savedText } from '../documents/save-outcome'
import { thaiDate } from '../requests/format'
import { useFiscalYears, useIndicators } from '../requests/use-indicators'
import { PERIOD_CHOICES, periodChoiceLabel, periodOf, type PeriodChoice } from './evidence-form'
import { TEXT } from './text'
import './evidence.css'

export function EvidencePage() {
  const { info } = useAppState()
  const currentYear = fiscalYearOf(info.today)
  const years = useFiscalYears(currentYear)
  const [fiscalYear, setFiscalYear] = useState(currentYear)
  const { indicators, error: indicatorsError } = useIndicators(fiscalYear)
  const [code, setCode] = useState('')
  const [choice, setChoice] = useState<PeriodChoice>('year')
  const [format, setFormat] = useState<ChecklistFormat>('xlsx')
  const [busy, setBusy] = useState<'pack' | 'checklist' | null>(null)
  const [error, setError] = useState<AppErrorShape | null>(null)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [contents, setContents] = useState<EvidencePackFile['items'] | null>(null)

  // A code chosen in one year stays chosen in another when that year has it (the list carries over).
  useEffect(() => {
    if (indicators === null) return
    if (!indicators.some((i) => i.code === code)) setCode(indicators[0]?.code ?? '')
  }, [indicators, code])

  const reset = () => {
    setOutcome(null)
    setError(null)
    setContents(null)
  }

  const run = async (what: 'pack' | 'checklist') => {
    reset()
    setBusy(what)
    try {
      const input = { indicatorCode: code, period: periodOf(choice, fiscalYear) }
      if (what === 'pack') {
        const pack = await call('evidence:pack', input)
        const saved = await saveFile(pack, info.shell)
        setOutcome(savedText(saved, TEXT.packDone(pack.items.length, pack.pageCount)))
        setContents(pack.items)
      } else {
        const file = await call('evidence:checklist', { ...input, format })
        const saved = await saveFile(file, info.shell)
        setOutcome(savedText(saved, TEXT.checklistDone(file.rowCount, file.presentCount)))
      }
    } catch (e) {
      setError(errorShapeOf(e))
    } finally {
      setBusy(null)
    }
  }

  const ready = code !== '' && busy === null
  return (
    <section className="evidence-page" aria-labelledby="evidence-title">
      <h1 id="evidence-title">{TEXT.title}</h1>
      <p className="muted">{TEXT.intro}</p>
      <div className="card">
        <div className="evidence-choices">
          <FiscalYearField
            id="evidence-fy"
            label={TEXT.fiscalYear}
            years={years}
            value={fiscalYear}
            optionLabel={String}
            onChange={(year) => {
              reset()
              setFiscalYear(year)
            }}
          />
          <Field id="evidence-indicator" label={TEXT.indicator} className="evidence-indicator">
            {(c) => (
              <select {...c} value={code} disabled={indicators === null || indicators.length === 0} onChange={(e) => { reset(); setCode(e.target.value) }}>
                {indicators === null && <option value="">{TEXT.indicatorLoading}</option>}
                {(indicators ?? []).map((i) => (
                  <option key={i.id} value={i.code}>
                    {i.code} {i.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="evidence-period" label={TEXT.period}>
            {(c) => (
              <select {...c} value={choice} onChange={(e) => { reset(); setChoice(e.target.value as PeriodChoice) }}>
                {PERIOD_CHOICES.map((p) => (
                  <option key={p} value={p}>
                    {periodChoiceLabel(p)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        {indicators !== null && indicators.length === 0 && <p className="alert warn">{indicatorsError ?? TEXT.noIndicators(fiscalYear)}</p>}
        <div className="evidence-actions">
          <button type="button" className="primary" disabled={!ready} aria-busy={busy === 'pack'} onClick={() => void run('pack')}>
            {busy === 'pack' ? TEXT.packing : TEXT.pack}
          </button>
          <span className="evidence-checklist">
            <select aria-label={TEXT.checklistFormat} value={format} onChange={(e) => setFormat(e.target.value as ChecklistFormat)}>
              <option value="xlsx">{TEXT.formats.xlsx}</option>
              <option value="csv">{TEXT.formats.csv}</option>
            </select>
            <button type="button" disabled={!ready} aria-busy={busy === 'checklist'} onClick={() => void run('checklist')}>
              {busy === 'checklist' ? TEXT.checklisting : TEXT.checklist}
            </button>
          </span>
        </div>
        <ErrorBanner error={error} title={TEXT.failed} />
        <OutcomeBanner outcome={outcome} />
      </div>
      {contents && (
        <div className="card">
          <h2>{TEXT.contents}</h2>
          <table className="evidence-contents">
            <thead>
              <tr>
                <th scope="col">{TEXT.columns.number}</th>
                <th scope="col">{TEXT.columns.title}</th>
                <th scope="col">{TEXT.columns.published}</th>
                <th scope="col">{TEXT.columns.parts}</th>
              </tr>
            </thead>
            <tbody>
              {contents.map((item, i) => (
                <tr key={item.requestId}>
                  <td>{i + 1}</td>
                  <td>{item.title}</td>
                  <td>{thaiDate(item.publishedOn)}</td>
                  <td>
                    <ul>
                      {item.parts.map((p, j) => (
                        <li key={j}>
                          {p.label} — {p.startPage === null ? TEXT.notMerged : TEXT.page(p.startPage)}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
