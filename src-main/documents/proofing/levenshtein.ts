/** Edit distance over code points (Thai marks count as characters: จรรยา → จิรายุ is 3). */
export function levenshtein(a: string, b: string): number {
  const x = [...a]
  const y = [...b]
  if (x.length === 0) return y.length
  if (y.length === 0) return x.length
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j)
  for (let i = 1; i <= x.length; i++) {
    const cur = [i]
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost))
    }
    prev = cur
  }
  return prev[y.length] ?? 0
}

/** Distance divided by the longer length: 0 = same, 1 = nothing in common. */
export function normalizedDistance(a: string, b: string): number {
  const longest = Math.max([...a].length, [...b].length)
  return longest === 0 ? 0 : levenshtein(a, b) / longest
}
