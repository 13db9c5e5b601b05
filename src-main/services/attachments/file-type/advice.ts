/** The part of a refusal after "—": what the person should do with the file they have. */
import { CONTENT_FAMILY, KIND_FAMILY, REFUSED_EXTENSION_FAMILY, type Family } from './families'
import { CONTENT_AS_ALLOWED, JPEG_ALIASES, type AllowedKind, type DetectedType } from './kinds'
import { TH } from './messages'

/** Advice that depends on the content's family alone (web pages and text depend on the target too). */
const FAMILY_ADVICE: Readonly<Record<Exclude<Family, 'web' | 'text'>, string>> = {
  image: TH.advice.image,
  document: TH.advice.document,
  spreadsheet: TH.advice.spreadsheet,
  presentation: TH.advice.presentation,
  archive: TH.advice.archive,
  program: TH.advice.program,
  media: TH.advice.media,
  encrypted: TH.advice.encrypted,
  ole: TH.advice.renameToDocOrXls,
  'ole-other': TH.advice.oleOther,
  pdf: TH.advice.generic,
  unknown: TH.advice.generic
}

/** The file has an allowed extension of `kind`, but its content is `detected`. */
export function mismatchAdvice(kind: AllowedKind, ext: string, detected: DetectedType): string {
  if (detected === 'zip' && (kind === 'docx' || kind === 'xlsx')) return TH.advice.brokenOoxml(ext)
  const asAllowed = CONTENT_AS_ALLOWED[detected]
  if (asAllowed) return TH.advice.renameTo(asAllowed)
  return familyAdvice(CONTENT_FAMILY[detected], KIND_FAMILY[kind])
}

/** The file's extension is not allowed; its content is `detected`. */
export function refusedExtensionAdvice(ext: string, detected: DetectedType): string {
  if (detected === 'jpg' && JPEG_ALIASES.has(ext)) return TH.advice.renameTo('.jpg')
  if (detected === 'exe') return TH.advice.program
  const family = REFUSED_EXTENSION_FAMILY.get(ext)
  if (family) return familyAdvice(family, family)
  const asAllowed = CONTENT_AS_ALLOWED[detected]
  if (asAllowed) return TH.advice.renameTo(asAllowed)
  return familyAdvice(CONTENT_FAMILY[detected], undefined)
}

/** What to do with content of `family`, when the user meant something of `target` family. */
export function familyAdvice(family: Family, target: Family | undefined): string {
  if (family !== 'web' && family !== 'text') return FAMILY_ADVICE[family]
  if (target === 'spreadsheet') return TH.advice.exportedToSpreadsheet
  if (target === 'document') return TH.advice.document
  if (family === 'web') return target === undefined || target === 'web' ? TH.advice.webToPdf : TH.advice.webDownloadFailed
  return TH.advice.textToPdf
}
