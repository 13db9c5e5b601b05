/**
 * The one printing flow of the app: choose the document, set its options and edit a memo's
 * sections, see the PDF as it will print with proofing's findings, tick each finding, then save
 * as PDF or DOCX. The preview follows the options after a short pause; export is offered only
 * for the preview on screen with every finding acknowledged (the service checks this again).
 *
 * It serves the documents of requests (PrintDialog: the form, the approval memo of one or several
 * requests) and the documents of a fiscal year (YearlyDocumentsPage: the website report, the
 * announcement's approval memo, the announcement), which choose a year here.
 */
import { useMemo, useState } from 'react'
import { isMemoKind, type ExportFormat } from '@shared/domain/documents-schemas'
import { call } from '../../lib/api'
import { useAppState } from '../../lib/app-state'
import { ErrorBanner } from '../../components/ErrorBanner'
import { Field } from '../../components/Field'
import { FiscalYearField } from '../../components/FiscalYearField'
import { OutcomeBanner } from '../../components/OutcomeBanner'
import { FindingsList } from './FindingsList'
import { BookNoFieldset, ProposerField, UrgencyField } from './MemoFields'
import { exportInputOf, initialOptions, sectionsOf, specOf, withSection, type PrintKind, type PrintOptions, type PrintTarget } from './print-spec'
import { ExportActions, PreviewNotices, PreviewPane } from './PrintResult'
import { saveFile } from './save-file'
import { documentSavedText } from './save-outcome'
import { SectionsEditor } from './SectionsEditor'
import { TEXT } from './text'
import { usePrintFlow, useSectionDefaults } from './use-print-flow'
import './documents.css'

export interface PrintPanelProps {
  /** The documents offered, the first chosen at start. */
  kinds: readonly PrintKind[]
  /** The requests (the form, the approval memo) or the fiscal year (the yearly documents). */
  target: PrintTarget
  /** The fiscal years to choose from (the yearly documents); none: the target's year stays. */
  years?: readonly number[]
  /** Told while a file is being made, so a surrounding dialog keeps itself open. */
  onBusyChange?(busy: boolean): void
}

export function PrintPanel({ kinds, target, years, onBusyChange }: PrintPanelProps) {
  const { info, office, people, operator } = useAppState()
  const active = people.filter((p) => p.active)
  const hasAssistant = active.some((p) => p.roles.includes('assistant_head'))
  const [options, setOptions] = useState<PrintOptions>(() => ({
    ...initialOptions(target, { thaiDigits: office?.thaiDigits ?? true, preprintedPaper: office?.preprintedPaper ?? false }, kinds[0] ?? 'request-form'),
    // Without an assistant head the service has no default proposer: the person at the keyboard is proposed.
    from: hasAssistant ? null : (operator?.id ?? null)
  }))
  const [numberedOnce, setNumberedOnce] = useState(false)

  const kind = options.kind
  const memo = isMemoKind(kind)
  // A memo's sections come from the template in use; a failure shows as the panel's error (told
  // after this render, when `flow` exists).
  const kindDefaults = useSectionDefaults(isMemoKind(kind) ? kind : null, (e) => flow.setError(e))
  const defaults = useMemo(() => Object.fromEntries((kindDefaults ?? []).map((s) => [s.key, s.text])), [kindDefaults])
  const spec = useMemo(() => specOf(options, defaults), [options, defaults])
  const ready = !memo || kindDefaults !== null
  const flow = usePrintFlow({ document: kind, spec, ready, load: () => call('documents:prepare', spec), onBusyChange })
  const { error, preview, shown, findings } = flow

  const set = (patch: Partial<PrintOptions>) => {
    flow.setOutcome(null)
    setOptions((o) => ({ ...o, ...patch }))
  }

  async function exportAs(format: ExportFormat): Promise<void> {
    if (!preview || !flow.exportable) return
    await flow.run(format, async () => {
      const file = await call('documents:export', exportInputOf(preview.spec, format, flow.acknowledged, preview.value.findings))
      const saved = await saveFile(file, info.shell)
      if (file.bookNo) {
        setNumberedOnce(true)
        // The memo has its number now: the preview shows it, as the next file will print it.
        if (!file.reusedBookNo) void flow.prepare()
      }
      return documentSavedText(saved, file.bookNo, file.reusedBookNo)
    })
  }

  const busy = flow.busy !== null
  return (
    <div className="print-layout">
      <div className="print-options">
        {kinds.length > 1 && (
          <fieldset className="print-group">
            <legend>{TEXT.kind}</legend>
            {kinds.map((k) => (
              <label key={k} className="radio">
                <input type="radio" name="print-kind" value={k} checked={kind === k} disabled={busy} onChange={() => set({ kind: k })} /> {TEXT.kinds[k]}
              </label>
            ))}
          </fieldset>
        )}

        <fieldset className="print-group">
          <legend>{TEXT.options}</legend>
          {years && years.length > 0 && (
            <FiscalYearField id="print-fiscal-year" label={TEXT.fiscalYear} years={years} value={options.fiscalYear ?? null} optionLabel={TEXT.fiscalYearOption} required disabled={busy} onChange={(fiscalYear) => set({ fiscalYear })} />
          )}
          {kind !== 'request-form' && (
            <Field id="print-date" label={TEXT.date} hint={TEXT.dateHint} error={error?.fields?.date}>
              {(c) => <input {...c} type="date" value={options.date} disabled={busy} onChange={(e) => set({ date: e.target.value })} />}
            </Field>
          )}
          <label className="checkbox">
            <input type="checkbox" checked={options.thaiDigits} disabled={busy} onChange={(e) => set({ thaiDigits: e.target.checked })} /> {TEXT.thaiDigits}
          </label>
          {kind !== 'request-form' && (
            <label className="checkbox">
              <input type="checkbox" checked={options.preprinted} disabled={busy} onChange={(e) => set({ preprinted: e.target.checked })} /> {TEXT.preprinted}
            </label>
          )}
          {memo && (
            <>
              <UrgencyField prefix="print" value={options.urgency} disabled={busy} onChange={set} />
              <ProposerField prefix="print" people={active} value={options.from} offerDefault={hasAssistant} error={error?.fields?.from} disabled={busy} onChange={set} />
            </>
          )}
        </fieldset>

        {memo && <BookNoFieldset prefix="print" mode={options.bookNoMode} value={options.bookNoValue} disabled={busy} onChange={set} />}

        {memo && !kindDefaults && !error && <p role="status">{TEXT.sectionsLoading}</p>}
        {memo && kindDefaults && (
          <SectionsEditor
            defaults={kindDefaults}
            values={sectionsOf(options)}
            disabled={busy}
            onChange={(key, text) => set({ sections: { ...options.sections, [kind]: withSection(sectionsOf(options), key, text) } })}
          />
        )}
      </div>

      <div className="print-result">
        <ErrorBanner error={error} />
        <PreviewNotices value={shown} />
        {findings && <FindingsList findings={findings} acknowledged={flow.acknowledged} disabled={busy} onToggle={flow.toggle} />}
        <ExportActions flow={flow} ready={ready} onExport={(format) => void exportAs(format)} />
        {memo && numberedOnce && <p className="alert warn">{TEXT.numberedAgain}</p>}
        <OutcomeBanner outcome={flow.outcome} />
        <PreviewPane value={shown} error={error} />
      </div>
    </div>
  )
}
