/**
 * The vocabulary of the file check: what the office allows (by extension) and what the bytes can
 * turn out to be, with the tables that relate the two.
 */
import { ALLOWED_EXTENSIONS, type AllowedExtension } from '@shared/domain/attachment-rules'

export { ALLOWED_EXTENSIONS, type AllowedExtension }

export type AllowedKind = 'pdf' | 'xls' | 'xlsx' | 'doc' | 'docx' | 'jpg' | 'zip' | 'rar'

/**
 * What the bytes are. `ole-*` are legacy Office (Compound File) containers; `ole` means the
 * container could not be read far enough to tell .doc from .xls; `ole-other` means it was read
 * and is neither (e.g. an installer or an Outlook message). `ooxml-*` are zips holding an
 * Office Open XML document.
 */
export type DetectedType =
  | 'empty'
  | 'pdf'
  | 'ole'
  | 'ole-doc'
  | 'ole-xls'
  | 'ole-ppt'
  | 'ole-encrypted'
  | 'ole-other'
  | 'zip'
  | 'ooxml-docx'
  | 'ooxml-xlsx'
  | 'ooxml-pptx'
  | 'odt'
  | 'ods'
  | 'odp'
  | 'rar'
  | '7z'
  | 'gzip'
  | 'jpg'
  | 'png'
  | 'gif'
  | 'webp'
  | 'bmp'
  | 'tiff'
  | 'heic'
  | 'avif'
  | 'media'
  | 'exe'
  | 'html'
  | 'xml'
  | 'rtf'
  | 'text'
  | 'unknown'


export const EXTENSION_TO_KIND: Readonly<Record<AllowedExtension, AllowedKind>> = {
  '.pdf': 'pdf',
  '.xls': 'xls',
  '.xlsx': 'xlsx',
  '.doc': 'doc',
  '.docx': 'docx',
  '.jpg': 'jpg',
  '.jpeg': 'jpg',
  '.zip': 'zip',
  '.rar': 'rar'
}

/** The contents each allowed kind accepts. */
export const ACCEPTED_CONTENT: Readonly<Record<AllowedKind, readonly DetectedType[]>> = {
  pdf: ['pdf'],
  doc: ['ole-doc', 'ole'],
  xls: ['ole-xls', 'ole'],
  docx: ['ooxml-docx'],
  xlsx: ['ooxml-xlsx'],
  jpg: ['jpg'],
  zip: ['zip', 'ooxml-docx', 'ooxml-xlsx', 'ooxml-pptx', 'odt', 'ods', 'odp'],
  rar: ['rar']
}

/** Content that is itself an allowed kind, and the extension it should carry. */
export const CONTENT_AS_ALLOWED: Partial<Record<DetectedType, string>> = {
  pdf: '.pdf',
  'ole-doc': '.doc',
  'ole-xls': '.xls',
  'ooxml-docx': '.docx',
  'ooxml-xlsx': '.xlsx',
  jpg: '.jpg',
  zip: '.zip',
  rar: '.rar'
}

/** Other names for JPEG files: renaming these to .jpg is all it takes. */
export const JPEG_ALIASES: ReadonlySet<string> = new Set(['.jfif', '.jpe', '.pjpeg', '.pjp'])
