import { describe, expect, it } from 'vitest'
import { decodeXmlText, paragraphsFromDocumentXml } from './docx-text'

const body = (inner: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${inner}<w:sectPr/></w:body></w:document>`

describe('paragraphsFromDocumentXml', () => {
  it('joins runs, reads tabs and breaks, decodes entities', () => {
    const xml = body(
      '<w:p><w:pPr><w:jc w:val="thaiDistribute"/></w:pPr><w:r><w:t>ผู้รับผิดชอบ</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve"> นาย</w:t></w:r><w:r><w:t>จิรายุ ทินจง</w:t><w:br/><w:t>A &amp; B &lt;&#x0E01;&gt;</w:t></w:r></w:p>' +
        '<w:p/>' +
        '<w:p><w:r><w:t>ย่อหน้าที่สาม</w:t></w:r></w:p>'
    )
    expect(paragraphsFromDocumentXml(xml)).toEqual(['ผู้รับผิดชอบ\t นายจิรายุ ทินจง\nA & B <ก>', '', 'ย่อหน้าที่สาม'])
  })

  it('leaves out deleted text, field codes and the fallback copy of a text box', () => {
    const xml = body(
      '<w:p><w:r><w:t>ข้อความ</w:t></w:r><w:del><w:r><w:delText>ที่ลบ</w:delText></w:r></w:del>' +
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>๒</w:t></w:r>' +
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>ในกล่อง</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>' +
        '<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>ในกล่อง</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>'
    )
    expect(paragraphsFromDocumentXml(xml)).toEqual(['ในกล่อง', 'ข้อความ๒'])
  })

  it('gives each table cell paragraph', () => {
    const xml = body('<w:tbl><w:tr><w:tc><w:p><w:r><w:t>สิงหาคม ๒๕๖๔</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>เรื่อง</w:t></w:r></w:p></w:tc></w:tr></w:tbl>')
    expect(paragraphsFromDocumentXml(xml)).toEqual(['สิงหาคม ๒๕๖๔', 'เรื่อง'])
  })
})

describe('decodeXmlText', () => {
  it('decodes named and numeric entities and leaves unknown ones', () => {
    expect(decodeXmlText('&quot;&apos;&#3585;&#x0E02;&nbsp;')).toBe(`"'กข&nbsp;`)
  })
})
