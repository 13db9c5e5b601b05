/**
 * Host profiles: where the office's website lives and how files are laid out there. The input
 * schema is shared by the app's form, the IPC contract and the CLI, so a person sees the same Thai
 * message for the same mistake everywhere. The record never carries the password: it says only
 * whether one is stored (and by which backend) or held for this session.
 */
import { z } from 'zod'

export const TLS_MODES = ['explicit', 'implicit', 'none'] as const
export type TlsMode = (typeof TLS_MODES)[number]
export const FILE_NAMINGS = ['ascii-dated', 'keep-name'] as const
export type FileNaming = (typeof FILE_NAMINGS)[number]
export const IF_EXISTS_POLICIES = ['overwrite', 'suffix', 'fail'] as const
export type IfExistsPolicy = (typeof IF_EXISTS_POLICIES)[number]
export const TAKEDOWN_MODES = ['delete', 'archive'] as const
export type TakedownMode = (typeof TAKEDOWN_MODES)[number]

/**
 * Where passwords can be kept on this computer: `os` = the OS keychain through Electron's
 * safeStorage; `basic_text` = safeStorage on Linux without a secret service (a fixed key: not
 * real encryption); `unavailable` = plain Node (CLI, `npm run web`, tests): nothing is stored,
 * a password lives in memory until the program ends.
 */
export type SecretBackend = 'os' | 'basic_text' | 'unavailable'
export type StoredSecretBackend = Exclude<SecretBackend, 'unavailable'>

/** Usual ports: explicit FTPS (AUTH TLS) and plain FTP on 21, implicit FTPS on 990. */
export const DEFAULT_PORT: Record<TlsMode, number> = { explicit: 21, implicit: 990, none: 21 }

export const FOLDER_PLACEHOLDERS = ['root', 'fy', 'indicator', 'category', 'quarter', 'requestId'] as const
export type FolderPlaceholder = (typeof FOLDER_PLACEHOLDERS)[number]
export const DEFAULT_FOLDER_PATTERN = '{root}/ita/{fy}/{indicator}'

/** Characters Windows-based and many shared FTP hosts refuse or mangle in a name, and control characters. */
export const UNSAFE_NAME_CHAR = /[\\:*?"<>|\u0000-\u001f\u007f]/

export type PatternPart = { literal: string } | { placeholder: FolderPlaceholder }

const PLACEHOLDER_LIST = FOLDER_PLACEHOLDERS.map((p) => `{${p}}`).join(' ')

/**
 * A folder pattern split into literal text and placeholders, or the Thai reason it cannot be
 * used: it must start with {root} (so every file lands under the remote root and has a public
 * URL), name only known placeholders, and hold no '..' or character a host refuses.
 */
export function parseFolderPattern(pattern: string): { ok: true; parts: PatternPart[] } | { ok: false; message: string } {
  const text = pattern.trim()
  if (text === '') return { ok: false, message: 'กรุณากรอกรูปแบบโฟลเดอร์ เช่น {root}/ita/{fy}/{indicator}' }
  const parts: PatternPart[] = []
  const re = /\{([^{}]*)\}/g
  let last = 0
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) parts.push({ literal: text.slice(last, m.index) })
    const name = m[1] ?? ''
    const known = FOLDER_PLACEHOLDERS.find((p) => p === name)
    if (!known) return { ok: false, message: `รูปแบบโฟลเดอร์มีตัวแทน “{${name}}” ที่โปรแกรมไม่รู้จัก — ใช้ได้เฉพาะ ${PLACEHOLDER_LIST}` }
    parts.push({ placeholder: known })
    last = m.index + m[0].length
  }
  if (last < text.length) parts.push({ literal: text.slice(last) })
  const literals = parts.flatMap((p) => ('literal' in p ? [p.literal] : []))
  if (literals.some((l) => l.includes('{') || l.includes('}'))) {
    return { ok: false, message: `วงเล็บปีกกาในรูปแบบโฟลเดอร์ไม่ครบคู่ — ตัวแทนต้องเขียนเป็น ${PLACEHOLDER_LIST}` }
  }
  const first = parts[0]
  if (!first || !('placeholder' in first) || first.placeholder !== 'root') {
    return { ok: false, message: 'รูปแบบโฟลเดอร์ต้องขึ้นต้นด้วย {root} (โฟลเดอร์หลักบนโฮสต์) เช่น {root}/ita/{fy}/{indicator}' }
  }
  const second = parts[1]
  if (second && !('literal' in second && second.literal.startsWith('/'))) {
    return { ok: false, message: 'หลัง {root} ต้องตามด้วย / เช่น {root}/ita/{fy}' }
  }
  if (parts.slice(1).some((p) => 'placeholder' in p && p.placeholder === 'root')) {
    return { ok: false, message: 'ใส่ {root} ได้ครั้งเดียว ที่ต้นรูปแบบโฟลเดอร์' }
  }
  if (literals.some((l) => l.includes('..'))) return { ok: false, message: 'รูปแบบโฟลเดอร์ต้องไม่มี “..” (ห้ามออกนอกโฟลเดอร์หลัก)' }
  if (literals.some((l) => UNSAFE_NAME_CHAR.test(l))) {
    return { ok: false, message: 'รูปแบบโฟลเดอร์มีอักขระที่โฮสต์ไม่รับ (\\ : * ? " < > | หรืออักขระควบคุม) — ใช้ / คั่นโฟลเดอร์เท่านั้น' }
  }
  return { ok: true, parts }
}

