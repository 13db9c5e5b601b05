import { describe, expect, it } from 'vitest'
import { columnWidths } from './table'

describe('columnWidths', () => {
  it('shares the width by weight and gives the rounding to the last column', () => {
    expect(columnWidths([2, 6, 2, 2], 9071)).toEqual([1511, 4535, 1511, 1514])
    expect(columnWidths([1, 1, 1], 100).reduce((a, b) => a + b, 0)).toBe(100)
    expect(columnWidths([1], 9071)).toEqual([9071])
  })
})
