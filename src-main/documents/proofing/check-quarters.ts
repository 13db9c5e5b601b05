/**
 * Check 4: quarter labels and their months. Fiscal quarters: Q1 ต.ค.–ธ.ค., Q2 ม.ค.–มี.ค.,
 * Q3 เม.ย.–มิ.ย., Q4 ก.ค.–ก.ย. (quarterMonths from '@shared/thai'). The seed reports July to
 * September as "ไตรมาสที่ ๒ (ก.ค. - ก.ย. ๒๕๖๔)".
 *
 * - "ไตรมาสที่ N" followed, in the same paragraph and within a short reach, by a month range:
 *   the range must be quarter N's first to last month.
 * - When the register says which quarter the document is about: every "ไตรมาสที่ N" must be that
 *   quarter, and a title's "เดือน M1 - M3" must be its months.
 * - When it also knows the fiscal year: the year written after the range must be the quarter's
 *   calendar year (Q1 falls in the previous Buddhist-Era year).
 */
import { quarterMonths, thaiMonthShort, toThaiDigits, type FiscalQuarter } from '@shared/thai'
import { TH } from './messages'
import { foldView, sourceRange } from './text-view'
import { findMonthRanges, type MonthRange } from './thai-dates-in-text'
import type { Finding, ProofFacts } from './types'

/** How far after "ไตรมาสที่ N" (in folded characters) its months may stand. */
const REACH = 40

const QUARTER_RE = /ไตรมาส(?:ที่)?(\d{1,2})(?!\d)/g

/** The quarter whose months are exactly first..last, if any. */
export function quarterOfRange(first: number, last: number): FiscalQuarter | undefined {
  for (const q of [1, 2, 3, 4] as const) {
    const [a, , c] = quarterMonths(q)
    if (a === first && c === last) return q
  }
  return undefined
}

export function rangeText(first: number, last: number): string {
  return `${thaiMonthShort(first)} - ${thaiMonthShort(last)}`
}

function quarterRangeText(q: FiscalQuarter): string {
  const [a, , c] = quarterMonths(q)
  return rangeText(a, c)
}

function isQuarter(n: number): n is FiscalQuarter {
  return n === 1 || n === 2 || n === 3 || n === 4
}

export function checkQuarters(paragraphs: readonly string[], facts: ProofFacts): Finding[] {
  const docQuarter = facts.document?.quarter
  const docFy = facts.document?.fiscalYear
  const findings: Finding[] = []

  paragraphs.forEach((p, paragraphIndex) => {
    const view = foldView(p)
    const ranges = findMonthRanges(view.text)
    const claimed = new Set<MonthRange>()
    const at = (vs: number, ve: number): { excerpt: string; start: number; end: number } => {
      const r = sourceRange(view, vs, ve)
      return { excerpt: p.slice(r.start, r.end), ...r }
    }

    const labels = [...view.text.matchAll(QUARTER_RE)]
    labels.forEach((m, i) => {
      const n = Number(m[1])
      const labelEnd = m.index + m[0].length
      // Its months come after it, close, and before the next label ("ไตรมาสที่ ๑ และ ๒ (…)").
      const nextLabel = labels[i + 1]?.index ?? Infinity
      const range = ranges.find((r) => r.vs >= labelEnd && r.vs - labelEnd <= REACH && r.vs < nextLabel)
      if (range) claimed.add(range)
      const span = at(m.index, range ? range.ve : labelEnd)
      const quarterText = `ไตรมาสที่ ${toThaiDigits(String(n))}`

      if (!isQuarter(n)) {
        findings.push({ code: 'quarter-months', severity: 'error', messageTh: TH.noSuchQuarter(quarterText), paragraphIndex, ...span })
        return
      }
      if (range) {
        const actual = quarterOfRange(range.first, range.last)
        if (actual !== n) {
          const suggestion = actual ? `ไตรมาสที่ ${toThaiDigits(String(actual))}` : undefined
          findings.push({
            code: 'quarter-months',
            severity: 'error',
            messageTh: TH.quarterMonths(quarterText, rangeText(range.first, range.last), quarterRangeText(n), suggestion),
            paragraphIndex,
            ...span,
            ...(suggestion ? { suggestion } : {})
          })
          return
        }
        if (docFy !== undefined && range.yearBE !== undefined) {
          const expected = n === 1 ? docFy - 1 : docFy
          if (range.yearBE !== expected) {
            findings.push({
              code: 'quarter-year',
              severity: 'error',
              messageTh: TH.quarterYear(quarterText, range.yearBE, docFy, expected),
              paragraphIndex,
              ...span
            })
            return
          }
        }
      }
      if (docQuarter !== undefined && n !== docQuarter) {
        findings.push({
          code: 'quarter-months',
          severity: 'error',
          messageTh: TH.notDocumentQuarter(quarterText, docQuarter, quarterRangeText(docQuarter)),
          paragraphIndex,
          ...span,
          suggestion: `ไตรมาสที่ ${toThaiDigits(String(docQuarter))}`
        })
      }
    })

    // A report's title months: "เดือน กรกฎาคม - กันยายน ๒๕๖๔" must be the document's quarter.
    if (docQuarter === undefined) return
    for (const r of ranges) {
      if (claimed.has(r)) continue
      if (!view.text.slice(Math.max(0, r.vs - 5), r.vs).endsWith('เดือน')) continue
      if (quarterOfRange(r.first, r.last) === docQuarter) continue
      findings.push({
        code: 'quarter-months',
        severity: 'error',
        messageTh: TH.titleMonths(rangeText(r.first, r.last), docQuarter, quarterRangeText(docQuarter)),
        paragraphIndex,
        ...at(r.vs, r.ve)
      })
    }
  })
  return findings
}
