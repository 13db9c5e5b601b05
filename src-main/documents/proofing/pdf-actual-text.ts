/**
 * The /ActualText of a PDF's marked-content spans, page by page, in content order.
 *
 * Why: LibreOffice (and other writers) draw a Thai cluster such as ำ with two glyphs, or a
 * character its font lacks with a substitute glyph, and put the real text in a marked-content
 * span `/Span <</ActualText (…)>> BDC … EMC`; the font's ToUnicode map then lacks those glyphs.
 * pdftotext reads ActualText; pdf.js does not (its text content reports the span's boundaries
 * but not the text), so "สำนักงาน" comes out as "สำ\u0003นักง\u0003น" and a Devanagari word as
 * three copies of its first letter. pdf-text.ts pairs the spans found here with pdf.js's span
 * markers, one to one, and puts the ActualText in place of the glyphs' text.
 *
 * This is a small reader for just that: objects (plain and in object streams), the page tree,
 * content streams (FlateDecode or unfiltered) and form XObjects. Anything it cannot read
 * (encryption, other filters) makes it return undefined for that page, and the caller keeps
 * pdf.js's text.
 */
import { inflateSync, constants as zlibConstants } from 'node:zlib'

// ------------------------------------------------------------------------------ values

class PdfName {
  constructor(readonly name: string) {}
}
class PdfString {
  constructor(readonly bytes: Uint8Array) {}
}
class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number
  ) {}
}
class PdfOperator {
  constructor(readonly op: string) {}
}
type PdfDict = Map<string, PdfValue>
type PdfValue = number | boolean | null | PdfName | PdfString | PdfRef | PdfDict | PdfValue[]

interface PdfObject {
  value: PdfValue
  /** Raw (still encoded) stream bytes, for stream objects. */
  stream?: Uint8Array
}

// ------------------------------------------------------------------------------ lexer

const WS = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20])
const DELIM = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25])
const isRegular = (b: number | undefined): boolean => b !== undefined && !WS.has(b) && !DELIM.has(b)

