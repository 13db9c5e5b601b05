import { describe, expect, it } from 'vitest'
import { percentOf, runBatch, type BatchProgress } from './batch'

const items = [1, 2, 3].map((id) => ({ id, title: `คำขอ ${id}` }))

describe('runBatch', () => {
  it('goes on after a failure, lists it, and reports progress after every item', async () => {
    const seen: BatchProgress[] = []
    const printed: number[] = []
    const outcome = await runBatch(
      items,
      async (item) => {
        if (item.id === 2) throw new Error('ยังไม่ได้ยืนยันจุดที่ตรวจพบ')
        printed.push(item.id)
      },
      (p) => seen.push(p)
    )
    expect(printed).toEqual([1, 3])
    expect(outcome).toMatchObject({ done: 3, total: 3, succeeded: 2, stopped: false })
    expect(outcome.failures).toEqual([{ item: items[1], message: 'ยังไม่ได้ยืนยันจุดที่ตรวจพบ' }])
    expect(seen.map((p) => [p.done, p.current?.id ?? null])).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
      [3, null]
    ])
  })

  it('stops between items, never in the middle of one', async () => {
    let stop = false
    const printed: number[] = []
    const outcome = await runBatch(
      items,
      async (item) => {
        printed.push(item.id)
        stop = true
      },
      () => undefined,
      () => stop
    )
    expect(printed).toEqual([1])
    expect(outcome).toMatchObject({ done: 1, succeeded: 1, stopped: true })
  })
})

describe('percentOf', () => {
  it('rounds, and calls an empty batch complete', () => {
    expect(percentOf(1, 3)).toBe(33)
    expect(percentOf(3, 3)).toBe(100)
    expect(percentOf(0, 0)).toBe(100)
  })
})
