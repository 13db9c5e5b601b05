/**
 * The Garuda image's kind and pixel size, read from its bytes: the DOCX needs the kind to name the
 * part and the proportions to draw it 1.5 cm high (the memo's) or 3 cm (the announcement's)
 * without stretching it.
 */
import { AppError } from '@shared/result'
import { cmToEmu } from './docx-context'

export interface ImageInfo {
  type: 'png' | 'jpg'
  width: number
  height: number
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

const notAnImage = (): AppError =>
  new AppError(
    'invalid-input',
    'ไฟล์ตราครุฑของสำนักงานไม่ใช่ภาพ PNG หรือ JPEG ที่อ่านได้ — เลือกไฟล์ภาพตราครุฑใหม่ในการตั้งค่าสำนักงาน หรือเลือกแบบกระดาษพิมพ์ตราครุฑไว้แล้ว'
  )

function readPng(bytes: Uint8Array): ImageInfo | null {
  if (bytes.length < 24 || !PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return null
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // The IHDR chunk always comes first: width and height at bytes 16 and 20.
  return { type: 'png', width: view.getUint32(16), height: view.getUint32(20) }
}

function readJpeg(bytes: Uint8Array): ImageInfo | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let at = 2
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null
    const marker = bytes[at + 1] as number
    if (marker === 0xff) {
      at++
      continue
    }
    const length = view.getUint16(at + 2)
    // SOF0..SOF15 carry the frame size; C4 (Huffman tables), C8 and CC (arithmetic coding) do not.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { type: 'jpg', height: view.getUint16(at + 5), width: view.getUint16(at + 7) }
    }
    at += 2 + length
  }
  return null
}

export function imageInfo(bytes: Uint8Array): ImageInfo {
  const info = readPng(bytes) ?? readJpeg(bytes)
  if (!info || info.width === 0 || info.height === 0) throw notAnImage()
  return info
}

/** The docx package takes a drawing's size in pixels at 96 to the inch: 9525 EMU each. */
const EMU_PER_PIXEL = 9525

/**
 * The drawn size of a picture `heightCm` high with its proportions kept, in the pixels the docx
 * package takes (fractions kept, so the EMU it writes are exact); no wider than `maxWidthEmu`,
 * the height shrinking with it.
 */
export function drawnSize(info: ImageInfo, heightCm: number, maxWidthEmu = Number.POSITIVE_INFINITY): { width: number; height: number } {
  let heightEmu = cmToEmu(heightCm)
  let widthEmu = Math.round((heightEmu * info.width) / info.height)
  if (widthEmu > maxWidthEmu) {
    widthEmu = Math.floor(maxWidthEmu)
    heightEmu = Math.round((widthEmu * info.height) / info.width)
  }
  return { width: widthEmu / EMU_PER_PIXEL, height: heightEmu / EMU_PER_PIXEL }
}
