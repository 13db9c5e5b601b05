/**
 * Where an attachment goes on the host and the address people open it at: the profile's folder
 * pattern expanded for the request, the remote file name, and the public URL. Pure functions:
 * the same request and attachment always give the same target, so an upload interrupted by a
 * restart resumes into the same temporary file (its name is derived from the final one).
 */
import { AppError } from '@shared/result'
import { parseFolderPattern, UNSAFE_NAME_CHAR, type FolderPlaceholder, type HostProfile } from '@shared/domain/publishing'
import { isIsoDate, parseIsoDate, toBuddhistYear } from '@shared/thai'

export type LayoutProfile = Pick<HostProfile, 'remoteRoot' | 'publicBaseUrl' | 'folderPattern' | 'fileNaming'>

/** What of a request decides where its files go (RequestDetail has all of it). */
export interface LayoutRequest {
  id: number
  /** Buddhist Era, e.g. 2569. */
  fiscalYear: number
  /** 1–4, as the register stores it with fiscalYear (not always the quarter of requestDate). */
  fiscalQuarter: number
  /** YYYY-MM-DD (CE), as the register stores it. */
  requestDate: string
  categoryCode: string
  indicators: readonly { code: string }[]
}

/** What of an attachment decides its remote name (AttachmentRecord has all of it). */
export interface LayoutAttachment {
  id: number
  fileName: string
  /** The type found in the content (pdf, docx…): the extension when the name has no usable one. */
  kind?: string
}

export interface RemoteTarget {
  /** Absolute remote folder, no trailing slash ('/' only for the login root). */
  dir: string
  name: string
  publicUrl: string
}

/** When a request names no indicator, its files go to this folder. */
export const NO_INDICATOR = 'general'

/** Most servers limit a name to 255 bytes; room is left for the upload's temporary name. */
const MAX_NAME_BYTES = 200

const UNSAFE_ALL = new RegExp(`${UNSAFE_NAME_CHAR.source}|/`, 'g')

const badLayout = (message: string): AppError => new AppError('invalid-input', message)

/**
 * One path segment from a value a person typed elsewhere (an indicator or category code, a file
 * name): NFC, characters hosts refuse replaced by '_', runs of spaces made one, no leading dot
 * (a hidden file on Unix hosts) and no trailing dot or space (Windows hosts drop them).
 */
export function safeSegment(value: string): string {
  return value
    .normalize('NFC')
    .replace(UNSAFE_ALL, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '')
}

function rootSegments(remoteRoot: string): string[] {
  return remoteRoot.split('/').filter((s) => s !== '')
}

function placeholderValue(name: Exclude<FolderPlaceholder, 'root'>, request: LayoutRequest): string {
  switch (name) {
    case 'fy':
      return String(request.fiscalYear)
    case 'indicator':
      return request.indicators[0]?.code ?? NO_INDICATOR
    case 'category':
      return request.categoryCode
    case 'quarter':
      // The register's quarter, which goes with {fy}: a request filed ahead for the coming fiscal
      // year is in its first quarter, although dated in the last quarter of the year before.
      return String(request.fiscalQuarter)
    case 'requestId':
      return String(request.id)
  }
}

/** The remote folder for a request's files: the folder pattern with its placeholders filled in. */
export function remoteDirFor(profile: Pick<LayoutProfile, 'remoteRoot' | 'folderPattern'>, request: LayoutRequest): string {
  const parsed = parseFolderPattern(profile.folderPattern)
  if (!parsed.ok) throw badLayout(`${parsed.message} — แก้รูปแบบโฟลเดอร์ในโปรไฟล์โฮสต์`)
  let rest = ''
  for (const part of parsed.parts.slice(1)) {
    if ('literal' in part) {
      rest += part.literal
      continue
    }
    if (part.placeholder === 'root') continue
    const raw = placeholderValue(part.placeholder, request)
    const value = safeSegment(raw)
    if (value === '') throw badLayout(`ค่า “${raw}” ของ {${part.placeholder}} ใช้เป็นชื่อโฟลเดอร์ไม่ได้ — แก้รหัสนั้นในหน้าตั้งค่า หรือเปลี่ยนรูปแบบโฟลเดอร์ในโปรไฟล์โฮสต์`)
    rest += value
  }
  const segments = rest
    .split('/')
    .map((s) => s.normalize('NFC').trim())
    .filter((s) => s !== '')
  if (segments.some((s) => s === '.' || s === '..')) throw badLayout('รูปแบบโฟลเดอร์ให้ชื่อโฟลเดอร์ “.” หรือ “..” ซึ่งใช้ไม่ได้ — แก้รูปแบบโฟลเดอร์ในโปรไฟล์โฮสต์')
  return `/${[...rootSegments(profile.remoteRoot), ...segments].join('/')}`
}

