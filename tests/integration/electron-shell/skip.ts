/** Skips a test and prints why: vitest's default reporter counts skips but does not show the note. */
export function skipBecause(ctx: { skip(note?: string): never }, reason: string): never {
  console.warn(`skipped: ${reason}`)
  return ctx.skip(reason)
}
