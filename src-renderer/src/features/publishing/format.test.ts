import { describe, expect, it } from 'vitest'
import { duration, percent, waitingForServer } from './format'

describe('publishing panel format', () => {
  it('says time left in Thai units', () => {
    expect(duration(0)).toBe('0 วินาที')
    expect(duration(59.4)).toBe('59 วินาที')
    expect(duration(60)).toBe('1 นาที')
    expect(duration(185)).toBe('3 นาที 5 วินาที')
    expect(duration(3600)).toBe('1 ชั่วโมง')
    expect(duration(3720)).toBe('1 ชั่วโมง 2 นาที')
  })

  it('gives whole per cents that never pass 100', () => {
    expect(percent(0, 0)).toBe(0)
    expect(percent(1, 3)).toBe(33)
    expect(percent(999, 1000)).toBe(99)
    expect(percent(1200, 1000)).toBe(100)
  })

  it('tells a job whose bytes all left the app but that is still uploading: the server is still receiving', () => {
    expect(waitingForServer({ state: 'uploading', bytesSent: 3000, sizeBytes: 3000 })).toBe(true)
    expect(waitingForServer({ state: 'uploading', bytesSent: 2999, sizeBytes: 3000 })).toBe(false)
    expect(waitingForServer({ state: 'verifying', bytesSent: 3000, sizeBytes: 3000 })).toBe(false)
    expect(waitingForServer({ state: 'done', bytesSent: 3000, sizeBytes: 3000 })).toBe(false)
  })
})
