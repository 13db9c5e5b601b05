/**
 * Which URLs are the app's own, and which may be handed to the default browser. Every decision
 * parses the URL first (Actual Budget's trusted-url.ts): string prefixes are how
 * `file:///app/index.html.evil` or `http://localhost:5173@evil.example` get trusted by mistake.
 * Pure Node, no Electron import, so the rules are unit-tested without the binary.
 */
import { fileURLToPath } from 'node:url'
import { resolve } from 'node:path'

/** Where the renderer is loaded from. */
export type AppLocation =
  /** The built renderer: out/renderer/index.html, loaded with loadFile. */
  | { kind: 'file'; indexFile: string; caseInsensitive: boolean }
  /** electron-vite's dev server (`electron-vite dev` sets ELECTRON_RENDERER_URL). */
  | { kind: 'dev'; url: string; origin: string }

export interface AppLocationOptions {
  /** Absolute path of the built renderer's index.html. */
  indexFile: string
  /** process.env.ELECTRON_RENDERER_URL; honoured only in an unpackaged app and only on loopback. */
  devServerUrl?: string | undefined
  isPackaged: boolean
  platform?: NodeJS.Platform
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

export function appLocation(options: AppLocationOptions): AppLocation {
  const dev = options.isPackaged ? null : loopbackHttpUrl(options.devServerUrl)
  if (dev) return { kind: 'dev', url: dev.href, origin: dev.origin }
  const platform = options.platform ?? process.platform
  // Windows and macOS file systems ignore case; Chromium may report C: where Node says c:.
  return { kind: 'file', indexFile: resolve(options.indexFile), caseInsensitive: platform === 'win32' || platform === 'darwin' }
}

function loopbackHttpUrl(raw: string | undefined): URL | null {
  const url = parse(raw)
  // An environment variable must not be able to make a packaged app trust a remote site.
  if (!url || url.protocol !== 'http:' || !LOOPBACK_HOSTS.has(url.hostname) || url.username || url.password) return null
  return url
}

function parse(raw: string | undefined | null): URL | null {
  if (typeof raw !== 'string' || raw === '') return null
  try {
    return new URL(raw)
  } catch {
    return null
  }
}

/** True when `raw` is a page of the app itself (any hash or query on it is the renderer's own). */
export function isAppUrl(location: AppLocation, raw: string | undefined | null): boolean {
  const url = parse(raw)
  if (!url) return false
  if (location.kind === 'dev') return url.origin === location.origin
  if (url.protocol !== 'file:' || url.host !== '') return false
  let path: string
  try {
    // fileURLToPath decodes once and refuses encoded separators (%2F), so two spellings of a
    // different file cannot both pass.
    path = resolve(fileURLToPath(url))
  } catch {
    return false
  }
  return location.caseInsensitive ? path.toLowerCase() === location.indexFile.toLowerCase() : path === location.indexFile
}

/**
 * The address to hand to the default browser, or null. Only http and https: `file:`, `smb:`,
 * `javascript:` or a custom protocol would let a link in the register run something on the PC.
 */
export function externalHttpUrl(raw: string | undefined | null): string | null {
  const url = parse(raw)
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return null
  // user:password@host is the classic way to make a link look like another site.
  if (url.username || url.password || url.hostname === '') return null
  return url.href
}
