/**
 * The fonts a PDF may embed: the OFL Sarabun shipped with the app, or a TTF the office points to.
 * Sizes in documents are official sizes (16 pt body, 20 pt labels, 29 pt title), meant for
 * TH Sarabun New; each family carries the factor that turns them into its own points.
 */
import { statSync } from 'node:fs'
import { resolve } from 'node:path'
import { fail, ok, type Result } from '@shared/result'
import { findMissingGlyphs, describeCharacter, openFontFile } from './glyph-guard'
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
  /** The font's own name, for messages a person reads; `name` when absent. */
  displayName?: string
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
  /** The name pdfmake knows the family by. */
  family: string
  /** The font's own name for messages (e.g. "TH Sarabun New"); `family` when absent. */
  displayName?: string
  regular: string
  /** Without a bold file, bold text uses the regular face. */
  bold?: string
}

// Consonants, vowels, tone marks and digits an official document cannot do without.
const THAI_SAMPLE = 'กขคงจฉชซญฎฏฐณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮะัาำิีึืุูเแโใไ่้๊๋์๐๑๒๓๔๕๖๗๘๙'

// A check per file as it is on disk: the office's font is checked before every PDF, parsed once.
const checkedFiles = new Map<string, Result<FontkitFont>>()

function checkFontFile(path: string): Result<FontkitFont> {
  let stat
  try {
    stat = statSync(path, { bigint: true })
  } catch {
    stat = undefined
  }
  if (!stat?.isFile()) return fail({ code: 'not-found', message: pdfMessages.fileMissing(path) })
  const key = `${path}\u0000${stat.ino}:${stat.size}:${stat.mtimeNs}`
  const known = checkedFiles.get(key)
  if (known) return known
  const checked = checkFontContent(path)
  for (const old of checkedFiles.keys()) if (old.startsWith(`${path}\u0000`)) checkedFiles.delete(old)
  checkedFiles.set(key, checked)
  return checked
}

