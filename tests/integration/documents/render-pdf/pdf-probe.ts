/**
 * Reading a rendered document back for the renderer's tests: the file on disk, pdfinfo's page
 * size and count, the model's strings in reading order, and the page as pixels (pdftoppm).
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { inflateSync } from 'node:zlib'
import type { Block, DocModel } from '@shared/documents/model'
import { encodePng } from '../../../helpers/png'

export const CM = 72 / 2.54
export const MM = CM / 10

/** One fixed folder, overwritten by each run, so the files can be looked at after the tests. */
export const outputDir = join(tmpdir(), 'publish-desk-render-pdf')
mkdirSync(outputDir, { recursive: true })

export function writePdf(name: string, pdf: Buffer): string {
  const file = join(outputDir, `${name}.pdf`)
  writeFileSync(file, pdf)
  return file
}

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (result.error) throw result.error
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`)
  return result.stdout
}

export interface PdfInfo {
  pages: number
  width: number
  height: number
  title: string
  author: string
}

export function pdfInfo(file: string): PdfInfo {
  const out = run('pdfinfo', ['-enc', 'UTF-8', file])
  const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(out)?.[1]?.trim() ?? ''
  const size = /^Page size:\s*([\d.]+) x ([\d.]+) pts/m.exec(out)
  return { pages: Number(field('Pages')), width: Number(size?.[1]), height: Number(size?.[2]), title: field('Title'), author: field('Author') }
}

/** Every string the model prints, in reading order (the head's fields row by row, grids cell by cell). */
export function modelText(model: DocModel): string {
  const strings = (block: Block): string[] => {
    switch (block.type) {
      case 'paragraph':
        return [block.runs.map((run) => run.text).join('')]
      case 'memo-head':
        return [...(block.urgency ? [block.urgency] : []), ...(block.preprinted ? [] : [block.title]), ...block.rows.flat().map((f) => `${f.label} ${f.text}`)]
      case 'signature':
        return [block.caption ?? '', `(${block.name})`, ...block.positionLines, block.dateLine ?? '']
      case 'signature-grid':
        return block.items.flatMap((item) => [item.caption ?? '', `(${item.name})`, ...item.positionLines, item.dateLine ?? ''])
      case 'decision':
        return [...block.options, `(${block.signer.name})`, ...block.signer.positionLines, block.dateLine]
      case 'table':
        return [...block.columns.map((c) => c.header), ...block.rows.flat()]
      case 'spacer':
      case 'page-break':
      case 'image':
        return []
    }
  }
  return model.blocks.flatMap(strings).join('\n')
}

/** A page number line as printed on continuation pages, "- ๒ -" or "- 2 -" (pdftotext may lose a space). */
export const PAGE_NUMBER = /^-\s*[0-9๐-๙]+\s*-$/

// PNG: a solid grey image for the emblem, and a reader for pdftoppm's 8-bit grey pages.

/** A width × height PNG of one grey level (0 = black), written by hand with node:zlib. */
export function solidPng(width: number, height: number, level = 0): Uint8Array {
  const rows = Buffer.alloc((width + 1) * height, level)
  for (let y = 0; y < height; y++) rows[y * (width + 1)] = 0
  return encodePng(width, height, 'grey', rows)
}

export interface GreyPage {
  width: number
  height: number
  /** One byte per pixel, row by row. */
  pixels: Uint8Array
}

/** PNG scanlines back to bytes; `bpp` bytes per pixel, `stride` bytes per row. */
function unfilter(data: Buffer, stride: number, height: number, bpp: number): Uint8Array {
  const out = new Uint8Array(stride * height)
  for (let y = 0; y < height; y++) {
    const filter = data[y * (stride + 1)]!
    for (let x = 0; x < stride; x++) {
      const raw = data[y * (stride + 1) + 1 + x]!
      const a = x >= bpp ? out[y * stride + x - bpp]! : 0
      const b = y > 0 ? out[(y - 1) * stride + x]! : 0
      const c = x >= bpp && y > 0 ? out[(y - 1) * stride + x - bpp]! : 0
      const p = a + b - c
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter]
      if (predictor === undefined) throw new Error(`PNG filter ${filter}`)
      out[y * stride + x] = (raw + predictor) & 0xff
    }
  }
  return out
}

/** A page rendered by pdftoppm as a PNG (8-bit grey or RGB: poppler versions differ), decoded to grey. */
export function renderPage(file: string, page: number, dpi: number, topCm?: number): GreyPage & { png: string } {
  const root = join(outputDir, `${basename(file, '.pdf')}-page-${page}-${dpi}dpi`)
  // Only the top `topCm` of the page when given (decoding a whole page in JS takes a second).
  const crop = topCm === undefined ? [] : ['-x', '0', '-y', '0', '-W', String(Math.ceil((21 / 2.54) * dpi)), '-H', String(Math.ceil((topCm / 2.54) * dpi))]
  run('pdftoppm', ['-r', String(dpi), '-gray', '-png', ...crop, '-f', String(page), '-l', String(page), '-singlefile', file, root])
  const png = readFileSync(`${root}.png`)
  let offset = 8
  let width = 0
  let height = 0
  let channels = 1
  const idat: Buffer[] = []
  while (offset < png.length) {
    const length = png.readUInt32BE(offset)
    const type = png.toString('latin1', offset + 4, offset + 8)
    const data = png.subarray(offset + 8, offset + 8 + length)
    if (type === 'IHDR') {
      width = data.readUInt32BE(0)
      height = data.readUInt32BE(4)
      if (data[8] !== 8 || (data[9] !== 0 && data[9] !== 2) || data[12] !== 0) throw new Error('expected an 8-bit grey or RGB, non-interlaced PNG')
      channels = data[9] === 2 ? 3 : 1
    }
    if (type === 'IDAT') idat.push(data)
    offset += 12 + length
  }
  const bytes = unfilter(inflateSync(Buffer.concat(idat)), width * channels, height, channels)
  const pixels = new Uint8Array(width * height)
  for (let i = 0; i < pixels.length; i++) {
    let darkest = 255
    for (let k = 0; k < channels; k++) darkest = Math.min(darkest, bytes[i * channels + k]!)
    pixels[i] = darkest
  }
  return { width, height, pixels, png: `${root}.png` }
}

/** The bounding box (in pixels) of the pixels darker than `threshold` inside a region. */
export function darkBox(page: GreyPage, region: { x0: number; y0: number; x1: number; y1: number }, threshold = 128) {
  let box: { xMin: number; yMin: number; xMax: number; yMax: number } | null = null
  for (let y = region.y0; y < Math.min(region.y1, page.height); y++) {
    for (let x = region.x0; x < Math.min(region.x1, page.width); x++) {
      if (page.pixels[y * page.width + x]! >= threshold) continue
      if (!box) box = { xMin: x, yMin: y, xMax: x, yMax: y }
      box.xMin = Math.min(box.xMin, x)
      box.xMax = Math.max(box.xMax, x)
      box.yMin = Math.min(box.yMin, y)
      box.yMax = Math.max(box.yMax, y)
    }
  }
  return box
}
