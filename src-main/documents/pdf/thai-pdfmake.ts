/**
 * pdfmake ready for Thai official documents: lines break between Thai words, justified lines are
 * spread over the gaps between characters, text copied out of the PDF is the Thai that went in,
 * Sarabun is registered, nothing is fetched from the network and only registered files are read
 * from disk. Renderers get pdfmake from here only.
 */
import { resolve } from 'node:path'
import type { Result } from '@shared/result'
import { officeFontFamily, sarabunFamily, type OfficeFontSetting, type PdfFontFamily } from './pdf-fonts'
import {
  requireElementWriter,
  requireEmbeddedFontPrototype,
  requireLineBreaker,
  requirePdfkitDocument,
  requirePdfMake,
  type PdfMake
} from './pdfmake-internals'
import { installThaiActualText } from './thai-actual-text'
import { installThaiJustification } from './thai-justify'
import { installThaiLineBreaker } from './thai-line-breaker'
import { installThaiToUnicodeFix } from './thai-to-unicode'

let pdfmake: PdfMake | undefined
const readableFiles = new Set<string>()

/**
 * Lets pdfmake read this file (a font, the office's Garuda image). Everything else on disk is
 * refused, so a path that slips into a document definition cannot pull a file into a PDF.
 */
export function allowLocalFile(path: string): void {
  readableFiles.add(resolve(path))
}

function register(instance: PdfMake, family: PdfFontFamily): void {
  for (const file of Object.values(family.files)) allowLocalFile(file)
  instance.addFonts({ [family.name]: { ...family.files } })
}

/** The pdfmake instance (a process-wide singleton), set up on the first call. */
export function loadPdfMake(): PdfMake {
  if (pdfmake) return pdfmake
  // The patches go on the very classes pdfmake requires; they work even if pdfmake was loaded
  // earlier by someone else, and installing them twice is harmless.
  installThaiLineBreaker(requireLineBreaker())
  installThaiJustification(requireElementWriter())
  const sarabun = sarabunFamily()
  installThaiToUnicodeFix(requireEmbeddedFontPrototype(sarabun.files.normal))
  installThaiActualText(requirePdfkitDocument())
  const instance = requirePdfMake()
  instance.setUrlAccessPolicy(() => false)
  instance.setLocalAccessPolicy((path) => readableFiles.has(resolve(path)))
  register(instance, sarabun)
  pdfmake = instance
  return instance
}

/** Checks the office's font (see officeFontFamily) and registers it under its family name. */
export function registerOfficeFont(setting: OfficeFontSetting): Result<PdfFontFamily> {
  const checked = officeFontFamily(setting)
  if (checked.ok) register(loadPdfMake(), checked.value)
  return checked
}

export {
  inspectFontBytes,
  MAX_FONT_MB,
  measuredScale,
  pdfFontSize,
  SARABUN_FAMILY,
  SARABUN_SCALE,
  SCALE_SAMPLE,
  sarabunFamily,
  type FontFace,
  type OfficeFontSetting,
  type PdfFontFamily
} from './pdf-fonts'
export { findMissingGlyphs, missingGlyphsMessage, type MissingGlyph } from './glyph-guard'
export type { PdfMake } from './pdfmake-internals'
