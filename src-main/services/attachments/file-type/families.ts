/**
 * Families group contents and extensions by what a person would do about them ("save it as PDF",
 * "zip it again"), which is what a refusal's advice depends on.
 */
import type { AllowedKind, DetectedType } from './kinds'

export type Family =
  | 'pdf'
  | 'document'
  | 'spreadsheet'
  | 'presentation'
  | 'image'
  | 'archive'
  | 'program'
  | 'media'
  | 'web'
  | 'text'
  | 'encrypted'
  | 'ole'
  | 'ole-other'
  | 'unknown'

export const CONTENT_FAMILY: Readonly<Record<DetectedType, Family>> = {
  empty: 'unknown',
  pdf: 'pdf',
  ole: 'ole',
  'ole-doc': 'document',
  'ole-xls': 'spreadsheet',
  'ole-ppt': 'presentation',
  'ole-encrypted': 'encrypted',
  'ole-other': 'ole-other',
  zip: 'archive',
  'ooxml-docx': 'document',
  'ooxml-xlsx': 'spreadsheet',
  'ooxml-pptx': 'presentation',
  odt: 'document',
  ods: 'spreadsheet',
  odp: 'presentation',
  rar: 'archive',
  '7z': 'archive',
  gzip: 'archive',
  jpg: 'image',
  png: 'image',
  gif: 'image',
  webp: 'image',
  bmp: 'image',
  tiff: 'image',
  heic: 'image',
  avif: 'image',
  media: 'media',
  exe: 'program',
  html: 'web',
  xml: 'web',
  rtf: 'document',
  text: 'text',
  unknown: 'unknown'
}

export const KIND_FAMILY: Readonly<Record<AllowedKind, Family>> = {
  pdf: 'pdf',
  doc: 'document',
  docx: 'document',
  xls: 'spreadsheet',
  xlsx: 'spreadsheet',
  jpg: 'image',
  zip: 'archive',
  rar: 'archive'
}

/** Common extensions that are not allowed, by what the user should turn them into. */
const REFUSED_EXTENSION_TABLE: Partial<Record<Family, string>> = {
  document: '.docm .dotx .dotm .dot .odt .rtf .wps .wpd .pages .hwp',
  spreadsheet: '.xlsm .xlsb .xltx .xltm .xlt .ods .csv .tsv .numbers',
  presentation: '.ppt .pptx .pptm .pps .ppsx .pot .potx .odp .key',
  image: '.png .gif .bmp .tif .tiff .webp .heic .heif .avif .svg .psd .jp2 .ico',
  archive: '.7z .gz .tgz .tar .bz2 .xz .cab .arj .lzh .iso',
  program: '.exe .msi .bat .cmd .com .scr .pif .ps1 .vbs .vbe .js .jse .wsf .hta .jar .apk .dll .lnk .cpl .reg .sh .app',
  media: '.mp4 .mov .avi .wmv .mkv .flv .3gp .m4v .mpg .mpeg .mp3 .wav .m4a .aac .wma .ogg',
  web: '.html .htm .mht .mhtml .xml',
  text: '.txt .log .md'
}

export const REFUSED_EXTENSION_FAMILY: ReadonlyMap<string, Family> = new Map(
  Object.entries(REFUSED_EXTENSION_TABLE).flatMap(([family, exts]) => exts.split(' ').map((ext) => [ext, family as Family] as const))
)
