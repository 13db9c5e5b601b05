/**
 * The one PNG encoder of the tests: real files (signature, IHDR, IDAT, IEND with their CRCs) that
 * Word, LibreOffice, the PDF renderer and the attachment check all accept, built with node:zlib.
 */
import { crc32, deflateSync } from 'node:zlib'

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** PNG colour types at 8 bits per sample: one grey byte, or red, green, blue and alpha. */
const COLOUR_TYPE = { grey: 0, rgba: 6 } as const
export type PngColour = keyof typeof COLOUR_TYPE

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/**
 * A width × height PNG of `scanlines`: row after row, each a filter byte (0 = none) and then the
 * row's pixels in `colour`'s layout.
 */
export function encodePng(width: number, height: number, colour: PngColour, scanlines: Buffer): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, COLOUR_TYPE[colour], 0, 0, 0], 8) // 8 bits per sample, no interlace
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(scanlines)), chunk('IEND', Buffer.alloc(0))])
}
