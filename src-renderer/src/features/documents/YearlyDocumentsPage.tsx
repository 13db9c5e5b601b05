/**
 * "เอกสารประจำปี": the documents of a fiscal year that no single request prints — the website
 * report memo, the memo asking approval of the yearly announcement, and the announcement itself —
 * through the same printing flow as a request's documents (PrintPanel), with the year chosen there.
 */
import { useMemo } from 'react'
import { fiscalYearOf } from '@shared/thai'
import { useAppState } from '../../lib/app-state'
import { PrintPanel } from './PrintPanel'
import { YEAR_PRINT_KINDS } from './print-spec'
import { TEXT } from './text'
import './documents.css'

/** Next year (the announcement is approved before 1 October) and the five before it. */
function yearsAround(current: number): number[] {
  return Array.from({ length: 7 }, (_, i) => current + 1 - i)
}

export function YearlyDocumentsPage() {
  const { info } = useAppState()
  const current = fiscalYearOf(info.today)
  const years = useMemo(() => yearsAround(current), [current])
  return (
    <div className="yearly-page">
      <h1>{TEXT.yearly.heading}</h1>
      <p className="muted">{TEXT.yearly.intro}</p>
      <PrintPanel kinds={YEAR_PRINT_KINDS} target={{ fiscalYear: current }} years={years} />
    </div>
  )
}