/** 'AB:CD:…' (upper case, colon pairs) from any way a SHA-256 fingerprint is copied; null if it is not one. */
export function normalizeFingerprint(input: string): string | null {
  const hex = input.trim().replace(/^sha-?256\s*(fingerprint)?\s*[=:]?\s*/i, '').replace(/[\s:]/g, '').toUpperCase()
  if (!/^[0-9A-F]{64}$/.test(hex)) return null
  return hex.match(/../g)?.join(':') ?? null
}

const HOSTNAME = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*\.?$/i
const IPV6 = /^[0-9a-f]*:[0-9a-f:]*:[0-9a-f.]*$/i

const hostField = z
  .string({ error: 'กรุณากรอกชื่อโฮสต์ (เช่น ftp.example.go.th)' })
  .trim()
  .min(1, { error: 'กรุณากรอกชื่อโฮสต์ (เช่น ftp.example.go.th)' })
  .max(253, { error: 'ชื่อโฮสต์ยาวเกิน 253 ตัวอักษร' })
  .superRefine((host, ctx) => {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(host)) {
      ctx.addIssue({ code: 'custom', message: 'ใส่เฉพาะชื่อโฮสต์ เช่น ftp.example.go.th โดยไม่ต้องมี ftp:// หรือ https:// นำหน้า' })
    } else if (/[^\u0000-\u007f]/.test(host)) {
      ctx.addIssue({ code: 'custom', message: 'ชื่อโฮสต์ภาษาไทย (เช่น .ไทย) ให้ใส่ในรูปแบบ xn--… ตามที่ผู้ให้บริการแจ้ง' })
    } else if (!HOSTNAME.test(host) && !IPV6.test(host)) {
      ctx.addIssue({ code: 'custom', message: 'ชื่อโฮสต์ใช้ได้เฉพาะตัวอักษรอังกฤษ ตัวเลข จุด และขีด (เช่น ftp.example.go.th หรือ 203.0.113.10) ไม่มีช่องว่าง / หรือเลขพอร์ต' })
    }
  })

/** An absolute remote folder: '/public_html/' → '/public_html'; refuses '..', '\' and control characters. */
const remoteFolder = (label: string) =>
  z
    .string({ error: `กรุณากรอก${label}` })
    .trim()
    .min(1, { error: `กรุณากรอก${label} (ขึ้นต้นด้วย / เช่น /public_html)` })
    .max(500, { error: `${label}ยาวเกิน 500 ตัวอักษร` })
    .refine((s) => s.startsWith('/'), { error: `${label}ต้องขึ้นต้นด้วย / เช่น /public_html` })
    .refine((s) => !s.split('/').some((seg) => seg === '..' || seg === '.'), { error: `${label}ต้องไม่มี “..” หรือ “.” เป็นชื่อโฟลเดอร์` })
    .refine((s) => !UNSAFE_NAME_CHAR.test(s), { error: `${label}มีอักขระที่โฮสต์ไม่รับ (\\ : * ? " < > | หรืออักขระควบคุม)` })
    .transform((s) => `/${s.split('/').filter((seg) => seg !== '').join('/')}`)

