/**
 * รายงาน: pick a fiscal year and a quarter or MOIT round, see what the register published in it,
 * edit the rows' notes (for this printing) or the follow-up memo's sections, see the PDF as it
 * will print with proofing's findings, tick each, then save as PDF or DOCX — or file the follow-up
 * memo as a draft request. The preview, the findings and the saving are the print dialog's own
 * pieces (features/documents); the preview follows the choices after a short pause, and export is
 * offered only for the preview on screen with every finding acknowledged (the service checks too).
 */
import { useMemo, useState } from 'react'
import type { ExportFormat } from '@shared/domain/documents-schemas'
import type { FollowUpPreview, QuarterLogPreview, QuarterLogRow } from '@shared/domain/report-schemas'
import { fiscalYearOf } from '@shared/thai'
import { call } from '../../lib/api'
import { useAppState } from '../../lib/app-state'
import { hrefOf } from '../../lib/router'
import { ErrorBanner } from '../../components/ErrorBanner'
import { Field } from '../../components/Field'
import { FiscalYearField } from '../../components/FiscalYearField'
import { OutcomeBanner } from '../../components/OutcomeBanner'
import { FindingsList } from '../documents/FindingsList'
import { BookNoFieldset, ProposerField, UrgencyField } from '../documents/MemoFields'
import { withSection } from '../documents/print-spec'
import { ExportActions, PreviewNotices, PreviewPane } from '../documents/PrintResult'
import { saveFile } from '../documents/save-file'
import { documentSavedText } from '../documents/save-outcome'
import { SectionsEditor } from '../documents/SectionsEditor'
import { TEXT as PRINT } from '../documents/text'
import { usePrintFlow, useSectionDefaults } from '../documents/use-print-flow'
import { useFiscalYears } from '../requests/use-indicators'
import { PERIOD_CHOICES, followUpSpecOf, initialReportOptions, logSpecOf, withNote, type PeriodChoice, type ReportDocument, type ReportOptions } from './report-spec'
import { YearlySetSection } from './YearlySetSection'
import { TEXT } from './text'
import '../documents/documents.css'
import './reports.css'

