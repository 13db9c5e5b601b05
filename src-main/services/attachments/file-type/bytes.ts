/**
 * Reading bytes that may be short or damaged: every helper answers for an index past the end
 * instead of throwing, so a truncated file is classified, not crashed on. Multi-byte numbers are
 * little-endian, as in every format read here.
 */

export function byteAt(b: Uint8Array, i: number): number {
  return b[i] ?? -1
}

export function startsWith(b: Uint8Array, sig: readonly number[], at = 0): boolean {
  if (at + sig.length > b.length) return false
  for (let i = 0; i < sig.length; i++) if (b[at + i] !== sig[i]) return false
  return true
}

export function ascii(s: string): number[] {
  return Array.from(s, (c) => c.charCodeAt(0))
}

export function u16(b: Uint8Array, at: number): number {
  return byteAt(b, at) | (byteAt(b, at + 1) << 8)
}

export function u32(b: Uint8Array, at: number): number {
  return (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0
}

export function latin1(b: Uint8Array, from: number, to: number): string {
  let s = ''
  for (let i = Math.max(0, from); i < Math.min(to, b.length); i++) s += String.fromCharCode(b[i] as number)
  return s
}

export function indexOf(b: Uint8Array, sig: readonly number[], from: number, to: number): number {
  const last = Math.min(to, b.length - sig.length)
  outer: for (let i = Math.max(0, from); i <= last; i++) {
    for (let j = 0; j < sig.length; j++) if (b[i + j] !== sig[j]) continue outer
    return i
  }
  return -1
}

/** Magic bytes, by format. */
export const SIG = {
  pdf: ascii('%PDF-'),
  ole: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
  zipLocal: [0x50, 0x4b, 0x03, 0x04],
  zipEnd: [0x50, 0x4b, 0x05, 0x06],
  zipCentral: [0x50, 0x4b, 0x01, 0x02],
  zipSpanned: [0x50, 0x4b, 0x07, 0x08],
  jpg: [0xff, 0xd8, 0xff],
  rar4: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x00],
  rar5: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01, 0x00],
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  gif87: ascii('GIF87a'),
  gif89: ascii('GIF89a'),
  riff: ascii('RIFF'),
  webp: ascii('WEBP'),
  wave: ascii('WAVE'),
  avi: ascii('AVI '),
  bmp: ascii('BM'),
  tiffLe: [0x49, 0x49, 0x2a, 0x00],
  tiffBe: [0x4d, 0x4d, 0x00, 0x2a],
  ftyp: ascii('ftyp'),
  sevenZip: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c],
  gzip: [0x1f, 0x8b],
  mz: ascii('MZ'),
  elf: [0x7f, 0x45, 0x4c, 0x46],
  rtf: ascii('{\\rtf'),
  id3: ascii('ID3'),
  ebml: [0x1a, 0x45, 0xdf, 0xa3],
  utf8Bom: [0xef, 0xbb, 0xbf],
  utf16Le: [0xff, 0xfe],
  utf16Be: [0xfe, 0xff]
} as const
