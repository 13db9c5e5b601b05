/**
 * LibreOffice headless as a second reader of the DOCX, and poppler to read its PDF.
 *
 * Each run gets a private profile (-env:UserInstallation) so tests running side by side do not
 * fight over ~/.config/libreoffice; the profile is removed afterwards.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

function found(command: string, args: string[]): boolean {
  const probe = spawnSync(command, args, { encoding: 'utf8', timeout: 60_000 })
  return probe.error === undefined && probe.status === 0
}

/** Why the LibreOffice checks cannot run here, or null when they can. */
export function missingTools(): string | null {
  if (!found('soffice', ['--version'])) return 'soffice (LibreOffice) not found: install libreoffice-writer-nogui'
  if (!found('pdftotext', ['-v']) || !found('pdfinfo', ['-v'])) return 'pdftotext/pdfinfo not found: install poppler-utils'
  return null
}

function run(command: string, args: string[], timeout = 120_000): string {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 })
  if (result.error) throw result.error
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr}`)
  return result.stdout
}

export interface LibreOffice {
  /** Converts the DOCX files to PDF into outDir (one soffice process for all of them). */
  convert(files: string[], outDir: string): void
  dispose(): void
}

export function libreOffice(): LibreOffice {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'))
  return {
    convert(files, outDir) {
      run('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files])
    },
    dispose() {
      rmSync(profile, { recursive: true, force: true })
    }
  }
}

/**
 * The text of each page, in the order LibreOffice drew it (-raw: content-stream order, which keeps
 * a table cell's lines together instead of interleaving the cells of a row).
 */
export function pageTexts(pdf: string): string[] {
  const pages = run('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-']).split('\f')
  if (pages[pages.length - 1]?.trim() === '') pages.pop()
  return pages
}

export function pdfInfo(pdf: string): { pages: number; pageSize: string } {
  const out = run('pdfinfo', [pdf])
  return { pages: Number(/^Pages:\s+(\d+)/m.exec(out)?.[1]), pageSize: /^Page size:\s+(.*)$/m.exec(out)?.[1]?.trim() ?? '' }
}

export function renderPng(pdf: string, prefix: string, firstPage: number, lastPage: number): void {
  run('pdftoppm', ['-r', '80', '-png', '-f', String(firstPage), '-l', String(lastPage), pdf, prefix])
}

export interface PdfWord {
  text: string
  xMin: number
  xMax: number
}

export interface PdfLine {
  text: string
  words: PdfWord[]
  /** Points from the page's top-left corner. */
  xMin: number
  xMax: number
  yMin: number
  yMax: number
}

/** The lines of one page with their boxes, from `pdftotext -bbox-layout`. */
export function pageLines(pdf: string, page: number): PdfLine[] {
  const xml = run('pdftotext', ['-bbox-layout', '-f', String(page), '-l', String(page), pdf, '-'])
  return [...xml.matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)].map((m) => {
    const words = [...(m[2] as string).matchAll(/<word ([^>]*)>([^<]*)<\/word>/g)].map((w) => ({
      text: w[2] as string,
      xMin: attr(w[1] as string, 'xMin'),
      xMax: attr(w[1] as string, 'xMax')
    }))
    return { text: words.map((w) => w.text).join(' '), words, ...box(m[1] as string) }
  })
}

const attr = (tag: string, name: string): number => Number(new RegExp(`${name}="([-\\d.]+)"`).exec(tag)?.[1])

function box(tag: string): Omit<PdfLine, 'text' | 'words'> {
  return { xMin: attr(tag, 'xMin'), xMax: attr(tag, 'xMax'), yMin: attr(tag, 'yMin'), yMax: attr(tag, 'yMax') }
}

export interface GrayPage {
  width: number
  height: number
  dpi: number
  pixels: Uint8Array
}

/** One page rendered to 8-bit gray (PGM, whose header is three text lines). */
export function grayPage(pdf: string, page: number, dpi: number, prefix: string): GrayPage {
  run('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf, prefix])
  const bytes = readFileSync(`${prefix}.pgm`)
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 64).toString('latin1'))
  if (!header) throw new Error('pdftoppm -gray did not write a PGM')
  return { width: Number(header[1]), height: Number(header[2]), dpi, pixels: bytes.subarray(header[0].length) }
}

/** The box of dark pixels inside a region (all in cm from the page's top-left corner), or null. */
export function darkBoxCm(page: GrayPage, region: { left: number; top: number; right: number; bottom: number }): { left: number; top: number; right: number; bottom: number } | null {
  const px = (cm: number): number => Math.round((cm / 2.54) * page.dpi)
  const cm = (p: number): number => (p / page.dpi) * 2.54
  let box: { x0: number; y0: number; x1: number; y1: number } | null = null
  for (let y = px(region.top); y < Math.min(px(region.bottom), page.height); y++) {
    for (let x = px(region.left); x < Math.min(px(region.right), page.width); x++) {
      if ((page.pixels[y * page.width + x] as number) >= 128) continue
      box = box ? { x0: Math.min(box.x0, x), y0: Math.min(box.y0, y), x1: Math.max(box.x1, x + 1), y1: Math.max(box.y1, y + 1) } : { x0: x, y0: y, x1: x + 1, y1: y + 1 }
    }
  }
  return box && { left: cm(box.x0), top: cm(box.y0), right: cm(box.x1), bottom: cm(box.y1) }
}
