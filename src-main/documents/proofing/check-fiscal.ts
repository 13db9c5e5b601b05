/**
 * Check 5: fiscal years and dates that cannot both be right.
 *
 * - "ปีงบประมาณ Y" against the document's date D (the register's, or else the nearest date line
 *   "วันที่ …" of the text, before it if there is one): a document is about its own fiscal year,
 *   the next one when written in the last quarter before it (plans, the yearly announcement), or
 *   the past one when written in the first quarter after it (year-end reports). A later year is an
 *   error; an earlier one a warning (a past year may be cited on purpose).
 * - When the register knows the document's fiscal year F, every "ปีงบประมาณ Y" should be F.
 * - An announcement titled "… พ.ศ. Y" and signed "ประกาศ ณ วันที่ …" in another Buddhist-Era
 *   year: the year in an announcement's title is the year it is issued. The seed's announcement
 *   of พ.ศ. ๒๕๖๔ is signed ๑ ตุลาคม ๒๕๖๓ (the first day of fiscal year ๒๕๖๔: the office meant the
 *   fiscal year, and then the title should say "ประจำปีงบประมาณ").
 */
import { fiscalYearOf, formatThaiDate, parseIsoDate, toBuddhistYear, toThaiDigits, type IsoDate } from '@shared/thai'
import { TH } from './messages'
import { foldView, joinParagraphs, paragraphAt, sourceRange, toParagraphRange, type JoinedText, type TextView } from './text-view'
import { beYearOf, findDates, type DateInText } from './thai-dates-in-text'
import type { Finding, ProofFacts } from './types'

const FY_RE = /ปีงบ(?:ประมาณ)?(?:พ\.?ศ\.?)?(\d{4})(?!\d)/g
const TITLE_YEAR_RE = /เรื่อง.*พ\.?ศ\.?(\d{4})$/
/** How many paragraphs after "ประกาศ…" the "เรื่อง … พ.ศ. Y" line may stand. */
const TITLE_LINES = 3

interface Located {
  paragraphIndex: number
  start: number
  end: number
  excerpt: string
}

function locate(joined: JoinedText, view: TextView, vs: number, ve: number): Located {
  const r = sourceRange(view, vs, ve)
  const p = toParagraphRange(joined, r.start, r.end)
  return { ...p, excerpt: (joined.paragraphs[p.paragraphIndex] ?? '').slice(p.start, p.end) }
}

/** The date a mention at view offset `vs` belongs to: the nearest date line before it, else after. */
function documentDateFor(vs: number, dates: readonly DateInText[]): IsoDate | undefined {
  const labelled = dates.filter((d) => d.labelled)
  const before = labelled.filter((d) => d.ve <= vs)
  if (before.length > 0) return before[before.length - 1]?.iso
  return labelled.find((d) => d.vs >= vs)?.iso
}

function thaiDate(iso: IsoDate): string {
  return formatThaiDate(iso)
}

export function checkFiscal(paragraphs: readonly string[], facts: ProofFacts): Finding[] {
  const joined = joinParagraphs(paragraphs)
  const view = foldView(joined.text)
  const dates = findDates(view.text)
  const findings: Finding[] = []
  const docFy = facts.document?.fiscalYear

  for (const m of view.text.matchAll(FY_RE)) {
    const y = beYearOf(m[1] ?? '')
    if (y === undefined) continue
    const where = locate(joined, view, m.index, m.index + m[0].length)
    const date = facts.document?.date ?? documentDateFor(m.index, dates)
    const yText = toThaiDigits(String(y))
    if (date !== undefined) {
      const fd = fiscalYearOf(date)
      const { month } = parseIsoDate(date)
      const fits = y === fd || (y === fd + 1 && month >= 7 && month <= 9) || (y === fd - 1 && month >= 10)
      if (!fits) {
        findings.push({
          code: 'fiscal-year-date',
          severity: y > fd ? 'error' : 'warning',
          messageTh: y > fd ? TH.fiscalYearAhead(yText, thaiDate(date), fd) : TH.fiscalYearBehind(yText, thaiDate(date), fd),
          ...where
        })
        continue
      }
    }
    if (docFy !== undefined && y !== docFy) {
      findings.push({
        code: 'fiscal-year-date',
        severity: 'warning',
        messageTh: TH.fiscalYearNotDocument(yText, docFy),
        ...where,
        suggestion: where.excerpt.replace(/[0-9\u0e50-\u0e59]{4}$/, toThaiDigits(String(docFy)))
      })
    }
  }

  findings.push(...checkAnnouncementYears(paragraphs, joined, view, dates, facts))
  return findings
}

