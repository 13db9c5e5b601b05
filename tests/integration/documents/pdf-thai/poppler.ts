/** Reading a PDF back with poppler-utils (pdftotext, pdffonts) and with zlib. */
import { spawnSync } from 'node:child_process'
import { inflateSync } from 'node:zlib'

export function havePoppler(): boolean {
  const probe = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' })
  return probe.error === undefined && probe.status === 0
}

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (result.error) throw result.error
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`)
  return result.stdout
}

export function pdfText(file: string): string {
  return run('pdftotext', ['-enc', 'UTF-8', file, '-'])
}

export interface BoxWord {
  text: string
  xMin: number
  xMax: number
}

export interface BoxLine {
  page: number
  pageWidth: number
  xMin: number
  xMax: number
  yMin: number
  words: BoxWord[]
}

function attr(tag: string, name: string): number {
  const m = new RegExp(`${name}="([-\\d.]+)"`).exec(tag)
  if (!m) throw new Error(`no ${name} in ${tag}`)
  return Number(m[1])
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')
}

/** Lines in reading order (page, then top to bottom), from `pdftotext -bbox-layout`. */
export function pdfLines(file: string): BoxLine[] {
  const xml = run('pdftotext', ['-bbox-layout', file, '-'])
  const lines: BoxLine[] = []
  const pages = xml.split('<page ').slice(1)
  pages.forEach((pageXml, pageIndex) => {
    const pageWidth = attr(pageXml, 'width')
    for (const m of pageXml.matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)) {
      const words = [...m[2]!.matchAll(/<word ([^>]*)>([^<]*)<\/word>/g)].map((w) => ({
        text: unescapeXml(w[2]!),
        xMin: attr(w[1]!, 'xMin'),
        xMax: attr(w[1]!, 'xMax')
      }))
      lines.push({ page: pageIndex + 1, pageWidth, xMin: attr(m[1]!, 'xMin'), xMax: attr(m[1]!, 'xMax'), yMin: attr(m[1]!, 'yMin'), words })
    }
  })
  return lines.sort((a, b) => a.page - b.page || a.yMin - b.yMin)
}

export interface PdfFontRow {
  name: string
  type: string
  embedded: boolean
}

export function pdfFonts(file: string): PdfFontRow[] {
  const rows = run('pdffonts', [file]).split('\n').slice(2).filter((row) => row.trim() !== '')
  // name, then type (may hold a space: "CID TrueType"), encoding, emb, sub, uni, object, generation.
  return rows.map((row) => {
    const cells = row.trim().split(/\s+/)
    const embedded = cells[cells.length - 5]
    return { name: cells[0]!, type: cells.slice(1, cells.length - 6).join(' '), embedded: embedded === 'yes' }
  })
}

/**
 * Glyph ids shown by TJ/Tj in the page content streams (pdfkit writes two-byte glyph ids as hex;
 * 0 is .notdef, drawn as a box). Streams with /Length1 or /Subtype (font files, images) are skipped.
 */
export function drawnGlyphIds(pdf: Buffer): number[] {
  const text = pdf.toString('latin1')
  const ids: number[] = []
  for (const m of text.matchAll(/<<((?:(?!>>)[\s\S])*?)>>\s*stream\r?\n/g)) {
    const dictionary = m[1]!
    if (/\/Length1|\/Subtype/.test(dictionary)) continue
    const length = /\/Length (\d+)/.exec(dictionary)
    if (!length) continue
    const start = m.index! + m[0].length
    const raw = pdf.subarray(start, start + Number(length[1]))
    const content = (/\/FlateDecode/.test(dictionary) ? inflateSync(raw) : raw).toString('latin1')
    for (const shown of content.matchAll(/\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      const hexes = shown[1] !== undefined ? [...shown[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]!) : [shown[2]!]
      for (const hex of hexes) for (let k = 0; k + 4 <= hex.length; k += 4) ids.push(parseInt(hex.slice(k, k + 4), 16))
    }
  }
  return ids
}