export function ReportsPage() {
  const { info, office, people } = useAppState()
  const years = useFiscalYears(fiscalYearOf(info.today))
  const active = people.filter((p) => p.active)
  const [options, setOptions] = useState<ReportOptions>(() => initialReportOptions(info.today, office))
  /** The request the follow-up memo was filed as: linked from the outcome while it shows. */
  const [requestId, setRequestId] = useState<number | null>(null)

  const memo = options.document === 'follow-up'
  // A failure to load the sections shows as the screen's error (told after this render, when `flow` exists).
  const sectionDefaults = useSectionDefaults(memo ? 'memo-quarterly-report' : null, (e) => flow.setError(e))
  const defaults = useMemo(() => Object.fromEntries((sectionDefaults ?? []).map((s) => [s.key, s.text])), [sectionDefaults])
  const spec = useMemo(() => (memo ? followUpSpecOf(options, defaults) : logSpecOf(options)), [options, defaults, memo])
  const ready = !memo || sectionDefaults !== null
  const flow = usePrintFlow({
    document: options.document,
    spec,
    ready,
    load: (): Promise<QuarterLogPreview | FollowUpPreview> => (memo ? call('reports:followUpPrepare', followUpSpecOf(options, defaults)) : call('reports:quarterLogPrepare', logSpecOf(options)))
  })
  const { error, shown, findings } = flow

  const set = (patch: Partial<ReportOptions>) => {
    flow.setOutcome(null)
    setOptions((o) => ({ ...o, ...patch }))
  }
  // Another period is another list: notes typed for the rows of the last one mean nothing there.
  const setPeriod = (patch: Partial<Pick<ReportOptions, 'fiscalYear' | 'choice'>>) => set({ ...patch, notes: {} })

  async function exportAs(format: ExportFormat): Promise<void> {
    if (!flow.exportable) return
    setRequestId(null)
    await flow.run(format, async () => {
      const file = memo
        ? await call('reports:followUpExport', { ...followUpSpecOf(options, defaults), format, acknowledged: flow.acknowledgedIds() })
        : await call('reports:quarterLogExport', { ...logSpecOf(options), format, acknowledged: flow.acknowledgedIds() })
      return documentSavedText(await saveFile(file, info.shell), file.bookNo)
    })
  }

  async function fileRequest(): Promise<void> {
    if (!flow.exportable || !memo) return
    setRequestId(null)
    await flow.run('request', async () => {
      const result = await call('reports:followUpRequest', { ...followUpSpecOf(options, defaults), acknowledged: flow.acknowledgedIds() })
      const numbered = result.file.bookNo ? `${PRINT.numbered(result.file.bookNo)} · ` : ''
      setRequestId(result.request.id)
      return { text: `${numbered}${TEXT.filed(result.request.id)} — ${result.notices.join(' ')}`, ok: true }
    })
  }

  const working = flow.busy !== null
  // Only the log's preview has rows (the follow-up memo lists its items in the text).
  const log = shown && 'rows' in shown ? shown : null
  return (
    <section className="reports-page" aria-labelledby="reports-title">
      <h1 id="reports-title">{TEXT.heading}</h1>
      <p className="muted">{TEXT.intro}</p>
      <div className="print-layout">
        <div className="print-options">
          <fieldset className="print-group">
            <legend>{TEXT.what}</legend>
            {(['log', 'follow-up'] as const satisfies readonly ReportDocument[]).map((d) => (
              <label key={d} className="radio">
                <input type="radio" name="report-document" value={d} checked={options.document === d} disabled={working} onChange={() => set({ document: d })} /> {TEXT.documents[d]}
              </label>
            ))}
          </fieldset>

          <fieldset className="print-group">
            <legend>{TEXT.period}</legend>
            <FiscalYearField id="report-fy" label={TEXT.fiscalYear} years={years} value={options.fiscalYear} optionLabel={TEXT.fiscalYearOption} disabled={working} onChange={(fiscalYear) => setPeriod({ fiscalYear })} />
            <div role="radiogroup" aria-label={TEXT.period}>
              {PERIOD_CHOICES.map((c: PeriodChoice) => (
                <label key={c} className="radio">
                  <input type="radio" name="report-period" value={c} checked={options.choice === c} disabled={working} onChange={() => setPeriod({ choice: c })} /> {TEXT.choices[c]}
                </label>
              ))}
            </div>
            <Field id="report-date" label={TEXT.date} hint={TEXT.dateHint}>
              {(c) => <input {...c} type="date" value={options.date} disabled={working} onChange={(e) => set({ date: e.target.value })} />}
            </Field>
            <label className="checkbox">
              <input type="checkbox" checked={options.thaiDigits} disabled={working} onChange={(e) => set({ thaiDigits: e.target.checked })} /> {PRINT.thaiDigits}
            </label>
          </fieldset>

          {memo && (
            <fieldset className="print-group">
              <legend>{PRINT.options}</legend>
              <label className="checkbox">
                <input type="checkbox" checked={options.preprinted} disabled={working} onChange={(e) => set({ preprinted: e.target.checked })} /> {PRINT.preprinted}
              </label>
              <UrgencyField prefix="report" value={options.urgency} disabled={working} onChange={set} />
              <ProposerField prefix="report" people={active} value={options.from} offerDefault error={error?.fields?.from} disabled={working} onChange={set} />
              <BookNoFieldset prefix="report" mode={options.bookNoMode} value={options.bookNoValue} disabled={working} onChange={set} />
            </fieldset>
          )}

          {memo && !sectionDefaults && !error && <p role="status">{PRINT.sectionsLoading}</p>}
          {memo && sectionDefaults && (
            <SectionsEditor
              defaults={sectionDefaults}
              values={options.sections}
              disabled={working}
              onChange={(key, text) => set({ sections: withSection(options.sections, key, text) })}
            />
          )}
        </div>

        <div className="print-result">
          <ErrorBanner error={error} />
          <PreviewNotices value={shown} />
          {!memo && (log ? <LogRows preview={log} notes={options.notes} disabled={working} onNote={(row, text) => set({ notes: withNote(options.notes, row, text) })} /> : !error && <p role="status">{TEXT.rowsLoading}</p>)}
          {findings && <FindingsList findings={findings} acknowledged={flow.acknowledged} disabled={working} onToggle={flow.toggle} />}
          <ExportActions flow={flow} ready={ready} onExport={(format) => void exportAs(format)}>
            {memo && (
              <button type="button" disabled={!flow.exportable} title={TEXT.fileRequestHint} onClick={() => void fileRequest()}>
                {flow.busy === 'request' ? TEXT.filing : TEXT.fileRequest}
              </button>
            )}
          </ExportActions>
          <OutcomeBanner outcome={flow.outcome}>
            {requestId !== null && (
              <>
                {' '}
                <a href={hrefOf({ page: 'request', id: requestId })}>{TEXT.openRequest(requestId)}</a>
              </>
            )}
          </OutcomeBanner>
          <PreviewPane value={shown} error={error} />
        </div>
      </div>
      <YearlySetSection years={years} />
    </section>
  )
}

/** The log's rows as they will print, each with its note to edit for this printing. */
function LogRows({ preview, notes, disabled, onNote }: { preview: QuarterLogPreview; notes: Record<string, string>; disabled: boolean; onNote(row: QuarterLogRow, text: string): void }) {
  const label = preview.period.label
  if (preview.rows.length === 0) return <p className="muted">{TEXT.rowsNone(label)}</p>
  return (
    <div className="report-rows">
      <table className="data-table">
        <caption>
          {TEXT.rows(preview.rows.length, label)} — {TEXT.rowsHint}
        </caption>
        <thead>
          <tr>
            <th scope="col">{TEXT.columns.date}</th>
            <th scope="col">{TEXT.columns.title}</th>
            <th scope="col">{TEXT.columns.attachments}</th>
            <th scope="col">{TEXT.columns.note}</th>
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row) => {
            const typed = notes[String(row.requestId)]
            return (
              <tr key={row.requestId}>
                <td className="report-date">{row.dateText}</td>
                <td>
                  <a href={hrefOf({ page: 'request', id: row.requestId })}>{row.title}</a>
                </td>
                <td>{row.attachments}</td>
                <td className="report-note">
                  <input aria-label={TEXT.noteLabel(row.title)} value={typed ?? row.requestNote} maxLength={500} disabled={disabled} onChange={(e) => onNote(row, e.target.value)} />
                  {typed !== undefined && (
                    <button type="button" className="small-button" disabled={disabled} onClick={() => onNote(row, row.requestNote)}>
                      {TEXT.noteReset}
                    </button>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
