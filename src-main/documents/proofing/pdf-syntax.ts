/**
 * The bits of PDF syntax that pdf-actual-text.ts reads: the value types, a lexer that reads them
 * from raw bytes (object bodies and content streams alike), and the decoding of text strings.
 * Kept apart from the object and page reading so each can be read on its own. It is lenient, as
 * the reader must be with files from many writers: a token out of place is skipped, not reported.
 */

// ------------------------------------------------------------------------------ values

export class PdfName {
  constructor(readonly name: string) {}
}
export class PdfString {
  constructor(readonly bytes: Uint8Array) {}
}
export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number
  ) {}
}
export class PdfOperator {
  constructor(readonly op: string) {}
}
export type PdfDict = Map<string, PdfValue>
export type PdfValue = number | boolean | null | PdfName | PdfString | PdfRef | PdfDict | PdfValue[]

// ------------------------------------------------------------------------------ lexer

const WS = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20])
const DELIM = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25])
const isRegular = (b: number | undefined): boolean => b !== undefined && !WS.has(b) && !DELIM.has(b)

export class Lexer {
  pos: number
  constructor(
    readonly bytes: Uint8Array,
    start = 0
  ) {
    this.pos = start
  }

  skipSpace(): void {
    const b = this.bytes
    while (this.pos < b.length) {
      const c = b[this.pos] as number
      if (WS.has(c)) this.pos++
      else if (c === 0x25) {
        while (this.pos < b.length && b[this.pos] !== 0x0a && b[this.pos] !== 0x0d) this.pos++
      } else break
    }
  }

  /** The next value, or an operator/keyword, or a structural token; undefined at the end. */
  next(): PdfValue | PdfOperator | '<<' | '>>' | '[' | ']' | undefined {
    this.skipSpace()
    const b = this.bytes
    if (this.pos >= b.length) return undefined
    const c = b[this.pos] as number
    if (c === 0x3c && b[this.pos + 1] === 0x3c) {
      this.pos += 2
      return '<<'
    }
    if (c === 0x3e && b[this.pos + 1] === 0x3e) {
      this.pos += 2
      return '>>'
    }
    if (c === 0x5b) {
      this.pos++
      return '['
    }
    if (c === 0x5d) {
      this.pos++
      return ']'
    }
    if (c === 0x2f) return this.name()
    if (c === 0x28) return this.literal()
    if (c === 0x3c) return this.hex()
    if (c === 0x7b || c === 0x7d || c === 0x29 || c === 0x3e) {
      this.pos++
      return new PdfOperator(String.fromCharCode(c))
    }
    const start = this.pos
    while (isRegular(b[this.pos])) this.pos++
    const word = latin1(b.subarray(start, this.pos))
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) return Number(word)
    if (word === 'true') return true
    if (word === 'false') return false
    if (word === 'null') return null
    return new PdfOperator(word)
  }

  private name(): PdfName {
    const b = this.bytes
    this.pos++
    let s = ''
    while (isRegular(b[this.pos])) {
      const c = b[this.pos] as number
      if (c === 0x23 && /^[0-9a-fA-F]{2}$/.test(latin1(b.subarray(this.pos + 1, this.pos + 3)))) {
        s += String.fromCharCode(parseInt(latin1(b.subarray(this.pos + 1, this.pos + 3)), 16))
        this.pos += 3
      } else {
        s += String.fromCharCode(c)
        this.pos++
      }
    }
    return new PdfName(s)
  }

  private literal(): PdfString {
    const b = this.bytes
    this.pos++
    const out: number[] = []
    let depth = 1
    while (this.pos < b.length) {
      const c = b[this.pos++] as number
      if (c === 0x5c) {
        const e = b[this.pos++] as number
        const simple: Record<number, number> = { 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c, 0x28: 0x28, 0x29: 0x29, 0x5c: 0x5c }
        if (simple[e] !== undefined) out.push(simple[e])
        else if (e >= 0x30 && e <= 0x37) {
          let v = e - 0x30
          for (let k = 0; k < 2 && (b[this.pos] ?? 0) >= 0x30 && (b[this.pos] ?? 0) <= 0x37; k++) v = v * 8 + ((b[this.pos++] as number) - 0x30)
          out.push(v & 0xff)
        } else if (e === 0x0d) {
          if (b[this.pos] === 0x0a) this.pos++
        } else if (e !== 0x0a) out.push(e)
        continue
      }
      if (c === 0x28) depth++
      if (c === 0x29 && --depth === 0) break
      out.push(c)
    }
    return new PdfString(Uint8Array.from(out))
  }

  private hex(): PdfString {
    const b = this.bytes
    this.pos++
    let digits = ''
    while (this.pos < b.length && b[this.pos] !== 0x3e) {
      const ch = String.fromCharCode(b[this.pos++] as number)
      if (/[0-9a-fA-F]/.test(ch)) digits += ch
    }
    this.pos++
    if (digits.length % 2 === 1) digits += '0'
    const out = new Uint8Array(digits.length / 2)
    for (let i = 0; i < out.length; i++) out[i] = parseInt(digits.slice(i * 2, i * 2 + 2), 16)
    return new PdfString(out)
  }

  /** A complete value (dictionaries, arrays and "N G R" references assembled). */
  value(): PdfValue | PdfOperator | undefined {
    const t = this.next()
    if (t === '<<') {
      const d: PdfDict = new Map()
      for (;;) {
        const k = this.next()
        if (k === '>>' || k === undefined) return d
        if (!(k instanceof PdfName)) continue
        const v = this.value()
        if (v instanceof PdfOperator || v === undefined) continue
        d.set(k.name, v)
      }
    }
    if (t === '[') {
      const a: PdfValue[] = []
      for (;;) {
        const save = this.pos
        const v = this.next()
        if (v === ']' || v === undefined) return a
        this.pos = save
        const full = this.value()
        if (full instanceof PdfOperator) {
          if (full.op === 'R' && a.length >= 2) {
            const gen = a.pop()
            const num = a.pop()
            if (typeof num === 'number' && typeof gen === 'number') a.push(new PdfRef(num, gen))
          }
          continue
        }
        if (full !== undefined) a.push(full)
      }
    }
    if (t === '>>' || t === ']') return undefined
    if (typeof t === 'number') {
      // "12 0 R" is a reference.
      const save = this.pos
      const gen = this.next()
      if (typeof gen === 'number' && Number.isInteger(gen)) {
        const r = this.next()
        if (r instanceof PdfOperator && r.op === 'R') return new PdfRef(t, gen)
      }
      this.pos = save
    }
    return t
  }
}

export function latin1(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1')
}

/** A text string: UTF-16BE with a byte-order mark, UTF-8 with one (PDF 2.0), else PDFDocEncoding. */
export function decodeTextString(b: Uint8Array): string {
  if (b[0] === 0xfe && b[1] === 0xff) {
    let s = ''
    for (let i = 2; i + 1 < b.length; i += 2) s += String.fromCharCode(((b[i] as number) << 8) | (b[i + 1] as number))
    return s
  }
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return new TextDecoder().decode(b.subarray(3))
  // PDFDocEncoding equals Latin-1 for the characters an ActualText of Thai text would use.
  return latin1(b)
}

export function isName(v: PdfValue | undefined, name: string): boolean {
  return v instanceof PdfName && v.name === name
}
