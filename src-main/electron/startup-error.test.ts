import { describe, expect, it } from 'vitest'
import { AppError } from '@shared/result'
import { SHELL_TEXT } from '../windows/shell-text'
import { isNativeLoadError } from './native-binding'
import { startupErrorBox } from './startup-error'

// What Node says when a .node file was built for another runtime (here: Node's build in Electron).
const abiMismatch = Object.assign(
  new Error(
    "The module '/app/node_modules/better-sqlite3/build/Release/better_sqlite3.node' was compiled against a different Node.js version using NODE_MODULE_VERSION 115. This version of Node.js requires NODE_MODULE_VERSION 140."
  ),
  { code: 'ERR_DLOPEN_FAILED' }
)

describe('startupErrorBox', () => {
  it('passes on the register’s own Thai message for a database from a newer version', () => {
    const error = new AppError('database-too-new', 'ฐานข้อมูลนี้สร้างจาก Publish Desk รุ่นที่ใหม่กว่า …')
    expect(startupErrorBox(error, '/d')).toEqual({ title: SHELL_TEXT.startup.databaseTooNewTitle, message: error.message })
  })

  it('tells the user to start with npm start when better-sqlite3 was built for another runtime', () => {
    expect(isNativeLoadError(abiMismatch)).toBe(true)
    expect(startupErrorBox(abiMismatch, '/d')).toEqual({ title: SHELL_TEXT.startup.title, message: SHELL_TEXT.startup.nativeModule })
    expect(SHELL_TEXT.startup.nativeModule).toContain('npm start')
  })

  it('names the folder and the reason for anything else', () => {
    const error = Object.assign(new Error('EACCES: permission denied, mkdir \'/d/attachments\''), { code: 'EACCES' })
    expect(isNativeLoadError(error)).toBe(false)
    const box = startupErrorBox(error, '/d')
    expect(box.message).toContain('/d')
    expect(box.message).toContain('EACCES')
    expect(box.message).toMatch(/ข้อมูลไม่ได้ถูกแก้ไข/)
    expect(startupErrorBox('weird', '/d').message).toContain('weird')
  })
})
