import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { appMenuTemplate } from './app-menu'
import { SHELL_TEXT } from './shell-text'

const submenu = (item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] =>
  Array.isArray(item?.submenu) ? item.submenu : []

describe('appMenuTemplate', () => {
  it('has the four Thai menus in order', () => {
    const menu = appMenuTemplate({ isPackaged: true, showAbout: () => {} })
    expect(menu.map((m) => m.label)).toEqual(['แฟ้ม', 'แก้ไข', 'มุมมอง', 'ช่วยเหลือ'])
  })

  it('uses roles for the edit actions, so they work in text fields', () => {
    const edit = submenu(appMenuTemplate({ isPackaged: true, showAbout: () => {} })[1])
    const byRole = Object.fromEntries(edit.filter((i) => i.role).map((i) => [i.role, i.label]))
    expect(byRole).toMatchObject({ cut: 'ตัด', copy: 'คัดลอก', paste: 'วาง', selectAll: 'เลือกทั้งหมด' })
  })

  it('offers the developer tools only when the app is not packaged', () => {
    const roles = (isPackaged: boolean) => submenu(appMenuTemplate({ isPackaged, showAbout: () => {} })[2]).map((i) => i.role)
    expect(roles(true)).not.toContain('toggleDevTools')
    expect(roles(false)).toContain('toggleDevTools')
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'zoomIn', 'zoomOut', 'togglefullscreen']))
  })

  it('quits from แฟ้ม and shows the about box from ช่วยเหลือ', () => {
    let shown = 0
    const menu = appMenuTemplate({ isPackaged: true, showAbout: () => shown++ })
    expect(submenu(menu[0])[0]).toMatchObject({ label: 'ออกจากโปรแกรม', role: 'quit' })
    const about = submenu(menu[3])[0]
    expect(about?.label).toBe(SHELL_TEXT.menu.about)
    about?.click?.({} as never, undefined, {} as never)
    expect(shown).toBe(1)
  })

  it('labels every item in Thai (no English label left to a role default)', () => {
    const all = appMenuTemplate({ isPackaged: false, showAbout: () => {} }).flatMap((m) => [m, ...submenu(m)])
    for (const item of all.filter((i) => i.type !== 'separator')) expect(item.label).toMatch(/[\u0E00-\u0E7F]/)
  })
})
