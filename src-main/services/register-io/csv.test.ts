import { describe, expect, it } from 'vitest'
import { CsvSyntaxError, decodeCsvBytes, guardFormula, parseCsv, toCsv, unguardFormula } from './csv'

describe('CSV (RFC 4180)', () => {
  it('writes a BOM, CRLF after every record, quotes only where needed, and doubles quotes', () => {
    const bytes = toCsv([
      ['เรื่อง', 'หมายเหตุ'],
      ['ประกาศ "ผู้ชนะ", ครั้งที่ 1', 'บรรทัดแรก\nบรรทัดสอง'],
      ['ธรรมดา', '']
    ])
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(bytes.subarray(3).toString('utf8')).toBe('เรื่อง,หมายเหตุ\r\n"ประกาศ ""ผู้ชนะ"", ครั้งที่ 1","บรรทัดแรก\nบรรทัดสอง"\r\nธรรมดา,\r\n')
  })

  it('guards cells that a spreadsheet would run as formulas, and reads them back as written', () => {
    for (const cell of ['=HYPERLINK("http://evil.example","คลิก")', '+66 42 123 456', '-5', '@SUM(A1)', '\tแท็บ']) {
      expect(guardFormula(cell)).toBe(`'${cell}`)
      expect(unguardFormula(guardFormula(cell))).toBe(cell)
    }
    expect(guardFormula('ข้อความ = ปกติ')).toBe('ข้อความ = ปกติ')
    expect(unguardFormula("'ข้อความที่ขึ้นต้นด้วยอะพอสทรอฟี")).toBe("'ข้อความที่ขึ้นต้นด้วยอะพอสทรอฟี")
    const text = toCsv([['=1+1', 'ok']]).toString('utf8')
    expect(text).toBe("\uFEFF'=1+1,ok\r\n")
  })

  it('parses what it writes, whatever the cells hold', () => {
    const rows = [
      ['เลขที่', 'เรื่อง', 'หมายเหตุ'],
      ['1', 'ขออนุญาตเผยแพร่ "แผนปฏิบัติการ", ปี ๒๕๖๕', 'บรรทัดแรก\r\nบรรทัดสอง'],
      ['2', '', '""'],
      ['3', ',', '\n']
    ]
    const parsed = parseCsv(toCsv(rows).toString('utf8'))
    expect(parsed).toEqual(rows)
  })

  it('reads LF-only files, a last record without line break, and Excel\'s semicolon CSV', () => {
    expect(parseCsv('a,b\nc,d')).toEqual([['a', 'b'], ['c', 'd']])
    expect(parseCsv('วันที่;เรื่อง\r\n15/01/2565;"ก;ข"\r\n')).toEqual([['วันที่', 'เรื่อง'], ['15/01/2565', 'ก;ข']])
    expect(parseCsv('a,"b\nc"\n,\n')).toEqual([['a', 'b\nc'], ['', '']])
  })

  it('says where a quote was left open', () => {
    expect(() => parseCsv('a,b\n"เปิดแล้วไม่ปิด,c\n')).toThrow(CsvSyntaxError)
    expect(() => parseCsv('a,b\n"เปิดแล้วไม่ปิด,c\n')).toThrow('บรรทัดที่ 2')
  })

  it('decodes UTF-8, and the Windows-874 of Excel\'s Thai "CSV (Comma delimited)"', () => {
    expect(decodeCsvBytes(Buffer.from('\uFEFFเรื่อง,วันที่', 'utf8'))).toEqual({ text: 'เรื่อง,วันที่', encoding: 'utf-8' })
    // "เรื่อง" in TIS-620 / Windows-874.
    expect(decodeCsvBytes(Buffer.from([0xe0, 0xc3, 0xd7, 0xe8, 0xcd, 0xa7, 0x2c, 0x31]))).toEqual({ text: 'เรื่อง,1', encoding: 'windows-874' })
  })
})