class Lexer {
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

function latin1(b: Uint8Array): string {
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

// ------------------------------------------------------------------------------ file

class PdfFile {
  private readonly objects = new Map<number, PdfObject>()
  private readonly text: string

  constructor(private readonly bytes: Uint8Array) {
    this.text = latin1(bytes)
    this.readPlainObjects()
    this.readObjectStreams()
  }

  private readPlainObjects(): void {
    const re = /(?<![0-9])(\d+)\s+(\d+)\s+obj\b/g
    for (const m of this.text.matchAll(re)) {
      const lexer = new Lexer(this.bytes, m.index + m[0].length)
      const value = lexer.value()
      if (value === undefined || value instanceof PdfOperator) continue
      const obj: PdfObject = { value }
      const save = lexer.pos
      const kw = lexer.next()
      if (kw instanceof PdfOperator && kw.op === 'stream' && value instanceof Map) {
        let start = lexer.pos
        if (this.bytes[start] === 0x0d) start++
        if (this.bytes[start] === 0x0a) start++
        const len = value.get('Length')
        let end = typeof len === 'number' ? start + len : -1
        if (end < 0 || end > this.bytes.length || !/^\s*endstream/.test(this.text.slice(end, end + 20))) {
          end = this.text.indexOf('endstream', start)
          if (end < 0) end = this.bytes.length
          if (this.bytes[end - 1] === 0x0a) end--
          if (this.bytes[end - 1] === 0x0d) end--
        }
        obj.stream = this.bytes.subarray(start, end)
      } else lexer.pos = save
      // A later definition (an incremental update) replaces an earlier one.
      this.objects.set(Number(m[1]), obj)
    }
  }

  private readObjectStreams(): void {
    for (const obj of [...this.objects.values()]) {
      const d = obj.value
      if (!(d instanceof Map) || !isName(d.get('Type'), 'ObjStm') || !obj.stream) continue
      const data = this.decode(d, obj.stream)
      const n = d.get('N')
      const first = d.get('First')
      if (!data || typeof n !== 'number' || typeof first !== 'number') continue
      const header = new Lexer(data)
      const entries: Array<[number, number]> = []
      for (let i = 0; i < n; i++) {
        const num = header.next()
        const off = header.next()
        if (typeof num !== 'number' || typeof off !== 'number') break
        entries.push([num, off])
      }
      for (const [num, off] of entries) {
        if (this.objects.has(num)) continue
        const v = new Lexer(data, first + off).value()
        if (v !== undefined && !(v instanceof PdfOperator)) this.objects.set(num, { value: v })
      }
    }
  }

  get(v: PdfValue | undefined): PdfValue | undefined {
    let cur = v
    for (let hops = 0; cur instanceof PdfRef && hops < 32; hops++) cur = this.objects.get(cur.num)?.value
    return cur instanceof PdfRef ? undefined : cur
  }

  dict(v: PdfValue | undefined): PdfDict | undefined {
    const d = this.get(v)
    return d instanceof Map ? d : undefined
  }

  /** The decoded bytes of the stream `ref` points to. */
  streamOf(ref: PdfValue | undefined): { dict: PdfDict; data: Uint8Array } | undefined {
    if (!(ref instanceof PdfRef)) return undefined
    const obj = this.objects.get(ref.num)
    if (!obj?.stream || !(obj.value instanceof Map)) return undefined
    const data = this.decode(obj.value, obj.stream)
    return data ? { dict: obj.value, data } : undefined
  }

  decode(dict: PdfDict, raw: Uint8Array): Uint8Array | undefined {
    const f = this.get(dict.get('Filter'))
    const filters = f === undefined || f === null ? [] : Array.isArray(f) ? f.map((x) => this.get(x)) : [f]
    const parms = this.get(dict.get('DecodeParms'))
    let data = raw
    for (const [i, filter] of filters.entries()) {
      if (!(filter instanceof PdfName)) return undefined
      const p = this.dict(Array.isArray(parms) ? parms[i] : parms)
      const predictor = p?.get('Predictor')
      if (typeof predictor === 'number' && predictor > 1) return undefined
      if (filter.name !== 'FlateDecode' && filter.name !== 'Fl') return undefined
      try {
        data = inflateSync(data, { finishFlush: zlibConstants.Z_SYNC_FLUSH })
      } catch {
        return undefined
      }
    }
    return data
  }

  isEncrypted(): boolean {
    return /\/Encrypt\s/.test(this.text)
  }

  catalog(): PdfDict | undefined {
    // The last trailer (or cross-reference stream) names the current catalog.
    let root: PdfValue | undefined
    for (const m of this.text.matchAll(/trailer\s*<</g)) {
      const d = new Lexer(this.bytes, m.index + 'trailer'.length).value()
      if (d instanceof Map && d.has('Root')) root = d.get('Root')
    }
    if (root === undefined) {
      for (const obj of this.objects.values()) {
        if (obj.value instanceof Map && isName(obj.value.get('Type'), 'XRef') && obj.value.has('Root')) root = obj.value.get('Root')
      }
    }
    const c = this.dict(root)
    if (c) return c
    for (const obj of this.objects.values()) if (obj.value instanceof Map && isName(obj.value.get('Type'), 'Catalog')) return obj.value
    return undefined
  }

  /** Pages in order, each with its inherited resources. */
  pages(): Array<{ page: PdfDict; resources: PdfDict | undefined }> {
    const out: Array<{ page: PdfDict; resources: PdfDict | undefined }> = []
    const seen = new Set<PdfDict>()
    const walk = (node: PdfDict | undefined, resources: PdfDict | undefined, depth: number): void => {
      if (!node || seen.has(node) || depth > 64) return
      seen.add(node)
      const res = this.dict(node.get('Resources')) ?? resources
      const kids = this.get(node.get('Kids'))
      if (Array.isArray(kids)) for (const k of kids) walk(this.dict(k), res, depth + 1)
      else out.push({ page: node, resources: res })
    }
    walk(this.dict(this.catalog()?.get('Pages')), undefined, 0)
    return out
  }

  /** Marked-content markers of a content stream, descending into form XObjects as pdf.js does. */
  markers(data: Uint8Array, resources: PdfDict | undefined, out: Marker[], depth: number, level: { n: number }): boolean {
    const lexer = new Lexer(data)
    let operands: Array<PdfValue> = []
    for (;;) {
      const v = lexer.value()
      if (v === undefined) {
        if (lexer.pos >= data.length) return true
        continue
      }
      if (!(v instanceof PdfOperator)) {
        operands.push(v)
        continue
      }
      switch (v.op) {
        case 'BMC':
          level.n++
          out.push({ kind: 'begin' })
          break
        case 'BDC': {
          level.n++
          let props = operands[1]
          if (props instanceof PdfName) props = this.dict(this.dict(resources?.get('Properties'))?.get(props.name))
          const at = props instanceof Map ? this.get(props.get('ActualText')) : undefined
          out.push(at instanceof PdfString ? { kind: 'begin', actualText: decodeTextString(at.bytes) } : { kind: 'begin' })
          break
        }
        case 'EMC':
          // pdf.js drops an EMC with no open span; so must we, to stay in step.
          if (level.n > 0) {
            level.n--
            out.push({ kind: 'end' })
          }
          break
        case 'BI': {
          // Inline image: its binary data runs from after "ID " to "EI".
          const id = latin1(data.subarray(lexer.pos, Math.min(data.length, lexer.pos + 4096))).search(/\sID[\s]/)
          if (id < 0) return false
          const dataStart = lexer.pos + id + 4
          const rest = latin1(data.subarray(dataStart))
          const ei = rest.search(/\sEI(?=[\s]|$)/)
          if (ei < 0) return false
          lexer.pos = dataStart + ei + 3
          break
        }
        case 'Do': {
          const name = operands[0]
          if (!(name instanceof PdfName) || depth > 12) break
          const ref = this.dict(resources?.get('XObject'))?.get(name.name)
          const xo = this.streamOf(ref)
          if (!xo || !isName(xo.dict.get('Subtype'), 'Form')) break
          const res = this.dict(xo.dict.get('Resources')) ?? resources
          if (!this.markers(xo.data, res, out, depth + 1, level)) return false
          break
        }
        default:
          break
      }
      operands = []
    }
  }
}

function isName(v: PdfValue | undefined, name: string): boolean {
  return v instanceof PdfName && v.name === name
}

export interface Marker {
  kind: 'begin' | 'end'
  actualText?: string
}

/**
 * For each page, its marked-content markers in content order (undefined where the page could
 * not be read). Undefined for the whole file when it is encrypted or has no readable page tree.
 */
export function readActualTextMarkers(bytes: Uint8Array): Array<Marker[] | undefined> | undefined {
  const file = new PdfFile(bytes)
  if (file.isEncrypted()) return undefined
  const pages = file.pages()
  if (pages.length === 0) return undefined
  return pages.map(({ page, resources }) => {
    const c = page.get('Contents')
    const resolved = file.get(c)
    const refs: PdfValue[] = Array.isArray(resolved) ? resolved : c !== undefined ? [c] : []
    const out: Marker[] = []
    const level = { n: 0 }
    for (const ref of refs) {
      const s = file.streamOf(ref)
      if (!s) return undefined
      if (!file.markers(s.data, resources, out, 0, level)) return undefined
    }
    return out
  })
}
