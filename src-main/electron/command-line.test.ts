import { describe, expect, it } from 'vitest'
import { dataDirArgument } from './command-line'

describe('dataDirArgument', () => {
  it('reads both spellings among Electron and Chromium arguments', () => {
    expect(dataDirArgument(['/usr/lib/electron', '.', '--data-dir', '/srv/ทะเบียน'])).toBe('/srv/ทะเบียน')
    expect(dataDirArgument(['electron.exe', '--no-sandbox', '--data-dir=D:\\PD'])).toBe('D:\\PD')
  })
  it('takes the last one given', () => {
    expect(dataDirArgument(['--data-dir=/a', '--data-dir', '/b'])).toBe('/b')
  })
  it('is undefined when absent, empty or followed by another option', () => {
    expect(dataDirArgument(['electron', '.'])).toBeUndefined()
    expect(dataDirArgument(['--data-dir='])).toBeUndefined()
    expect(dataDirArgument(['--data-dir', '--inspect'])).toBeUndefined()
    expect(dataDirArgument(['--data-dir'])).toBeUndefined()
  })
  it('stops at --', () => {
    expect(dataDirArgument(['--', '--data-dir', '/x'])).toBeUndefined()
  })
})
