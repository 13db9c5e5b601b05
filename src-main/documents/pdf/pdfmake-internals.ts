/**
 * The parts of pdfmake (and of the libraries it loads) that Thai typesetting reaches into.
 *
 * Everything is required from pdfmake's own location at run time, never imported: electron-vite
 * keeps pdfmake external (a dependency) but would inline a second copy of `linebreak` or `fontkit`
 * (not dependencies of ours), and a patch on that copy would never reach pdfmake. `linebreak` is
 * also a dual package: `import` gives its ES build, a different class from the CommonJS one that
 * pdfmake and pdfkit `require`.
 */
import { createRequire } from 'node:module'
import type * as PdfMakeModule from 'pdfmake'

export type PdfMake = typeof PdfMakeModule

/** A break opportunity as linebreak reports it; pdfmake and pdfkit read only these two fields. */
export interface LineBreak {
  position: number
  required: boolean
}

export interface LineBreakerInstance {
  /** The text being broken (set by linebreak's constructor). */
  string: string
  nextBreak(): LineBreak | null
}

export interface LineBreakerClass {
  prototype: LineBreakerInstance
}

/** A measured piece of text on a line (pdfmake's inline), with the fields justification uses. */
export interface PdfmakeInline {
  text: string
  /** Offset from the line's x, in points. */
  x: number
  width: number
  fontSize: number
  alignment?: string
  fontFeatures?: string[] | null
  characterSpacing?: number
  /** The gap added before this inline by justification (pdfmake's TextDecorator reads it). */
  justifyShift?: number
  font: { widthOfString(text: string, size: number, features?: string[] | null): number }
}

export interface PdfmakeLine {
  inlines: PdfmakeInline[]
  newLineForced?: boolean
  lastLineInParagraph?: boolean
}

export interface ElementWriterInstance {
  context(): { availableWidth: number }
  alignLine(line: PdfmakeLine): void
}

export interface ElementWriterClass {
  prototype: ElementWriterInstance
}

/** pdfkit's document, with what thai-actual-text.ts wraps. */
export interface PdfkitDocumentInstance {
  addContent(operators: string): unknown
  _fragment(text: string, x: number, y: number, options: object): unknown
}

export interface PdfkitDocumentClass {
  prototype: PdfkitDocumentInstance
}

/** pdfkit's EmbeddedFont, with what thai-to-unicode.ts corrects. */
export interface EmbeddedFontInstance {
  font: FontkitFont
  /** fontkit's subset: the original glyph id of each glyph drawn, by subset glyph id. */
  subset: { glyphs: number[] }
  /** Characters per subset glyph id, as pdfkit collected them while encoding. */
  unicode: number[][]
  toUnicodeCmap(): unknown
}

export interface FontkitGlyph {
  id: number
  advanceWidth: number
  /** The characters shaping credited to this glyph (empty for the second glyph of a split ำ). */
  codePoints: number[]
}

export interface FontkitFont {
  unitsPerEm: number
  familyName: string
  postscriptName: string
  hasGlyphForCodePoint(codePoint: number): boolean
  glyphForCodePoint(codePoint: number): FontkitGlyph
  layout(text: string): { advanceWidth: number; glyphs: FontkitGlyph[] }
}

/** What fontkit.openSync returns: one font, or a collection (.ttc) holding several. */
export type FontkitOpened = FontkitFont | { fonts: FontkitFont[] }

interface Fontkit {
  openSync(path: string): FontkitOpened
  /** Parses a font from its bytes (a collection gives an object with `fonts`). */
  create(buffer: Buffer): FontkitOpened
}

// __filename is this file under tsx and vitest, and out/main/index.js in the electron-vite bundle:
// in all three, node_modules is found by walking up from it.
const ownRequire = createRequire(__filename)
const pdfmakeEntry = ownRequire.resolve('pdfmake')
const fromPdfmake = createRequire(pdfmakeEntry)
const fromPdfkit = createRequire(fromPdfmake.resolve('pdfkit'))

export function requirePdfMake(): PdfMake {
  return fromPdfmake(pdfmakeEntry) as PdfMake
}

export function requireLineBreaker(): LineBreakerClass {
  return fromPdfmake('linebreak') as LineBreakerClass
}

export function requireElementWriter(): ElementWriterClass {
  return (fromPdfmake('./ElementWriter') as { default: ElementWriterClass }).default
}

/** pdfkit's document class (pdfmake's PDFDocument extends it). */
export function requirePdfkitDocument(): PdfkitDocumentClass {
  return fromPdfmake('pdfkit') as PdfkitDocumentClass
}

/**
 * The prototype of pdfkit's EmbeddedFont (the class of every TrueType/OpenType font it draws),
 * which pdfkit does not export: taken from a font opened in a document that is never written.
 */
export function requireEmbeddedFontPrototype(fontFile: string): EmbeddedFontInstance {
  const PDFDocument = fromPdfmake('pdfkit') as new (options: { autoFirstPage: boolean }) => { font(src: string): unknown; _font: object }
  const probe = new PDFDocument({ autoFirstPage: false })
  probe.font(fontFile)
  return Object.getPrototypeOf(probe._font) as EmbeddedFontInstance
}

/** fontkit as pdfkit uses it, so a font we check parses exactly as it will when drawn. */
export function requireFontkit(): Fontkit {
  return fromPdfkit('fontkit') as Fontkit
}

/** A file path inside an installed package (the shipped fonts live in node_modules). */
export function resolvePackageFile(specifier: string): string {
  return ownRequire.resolve(specifier)
}