const publicUrlField = z
  .string({ error: 'กรุณากรอกที่อยู่เว็บไซต์สาธารณะ' })
  .trim()
  .min(1, { error: 'กรุณากรอกที่อยู่เว็บไซต์ที่ประชาชนเปิดดูไฟล์ได้ เช่น https://www.example.go.th' })
  .max(1000, { error: 'ที่อยู่เว็บไซต์ยาวเกิน 1000 ตัวอักษร' })
  .transform((s, ctx) => {
    let url: URL
    try {
      url = new URL(s)
    } catch {
      ctx.addIssue({ code: 'custom', message: 'ที่อยู่เว็บไซต์ต้องขึ้นต้นด้วย http:// หรือ https:// เช่น https://www.example.go.th' })
      return z.NEVER
    }
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.hostname === '') {
      ctx.addIssue({ code: 'custom', message: 'ที่อยู่เว็บไซต์ต้องขึ้นต้นด้วย http:// หรือ https:// เช่น https://www.example.go.th' })
      return z.NEVER
    }
    if (url.search || url.hash || url.username || url.password) {
      ctx.addIssue({ code: 'custom', message: 'ที่อยู่เว็บไซต์ต้องไม่มี ?…, #… หรือชื่อผู้ใช้/รหัสผ่าน — ใส่เฉพาะส่วนที่อยู่ของโฟลเดอร์หลัก' })
      return z.NEVER
    }
    // The path under the remote root is appended after one '/'.
    return url.href.replace(/\/+$/, '')
  })

const folderPatternField = z
  .string({ error: 'กรุณากรอกรูปแบบโฟลเดอร์' })
  .trim()
  .max(300, { error: 'รูปแบบโฟลเดอร์ยาวเกิน 300 ตัวอักษร' })
  .superRefine((pattern, ctx) => {
    const parsed = parseFolderPattern(pattern)
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message })
  })
  .transform((pattern) => pattern.replace(/\/+$/, '').replace(/\/{2,}/g, '/'))

