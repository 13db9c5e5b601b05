/**
 * Check 6: a law cited with the wrong year (laws.ts holds the laws and their years). Citations
 * are matched over the whole document folded (text-view.ts), so a stray space inside a name
 * ("พรบ.ว่าด้วยธุรกรรม ทางอิเล็กทรอนิกส์"), "พ.ศ.๒๕๔๐" / "พ.ศ. 2540" and a title that runs
 * over two paragraphs all match.
 */
import { compareIso, toThaiDigits } from '@shared/thai'
import { LAWS, type LawEntry } from './laws'
import { TH } from './messages'
import { foldView, joinParagraphs, sourceRange, toParagraphRange } from './text-view'
import { beYearOf } from './thai-dates-in-text'
import type { Finding, ProofFacts } from './types'

const COMPILED = LAWS.map((law) => ({
  law,
  re: new RegExp(`(${law.cite})ฯ?(?:\\(ฉบับที่(\\d{1,2})\\))?(?:ปี)?(?:พ\\.?ศ\\.?)?(\\d{4})(?!\\d)`, 'g')
}))

/** The excerpt with its last four-digit number (the year) replaced, in the same digits. */
function replaceYear(excerpt: string, year: number): string {
  const runs = [...excerpt.matchAll(/[0-9\u0e50-\u0e59]{4}/g)]
  const last = runs[runs.length - 1]
  if (!last) return excerpt
  const digits = /[\u0e50-\u0e59]/.test(last[0]) ? toThaiDigits(String(year)) : String(year)
  return excerpt.slice(0, last.index) + digits + excerpt.slice(last.index + last[0].length)
}

function amendmentsText(law: LawEntry): string {
  return Object.entries(law.editions)
    .filter(([n]) => Number(n) > 1)
    .map(([n, y]) => `(ฉบับที่ ${toThaiDigits(n)}) พ.ศ. ${toThaiDigits(String(y))}`)
    .join(', ')
}

export function checkLaws(paragraphs: readonly string[], facts: ProofFacts): Finding[] {
  const joined = joinParagraphs(paragraphs)
  const view = foldView(joined.text)
  const findings: Finding[] = []

  for (const { law, re } of COMPILED) {
    for (const m of view.text.matchAll(re)) {
      const src = sourceRange(view, m.index, m.index + m[0].length)
      const where = toParagraphRange(joined, src.start, src.end)
      const excerpt = (paragraphs[where.paragraphIndex] ?? '').slice(where.start, where.end)
      const at = { excerpt, ...where }
      const year = beYearOf(m[3] ?? '')
      if (year === undefined) continue
      const edition = m[2] === undefined ? undefined : Number(m[2])
      const original = law.editions[1] ?? year

      if (edition !== undefined && law.editions[edition] === undefined) {
        findings.push({ code: 'law-year', severity: 'warning', messageTh: TH.lawNoSuchEdition(law.name, edition, amendmentsText(law)), ...at })
      } else if (edition !== undefined && law.editions[edition] !== year) {
        const right = law.editions[edition] ?? original
        findings.push({
          code: 'law-year',
          severity: 'error',
          messageTh: TH.lawYear(excerpt, law.name, edition, right, amendmentsText(law), law.yearNotes?.[year]),
          ...at,
          suggestion: replaceYear(excerpt, right)
        })
      } else if (edition === undefined && !law.bareYears.includes(year)) {
        findings.push({
          code: 'law-year',
          severity: 'error',
          messageTh: TH.lawYear(excerpt, law.name, 1, original, amendmentsText(law), law.yearNotes?.[year]),
          ...at,
          suggestion: replaceYear(excerpt, original)
        })
      }

      const citedName = m[1] ?? ''
      if (law.misnomer && law.misnomer.re.test(citedName)) {
        findings.push({ code: 'law-name', severity: 'warning', messageTh: TH.lawName(law.misnomer.wrong, law.name), ...at })
      }
      const date = facts.document?.date
      if (law.repealed && (date === undefined || compareIso(date, law.repealed.on) >= 0)) {
        findings.push({ code: 'law-repealed', severity: 'warning', messageTh: TH.lawRepealed(law.name, original, law.repealed.on, law.repealed.by), ...at })
      }
    }
  }
  return findings
}
