/**
 * Downloading a made file from the loopback bridge (`npm run web`): the register export answers a
 * handle through /api/invoke, and the file itself comes from BRIDGE.stagedPath under the same rules
 * as every call — the token, the bridge's own origin and host — streamed once, then removed; a
 * download cut short keeps it for another try.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { request, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BRIDGE, type StagedFileRef } from '@shared/ipc/contract'
import { createHandlers } from '../../src-main/ipc/handlers'
import { STAGING_TEXT } from '../../src-main/services/staging/staging-text'
import { startBridge, type RunningBridge } from '../../src-main/web/bridge-server'
import { openFixture, requestIn, type RegisterFixture } from '../helpers/register-fixtures'

interface Reply {
  status: number
  headers: IncomingHttpHeaders
  body: Buffer
}

function send(bridge: RunningBridge, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  const { port } = bridge.server.address() as AddressInfo
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: { host: `127.0.0.1:${port}`, ...options.headers } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    if (options.body !== undefined) req.write(options.body)
    req.end()
  })
}

describe('downloading a staged file from the bridge', () => {
  let f: RegisterFixture
  let bridge: RunningBridge

  beforeAll(async () => {
    f = openFixture()
    requestIn(f, 'published', { title: 'ขออนุญาตเผยแพร่ "แผน, จัดซื้อ" ประจำปี' })
    const site = join(f.dir, 'tmp', 'site')
    mkdirSync(site, { recursive: true })
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>โต๊ะงานเผยแพร่ข้อมูล</title>')
    bridge = await startBridge({ handlers: createHandlers(f.services, { version: 't', shell: 'web' }), staticDir: site, staging: f.services.staging })
  })
  afterAll(async () => {
    await bridge.close()
    f.cleanup()
  })

  const good = () => ({ [BRIDGE.tokenHeader]: bridge.token })
  const path = (id: string) => `${BRIDGE.stagedPath}${id}`
  async function exportCsv(): Promise<{ staged: StagedFileRef; reply: Reply }> {
    const reply = await send(bridge, {
      method: 'POST',
      path: BRIDGE.invokePath,
      headers: { ...good(), origin: bridge.origin, 'content-type': 'application/json' },
      body: JSON.stringify({ channel: 'register:export', input: { format: 'csv', query: {} } })
    })
    const result = JSON.parse(reply.body.toString('utf8')) as { ok: true; value: { staged: StagedFileRef } }
    return { staged: result.value.staged, reply }
  }

  it('answers the export with a handle only, then streams the file with its Thai name, as often as asked', async () => {
    const { staged, reply } = await exportCsv()
    // The invoke answer is a few hundred bytes whatever the register's size: no base64 in it.
    expect(reply.body.length).toBeLessThan(1024)
    expect(reply.body.toString('utf8')).not.toContain('contentBase64')
    const stagedPath = f.services.staging.open(staged.id).path
    const expected = readFileSync(stagedPath)

    const download = await send(bridge, { path: path(staged.id), headers: { ...good(), 'sec-fetch-site': 'same-origin' } })
    expect(download.status).toBe(200)
    expect(download.body.equals(expected)).toBe(true)
    expect(download.body.toString('utf8')).toContain('ขออนุญาตเผยแพร่ ""แผน, จัดซื้อ"" ประจำปี')
    expect(download.headers).toMatchObject({
      'content-type': 'text/csv; charset=utf-8',
      'content-length': String(expected.length),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff'
    })
    const disposition = download.headers['content-disposition'] ?? ''
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/)
    expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? '')).toBe(staged.fileName)
    // Kept for another download until it expires or the app closes; an unknown id is refused in Thai.
    expect(existsSync(stagedPath)).toBe(true)
    const again = await send(bridge, { path: path(staged.id), headers: good() })
    expect(again.status).toBe(200)
    expect(again.body.equals(expected)).toBe(true)
    const unknown = await send(bridge, { path: path('0'.repeat(32)), headers: good() })
    expect(unknown.status).toBe(404)
    expect(JSON.parse(unknown.body.toString('utf8'))).toEqual({ ok: false, error: { code: 'not-found', message: STAGING_TEXT.unknown } })
  })

  it('refuses without the token or with a wrong one (401), and keeps the file', async () => {
    const { staged } = await exportCsv()
    const tries: Record<string, string>[] = [{}, { [BRIDGE.tokenHeader]: '' }, { [BRIDGE.tokenHeader]: 'x'.repeat(bridge.token.length) }, { [BRIDGE.tokenHeader]: `${bridge.token}x` }]
    for (const headers of tries) {
      const reply = await send(bridge, { path: path(staged.id), headers })
      expect(reply.status).toBe(401)
      expect(reply.body.length).toBeLessThan(100)
    }
    // The token in the query string is not the token: a link cannot carry it.
    expect((await send(bridge, { path: `${path(staged.id)}?${BRIDGE.tokenHeader}=${bridge.token}` })).status).toBe(401)
    expect(existsSync(f.services.staging.open(staged.id).path)).toBe(true)
  })

  it('refuses another origin, a cross-site fetch, another host and other methods even with the token', async () => {
    const { staged } = await exportCsv()
    const { port } = bridge.server.address() as AddressInfo
    for (const origin of ['https://evil.example', 'null', bridge.origin.replace('127.0.0.1', 'localhost')]) {
      expect((await send(bridge, { path: path(staged.id), headers: { ...good(), origin } })).status, origin).toBe(403)
    }
    for (const site of ['cross-site', 'same-site', 'none']) {
      expect((await send(bridge, { path: path(staged.id), headers: { ...good(), 'sec-fetch-site': site } })).status, site).toBe(403)
    }
    for (const host of ['evil.example', `localhost:${port}`]) {
      expect((await send(bridge, { path: path(staged.id), headers: { ...good(), host } })).status, host).toBe(421)
    }
    for (const method of ['POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS']) {
      expect((await send(bridge, { method, path: path(staged.id), headers: good() })).status, method).toBe(405)
    }
    expect(existsSync(f.services.staging.open(staged.id).path)).toBe(true)
  })

  it('answers 404 for an id it did not stage, a path instead of an id, or nothing', async () => {
    for (const p of [path('0'.repeat(32)), path('..%2F..%2Fregister.sqlite3'), path('%2e%2e%2fregister.sqlite3'), path(''), `${path('0'.repeat(32))}/x`]) {
      const reply = await send(bridge, { path: p, headers: good() })
      expect(reply.status, p).toBe(404)
      expect(JSON.parse(reply.body.toString('utf8')), p).toEqual({ ok: false, error: { code: 'not-found', message: STAGING_TEXT.unknown } })
    }
  })

  it('keeps a file whose download was cut short, and sends it whole on the next try', async () => {
    const bytes = Buffer.alloc(32 * 1024 * 1024, 'ข')
    const staged = f.services.staging.put('ใหญ่.csv', bytes)
    const { port } = bridge.server.address() as AddressInfo
    const received = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: path(staged.id), headers: { host: `127.0.0.1:${port}`, ...good() } }, (res) => {
        let n = 0
        res.on('data', (c: Buffer) => {
          n += c.length
          // Gone after the first chunks, as a closed tab would.
          if (n > 1024 * 1024) {
            req.destroy()
            resolve(n)
          }
        })
      })
      req.on('error', (e: NodeJS.ErrnoException) => (e.code === 'ECONNRESET' ? undefined : reject(e)))
      req.end()
    })
    expect(received).toBeLessThan(bytes.length)
    // Give the server its 'close' event.
    await new Promise((r) => setTimeout(r, 200))
    expect(existsSync(f.services.staging.open(staged.id).path)).toBe(true)
    const whole = await send(bridge, { path: path(staged.id), headers: good() })
    expect(whole.status).toBe(200)
    expect(whole.body.equals(bytes)).toBe(true)
  })

  it('serves no staged file when the bridge was started without the staging store', async () => {
    const site = join(f.dir, 'tmp', 'site')
    const bare = await startBridge({ handlers: createHandlers(f.services, { version: 't', shell: 'web' }), staticDir: site })
    try {
      const staged = f.services.staging.put('a.csv', Buffer.from('a'))
      expect((await send(bare, { path: path(staged.id), headers: { [BRIDGE.tokenHeader]: bare.token } })).status).toBe(404)
    } finally {
      await bare.close()
    }
  })
})
