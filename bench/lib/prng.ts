/**
 * A small seeded PRNG (mulberry32), so that every run of a benchmark builds the same data and
 * two runs measure the same thing.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
  /** Picks by weight: each entry is [item, weight]. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T
  chance(p: number): boolean
  hex(chars: number): string
}

export function seededRng(seed: number): Rng {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new RangeError('pick from an empty list')
      return items[int(0, items.length - 1)] as T
    },
    weighted: <T>(entries: readonly (readonly [T, number])[]): T => {
      const total = entries.reduce((sum, [, w]) => sum + w, 0)
      let r = next() * total
      for (const [item, w] of entries) {
        r -= w
        if (r < 0) return item
      }
      const last = entries.at(-1)
      if (!last) throw new RangeError('weighted pick from an empty list')
      return last[0]
    },
    chance: (p: number): boolean => next() < p,
    hex: (chars: number): string => {
      let s = ''
      while (s.length < chars) s += Math.floor(next() * 4294967296).toString(16).padStart(8, '0')
      return s.slice(0, chars)
    }
  }
}
