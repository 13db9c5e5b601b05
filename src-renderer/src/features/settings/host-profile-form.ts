/** A host profile's form state, its conversion to the contract's inputs, and how a test result reads. */
import {
  hostProfileInput,
  type FileNaming,
  type HostPasswordInput,
  type HostProfile,
  type HostProfileInput,
  type IfExistsPolicy,
  type SecretBackend,
  type TakedownMode,
  type TlsMode
} from '@shared/domain/publishing'
import type { AppErrorShape } from '@shared/result'
import { formatThaiDate, todayIso } from '@shared/thai'
import { checkInput } from '../../components/form-errors'
import { HOSTS_TEXT } from './host-profiles-text'

export interface HostProfileForm {
  id?: number
  name: string
  host: string
  /** As typed; empty: the usual port of the TLS mode. */
  port: string
  tls: TlsMode
  allowPlainFtp: boolean
  username: string
  /** Empty: keep what is stored (or held) now. Never filled from the register. */
  password: string
  /** basic_text only: the person accepted storing it without real encryption. */
  acceptWeak: boolean
  remoteRoot: string
  publicBaseUrl: string
  folderPattern: string
  fileNaming: FileNaming
  ifExists: IfExistsPolicy
  takedown: TakedownMode
  archiveFolder: string
  parallelConnections: string
  isDefault: boolean
}

export function emptyHostProfileForm(): HostProfileForm {
  return {
    name: '',
    host: '',
    port: '',
    tls: 'explicit',
    allowPlainFtp: false,
    username: '',
    password: '',
    acceptWeak: false,
    remoteRoot: '/public_html',
    publicBaseUrl: 'https://',
    folderPattern: '{root}/ita/{fy}/{indicator}',
    fileNaming: 'ascii-dated',
    ifExists: 'suffix',
    takedown: 'delete',
    archiveFolder: '',
    parallelConnections: '2',
    isDefault: false
  }
}

const DEFAULT_PORTS: Record<TlsMode, number> = { explicit: 21, implicit: 990, none: 21 }

export function hostProfileFormFrom(p: HostProfile): HostProfileForm {
  return {
    id: p.id,
    name: p.name,
    host: p.host,
    port: p.port === DEFAULT_PORTS[p.tls] ? '' : String(p.port),
    tls: p.tls,
    allowPlainFtp: p.tls === 'none',
    username: p.username,
    password: '',
    acceptWeak: false,
    remoteRoot: p.remoteRoot,
    publicBaseUrl: p.publicBaseUrl,
    folderPattern: p.folderPattern,
    fileNaming: p.fileNaming,
    ifExists: p.ifExists,
    takedown: p.takedown,
    archiveFolder: p.archiveFolder,
    parallelConnections: String(p.parallelConnections),
    isDefault: p.isDefault
  }
}

/** A number typed in a text box: '' stays absent, anything else becomes a number (NaN fails the schema with its Thai message). */
const typedNumber = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text.trim()))

export function hostProfileInputOf(f: HostProfileForm): HostProfileInput {
  const port = typedNumber(f.port)
  return {
    ...(f.id === undefined ? {} : { id: f.id }),
    name: f.name,
    host: f.host,
    ...(port === undefined ? {} : { port }),
    tls: f.tls,
    allowPlainFtp: f.tls === 'none' && f.allowPlainFtp,
    username: f.username,
    remoteRoot: f.remoteRoot,
    publicBaseUrl: f.publicBaseUrl,
    folderPattern: f.folderPattern,
    fileNaming: f.fileNaming,
    ifExists: f.ifExists,
    takedown: f.takedown,
    archiveFolder: f.takedown === 'archive' ? f.archiveFolder : '',
    parallelConnections: typedNumber(f.parallelConnections) ?? Number.NaN,
    isDefault: f.isDefault
  }
}

export function checkHostProfile(f: HostProfileForm): { ok: true; value: HostProfileInput } | { ok: false; error: AppErrorShape } {
  const input = hostProfileInputOf(f)
  const checked = checkInput(hostProfileInput, input)
  return checked.ok ? { ok: true, value: input } : checked
}

/**
 * What to send with the password typed in the form, or null when none was typed. Under
 * basic_text, not accepting weak storage means "remember it until the program closes".
 */
export function passwordInputOf(f: HostProfileForm, id: number, backend: SecretBackend): HostPasswordInput | null {
  if (f.password === '') return null
  if (backend === 'basic_text') return f.acceptWeak ? { id, password: f.password, acceptWeakEncryption: true } : { id, password: f.password, sessionOnly: true }
  return { id, password: f.password }
}

export function passwordStatus(p: HostProfile): string {
  const T = HOSTS_TEXT.password
  if (p.passwordStored) return p.passwordBackend === 'basic_text' ? T.storedWeak : T.stored
  return p.passwordInSession ? T.session : T.none
}

/** '2026-01-15T…' → '15 ม.ค. 2569' (Bangkok), as the rest of the app dates things; '-' for none. */
export function certificateDate(iso: string): string {
  const t = Date.parse(iso)
  return Number.isNaN(t) ? '-' : formatThaiDate(todayIso(new Date(t)), { style: 'short', thaiDigits: false })
}

/** The server's 220 reply without its codes, on one line. */
export function greetingText(greeting: string): string {
  return (
    greeting
      .split(/\r?\n/)
      .map((l) => l.replace(/^\d{3}[- ]?/, '').trim())
      .filter(Boolean)
      .join(' / ') || '-'
  )
}
