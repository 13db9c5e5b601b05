/**
 * The attachment check: one file against the office's rules, answered with the kind it was
 * accepted as or a refusal whose Thai message says what is wrong and what to do.
 */
import { familyAdvice, mismatchAdvice, refusedExtensionAdvice } from './advice'
import { CONTENT_FAMILY } from './families'
import { ACCEPTED_CONTENT, ALLOWED_EXTENSIONS, CONTENT_AS_ALLOWED, EXTENSION_TO_KIND, type AllowedExtension, type AllowedKind } from './kinds'
import { TH } from './messages'
import { sniffContent } from './sniff'

export type RefusalCode = 'empty' | 'too-large' | 'extension-not-allowed' | 'content-mismatch' | 'no-extension'

export type AttachmentVerdict =
  | { ok: true; kind: AllowedKind; extension: string }
  | { ok: false; code: RefusalCode; messageTh: string }

export interface CheckOptions {
  /** Largest size allowed, in bytes (inclusive). */
  maxBytes: number
}

const MiB = 1024 * 1024

/** The name as shown to the user: the last path segment, without surrounding spaces. */
export function displayName(fileName: string): string {
  const parts = fileName.split(/[\\/]/)
  return (parts[parts.length - 1] ?? '').trim()
}

/** Lower-case extension with its dot (".pdf"), or '' when the name has none. */
export function extensionOf(fileName: string): string {
  const name = displayName(fileName)
  const dot = name.lastIndexOf('.')
  if (dot < 0 || dot === name.length - 1) return ''
  return name.slice(dot).toLowerCase()
}

export function isAllowedExtension(ext: string): ext is AllowedExtension {
  return (ALLOWED_EXTENSIONS as readonly string[]).includes(ext)
}

function refuse(code: RefusalCode, messageTh: string): AttachmentVerdict {
  return { ok: false, code, messageTh }
}

/**
 * The size rules alone (empty, over `maxBytes`), for a caller that knows the size before it has
 * the bytes (e.g. from the base64 length); undefined when the size is fine.
 */
export function checkSize(fileName: string, sizeBytes: number, options: CheckOptions): AttachmentVerdict | undefined {
  const file = displayName(fileName)
  if (sizeBytes === 0) return refuse('empty', TH.empty(file))
  if (sizeBytes > options.maxBytes) {
    return refuse('too-large', TH.tooLarge(file, formatSizeMb(sizeBytes, options.maxBytes), formatLimitMb(options.maxBytes)))
  }
  return undefined
}

/**
 * Checks one file against the office's rules, in this order: not empty, not over `maxBytes`,
 * has an extension, the extension is allowed, the content is what the extension says. Size
 * comes before content so that a caller may refuse an oversized upload without decoding it.
 */
export function checkAttachment(fileName: string, bytes: Uint8Array, options: CheckOptions): AttachmentVerdict {
  const file = displayName(fileName)

  const bySize = checkSize(fileName, bytes.length, options)
  if (bySize) return bySize

  const ext = extensionOf(fileName)
  const detected = sniffContent(bytes)

  if (ext === '') {
    const asAllowed = CONTENT_AS_ALLOWED[detected]
    if (asAllowed) return refuse('no-extension', TH.noExtensionAllowedContent(file, TH.typeNames[detected], TH.advice.nameWithExtension(asAllowed)))
    if (detected === 'ole') return refuse('no-extension', TH.noExtensionAllowedContent(file, TH.typeNames.ole, TH.advice.nameWithDocOrXls))
    if (detected === 'unknown' || detected === 'text') return refuse('no-extension', TH.noExtension(file))
    return refuse('no-extension', TH.noExtensionOtherContent(file, TH.typeNames[detected], familyAdvice(CONTENT_FAMILY[detected], undefined)))
  }

  if (!isAllowedExtension(ext)) return refuse('extension-not-allowed', TH.extensionNotAllowed(file, ext, refusedExtensionAdvice(ext, detected)))

  const kind = EXTENSION_TO_KIND[ext]
  if (ACCEPTED_CONTENT[kind].includes(detected)) return { ok: true, kind, extension: ext }

  if (detected === 'unknown' || detected === 'empty') return refuse('content-mismatch', TH.contentUnknown(file, ext, TH.expectedNames[kind]))
  return refuse('content-mismatch', TH.contentMismatch(file, ext, TH.typeNames[detected], mismatchAdvice(kind, ext, detected)))
}

/** Size in MB with one decimal: rounded, but never shown as not exceeding the shown limit. */
function formatSizeMb(bytes: number, maxBytes: number): string {
  const limitShown = Number(formatLimitMb(maxBytes))
  const rounded = Math.round((bytes / MiB) * 10) / 10
  return (rounded > limitShown ? rounded : Math.ceil((bytes / MiB) * 10) / 10).toFixed(1)
}

/** The limit in MB: "4", "2.5"; small (test) limits keep enough digits to be non-zero. */
function formatLimitMb(maxBytes: number): string {
  const mb = maxBytes / MiB
  if (mb >= 0.1) return String(Math.round(mb * 10) / 10)
  return String(Number(mb.toPrecision(2)))
}
