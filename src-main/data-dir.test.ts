import { describe, expect, it } from 'vitest'
import { dataPaths, platformUserDataDir, resolveDataDir } from './data-dir'

describe('data directory', () => {
  it('matches Electron userData on each platform', () => {
    expect(platformUserDataDir('linux', {}, '/home/a')).toBe('/home/a/.config/Publish Desk')
    expect(platformUserDataDir('linux', { XDG_CONFIG_HOME: '/x' }, '/home/a')).toBe('/x/Publish Desk')
    expect(platformUserDataDir('darwin', {}, '/Users/a')).toBe('/Users/a/Library/Application Support/Publish Desk')
    expect(platformUserDataDir('win32', { APPDATA: 'C:/Users/a/AppData/Roaming' }, 'C:/Users/a').replaceAll('\\', '/')).toBe(
      'C:/Users/a/AppData/Roaming/Publish Desk'
    )
  })

  it('prefers --data-dir, then the environment variable, then the platform folder', () => {
    expect(resolveDataDir('/a', { PUBLISH_DESK_DATA_DIR: '/b' }, '/c')).toBe('/a')
    expect(resolveDataDir(undefined, { PUBLISH_DESK_DATA_DIR: '/b' }, '/c')).toBe('/b')
    expect(resolveDataDir(undefined, {}, '/c')).toBe('/c')
  })

  it('keeps every file the app writes inside the data directory', () => {
    const paths = dataPaths('/data')
    for (const p of Object.values(paths)) expect(p.startsWith('/data')).toBe(true)
  })
})
