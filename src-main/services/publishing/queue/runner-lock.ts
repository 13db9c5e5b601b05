/**
 * One upload runner per register. The app and the CLI may open the same register at once; if both
 * ran the queue, the second one's start-up would take the first one's running uploads for crashed
 * and send them again. The lock is a file in the data directory holding the owner's process id,
 * created exclusively; a lock whose process is gone (a crash) is taken over.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs'

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return err instanceof Error && 'code' in err && err.code === 'EPERM'
  }
}

function holder(path: string): number | null {
  try {
    const pid = Number(readFileSync(path, 'utf8').trim())
    return Number.isInteger(pid) && pid > 0 ? pid : null
  } catch {
    return null
  }
}

export interface RunnerLock {
  release(): void
}

/** The lock, or the process id that holds it. */
export function acquireRunnerLock(path: string): RunnerLock | { heldBy: number } {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx')
      try {
        writeSync(fd, `${process.pid}\n`)
      } finally {
        closeSync(fd)
      }
      let released = false
      return {
        release() {
          if (released) return
          released = true
          if (holder(path) === process.pid) rmSync(path, { force: true })
        }
      }
    } catch (err) {
      if (!(err instanceof Error && 'code' in err && err.code === 'EEXIST')) throw err
      const pid = holder(path)
      if (pid !== null && pid !== process.pid && alive(pid)) return { heldBy: pid }
      // Left by a process that is gone (or by this one before a crash of its services): take it over.
      rmSync(path, { force: true })
    }
  }
  throw new Error(`could not take the upload runner lock ${path}`)
}