export const hostProfileInput = z
  .object({
    /** Absent: a new profile. */
    id: z.number().int().positive().optional(),
    name: z
      .string({ error: 'กรุณากรอกชื่อโปรไฟล์' })
      .trim()
      .min(1, { error: 'กรุณากรอกชื่อโปรไฟล์ (เช่น เว็บไซต์ สสอ.)' })
      .max(100, { error: 'ชื่อโปรไฟล์ยาวเกิน 100 ตัวอักษร' }),
    host: hostField,
    /** Absent: the usual port of the TLS mode (21, or 990 for implicit). */
    port: z
      .number({ error: 'พอร์ตต้องเป็นตัวเลข 1–65535' })
      .int({ error: 'พอร์ตต้องเป็นจำนวนเต็ม 1–65535' })
      .min(1, { error: 'พอร์ตต้องอยู่ระหว่าง 1–65535' })
      .max(65535, { error: 'พอร์ตต้องอยู่ระหว่าง 1–65535' })
      .optional(),
    tls: z.enum(TLS_MODES, { error: 'เลือกการเข้ารหัส: explicit (AUTH TLS), implicit หรือ none (ไม่เข้ารหัส)' }).default('explicit'),
    /** tls 'none' is refused unless the person insists (the announcement requires encryption). */
    allowPlainFtp: z.boolean().default(false),
    username: z
      .string({ error: 'กรุณากรอกชื่อผู้ใช้ FTP' })
      .trim()
      .min(1, { error: 'กรุณากรอกชื่อผู้ใช้ FTP' })
      .max(200, { error: 'ชื่อผู้ใช้ยาวเกิน 200 ตัวอักษร' }),
    remoteRoot: remoteFolder('โฟลเดอร์หลักบนโฮสต์'),
    publicBaseUrl: publicUrlField,
    folderPattern: folderPatternField.default(DEFAULT_FOLDER_PATTERN),
    fileNaming: z.enum(FILE_NAMINGS, { error: 'เลือกการตั้งชื่อไฟล์: ascii-dated (ชื่ออังกฤษพร้อมวันที่) หรือ keep-name (คงชื่อเดิม)' }).default('ascii-dated'),
    ifExists: z.enum(IF_EXISTS_POLICIES, { error: 'เลือกเมื่อมีไฟล์ชื่อซ้ำ: overwrite (เขียนทับ), suffix (เพิ่มเลขต่อท้าย) หรือ fail (หยุดและแจ้ง)' }).default('suffix'),
    takedown: z.enum(TAKEDOWN_MODES, { error: 'เลือกการนำไฟล์ออก: delete (ลบ) หรือ archive (ย้ายไปโฟลเดอร์เก็บ)' }).default('delete'),
    archiveFolder: z.string().trim().max(500, { error: 'โฟลเดอร์เก็บไฟล์ที่นำออกยาวเกิน 500 ตัวอักษร' }).default(''),
    parallelConnections: z
      .number({ error: 'จำนวนการเชื่อมต่อพร้อมกันต้องเป็นตัวเลข 1–8' })
      .int({ error: 'จำนวนการเชื่อมต่อพร้อมกันต้องเป็นจำนวนเต็ม 1–8' })
      .min(1, { error: 'จำนวนการเชื่อมต่อพร้อมกันต้องอยู่ระหว่าง 1–8' })
      .max(8, { error: 'จำนวนการเชื่อมต่อพร้อมกันต้องอยู่ระหว่าง 1–8 (โฮสต์ส่วนใหญ่จำกัดจำนวนการเชื่อมต่อ)' })
      .default(2),
    /** True: this becomes the profile uploads use when none is named. */
    isDefault: z.boolean().default(false)
  })
  .superRefine((p, ctx) => {
    if (p.tls === 'none' && !p.allowPlainFtp) {
      ctx.addIssue({
        code: 'custom',
        path: ['tls'],
        message: 'FTP แบบไม่เข้ารหัสส่งรหัสผ่านและไฟล์ให้ผู้อื่นอ่านได้ ประกาศกำหนดให้ใช้การเข้ารหัส — เลือก explicit หรือ implicit หรือยืนยันว่าจะใช้ FTP แบบไม่เข้ารหัสจริง ๆ'
      })
    }
    if (p.takedown === 'archive') {
      const folder = remoteFolder('โฟลเดอร์เก็บไฟล์ที่นำออก').safeParse(p.archiveFolder)
      if (!folder.success) {
        ctx.addIssue({ code: 'custom', path: ['archiveFolder'], message: folder.error.issues[0]?.message ?? 'โฟลเดอร์เก็บไฟล์ที่นำออกไม่ถูกต้อง' })
      }
    }
  })
  .transform((p) => ({
    ...p,
    port: p.port ?? DEFAULT_PORT[p.tls],
    archiveFolder: p.takedown === 'archive' ? `/${p.archiveFolder.split('/').filter((s) => s !== '').join('/')}` : ''
  }))
export type HostProfileInput = z.input<typeof hostProfileInput>
export type HostProfileFields = z.output<typeof hostProfileInput>

const profileId = z.number({ error: 'รหัสโปรไฟล์ไม่ถูกต้อง' }).int().positive()

const pemField = z
  .string({ error: 'กรุณาวางใบรับรอง (PEM)' })
  .trim()
  .max(100_000, { error: 'ไฟล์ใบรับรองใหญ่เกินไป' })
  .refine((s) => /-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----/.test(s), {
    error: 'ใบรับรองต้องอยู่ในรูปแบบ PEM (ขึ้นต้นด้วย -----BEGIN CERTIFICATE-----)'
  })

