/**
 * The fonts a PDF may embed: the OFL Sarabun shipped with the app, or a TTF the office points to.
 * Sizes in documents are official sizes (16 pt body, 20 pt labels, 29 pt title), meant for
 * TH Sarabun New; each family carries the factor that turns them into its own points.
 */
import { statSync } from 'node:fs'
import { resolve } from 'node:path'
import { fail, ok, type Result } from '@shared/result'
import { findMissingGlyphs, describeCharacter } from './glyph-guard'
import { pdfMessages } from './pdf-messages'
import { requireFontkit, resolvePackageFile, type FontkitFont } from './pdfmake-internals'

/** pdfmake's four slots; Thai official documents use no italics, so they reuse upright files. */
export interface PdfFontFiles {
  normal: string
  bold: string
  italics: string
  bolditalics: string
}

export interface PdfFontFamily {
  /** The name to put in a pdfmake style's `font`. */
  name: string
  /** Multiply an official size (TH Sarabun New points) by this to get this font's size. */
  scale: number
  files: PdfFontFiles
}

/**
 * Sarabun points per TH Sarabun New point, so a line holds what TH Sarabun New holds.
 * Measured (fontkit, advance widths of the seed's 45 paragraphs over 200 characters): Laksaman
 * 16 pt = Sarabun 15.92 pt (per paragraph 15.75–16.04; bold 16.07). Laksaman is TH Sarabun New
 * with every glyph scaled up by 150.42 % (fonts-tlwg changelog, 2014-05-01; fontconfig's
 * 89-tlwg-laksaman-synthetic.conf draws "TH Sarabun*" as Laksaman × 0.66), so TH Sarabun New
 * 16 pt = Laksaman 10.64 pt = Sarabun 10.59 pt: 15.924 / 16 / 1.5042 = 0.6616.
 */
export const SARABUN_SCALE = 0.6616

export const SARABUN_FAMILY = 'Sarabun'

export function sarabunFamily(): PdfFontFamily {
  const regular = resolvePackageFile('@expo-google-fonts/sarabun/400Regular/Sarabun_400Regular.ttf')
  const bold = resolvePackageFile('@expo-google-fonts/sarabun/700Bold/Sarabun_700Bold.ttf')
  return { name: SARABUN_FAMILY, scale: SARABUN_SCALE, files: { normal: regular, bold, italics: regular, bolditalics: bold } }
}

/** The size to give pdfmake for an official size, rounded to 1/100 pt. */
export function pdfFontSize(officialPt: number, family: Pick<PdfFontFamily, 'scale'> = { scale: SARABUN_SCALE }): number {
  return Math.round(officialPt * family.scale * 100) / 100
}

/** The office's font as its setting stores it: a family name and the files of its faces. */
export interface OfficeFontSetting {
  family: string
  regular: string
  /** Without a bold file, bold text uses the regular face. */
  bold?: string
}

// Consonants, vowels, tone marks and digits an official document cannot do without.
const THAI_SAMPLE = 'กขคงจฉชซญฎฏฐณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮะัาำิีึืุูเแโใไ่้๊๋์๐๑๒๓๔๕๖๗๘๙'

function checkFontFile(path: string): Result<FontkitFont> {
  let isFile = false
  try {
    isFile = statSync(path).isFile()
  } catch {
    isFile = false
  }
  if (!isFile) return fail({ code: 'not-found', message: pdfMessages.fileMissing(path) })
  let opened
  try {
    opened = requireFontkit().openSync(path)
  } catch {
    return fail({ code: 'invalid-input', message: pdfMessages.notAFont(path) })
  }
  if ('fonts' in opened) return fail({ code: 'invalid-input', message: pdfMessages.fontCollection(path) })
  const missing = findMissingGlyphs(opened, THAI_SAMPLE)
  if (missing.length > 0) {
    return fail({ code: 'invalid-input', message: pdfMessages.noThai(path, missing.map((m) => describeCharacter(m.char)).join(' ')) })
  }
  return ok(opened)
}

/**
 * Checks the office's font files (they exist, fontkit parses each as one font, it has Thai) and
 * describes the family. Its sizes are its own: scale 1.
 */
export function officeFontFamily(setting: OfficeFontSetting): Result<PdfFontFamily> {
  const family = setting.family.trim()
  if (family === '') return fail({ code: 'invalid-input', message: pdfMessages.familyMissing, fields: { family: pdfMessages.familyMissing } })
  if (family === SARABUN_FAMILY) {
    const message = pdfMessages.familyTaken(family)
    return fail({ code: 'invalid-input', message, fields: { family: message } })
  }
  const regular = resolve(setting.regular)
  const bold = setting.bold ? resolve(setting.bold) : regular
  for (const [field, path] of [['regular', regular], ['bold', bold]] as const) {
    const checked = checkFontFile(path)
    if (!checked.ok) return fail({ ...checked.error, fields: { [field]: checked.error.message } })
  }
  return ok({ name: family, scale: 1, files: { normal: regular, bold, italics: regular, bolditalics: bold } })
}
