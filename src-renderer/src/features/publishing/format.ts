/** How the publishing panel shows time left and progress (Arabic digits, like the other screens). */

/** "45 วินาที", "3 นาที 5 วินาที", "1 ชั่วโมง 2 นาที". */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds))
  if (s < 60) return `${s} วินาที`
  const m = Math.floor(s / 60)
  if (m < 60) return s % 60 === 0 ? `${m} นาที` : `${m} นาที ${s % 60} วินาที`
  return m % 60 === 0 ? `${Math.floor(m / 60)} ชั่วโมง` : `${Math.floor(m / 60)} ชั่วโมง ${m % 60} นาที`
}

/** Whole per cent of bytes at the server, never above 100. */
export function percent(sent: number, size: number): number {
  if (size <= 0) return 0
  return Math.min(100, Math.floor((Math.min(sent, size) * 100) / size))
}

/**
 * Every byte handed to the network while the job is still uploading: the OS holds up to a few MB
 * in its send buffer, so the server may still be receiving them. The panel then says it waits for
 * the server rather than showing a full bar that does not move.
 */
export function waitingForServer(j: { state: string; bytesSent: number; sizeBytes: number }): boolean {
  return j.state === 'uploading' && j.sizeBytes > 0 && j.bytesSent >= j.sizeBytes
}