const fingerprintField = z
  .string({ error: 'กรุณาระบุลายนิ้วมือ SHA-256' })
  .transform((s, ctx) => {
    const fp = normalizeFingerprint(s)
    if (fp === null) {
      ctx.addIssue({ code: 'custom', message: 'ลายนิ้วมือ SHA-256 ต้องเป็นเลขฐานสิบหก 64 หลัก (คั่นด้วย : ได้) เช่น AB:CD:…' })
      return z.NEVER
    }
    return fp
  })

/**
 * How the server's certificate is trusted: `pin` = exactly the certificate whose fingerprint the
 * person accepted; `ca` = certificates issued by this CA (or this certificate itself); `system` =
 * the computer's CAs (the default, for a host with a certificate from a public CA).
 */
export const hostTrustInput = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('pin'), id: profileId, sha256: fingerprintField }),
  z.object({ mode: z.literal('ca'), id: profileId, caPem: pemField }),
  z.object({ mode: z.literal('system'), id: profileId })
])
export type HostTrustInput = z.input<typeof hostTrustInput>

export const hostPasswordInput = z.object({
  id: profileId,
  password: z
    .string({ error: 'กรุณากรอกรหัสผ่าน FTP' })
    .min(1, { error: 'กรุณากรอกรหัสผ่าน FTP' })
    .max(1000, { error: 'รหัสผ่านยาวเกิน 1000 ตัวอักษร' }),
  /** Where safeStorage offers only basic_text: the person accepted storing it without real encryption. */
  acceptWeakEncryption: z.boolean().default(false),
  /** Keep it in memory until the program closes instead of storing it. */
  sessionOnly: z.boolean().default(false)
})
export type HostPasswordInput = z.input<typeof hostPasswordInput>

export const hostProfileIdInput = z.object({ id: profileId })

/** A host profile as the register gives it back. Never the password. */
export interface HostProfile {
  id: number
  name: string
  host: string
  port: number
  tls: TlsMode
  username: string
  remoteRoot: string
  publicBaseUrl: string
  folderPattern: string
  fileNaming: FileNaming
  ifExists: IfExistsPolicy
  takedown: TakedownMode
  /** '' unless takedown is 'archive'. */
  archiveFolder: string
  parallelConnections: number
  /** How the server's certificate is trusted (see hostTrustInput). */
  trust: 'system' | 'ca' | 'pin'
  caPem: string | null
  /** 'AB:CD:…' of the certificate the person accepted. */
  pinnedSha256: string | null
  isDefault: boolean
  /** A password is stored encrypted in the register, by this backend. */
  passwordStored: boolean
  passwordBackend: StoredSecretBackend | null
  /** A password is held in this program's memory until it closes. */
  passwordInSession: boolean
  createdAt: string
  updatedAt: string
}

export interface HostProfileList {
  profiles: HostProfile[]
  /** What this computer offers for storing passwords (the form asks before storing under basic_text). */
  secretBackend: SecretBackend
}

/** What a person needs to decide whether to trust a certificate (as the transfer layer reads it). */
export interface CertificateSummary {
  subject: string
  issuer: string
  /** ISO 8601 timestamps. */
  validFrom: string
  validTo: string
  /** Upper-case hex pairs joined by colons. */
  sha256: string
  subjectAltNames: string
  selfSigned: boolean
  /** Whether the normal checks (CA chain, dates, host name) passed, and if not, Node's reason code. */
  verified: boolean
  verifyError?: string
}

/**
 * "Test connection": either the connection worked (and what it could do), or the certificate
 * could not be verified and the person must decide whether to trust it (`trust-needed`: nothing
 * was sent, not even the user name). Every other refusal is an error with a Thai message.
 */
export type HostProfileTestResult =
  | {
      outcome: 'connected'
      /** 'TLSv1.3'; null for plain FTP. */
      tlsVersion: string | null
      certificate: CertificateSummary | null
      trustedBy: 'ca' | 'pin' | 'none'
      greeting: string
      remoteDir: string
      canWrite: boolean
      canRemove: boolean
      /** Thai: why writing or removing the test file failed. */
      problem: string | null
    }
  | { outcome: 'trust-needed'; certificate: CertificateSummary; message: string }
