/**
 * Files with no magic bytes: text, and the web pages and XML that people download by mistake
 * instead of the file (or save from Excel as "single file web page"). Anything with NUL bytes or
 * many control characters is binary of an unknown kind.
 */
import { byteAt, latin1, SIG, startsWith, u16 } from './bytes'
import type { DetectedType } from './kinds'

const TEXT_SAMPLE = 4096
/** Markup is recognised near the start; a shorter sample keeps the regular expressions cheap. */
const MARKUP_SAMPLE = 2048

export function sniffText(b: Uint8Array): DetectedType {
  if (startsWith(b, SIG.utf16Le) || startsWith(b, SIG.utf16Be)) {
    const littleEndian = b[0] === 0xff
    let s = ''
    for (let i = 2; i + 1 < Math.min(b.length, TEXT_SAMPLE); i += 2) {
      s += String.fromCharCode(littleEndian ? u16(b, i) : (byteAt(b, i) << 8) | byteAt(b, i + 1))
    }
    return markupType(s) ?? 'text'
  }
  const start = startsWith(b, SIG.utf8Bom) ? 3 : 0
  const end = Math.min(b.length, start + TEXT_SAMPLE)
  let control = 0
  for (let i = start; i < end; i++) {
    const c = b[i] as number
    if (c === 0) return 'unknown'
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d && c !== 0x1b) || c === 0x7f) control++
  }
  if (end > start && control * 100 > end - start) return 'unknown'
  // Thai text in UTF-8 or TIS-620 is fine: only the markup is matched, in ASCII.
  return markupType(latin1(b, start, Math.min(end, start + MARKUP_SAMPLE))) ?? 'text'
}

function markupType(sample: string): 'html' | 'xml' | undefined {
  const s = sample.trimStart().toLowerCase()
  if (s.startsWith('<!doctype html') || s.startsWith('<html')) return 'html'
  // "Single file web page" (.mht), as Word and Excel save it.
  if (/^mime-version:/.test(s) && s.includes('text/html')) return 'html'
  if (s.startsWith('<?xml')) return /<html[\s>]/.test(s) ? 'html' : 'xml'
  if (s.startsWith('<') && /<(html|head|body|table|meta)[\s>]/.test(s)) return 'html'
  return undefined
}
