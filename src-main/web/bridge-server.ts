/**
 * The loopback bridge behind `npm run web`: serves the built renderer and the same handler table
 * as ipcMain over HTTP, on 127.0.0.1 only. Every API call must carry the per-run random token
 * (printed in the URL's fragment, like Jupyter's) and come from the bridge's own origin; the Host
 * header is checked too, so a DNS-rebinding page cannot reach it. Files the app made are downloaded
 * from BRIDGE.stagedPath under the same rules: a GET that must carry the token header (so a link,
 * an <img> or a form elsewhere cannot fetch it), from the bridge's own page, streamed from the
 * staging folder and removed from it once sent whole.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { BRIDGE } from '@shared/ipc/contract'
import { AppError, fail } from '@shared/result'
import { dispatchAsync, type HandlerTable } from '../ipc/handlers'
import type { StagedEntry, StagingStore } from '../services/staging/staging-store'
import { STAGING_TEXT } from '../services/staging/staging-text'

export interface BridgeOptions {
  handlers: HandlerTable
  /** Folder of the built renderer (out/renderer). */
  staticDir: string
  port?: number
  token?: string
  /** Largest request body accepted, bytes (attachments travel base64 inside it). */
  maxBodyBytes?: number
  /** Where made files wait to be downloaded (the services' staging store); without it none is served. */
  staging?: Pick<StagingStore, 'open'>
}

export interface RunningBridge {
  server: Server
  origin: string
  token: string
  /** The address to open: the page takes its token from the fragment. */
  url: string
  close(): Promise<void>
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  // pdf.js's worker, emitted by vite under its own .mjs name.
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
  // Files the app makes (staged downloads).
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.csv': 'text/csv; charset=utf-8'
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  // frame-ancestors only works as a header (Chromium ignores it in a <meta> CSP).
  'content-security-policy': "frame-ancestors 'none'",
  'cross-origin-resource-policy': 'same-origin'
}

export async function startBridge(options: BridgeOptions): Promise<RunningBridge> {
  const token = options.token ?? randomBytes(24).toString('base64url')
  const maxBody = options.maxBodyBytes ?? 64 * 1024 * 1024
  const staticRoot = resolve(options.staticDir)
  let origin = ''

  const server = createServer((req, res) => {
    const host = req.headers.host ?? ''
    if (host !== new URL(origin).host) return send(res, 421, 'text/plain', 'wrong host')
    const url = new URL(req.url ?? '/', origin)
    if (url.pathname === BRIDGE.invokePath) return void handleInvoke(req, res)
    if (url.pathname.startsWith(BRIDGE.stagedPath)) return handleStaged(req, res, url.pathname.slice(BRIDGE.stagedPath.length))
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'method not allowed')
    serveStatic(url.pathname, res)
  })

  async function handleInvoke(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, 'text/plain', 'method not allowed')
    // Browsers send Origin on every cross-site POST; a missing one is a non-browser client, which
    // must still hold the token.
    const from = req.headers.origin
    if (from !== undefined && from !== origin) return send(res, 403, 'text/plain', 'origin not allowed')
    if (!tokenMatches(req.headers[BRIDGE.tokenHeader], token)) return send(res, 401, 'text/plain', 'missing or wrong token')
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'text/plain', 'JSON only')
    let body: unknown
    try {
      body = JSON.parse(await readBody(req, maxBody))
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        // Answer before closing, so the page can say why; the rest of the body is not read.
        res.writeHead(413, { 'content-type': 'text/plain', connection: 'close', ...SECURITY_HEADERS })
        res.end('body too large', () => req.destroy())
        return
      }
      return send(res, 400, 'text/plain', 'invalid JSON')
    }
    const { channel, input, meta } = (body ?? {}) as { channel?: unknown; input?: unknown; meta?: unknown }
    const result = await dispatchAsync(options.handlers, channel, input, meta)
    send(res, 200, 'application/json; charset=utf-8', JSON.stringify(result))
  }

  function handleStaged(req: IncomingMessage, res: ServerResponse, id: string): void {
    if (req.method !== 'GET') return send(res, 405, 'text/plain', 'method not allowed')
    // As for invoke: a browser names the page a request comes from, and a foreign one is refused.
    // Fetch Metadata too, since a same-origin GET carries no Origin header.
    const from = req.headers.origin
    if (from !== undefined && from !== origin) return send(res, 403, 'text/plain', 'origin not allowed')
    const site = req.headers['sec-fetch-site']
    if (site !== undefined && site !== 'same-origin') return send(res, 403, 'text/plain', 'cross-site request refused')
    if (!tokenMatches(req.headers[BRIDGE.tokenHeader], token)) return send(res, 401, 'text/plain', 'missing or wrong token')
    const staging = options.staging
    let entry: StagedEntry
    try {
      if (!staging) throw new AppError('not-found', STAGING_TEXT.unknown)
      entry = staging.open(id)
    } catch (error) {
      if (!(error instanceof AppError)) throw error
      // The page shows the Thai reason (unknown, expired, the app closed since).
      return send(res, 404, 'application/json; charset=utf-8', JSON.stringify(fail(error.toShape())))
    }
    const { ref, path } = entry
    const file = createReadStream(path)
    file.once('error', () => {
      if (!res.headersSent) send(res, 500, 'text/plain', 'read failed')
      else res.destroy()
    })
    file.once('open', () => {
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(ref.fileName).toLowerCase()] ?? 'application/octet-stream',
        'content-length': String(ref.sizeBytes),
        'content-disposition': contentDisposition(ref.fileName),
        'cache-control': 'no-store',
        ...SECURITY_HEADERS
      })
      file.pipe(res)
    })
    res.once('close', () => file.destroy())
  }

  function serveStatic(pathname: string, res: ServerResponse): void {
    let decoded: string
    try {
      decoded = decodeURIComponent(pathname)
    } catch {
      return send(res, 400, 'text/plain', 'bad path')
    }
    const relative = normalize(decoded).replace(/^([/\\])+/, '')
    let file = resolve(staticRoot, relative)
    if (file !== staticRoot && !file.startsWith(staticRoot + sep)) return send(res, 404, 'text/plain', 'not found')
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(staticRoot, 'index.html')
    if (!existsSync(file)) return send(res, 503, 'text/plain; charset=utf-8', 'ยังไม่ได้สร้างหน้าจอโปรแกรม — รัน npm run web (ซึ่งจะ build ให้) แทนการเรียกเซิร์ฟเวอร์โดยตรง')
    res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...SECURITY_HEADERS })
    createReadStream(file).pipe(res)
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen())
  })
  const { port } = server.address() as AddressInfo
  origin = `http://127.0.0.1:${port}`
  return {
    server,
    origin,
    token,
    url: `${origin}/#${BRIDGE.tokenFragment}=${token}`,
    close: () => new Promise<void>((r) => server.close(() => r()))
  }
}

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** RFC 6266: the Thai name as UTF-8 (filename*), with an ASCII stand-in for old readers. */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_')
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, max: number): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > max) {
        req.pause()
        reject(new BodyTooLarge())
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...SECURITY_HEADERS })
  res.end(body)
}
