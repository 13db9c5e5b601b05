/**
 * Check 1: characters of scripts other than Thai and Latin. A Thai official document holds Thai,
 * Latin (English terms, e-mail addresses) and the common characters (digits, punctuation, “ ”,
 * dashes). Anything else came from a copied template or a font that drew one script as another:
 * the seed's "อำเภอनावัง" has three Devanagari letters that look like นาว.
 */
import { TH } from './messages'
import type { Finding } from './types'

// Scripts a document may meet, named in Thai. The order only matters for speed.
const SCRIPTS: ReadonlyArray<[RegExp, string]> = [
  [/\p{Script=Devanagari}/u, 'เทวนาครี'],
  [/\p{Script=Lao}/u, 'ลาว'],
  [/\p{Script=Khmer}/u, 'เขมร'],
  [/\p{Script=Myanmar}/u, 'พม่า'],
  [/\p{Script=Tai_Tham}/u, 'ธรรมล้านนา'],
  [/\p{Script=New_Tai_Lue}/u, 'ไทลื้อใหม่'],
  [/\p{Script=Tai_Viet}/u, 'ไทเวียด'],
  [/\p{Script=Bengali}/u, 'เบงกาลี'],
  [/\p{Script=Gujarati}/u, 'คุชราต'],
  [/\p{Script=Gurmukhi}/u, 'คุรมุขี'],
  [/\p{Script=Oriya}/u, 'โอริยา'],
  [/\p{Script=Tamil}/u, 'ทมิฬ'],
  [/\p{Script=Telugu}/u, 'เตลูกู'],
  [/\p{Script=Kannada}/u, 'กันนาดา'],
  [/\p{Script=Malayalam}/u, 'มาลายาลัม'],
  [/\p{Script=Sinhala}/u, 'สิงหล'],
  [/\p{Script=Tibetan}/u, 'ทิเบต'],
  [/\p{Script=Arabic}/u, 'อาหรับ'],
  [/\p{Script=Hebrew}/u, 'ฮีบรู'],
  [/\p{Script=Cyrillic}/u, 'ซีริลลิก'],
  [/\p{Script=Greek}/u, 'กรีก'],
  [/\p{Script=Armenian}/u, 'อาร์มีเนีย'],
  [/\p{Script=Georgian}/u, 'จอร์เจีย'],
  [/\p{Script=Han}/u, 'จีน (ฮั่น)'],
  [/\p{Script=Hiragana}/u, 'ญี่ปุ่น (ฮิรางานะ)'],
  [/\p{Script=Katakana}/u, 'ญี่ปุ่น (คาตากานะ)'],
  [/\p{Script=Hangul}/u, 'เกาหลี (ฮันกึล)'],
  [/\p{Script=Ethiopic}/u, 'เอธิโอเปีย']
]

const ALLOWED = /[\p{Script=Thai}\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u
// Controls other than tab/newline, and private-use code points (TH SarabunPSK-era fonts put
// positioned tone marks there; a PDF made with them gives those back instead of Thai).
const UNREADABLE = /[\p{Cc}\p{Co}\p{Cs}\ufffd]/u
const ORDINARY_CONTROL = /[\t\n\r\f]/

export function scriptName(ch: string): string {
  for (const [re, name] of SCRIPTS) if (re.test(ch)) return name
  return TH.scripts.other
}

function codePoints(s: string): string {
  return [...s].map((c) => 'U+' + (c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')).join(' ')
}

export function checkScripts(paragraphs: readonly string[]): Finding[] {
  const findings: Finding[] = []
  paragraphs.forEach((p, paragraphIndex) => {
    const chars = [...p]
    let offset = 0
    let i = 0
    while (i < chars.length) {
      const ch = chars[i] as string
      const unreadable = UNREADABLE.test(ch) && !ORDINARY_CONTROL.test(ch)
      const foreign = !unreadable && !ALLOWED.test(ch) && !ORDINARY_CONTROL.test(ch)
      if (!unreadable && !foreign) {
        offset += ch.length
        i++
        continue
      }
      // A run: consecutive characters of the same kind (one script, or unreadable), with the
      // combining marks drawn on them.
      const name = foreign ? scriptName(ch) : ''
      const start = offset
      let j = i
      while (j < chars.length) {
        const c = chars[j] as string
        const cUnreadable = UNREADABLE.test(c) && !ORDINARY_CONTROL.test(c)
        const same = unreadable ? cUnreadable : !cUnreadable && !ALLOWED.test(c) && scriptName(c) === name
        const mark = j > i && /\p{Script=Inherited}/u.test(c)
        if (!same && !mark) break
        offset += c.length
        j++
      }
      const excerpt = p.slice(start, offset)
      findings.push(
        unreadable
          ? { code: 'unreadable-character', severity: 'warning', messageTh: TH.unreadable(codePoints(excerpt)), excerpt, paragraphIndex, start, end: offset }
          : { code: 'foreign-script', severity: 'error', messageTh: TH.foreignScript(name, excerpt, codePoints(excerpt)), excerpt, paragraphIndex, start, end: offset }
      )
      i = j
    }
  })
  return findings
}