/** '2026-11-26' → '2569-11-26': the request date in the Buddhist Era, as the office dates things. */
function beDate(iso: string): string {
  if (!isIsoDate(iso)) throw badLayout(`วันที่ขอเผยแพร่ “${iso}” ไม่ถูกต้อง จึงตั้งชื่อไฟล์ไม่ได้`)
  const { year } = parseIsoDate(iso)
  return `${toBuddhistYear(year)}${iso.slice(4)}`
}

/** The extension (without the dot, lower case) when it is plain ASCII, else the content's kind, else ''. */
function asciiExtension(attachment: LayoutAttachment): string {
  const dot = attachment.fileName.lastIndexOf('.')
  const ext = dot > 0 ? attachment.fileName.slice(dot + 1).toLowerCase() : ''
  if (/^[a-z0-9]{1,10}$/.test(ext)) return ext
  const kind = (attachment.kind ?? '').toLowerCase()
  return /^[a-z0-9]{1,10}$/.test(kind) ? kind : ''
}

/** `2569-11-26_req123_a45.pdf`: the request date (BE), the request and attachment numbers. */
export function asciiDatedName(request: Pick<LayoutRequest, 'id' | 'requestDate'>, attachment: LayoutAttachment): string {
  const ext = asciiExtension(attachment)
  return `${beDate(request.requestDate)}_req${request.id}_a${attachment.id}${ext ? `.${ext}` : ''}`
}

/** Cuts `text` to at most `maxBytes` of UTF-8 without splitting a character and its marks. */
function cutToBytes(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text) <= maxBytes) return text
  let out = ''
  for (const { segment } of new Intl.Segmenter('th', { granularity: 'grapheme' }).segment(text)) {
    if (Buffer.byteLength(out + segment) > maxBytes) break
    out += segment
  }
  return out
}

/** The person's file name, NFC, with what hosts refuse replaced; the ASCII name when nothing usable is left. */
export function keptName(request: Pick<LayoutRequest, 'id' | 'requestDate'>, attachment: LayoutAttachment): string {
  const name = attachment.fileName.normalize('NFC').trim()
  const dot = name.lastIndexOf('.')
  const base = safeSegment(dot > 0 ? name.slice(0, dot) : name)
  const ext = dot > 0 ? `.${safeSegment(name.slice(dot + 1))}`.replace(/^\.$/, '') : ''
  const room = MAX_NAME_BYTES - Buffer.byteLength(ext)
  const cut = ext.length > 20 || room < 20 ? '' : cutToBytes(base, room).replace(/[.\s]+$/, '')
  return cut === '' ? asciiDatedName(request, attachment) : `${cut}${ext}`
}

export function remoteFileName(profile: Pick<LayoutProfile, 'fileNaming'>, request: Pick<LayoutRequest, 'id' | 'requestDate'>, attachment: LayoutAttachment): string {
  return profile.fileNaming === 'keep-name' ? keptName(request, attachment) : asciiDatedName(request, attachment)
}

/**
 * The address of a remote file: the public base URL plus its path under the remote root, each
 * segment percent-encoded (Thai folder and file names included). A path outside the remote
 * root has no public address: refused rather than guessed.
 */
export function publicUrlFor(profile: Pick<LayoutProfile, 'remoteRoot' | 'publicBaseUrl'>, dir: string, name: string): string {
  const root = rootSegments(profile.remoteRoot)
  const path = [...dir.split('/').filter((s) => s !== ''), name]
  if (root.some((segment, i) => path[i] !== segment) || path.length <= root.length) {
    throw badLayout(`ไฟล์ ${dir}/${name} ไม่อยู่ใต้โฟลเดอร์หลัก ${profile.remoteRoot} จึงไม่มีที่อยู่บนเว็บไซต์ — แก้รูปแบบโฟลเดอร์ในโปรไฟล์โฮสต์`)
  }
  const base = profile.publicBaseUrl.replace(/\/+$/, '')
  return `${base}/${path.slice(root.length).map((s) => encodeURIComponent(s)).join('/')}`
}

/** Where an attachment of a request goes on the profile's host, and its public URL. */
export function remoteTargetFor(profile: LayoutProfile, request: LayoutRequest, attachment: LayoutAttachment): RemoteTarget {
  const dir = remoteDirFor(profile, request)
  const name = remoteFileName(profile, request, attachment)
  return { dir, name, publicUrl: publicUrlFor(profile, dir, name) }
}
