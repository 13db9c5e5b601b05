import { describe, expect, it } from 'vitest'
import type { PdfkitDocumentInstance } from './pdfmake-internals'
import { actualTextSpan, installThaiActualText } from './thai-actual-text'

class FakeDocument implements PdfkitDocumentInstance {
  content: string[] = []
  drawn: string[] = []
  addContent(operators: string): this {
    this.content.push(operators)
    return this
  }
  _fragment(text: string): void {
    this.drawn.push(text)
    this.addContent('q')
    this.addContent('BT')
    this.addContent('[<0001>] TJ')
    this.addContent('ET')
    this.addContent('Q')
  }
}
installThaiActualText(FakeDocument)
installThaiActualText(FakeDocument)

describe('installThaiActualText', () => {
  it('writes the span inside BT … ET, once, around a Thai run', () => {
    const doc = new FakeDocument()
    doc._fragment('ตั้ง')
    expect(doc.content).toEqual(['q', 'BT', actualTextSpan('ตั้ง'), '[<0001>] TJ', 'EMC', 'ET', 'Q'])
    expect(actualTextSpan('ตั้ง')).toBe('/Span <</ActualText <FEFF0E150E310E490E07>>> BDC')
  })

  it('draws a Thai run without its trailing spaces and leaves other runs untouched', () => {
    const doc = new FakeDocument()
    doc._fragment('ราชการ  ')
    doc._fragment('Website ')
    expect(doc.drawn).toEqual(['ราชการ', 'Website '])
    expect(doc.content.filter((op) => op.endsWith('BDC'))).toEqual([actualTextSpan('ราชการ')])
    doc.addContent('BT')
    expect(doc.content.slice(-1)).toEqual(['BT'])
  })
})
