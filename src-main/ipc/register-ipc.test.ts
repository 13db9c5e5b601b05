/**
 * The sender check and the one IPC handler, with fake events (electron-trpc style) over the real
 * handler table on a real register in a temporary folder.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appLocation } from '../electron/trusted-url'
import { openAppServices, type AppServices } from '../services/app-services'
import { createHandlers, type HandlerTable } from './handlers'
import { INVOKE_CHANNEL } from './invoke-channel'
import { checkSender, handleInvoke, registerIpc, UNTRUSTED_SENDER, type SenderEvent } from './register-ipc'

const indexFile = '/opt/publish-desk/out/renderer/index.html'
const appUrl = pathToFileURL(indexFile).href
const fileLocation = appLocation({ indexFile, isPackaged: true, platform: 'linux' })
const devLocation = appLocation({ indexFile, devServerUrl: 'http://localhost:5173', isPackaged: false })

const topFrame = (url: string): SenderEvent => ({ senderFrame: { url, parent: null } })
const quietLog = { warnings: [] as string[], errors: [] as string[], warn(m: string) { this.warnings.push(m) }, error(m: string) { this.errors.push(m) } }

describe('checkSender', () => {
  it('trusts the top frame of the built page, with the renderer’s hash route', () => {
    expect(checkSender(topFrame(appUrl), fileLocation)).toEqual({ trusted: true })
    expect(checkSender(topFrame(`${appUrl}#/requests/3`), fileLocation)).toEqual({ trusted: true })
  })
  it('trusts the dev server only in a dev location', () => {
    expect(checkSender(topFrame('http://localhost:5173/'), devLocation).trusted).toBe(true)
    expect(checkSender(topFrame('http://localhost:5173/'), fileLocation).trusted).toBe(false)
  })
  it.each([
    ['a hostile web origin', 'https://evil.example/'],
    ['a look-alike host', 'http://localhost:5173.evil.example/'],
    ['file:// of another path', pathToFileURL('/tmp/evil/index.html').href],
    ['file:// of a sibling page', pathToFileURL('/opt/publish-desk/out/renderer/evil.html').href],
    ['devtools', 'devtools://devtools/bundled/devtools_app.html'],
    ['chrome-extension', 'chrome-extension://abcdef/index.html'],
    ['about:blank', 'about:blank'],
    ['an empty URL', '']
  ])('refuses %s', (_name, url) => {
    const verdict = checkSender(topFrame(url), fileLocation)
    expect(verdict.trusted).toBe(false)
  })
  it('refuses a missing frame (navigated away or destroyed)', () => {
    expect(checkSender({ senderFrame: null }, fileLocation)).toEqual({ trusted: false, reason: 'no sender frame' })
    expect(checkSender({ senderFrame: undefined }, fileLocation).trusted).toBe(false)
  })
  it('refuses a sub-frame even when it shows the app’s own page', () => {
    expect(checkSender({ senderFrame: { url: appUrl, parent: { url: appUrl } } }, fileLocation).trusted).toBe(false)
  })
})

describe('handleInvoke and registerIpc', () => {
  let dir: string
  let services: AppServices
  let table: HandlerTable

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'publish-desk-ipc-'))
    services = openAppServices({ dataDir: dir })
    table = createHandlers(services, { version: '9.9.9', shell: 'electron' })
  })
  afterAll(() => {
    services.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('dispatches a trusted call to the handler table', async () => {
    const result = await handleInvoke(table, fileLocation, topFrame(appUrl), ['app:info', {}, { operatorId: null }], quietLog)
    expect(result).toMatchObject({ ok: true, value: { version: '9.9.9', shell: 'electron', dataDir: dir, setupComplete: false } })
  })

  it('refuses an untrusted call with a Thai Result error and never reaches a handler', async () => {
    const before = services.audit.list({ offset: 0, limit: 1000 }).length
    const result = await handleInvoke(
      table,
      fileLocation,
      topFrame('https://evil.example/'),
      ['setup:complete', { office: { name: 'x' } }, { operatorId: null }],
      quietLog
    )
    expect(result).toEqual({ ok: false, error: UNTRUSTED_SENDER })
    expect(UNTRUSTED_SENDER.message).toMatch(/ไม่ได้มาจากหน้าจอของโปรแกรม/)
    expect(services.audit.list({ offset: 0, limit: 1000 }).length).toBe(before)
    expect(quietLog.warnings.at(-1)).toContain('https://evil.example/')
  })

  it('passes bad input from a trusted page to dispatch, which answers with a Result', async () => {
    const unknown = await handleInvoke(table, fileLocation, topFrame(appUrl), ['fs:readFile', {}, undefined], quietLog)
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    const invalid = await handleInvoke(table, fileLocation, topFrame(appUrl), ['requests:get', { id: 'one' }, undefined], quietLog)
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })

  it('registers one handler on the one channel and removes it', async () => {
    const handlers = new Map<string, (event: never, ...args: unknown[]) => unknown>()
    const fakeIpcMain = {
      handle(channel: string, listener: (event: never, ...args: unknown[]) => unknown) {
        if (handlers.has(channel)) throw new Error('registered twice')
        handlers.set(channel, listener)
      },
      removeHandler(channel: string) {
        handlers.delete(channel)
      }
    }
    const unregister = registerIpc(fakeIpcMain, table, fileLocation)
    expect([...handlers.keys()]).toEqual([INVOKE_CHANNEL])
    const listener = handlers.get(INVOKE_CHANNEL)
    const event = topFrame(appUrl) as never
    expect(await listener?.(event, 'indicators:years', {}, undefined)).toMatchObject({ ok: true })
    expect(await listener?.(topFrame('devtools://devtools/x') as never, 'indicators:years', {}, undefined)).toEqual({ ok: false, error: UNTRUSTED_SENDER })
    unregister()
    expect(handlers.size).toBe(0)
  })
})
