/**
 * A stand-in for the office's Garuda: a black shape on a transparent background, 90 × 100 px
 * (not square, so a stretched emblem shows) inside a frame, encoded as a real PNG that Word and LibreOffice open.
 */
import { encodePng } from '../../../helpers/png'

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
  return new Uint8Array(encodePng(width, height, 'rgba', Buffer.concat(rows)))
}