function checkFontContent(path: string): Result<FontkitFont> {
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
 * Six body paragraphs of the seed's memos and announcement (2,005 characters: Thai words, Thai
 * digits, a few English words in brackets), the text a scale is measured on. On the seed's 45
 * long paragraphs (SARABUN_SCALE's measure) and on these six, the scale of each Thai TTF Debian
 * ships (Garuda, Loma, Norasi, Laksaman, Kinnari, Waree, Umpush) agrees within 0.5 %.
 */
export const SCALE_SAMPLE: readonly string[] = [
  'ทั้งนี้ เพื่อเป็นข้อเสนอในการปรับปรุงพัฒนาการดำเนินงานเปิดเผยข้อมูลข่าวสารภาครัฐผ่านเว็บไซต์ มีประสิทธิภาพตามหลักเกณฑ์การประเมินคุณธรรมและความโปร่งใสการดำเนินงานของหน่วยงานภาครัฐ (Integrity and transparency Assessment - ITA) เห็นควรให้หน่วยงานดำเนินงานตามแนวประกาศเผยแพร่มาตรการ กลไก/กระบวนการวาง ระบบในการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์/บอร์ดประชาสัมพันธ์ของสำนักงานสาธารณสุขอำเภอศรีบุญเรือง ประจำปีงบประมาณ ๒๕๖๕ โดยเคร่งครัด',
  'ดังนั้นงานข้อมูลสารสนเทศ จึงขออนุญาตประกาศเผยแพร่มาตรการ กลไก/กระบวนการวางระบบในการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์/บอร์ดประชาสัมพันธ์ของ สำนักงานสาธารณสุขอำเภอศรีบุญเรือง ประจำปีงบประมาณ ๒๕๖๕ ซึ่งได้แนบเอกสารดังกล่าวมาพร้อมแล้ว',
  '๑.๑ ข้อมูลหน่วยงาน (General Information) ประกอบด้วย ประวัติความเป็นมา วิสัยทัศน์ พันธกิจ โครงสร้างหน่วยงาน ทำเนียบผู้บริหาร อำนาจหน้าที่ ยุทธศาสตร์ แผนปฏิบัติราชการ แผนงาน โครงการ และงบประมาณรายจ่ายประจำปี คำรับรอง รายงานผลการปฏิบัติราชการ รายละเอียดช่องทางการติดต่อสื่อสาร หมายเลขโทรศัพท์ หมายเลขโทรสาร แผนที่ตั้งหน่วยงาน ไปรษณีย์อิเล็กทรอนิกส์ (email address)',
  '๑.๙ ระบบงานให้บริการในรูปแบบอิเล็กทรอนิกส์ (e-service) เป็นระบบงานตามภารกิจหน่วยงานที่จัดทำเป็นระบบงานคอมพิวเตอร์ให้บริการผ่านหน้าเว็บไซต์ หรือ Mobile application ในลักษณะสื่อสารสองทาง(Interactive) (ถ้ามี)',
  '๒.๑.๔ เจ้าหน้าที่ผู้รับผิดชอบ (Web master) มีหน้าที่ตรวจสอบความเป็นปัจจุบันของข้อมูล (นำออกเมื่อครบกำหนดเวลา) และ ความครบถ้วนตามมาตรฐานเว็บไซต์หน่วยงานภาครัฐ (Government Website Standard) ของสำนักงานรัฐบาลอิเล็กทรอนิกส์(องค์การมหาชน)และตาม พรบ.ข้อมูลข่าวสารของทางราชการ พ.ศ. ๒๕๔๐ ตามมาตรา ๗ มาตรา ๘ และข้อมูลข่าวสารอื่นที่คณะกรรมการข้อมูลข่าวสารของราชการกำหนด ทั้งนี้ต้องเป็นไปตาม พรบ.ว่าด้วยการกระทำความผิดเกี่ยวกับคอมพิวเตอร์ พ.ศ. ๒๕๖๐ อย่างเคร่งครัด เพื่อป้องกันไม่ให้เกิดความเสียหายและลดโอกาสที่จะเกิดความเสียหายแก่ทางราชการ',
  '๒.๕ การจัดเก็บรักษาข้อมูลจราจรทางคอมพิวเตอร์ (Log file) ตามข้อกำหนดใน พรบ.ว่าด้วยการกระทำความผิดเกี่ยวกับคอมพิวเตอร์ พ.ศ. ๒๕๖๐ และประกาศกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เรื่อง หลักเกณฑ์การเก็บรักษาข้อมูลจราจรทางคอมพิวเตอร์ของผู้ให้บริการ พ.ศ. ๒๕๕๐'
]

function sampleAdvance(font: FontkitFont, texts: readonly string[]): number {
  return texts.reduce((sum, text) => sum + font.layout(text).advanceWidth / font.unitsPerEm, 0)
}

/**
 * A font's points per TH Sarabun New point, measured as SARABUN_SCALE was: Sarabun at
 * SARABUN_SCALE holds what TH Sarabun New holds, so a font whose text is k times as wide as
 * Sarabun's needs SARABUN_SCALE / k. Measured on `texts` (SCALE_SAMPLE by default), to 1/10,000.
 * Laksaman, TH Sarabun New × 1.5042, comes out at 0.6648 = 1 / 1.5042; TH Sarabun New itself at 1.
 */
export function measuredScale(font: FontkitFont, texts: readonly string[] = SCALE_SAMPLE): number {
  const cached = texts === SCALE_SAMPLE ? scales.get(font) : undefined
  if (cached !== undefined) return cached
  const sarabun = openFontFile(sarabunFamily().files.normal)
  const scale = Math.round(((SARABUN_SCALE * sampleAdvance(sarabun, texts)) / sampleAdvance(font, texts)) * 10_000) / 10_000
  if (texts === SCALE_SAMPLE) scales.set(font, scale)
  return scale
}

// Laying the sample out takes a few milliseconds: once per parsed font is enough.
const scales = new WeakMap<FontkitFont, number>()

/** What an office's font file is, read from its content. */
export interface FontFace {
  familyName: string
  /** e.g. "Garuda Bold": the face as font menus list it. */
  fullName: string
  postscriptName: string
  bold: boolean
  italic: boolean
  /** measuredScale of this face. */
  scale: number
}

/** Fonts are a few MB (TH Sarabun New: 0.5 MB per face); more is not a font for documents. */
export const MAX_FONT_MB = 30

interface FontkitFace extends FontkitFont {
  fullName?: string | null
  subfamilyName?: string | null
  directory?: { tables?: Record<string, unknown> }
  'OS/2'?: { usWeightClass?: number; fsType?: { noEmbedding?: boolean; bitmapOnly?: boolean }; fsSelection?: { bold?: boolean; italic?: boolean; oblique?: boolean } }
}

function sfntTag(bytes: Uint8Array): string {
  return Buffer.from(bytes.subarray(0, 4)).toString('latin1')
}

/**
 * Checks, from its content, that `bytes` is one TrueType font (glyf outlines: what a .ttf is;
 * not a collection, a web font or a CFF OpenType font) whose licence allows embedding it in a PDF
 * and which draws every Thai letter, vowel, tone mark and digit an official document uses.
 * `fileName` names it in the Thai refusals.
 */
export function inspectFontBytes(bytes: Uint8Array, fileName: string): Result<FontFace> {
  const refuse = (message: string) => fail({ code: 'file-refused', message })
  if (bytes.length > MAX_FONT_MB * 1024 * 1024) return refuse(pdfMessages.fontTooLarge(fileName, MAX_FONT_MB))
  const tag = sfntTag(bytes)
  if (tag === 'ttcf') return refuse(pdfMessages.fontCollection(fileName))
  if (tag === 'wOFF' || tag === 'wOF2') return refuse(pdfMessages.webFont(fileName))
  if (tag === 'OTTO') return refuse(pdfMessages.notTrueType(fileName))
  if (tag !== '\u0000\u0001\u0000\u0000' && tag !== 'true') return refuse(pdfMessages.notAFont(fileName))
  let font: FontkitFace
  try {
    const parsed = requireFontkit().create(Buffer.from(bytes))
    if ('fonts' in parsed) return refuse(pdfMessages.fontCollection(fileName))
    font = parsed
    // Parse what drawing will need now, so a damaged file is refused here and not mid-export.
    font.glyphForCodePoint(0x0e01)
    font.layout('กขค ๑๒๓')
  } catch {
    return refuse(pdfMessages.notAFont(fileName))
  }
  if (!font.directory?.tables?.glyf) return refuse(pdfMessages.notTrueType(fileName))
  const os2 = font['OS/2']
  if (os2?.fsType?.noEmbedding || os2?.fsType?.bitmapOnly) return refuse(pdfMessages.noEmbedding(fileName))
  const missing = findMissingGlyphs(font, THAI_SAMPLE)
  if (missing.length > 0) return refuse(pdfMessages.noThai(fileName, missing.map((m) => describeCharacter(m.char)).join(' ')))
  const subfamily = (font.subfamilyName ?? '').toLowerCase()
  const bold = Boolean(os2?.fsSelection?.bold) || (os2?.usWeightClass ?? 400) >= 600 || /bold|heavy|black/.test(subfamily)
  const italic = Boolean(os2?.fsSelection?.italic || os2?.fsSelection?.oblique) || /italic|oblique/.test(subfamily)
  const familyName = font.familyName?.trim() || fileName
  return ok({ familyName, fullName: font.fullName?.trim() || familyName, postscriptName: font.postscriptName ?? '', bold, italic, scale: measuredScale(font) })
}

/**
 * Checks the office's font files (they exist, fontkit parses each as one font, it has Thai) and
 * describes the family, with the scale measured on its regular face (measuredScale): the official
 * sizes then hold on a line what they hold in TH Sarabun New.
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
  const displayName = setting.displayName?.trim() || family
  return ok({ name: family, displayName, scale: measuredScale(openFontFile(regular)), files: { normal: regular, bold, italics: regular, bolditalics: bold } })
}
