/**
 * Speed and time left of the uploads in progress, measured in this process over the last few
 * seconds (the register keeps only bytes sent: a speed is not a fact worth storing). Also decides
 * when the bytes are worth writing to the register: at most a few times a second per job, so a
 * 500 MB/s loopback upload does not turn into thousands of SQLite commits.
 */

const WINDOW_MS = 4000
export const STORE_INTERVAL_MS = 250

interface Sample {
  at: number
  bytes: number
}

interface Track {
  samples: Sample[]
  storedAt: number
}

export interface Rate {
  speedBytesPerSecond: number | null
  etaSeconds: number | null
}

export class ProgressMeter {
  private readonly tracks = new Map<number, Track>()

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** Records bytes at the server for a job; true when it is time to store them. */
  record(jobId: number, bytes: number): boolean {
    const at = this.now()
    let track = this.tracks.get(jobId)
    if (!track) {
      track = { samples: [], storedAt: -Infinity }
      this.tracks.set(jobId, track)
    }
    track.samples.push({ at, bytes })
    while (track.samples.length > 2 && at - (track.samples[0]?.at ?? at) > WINDOW_MS) track.samples.shift()
    if (at - track.storedAt < STORE_INTERVAL_MS) return false
    track.storedAt = at
    return true
  }

  rate(jobId: number, sizeBytes: number): Rate {
    const samples = this.tracks.get(jobId)?.samples ?? []
    const first = samples[0]
    const last = samples[samples.length - 1]
    if (!first || !last || last.at - first.at < 200 || last.bytes <= first.bytes) return { speedBytesPerSecond: null, etaSeconds: null }
    const speed = ((last.bytes - first.bytes) * 1000) / (last.at - first.at)
    return { speedBytesPerSecond: Math.round(speed), etaSeconds: Math.max(0, Math.ceil((sizeBytes - last.bytes) / speed)) }
  }

  forget(jobId: number): void {
    this.tracks.delete(jobId)
  }
}
