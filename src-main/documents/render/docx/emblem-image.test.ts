import { describe, expect, it } from 'vitest'
import { AppError } from '@shared/result'
import { drawnSize, imageInfo } from './emblem-image'

describe('imageInfo', () => {
  it('reads a PNG header', () => {
    const png = new Uint8Array(24)
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
    new DataView(png.buffer).setUint32(16, 300)
    new DataView(png.buffer).setUint32(20, 333)
    expect(imageInfo(png)).toEqual({ type: 'png', width: 300, height: 333 })
  })

  it('finds the frame size of a JPEG after its other segments', () => {
    // SOI, APP0 (length 16), DHT (C4, length 4: not a frame), SOF2 (progressive) with height 120, width 108.
    const jpeg = new Uint8Array([
      0xff, 0xd8,
      0xff, 0xe0, 0x00, 0x10, ...new Array(14).fill(0),
      0xff, 0xc4, 0x00, 0x04, 0x00, 0x00,
      0xff, 0xc2, 0x00, 0x11, 0x08, 0x00, 0x78, 0x00, 0x6c, 0x03, ...new Array(9).fill(0)
    ])
    expect(imageInfo(jpeg)).toEqual({ type: 'jpg', width: 108, height: 120 })
  })

  it('refuses anything else with a message saying what to do', () => {
    const gif = new TextEncoder().encode('GIF89a....................')
    expect(() => imageInfo(gif)).toThrow(AppError)
    expect(() => imageInfo(gif)).toThrow(/PNG หรือ JPEG.*เลือกไฟล์ภาพตราครุฑใหม่/)
    expect(() => imageInfo(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]))).toThrow(AppError)
  })
})

describe('drawnSize', () => {
  // The docx package writes pixels × 9525 EMU; 1 cm is 360000 EMU.
  const emu = (size: { width: number; height: number }) => ({ cx: Math.round(size.width * 9525), cy: Math.round(size.height * 9525) })

  it('draws a picture the given height with its proportions kept', () => {
    expect(emu(drawnSize({ type: 'png', width: 90, height: 100 }, 3))).toEqual({ cx: 972000, cy: 1080000 })
    expect(emu(drawnSize({ type: 'jpg', width: 100, height: 150 }, 1.5))).toEqual({ cx: 360000, cy: 540000 })
  })

  it('shrinks a picture wider than the limit to it, the height with it', () => {
    expect(emu(drawnSize({ type: 'png', width: 400, height: 50 }, 4, 5760000))).toEqual({ cx: 5760000, cy: 720000 })
    expect(emu(drawnSize({ type: 'png', width: 90, height: 100 }, 3, 5760000))).toEqual({ cx: 972000, cy: 1080000 })
  })
})
