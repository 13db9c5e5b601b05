import { describe, expect, it } from 'vitest'
import { hashCommandFrom, parseHashReply } from './remote-hash'

const HEX = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'

describe('remote hash', () => {
  it('prefers HASH when SHA-256 is among its algorithms, else XSHA256, else none', () => {
    expect(hashCommandFrom(new Map([['HASH', 'SHA-1;SHA-256*;MD5']]))).toBe('HASH')
    expect(hashCommandFrom(new Map([['HASH', 'SHA-1*;MD5'], ['XSHA256', '']]))).toBe('XSHA256')
    expect(hashCommandFrom(new Map([['HASH', 'SHA-1*;MD5']]))).toBeNull()
    // pure-ftpd's FEAT as measured: no hash command at all.
    expect(hashCommandFrom(new Map([['UTF8', ''], ['SIZE', ''], ['MLST', 'type*;size*;']]))).toBeNull()
  })

  it('reads the digest from HASH and XSHA256 replies, not from a hex-looking path', () => {
    expect(parseHashReply(`213 SHA-256 0-4 ${HEX.toUpperCase()} /ita/report.pdf`)).toBe(HEX)
    expect(parseHashReply(`250 ${HEX}`)).toBe(HEX)
    expect(parseHashReply(`213 SHA-256 0-4 ${HEX} /x/${'a'.repeat(64)}.pdf`)).toBe(HEX)
    expect(parseHashReply('213 SHA-256 0-4 abc /x')).toBeNull()
  })
})
