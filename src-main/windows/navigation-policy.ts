/**
 * What a web page of the app may do to its window: stay on the app's own page, send http(s)
 * links to the default browser, and nothing else (Electron's security checklist, items 13–15).
 * The guard takes a structural view of WebContents so a test can drive it with a fake.
 */
import { externalHttpUrl, isAppUrl, type AppLocation } from '../electron/trusted-url'

export type NavigationDecision = { action: 'allow' } | { action: 'deny' } | { action: 'external'; url: string }

/** A top-level navigation: the app's own page may reload; an http(s) link opens in the browser. */
export function decideNavigation(location: AppLocation, url: string): NavigationDecision {
  if (isAppUrl(location, url)) return { action: 'allow' }
  const external = externalHttpUrl(url)
  return external ? { action: 'external', url: external } : { action: 'deny' }
}

/** window.open and target=_blank: never a new Electron window; http(s) goes to the browser. */
export function decideWindowOpen(url: string): NavigationDecision {
  const external = externalHttpUrl(url)
  return external ? { action: 'external', url: external } : { action: 'deny' }
}

interface Preventable {
  readonly url: string
  preventDefault(): void
}

/** The WebContents members the guard uses (a real WebContents satisfies it). */
export interface GuardedContents {
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void
  on(event: 'will-navigate', listener: (details: Preventable) => void): unknown
  on(event: 'will-frame-navigate', listener: (details: Preventable & { readonly isMainFrame: boolean }) => void): unknown
  on(event: 'will-redirect', listener: (details: Preventable) => void): unknown
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown
}

export type OpenExternal = (url: string) => Promise<void>

export function guardWebContents(contents: GuardedContents, location: AppLocation, openExternal: OpenExternal, warn: (message: string) => void = console.warn): void {
  const external = (url: string) => {
    openExternal(url).catch((error: unknown) => warn(`publish-desk: could not open ${url}: ${String(error)}`))
  }
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url)
    if (decision.action === 'external') external(decision.url)
    else warn(`publish-desk: blocked window.open(${url})`)
    return { action: 'deny' }
  })
  contents.on('will-navigate', (details) => {
    const decision = decideNavigation(location, details.url)
    if (decision.action === 'allow') return
    details.preventDefault()
    if (decision.action === 'external') external(decision.url)
    else warn(`publish-desk: blocked navigation to ${details.url}`)
  })
  // Sub-frames (the app has none) never leave the app's page, and never open the browser.
  contents.on('will-frame-navigate', (details) => {
    if (details.isMainFrame || isAppUrl(location, details.url)) return
    details.preventDefault()
    warn(`publish-desk: blocked frame navigation to ${details.url}`)
  })
  contents.on('will-redirect', (details) => {
    if (isAppUrl(location, details.url)) return
    details.preventDefault()
    warn(`publish-desk: blocked redirect to ${details.url}`)
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/** The session-level part: every permission (camera, notifications, clipboard read…) is refused. */
export interface PermissionSession {
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void): void
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void
}

export function refuseAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}
