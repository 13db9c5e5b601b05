/**
 * Hostile links cannot take the window (Actual Budget's navigation-security test, with a fake
 * WebContents): only the app's page stays, http(s) goes to the browser, the rest is dropped.
 */
import { EventEmitter } from 'node:events'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { appLocation } from '../electron/trusted-url'
import { decideNavigation, decideWindowOpen, guardWebContents, refuseAllPermissions, type GuardedContents } from './navigation-policy'

const indexFile = '/opt/publish-desk/out/renderer/index.html'
const appUrl = pathToFileURL(indexFile).href
const location = appLocation({ indexFile, isPackaged: true, platform: 'linux' })

class FakeContents extends EventEmitter implements GuardedContents {
  openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.openHandler = handler
  }
  /** Fires a cancellable event like Electron does; returns whether it was prevented. */
  fire(event: string, url: string, extra: Record<string, unknown> = {}): boolean {
    let prevented = false
    this.emit(event, { url, ...extra, preventDefault: () => (prevented = true) })
    return prevented
  }
}

function guarded() {
  const contents = new FakeContents()
  const opened: string[] = []
  const warnings: string[] = []
  guardWebContents(contents, location, async (url) => void opened.push(url), (m) => warnings.push(m))
  return { contents, opened, warnings }
}

describe('decisions', () => {
  it('keeps the app page, sends web links out, drops the rest', () => {
    expect(decideNavigation(location, `${appUrl}#/x`)).toEqual({ action: 'allow' })
    expect(decideNavigation(location, 'https://itas.nacc.go.th/')).toEqual({ action: 'external', url: 'https://itas.nacc.go.th/' })
    expect(decideNavigation(location, 'file:///etc/passwd')).toEqual({ action: 'deny' })
    expect(decideWindowOpen(appUrl)).toEqual({ action: 'deny' })
    expect(decideWindowOpen('javascript:alert(1)')).toEqual({ action: 'deny' })
  })
})

describe('guardWebContents', () => {
  it('denies every window.open, opening only http(s) in the default browser', async () => {
    const { contents, opened } = guarded()
    expect(contents.openHandler?.({ url: 'https://www.moph.go.th/' })).toEqual({ action: 'deny' })
    expect(contents.openHandler?.({ url: 'file:///C:/Windows/System32/cmd.exe' })).toEqual({ action: 'deny' })
    expect(contents.openHandler?.({ url: appUrl })).toEqual({ action: 'deny' })
    await Promise.resolve()
    expect(opened).toEqual(['https://www.moph.go.th/'])
  })

  it('blocks navigation away from the app; a web link goes to the browser instead', async () => {
    const { contents, opened, warnings } = guarded()
    expect(contents.fire('will-navigate', `${appUrl}#/requests`)).toBe(false)
    expect(contents.fire('will-navigate', 'https://evil.example/phish')).toBe(true)
    expect(contents.fire('will-navigate', 'file:///home/somchai/Downloads/report.pdf')).toBe(true)
    expect(contents.fire('will-navigate', 'devtools://devtools/bundled/devtools_app.html')).toBe(true)
    await Promise.resolve()
    expect(opened).toEqual(['https://evil.example/phish'])
    expect(warnings.some((w) => w.includes('report.pdf'))).toBe(true)
  })

  it('blocks redirects and sub-frame navigations away from the app, without opening anything', async () => {
    const { contents, opened } = guarded()
    expect(contents.fire('will-redirect', 'https://evil.example/')).toBe(true)
    expect(contents.fire('will-redirect', appUrl)).toBe(false)
    expect(contents.fire('will-frame-navigate', 'https://evil.example/', { isMainFrame: false })).toBe(true)
    // The main frame's navigation is will-navigate's to judge.
    expect(contents.fire('will-frame-navigate', 'https://evil.example/', { isMainFrame: true })).toBe(false)
    await Promise.resolve()
    expect(opened).toEqual([])
  })

  it('refuses <webview>', () => {
    const { contents } = guarded()
    let prevented = false
    contents.emit('will-attach-webview', { preventDefault: () => (prevented = true) })
    expect(prevented).toBe(true)
  })

  it('reports, not throws, when the browser cannot be opened', async () => {
    const contents = new FakeContents()
    const warnings: string[] = []
    guardWebContents(contents, location, () => Promise.reject(new Error('no browser')), (m) => warnings.push(m))
    contents.openHandler?.({ url: 'https://example.com/' })
    await new Promise((resolve) => setImmediate(resolve))
    expect(warnings.join('\n')).toContain('no browser')
  })
})

describe('refuseAllPermissions', () => {
  it('answers no to every request and every check', () => {
    let request: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null
    let check: ((contents: unknown, permission: string) => boolean) | null = null
    refuseAllPermissions({
      setPermissionRequestHandler: (h) => (request = h),
      setPermissionCheckHandler: (h) => (check = h)
    })
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      let granted: boolean | null = null
      request!(null, permission, (g) => (granted = g))
      expect(granted).toBe(false)
      expect(check!(null, permission)).toBe(false)
    }
  })
})
