/**
 * A PDF file's objects and page tree, read just far enough for pdf-actual-text.ts: objects (plain
 * and in object streams), their streams decoded (FlateDecode or unfiltered), the catalog and the
 * pages in order with their inherited resources. Whatever it cannot read comes back undefined, so
 * the caller can keep pdf.js's text for that page.
 */
import { inflateSync, constants as zlibConstants } from 'node:zlib'
import { isName, latin1, Lexer, PdfName, PdfOperator, PdfRef, type PdfDict, type PdfValue } from './pdf-syntax'

interface PdfObject {
  value: PdfValue
  /** Raw (still encoded) stream bytes, for stream objects. */
  stream?: Uint8Array
}

export class PdfFile {
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
}
