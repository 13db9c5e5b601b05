/**
 * Check 7: Thai and Arabic digits mixed in Thai text. A document uses one or the other (Thai by
 * default in memos); a number retyped or pasted in the other kind shows. Digits that belong to
 * Latin text are not counted: URLs, e-mail addresses, file names and runs such as "ISO 9001",
 * "A4", "TLS 1.3" keep their Arabic digits in any Thai document.
 */
import { toArabicDigits, toThaiDigits } from '@shared/thai'
import { TH } from './messages'
import type { Finding } from './types'

const MASKS: readonly RegExp[] = [
  /(?:https?:\/\/|www\.)[^\s<>"“”]+/gi,
  /[^\s@<>()]+@[^\s@<>()]+\.[A-Za-z]{2,}/g,
  /[^\s/\\<>:"“”|?*]+\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|jpe?g|png|gif|zip|rar|7z|txt|csv)\b/gi,
  // A run of Latin letters, Arabic digits and the punctuation that joins them, holding a letter.
  /[A-Za-z0-9._\-/:]*[A-Za-z][A-Za-z0-9._\-/:]*(?:[ \u00a0][0-9][0-9._\-]*)?/g
]

/** The paragraph with the digits of Latin text blanked out (same length, so offsets hold). */
export function maskLatin(p: string): string {
  let out = p
  for (const re of MASKS) out = out.replace(re, (s) => ' '.repeat(s.length))
  return out
}

const THAI_LETTER = /[\u0e01-\u0e2e]/
const THAI_RUN = /[\u0e50-\u0e59]+/g
const ARABIC_RUN = /[0-9]+/g

interface Counts {
  thai: number
  arabic: number
  masked: string
}

function count(p: string): Counts {
  const masked = maskLatin(p)
  return {
    thai: (masked.match(/[\u0e50-\u0e59]/g) ?? []).length,
    arabic: (masked.match(/[0-9]/g) ?? []).length,
    masked
  }
}

function firstRun(masked: string, kind: 'thai' | 'arabic'): { start: number; end: number } | undefined {
  const re = new RegExp(kind === 'thai' ? THAI_RUN : ARABIC_RUN)
  const m = re.exec(masked)
  return m ? { start: m.index, end: m.index + m[0].length } : undefined
}

export function checkDigits(paragraphs: readonly string[]): Finding[] {
  const findings: Finding[] = []
  const thaiOnly: number[] = []
  const arabicOnly: number[] = []

  paragraphs.forEach((p, paragraphIndex) => {
    if (!THAI_LETTER.test(p)) return
    const c = count(p)
    if (c.thai > 0 && c.arabic > 0) {
      // Point at the kind there is less of: that is the one that slipped in.
      const minority = c.arabic <= c.thai ? 'arabic' : 'thai'
      const run = firstRun(c.masked, minority)
      if (!run) return
      const excerpt = p.slice(run.start, run.end)
      findings.push({
        code: 'mixed-digits',
        severity: 'warning',
        messageTh: TH.mixedDigitsParagraph(c.thai, c.arabic, excerpt),
        excerpt,
        paragraphIndex,
        ...run,
        suggestion: minority === 'arabic' ? toThaiDigits(excerpt) : toArabicDigits(excerpt)
      })
    } else if (c.thai > 0) thaiOnly.push(paragraphIndex)
    else if (c.arabic > 0) arabicOnly.push(paragraphIndex)
  })

  if (thaiOnly.length > 0 && arabicOnly.length > 0) {
    const minority = arabicOnly.length <= thaiOnly.length ? 'arabic' : 'thai'
    const list = minority === 'arabic' ? arabicOnly : thaiOnly
    const paragraphIndex = list[0] ?? 0
    const p = paragraphs[paragraphIndex] ?? ''
    const run = firstRun(maskLatin(p), minority)
    if (run) {
      const excerpt = p.slice(run.start, run.end)
      findings.push({
        code: 'mixed-digits',
        severity: 'warning',
        messageTh: TH.mixedDigitsDocument(minority, list.length, minority === 'arabic' ? thaiOnly.length : arabicOnly.length, excerpt),
        excerpt,
        paragraphIndex,
        ...run,
        suggestion: minority === 'arabic' ? toThaiDigits(excerpt) : toArabicDigits(excerpt)
      })
    }
  }
  return findings
}
