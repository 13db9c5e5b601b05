/**
 * The template editor's check before saving: the text must be JSON (the service then checks it
 * against the template's schema). JSON.parse says where it stopped only in English and as a
 * character offset; the person needs a line and column, in Thai.
 */
import { DOC_TEXT } from './documents-text'

export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)))
  const lines = before.split('\n')
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 }
}

/** Null when the text parses; else the Thai message naming where it stopped. */
export function jsonProblem(text: string): string | null {
  try {
    JSON.parse(text)
    return null
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e)
    // V8: "… in JSON at position 123 (line 4 column 7)" — older versions give the position only.
    const lc = /line (\d+) column (\d+)/.exec(detail)
    if (lc) return DOC_TEXT.templates.jsonError(Number(lc[1]), Number(lc[2]), shortDetail(detail))
    const at = /position (\d+)/.exec(detail)
    if (at) {
      const { line, column } = lineColumnAt(text, Number(at[1]))
      return DOC_TEXT.templates.jsonError(line, column, shortDetail(detail))
    }
    return DOC_TEXT.templates.jsonErrorNoPlace(shortDetail(detail))
  }
}

function shortDetail(detail: string): string {
  if (/Unexpected end/i.test(detail)) return 'ข้อความจบก่อนปิดวงเล็บหรือเครื่องหมายคำพูด'
  if (/Unterminated string|Bad control character/i.test(detail)) return 'เครื่องหมายคำพูดไม่ครบคู่ หรือมีการขึ้นบรรทัดใหม่ในข้อความ'
  if (/Expected ',' or '[}\]]'/i.test(detail)) return 'ขาดเครื่องหมายจุลภาค (,) หรือวงเล็บปิด'
  if (/Expected double-quoted property name/i.test(detail)) return 'มีจุลภาคเกินก่อนวงเล็บปิด หรือชื่อช่องไม่อยู่ในเครื่องหมายคำพูด'
  return 'มีเครื่องหมายที่ไม่ควรอยู่ตรงนั้น'
}
