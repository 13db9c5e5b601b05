import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { appLocation, externalHttpUrl, isAppUrl } from './trusted-url'

const indexFile = '/opt/Publish Desk/out/renderer/index.html'
const indexUrl = pathToFileURL(indexFile).href

describe('appLocation', () => {
  it('uses the built file when no dev server is given', () => {
    expect(appLocation({ indexFile, isPackaged: false, platform: 'linux' })).toEqual({ kind: 'file', indexFile, caseInsensitive: false })
  })
  it('uses the loopback dev server in an unpackaged app', () => {
    expect(appLocation({ indexFile, devServerUrl: 'http://localhost:5173', isPackaged: false })).toEqual({
      kind: 'dev',
      url: 'http://localhost:5173/',
      origin: 'http://localhost:5173'
    })
  })
  it('ignores ELECTRON_RENDERER_URL in a packaged app', () => {
    expect(appLocation({ indexFile, devServerUrl: 'http://localhost:5173', isPackaged: true }).kind).toBe('file')
  })
  it.each(['https://evil.example', 'http://192.168.1.5:5173', 'http://localhost.evil.example:5173', 'http://user@localhost:5173', 'file:///tmp/x.html', 'not a url'])(
    'refuses a dev server URL that is not plain http on loopback: %s',
    (devServerUrl) => {
      expect(appLocation({ indexFile, devServerUrl, isPackaged: false }).kind).toBe('file')
    }
  )
})

describe('isAppUrl (file)', () => {
  const location = appLocation({ indexFile, isPackaged: true, platform: 'linux' })
  it('accepts the index file, with any hash or query', () => {
    expect(isAppUrl(location, indexUrl)).toBe(true)
    expect(isAppUrl(location, `${indexUrl}#/requests/12`)).toBe(true)
    expect(isAppUrl(location, `${indexUrl}?x=1`)).toBe(true)
  })
  it.each([
    ['another file in the same folder', pathToFileURL('/opt/Publish Desk/out/renderer/other.html').href],
    ['a file whose name starts the same', `${indexUrl}.evil.html`],
    ['a user download', 'file:///home/somchai/Downloads/index.html'],
    ['an encoded separator', 'file:///opt/Publish%20Desk/out%2Frenderer/index.html'],
    ['a file URL with a host', indexUrl.replace('file://', 'file://evil.example')],
    ['a different letter case on Linux', indexUrl.replace('index.html', 'INDEX.html')],
    ['devtools', 'devtools://devtools/bundled/devtools_app.html'],
    ['a web site', 'https://evil.example/out/renderer/index.html'],
    ['about:blank', 'about:blank'],
    ['a data URL', 'data:text/html,<script>alert(1)</script>'],
    ['empty', ''],
    ['garbage', '::::']
  ])('refuses %s', (_name, url) => {
    expect(isAppUrl(location, url)).toBe(false)
  })
  it('ignores letter case where the file system does (Windows)', () => {
    const windows = { kind: 'file' as const, indexFile, caseInsensitive: true }
    expect(isAppUrl(windows, indexUrl.replace('index.html', 'INDEX.html'))).toBe(true)
  })
})

describe('isAppUrl (dev server)', () => {
  const location = appLocation({ indexFile, devServerUrl: 'http://localhost:5173', isPackaged: false })
  it('accepts any page of the same origin', () => {
    expect(isAppUrl(location, 'http://localhost:5173/')).toBe(true)
    expect(isAppUrl(location, 'http://localhost:5173/index.html#/settings')).toBe(true)
  })
  it.each(['http://localhost:5174/', 'https://localhost:5173/', 'http://127.0.0.1:5173/', 'http://localhost:5173@evil.example/', indexUrl])('refuses %s', (url) => {
    expect(isAppUrl(location, url)).toBe(false)
  })
})

describe('externalHttpUrl', () => {
  it('passes http and https, normalised', () => {
    expect(externalHttpUrl('https://www.moph.go.th/ita')).toBe('https://www.moph.go.th/ita')
    expect(externalHttpUrl('HTTP://Example.com')).toBe('http://example.com/')
  })
  it.each([
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'data:text/html,hi',
    'https://www.moph.go.th@evil.example/',
    'https://user:pw@example.com/',
    'not a url',
    ''
  ])('refuses %s', (url) => {
    expect(externalHttpUrl(url)).toBeNull()
  })
})
