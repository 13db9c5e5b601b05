import { describe, expect, it } from 'vitest'
import { ProgressMeter, STORE_INTERVAL_MS } from './progress'

describe('ProgressMeter', () => {
  it('measures speed and time left over the last seconds', () => {
    let now = 0
    const meter = new ProgressMeter(() => now)
    meter.record(1, 0)
    now = 1000
    meter.record(1, 2_000_000)
    now = 2000
    meter.record(1, 4_000_000)
    expect(meter.rate(1, 10_000_000)).toEqual({ speedBytesPerSecond: 2_000_000, etaSeconds: 3 })
    // Older samples leave the window: a slowdown shows within seconds.
    for (let t = 3000; t <= 8000; t += 1000) {
      now = t
      meter.record(1, 4_000_000 + (t - 2000) * 100)
    }
    expect(meter.rate(1, 10_000_000).speedBytesPerSecond).toBe(100_000)
  })

  it('gives no speed while nothing moves, and forgets a finished job', () => {
    let now = 0
    const meter = new ProgressMeter(() => now)
    meter.record(2, 5000)
    now = 1000
    meter.record(2, 5000)
    expect(meter.rate(2, 10_000)).toEqual({ speedBytesPerSecond: null, etaSeconds: null })
    meter.forget(2)
    expect(meter.rate(2, 10_000)).toEqual({ speedBytesPerSecond: null, etaSeconds: null })
  })

  it('says to store bytes at most once per interval', () => {
    let now = 0
    const meter = new ProgressMeter(() => now)
    const stored: number[] = []
    for (let t = 0; t < 1000; t += 10) {
      now = t
      if (meter.record(3, t)) stored.push(t)
    }
    expect(stored).toEqual([0, STORE_INTERVAL_MS, 2 * STORE_INTERVAL_MS, 3 * STORE_INTERVAL_MS])
  })
})
