/**
 * Remote names and paths. Paths are absolute from the FTP login root because basic-ftp's
 * ensureDir changes the working directory: a relative path would mean something else afterwards.
 */
import { FtpsError } from './ftps-error'
import { TH } from './ftps-text'

const CONTROL = /[\u0000-\u001f\u007f]/

function checkSegment(segment: string, shown: string): void {
  if (segment === '' || segment === '.' || segment === '..' || segment.includes('\\') || CONTROL.test(segment)) {
    throw new FtpsError('bad-name', TH.badName(shown))
  }
}

/** A file name without folders; refuses '/', '\', '.', '..' and control characters. */
export function checkFileName(name: string): string {
  if (name.includes('/')) throw new FtpsError('bad-name', TH.badName(name))
  checkSegment(name, name)
  return name
}

/** '/ita/2569/MOIT 1/' → '/ita/2569/MOIT 1'; '/' stays '/'. Must be absolute. */
export function normalizeRemoteDir(dir: string): string {
  if (!dir.startsWith('/')) throw new FtpsError('bad-name', TH.badName(dir))
  const segments = dir.split('/').filter((s) => s !== '')
  for (const s of segments) checkSegment(s, dir)
  return `/${segments.join('/')}`
}

export function joinRemote(dir: string, name: string): string {
  return dir === '/' ? `/${name}` : `${dir}/${name}`
}

/**
 * The temporary name beside the final one: hidden (leading dot) so a web server's listing does
 * not show it, and keyed by the content's hash so a later attempt finds and resumes the same
 * partial file, never a partial file of different content.
 */
export function tempNameFor(finalName: string, sha256: string): string {
  const name = `.${finalName}.${sha256.slice(0, 12)}.part`
  // Most servers limit a name to 255 bytes; Thai characters take 3 bytes each in UTF-8.
  return Buffer.byteLength(name) <= 250 ? name : `.publishdesk-${sha256.slice(0, 16)}.part`
}

/** 'report.pdf', 2 → 'report-2.pdf'; 'README', 3 → 'README-3'. */
export function withNumberSuffix(name: string, n: number): string {
  const dot = name.lastIndexOf('.')
  return dot > 0 ? `${name.slice(0, dot)}-${n}${name.slice(dot)}` : `${name}-${n}`
}