interface AnnouncementTitle {
  /** The paragraph "ประกาศ…" starts in. */
  startIndex: number
  /** The paragraph of "เรื่อง … พ.ศ. Y", and Y; absent for a title with no year. */
  paragraphIndex: number
  year?: number
}

function announcementTitles(paragraphs: readonly string[]): AnnouncementTitle[] {
  const titles: AnnouncementTitle[] = []
  paragraphs.forEach((p, i) => {
    const head = foldView(p).text
    // "ประกาศสำนักงาน… เรื่อง … พ.ศ. Y" — not "ประกาศ ณ วันที่", not "ตามประกาศ…" (a citation).
    if (!head.startsWith('ประกาศ') || head.startsWith('ประกาศณ')) return
    for (let k = i; k < Math.min(paragraphs.length, i + TITLE_LINES); k++) {
      const m = TITLE_YEAR_RE.exec(foldView(paragraphs[k] ?? '').text)
      const year = m ? beYearOf(m[1] ?? '') : undefined
      if (year !== undefined) {
        titles.push({ startIndex: i, paragraphIndex: k, year })
        return
      }
    }
    // Another announcement, whose title carries no year: it still ends the one before it.
    titles.push({ startIndex: i, paragraphIndex: i })
  })
  return titles
}

function checkAnnouncementYears(
  paragraphs: readonly string[],
  joined: JoinedText,
  view: TextView,
  dates: readonly DateInText[],
  facts: ProofFacts
): Finding[] {
  const titles = announcementTitles(paragraphs)
  if (titles.length === 0) return []
  const findings: Finding[] = []
  const signed = new Set<AnnouncementTitle>()

  for (const d of dates.filter((x) => x.announcement)) {
    const where = locate(joined, view, d.vs, d.ve)
    const dateParagraph = paragraphAt(joined, sourceRange(view, d.vs, d.ve).start)
    // The announcement a signing line closes is the last one that starts before it.
    const title = [...titles].reverse().find((t) => t.startIndex < dateParagraph)
    if (!title || title.year === undefined) continue
    signed.add(title)
    const issued = toBuddhistYear(parseIsoDate(d.iso).year)
    if (issued === title.year) continue
    findings.push({
      code: 'announcement-year',
      severity: 'error',
      messageTh: TH.announcementYear(thaiDate(d.iso), title.year, title.paragraphIndex, issued),
      ...where
    })
  }

  // A title with no signing line in the text: compare with the register's date for it.
  const date = facts.document?.date
  if (date !== undefined) {
    const issued = toBuddhistYear(parseIsoDate(date).year)
    for (const t of titles) {
      if (signed.has(t) || t.year === undefined || t.year === issued) continue
      const p = paragraphs[t.paragraphIndex] ?? ''
      const v = foldView(p)
      const m = /พ\.?ศ\.?\d{4}$/.exec(v.text)
      const r = m ? sourceRange(v, m.index, v.text.length) : { start: 0, end: p.length }
      findings.push({
        code: 'announcement-year',
        severity: 'error',
        messageTh: TH.announcementYear(thaiDate(date), t.year, t.paragraphIndex, issued),
        paragraphIndex: t.paragraphIndex,
        ...r,
        excerpt: p.slice(r.start, r.end)
      })
    }
  }
  return findings
}
