/** Checks every rendered document must pass, read back with poppler (see ../pdf-thai/poppler.ts). */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { expect } from 'vitest'
import type { DocModel } from '@shared/documents/model'
import { pdfFonts, pdfLines, type BoxLine } from '../pdf-thai/poppler'
import { alignFolded, fold } from '../pdf-thai/thai-text-compare'
import { CM, modelText, PAGE_NUMBER, pdfInfo } from './pdf-probe'

export const A4 = { width: 595.28, height: 841.89 }

/** One page's text in content-stream order (-raw): a signature grid reads cell by cell. */
export function rawPageText(file: string, page: number): string[] {
  const result = spawnSync('pdftotext', ['-raw', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`)
  return result.stdout.split('\n').map((line) => line.trim()).filter((line) => line !== '' && line !== '\f')
}

export function expectA4(file: string, pages: number, title: string): void {
  const info = pdfInfo(file)
  expect({ width: info.width, height: info.height }).toEqual(A4)
  expect(info.pages).toBe(pages)
  expect(info.title).toBe(title)
  expect(info.author).toBe('Publish Desk')
  // The catalog's language (pdfkit writes the catalog uncompressed).
  expect(readFileSync(file, 'latin1')).toMatch(/\/Lang \(th\)/)
}

export function expectFontsEmbedded(file: string, family: string): void {
  const fonts = pdfFonts(file)
  expect(fonts.length).toBeGreaterThan(0)
  expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).some((name) => name.startsWith(family))).toBe(true)
  for (const font of fonts) expect(font.embedded, font.name).toBe(true)
}

/**
 * The text read back equals the model's strings (NFKC, whitespace folded; pdftotext may add a
 * space between two Thai characters where a line ends). Page numbers are checked elsewhere and
 * dropped here, as is a table header repeated at the top of a continuation page.
 */
export function expectTextMatches(file: string, model: DocModel, repeatedHeader?: string): void {
  const pages = pdfInfo(file).pages
  const lines: string[] = []
  for (let page = 1; page <= pages; page++) {
    let pageLines = rawPageText(file, page).filter((line) => !PAGE_NUMBER.test(line))
    if (repeatedHeader !== undefined && page > 1) {
      expect(fold(pageLines[0] ?? ''), `header on page ${page}`).toBe(fold(repeatedHeader))
      pageLines = pageLines.slice(1)
    }
    lines.push(...pageLines)
  }
  const alignment = alignFolded(fold(modelText(model)), fold(lines.join('\n')))
  expect(alignment.mismatch).toBeUndefined()
  expect(alignment.ok).toBe(true)
}

/** No word beyond the right margin or left of the left margin (0.5 pt of rounding allowed). */
export function expectWithinMargins(file: string, model: DocModel): BoxLine[] {
  const lines = pdfLines(file)
  const left = model.page.marginsCm.left * CM
  const right = A4.width - model.page.marginsCm.right * CM
  expect(lines.length).toBeGreaterThan(0)
  for (const line of lines) {
    for (const word of line.words) {
      expect(word.xMax, `page ${line.page}: ${word.text}`).toBeLessThanOrEqual(right + 0.5)
      expect(word.xMin, `page ${line.page}: ${word.text}`).toBeGreaterThanOrEqual(left - 0.5)
    }
  }
  return lines
}

export function lineText(line: BoxLine): string {
  return line.words.map((w) => w.text).join(' ')
}

/** The first line on a page whose text (words joined by spaces) starts with `start`. */
export function findLine(lines: BoxLine[], page: number, start: string): BoxLine {
  const line = lines.find((l) => l.page === page && lineText(l).normalize('NFKC').startsWith(start.normalize('NFKC')))
  if (!line) throw new Error(`no line starting "${start}" on page ${page}: ${lines.filter((l) => l.page === page).map(lineText).join(' | ')}`)
  return line
}
