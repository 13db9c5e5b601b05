/**
 * A stand-in for the office's Garuda: a black shape on a transparent background, 90 × 100 px
 * (not square, so a stretched emblem shows) inside a frame, encoded as a real PNG that Word and LibreOffice open.
 */
import { deflateSync } from 'node:zlib'

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes: Buffer): number {
  let c = 0xffffffff
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

export const EMBLEM_SIZE = { width: 90, height: 100 } as const

export function emblemPng(): Uint8Array {
  const { width, height } = EMBLEM_SIZE
  const rows: Buffer[] = []
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 4) // filter byte 0, then RGBA
    for (let x = 0; x < width; x++) {
      // An ellipse (the bird's body) with a bar across it (the wings).
      const inBody = ((x - 45) / 30) ** 2 + ((y - 55) / 42) ** 2 <= 1
      const inWings = y >= 30 && y <= 42 && x >= 4 && x <= 86
      // A frame on the image's edges, so the drawn emblem's extent can be measured on a rendered page.
      const inFrame = x < 3 || y < 3 || x >= width - 3 || y >= height - 3
      if (inBody || inWings || inFrame) row[1 + x * 4 + 3] = 255
    }
    rows.push(row)
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 6, 0, 0, 0], 8) // 8-bit RGBA, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return new Uint8Array(Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]))
}
