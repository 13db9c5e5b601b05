import { deflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { decodeTextString, readActualTextMarkers } from './pdf-actual-text'

/** A PDF built by hand: objects, a cross-reference table with dummy offsets, a trailer. */
function pdf(objects: Array<{ dict: string; stream?: Buffer; num?: number }>, trailerExtra = ''): Uint8Array {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')]
  objects.forEach((o, i) => {
    parts.push(Buffer.from(`${o.num ?? i + 1} 0 obj\n`, 'latin1'))
    if (o.stream) {
      parts.push(Buffer.from(`${o.dict.replace('>>', ` /Length ${o.stream.length} >>`)}\nstream\n`, 'latin1'), o.stream, Buffer.from('\nendstream\nendobj\n', 'latin1'))
    } else parts.push(Buffer.from(`${o.dict}\nendobj\n`, 'latin1'))
  })
  parts.push(Buffer.from(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\n%%EOF\n`, 'latin1'))
  return new Uint8Array(Buffer.concat(parts))
}

const content = Buffer.concat([
  Buffer.from('BT /F1 12 Tf 72 700 Td (s) Tj /Span <</ActualText <FEFF0E33>>> BDC <0203> Tj EMC ', 'latin1'),
  Buffer.from('/Span /MC0 BDC (x) Tj EMC EMC /P <</MCID 3>> BDC [(a) -20 (b)] TJ EMC ET ', 'latin1'),
  Buffer.from('BI /W 2 /H 1 /BPC 8 /CS /G ID \x00\xff EI /X1 Do ', 'latin1'),
  Buffer.from('/Span <</ActualText (\\(ok\\))>> BDC EMC', 'latin1')
])

describe('readActualTextMarkers', () => {
  it('lists each page’s spans in content order, with ActualText inline, from Properties and inside forms', () => {
    const bytes = pdf([
      { dict: '<< /Type /Catalog /Pages 2 0 R >>' },
      { dict: '<< /Type /Pages /Kids [3 0 R] /Count 1 /Resources << /Properties << /MC0 6 0 R >> /XObject << /X1 5 0 R >> >> >>' },
      { dict: '<< /Type /Page /Parent 2 0 R /Contents [4 0 R] >>' },
      { dict: '<< /Filter /FlateDecode >>', stream: deflateSync(content) },
      { dict: '<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] >>', stream: Buffer.from('/Span <</ActualText <FEFF0928>>> BDC (n) Tj EMC', 'latin1') },
      { dict: '<< /ActualText <FEFF0E32> >>' }
    ])
    expect(readActualTextMarkers(bytes)).toEqual([
      [
        { kind: 'begin', actualText: 'ำ' },
        { kind: 'end' },
        { kind: 'begin', actualText: 'า' },
        { kind: 'end' },
        // An EMC with nothing open is dropped, as pdf.js drops it.
        { kind: 'begin' },
        { kind: 'end' },
        { kind: 'begin', actualText: 'न' },
        { kind: 'end' },
        { kind: 'begin', actualText: '(ok)' },
        { kind: 'end' }
      ]
    ])
  })

  it('finds pages kept in an object stream (as Word writes them)', () => {
    const inner = '<< /Type /Pages /Kids [4 0 R] /Count 1 >> << /Type /Page /Parent 3 0 R /Contents 5 0 R >>'
    const second = inner.indexOf('<< /Type /Page ')
    const header = `3 0 4 ${second} `
    const objStm = Buffer.from(header + inner, 'latin1')
    const bytes = pdf([
      { dict: '<< /Type /Catalog /Pages 3 0 R >>' },
      { dict: '<< /Type /ObjStm /N 2 /First ' + header.length + ' /Filter /FlateDecode >>', stream: deflateSync(objStm) },
      { num: 5, dict: '<< >>', stream: Buffer.from('/Span <</ActualText <FEFF0E33>>> BDC EMC', 'latin1') }
    ])
    expect(readActualTextMarkers(bytes)).toEqual([[{ kind: 'begin', actualText: 'ำ' }, { kind: 'end' }]])
  })

  it('gives up on what it cannot read: encryption, other filters', () => {
    const base = [
      { dict: '<< /Type /Catalog /Pages 2 0 R >>' },
      { dict: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
      { dict: '<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>' }
    ]
    expect(readActualTextMarkers(pdf([...base, { dict: '<< /Filter /LZWDecode >>', stream: Buffer.from('xx') }]))).toEqual([undefined])
    expect(readActualTextMarkers(pdf([...base, { dict: '<< >>', stream: Buffer.from('BT ET') }], '/Encrypt 9 0 R '))).toBeUndefined()
    expect(readActualTextMarkers(new TextEncoder().encode('%PDF-1.7\nnothing here'))).toBeUndefined()
  })
})

describe('decodeTextString', () => {
  it('reads UTF-16BE, UTF-8 and PDFDocEncoding text strings', () => {
    expect(decodeTextString(Uint8Array.from([0xfe, 0xff, 0x0e, 0x01]))).toBe('ก')
    expect(decodeTextString(Uint8Array.from([0xef, 0xbb, 0xbf, 0xe0, 0xb8, 0x81]))).toBe('ก')
    expect(decodeTextString(Uint8Array.from([0x41]))).toBe('A')
  })
})
