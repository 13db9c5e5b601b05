/**
 * Printing many requests' forms one after another: each item is exported on its own, a failure
 * is recorded and the rest continue, progress is reported after every item, and a stop request
 * is honoured between items (never in the middle of one, so no file is half made).
 */
export interface BatchItem {
  id: number
  title: string
}

export interface BatchFailure {
  item: BatchItem
  message: string
}

export interface BatchProgress {
  done: number
  total: number
  succeeded: number
  failures: BatchFailure[]
  current: BatchItem | null
}

export interface BatchOutcome extends BatchProgress {
  stopped: boolean
}

export async function runBatch(
  items: readonly BatchItem[],
  printOne: (item: BatchItem) => Promise<void>,
  onProgress: (p: BatchProgress) => void,
  shouldStop: () => boolean = () => false
): Promise<BatchOutcome> {
  const failures: BatchFailure[] = []
  let succeeded = 0
  let done = 0
  for (const item of items) {
    if (shouldStop()) return { done, total: items.length, succeeded, failures, current: null, stopped: true }
    onProgress({ done, total: items.length, succeeded, failures: [...failures], current: item })
    try {
      await printOne(item)
      succeeded++
    } catch (error) {
      failures.push({ item, message: error instanceof Error ? error.message : String(error) })
    }
    done++
  }
  const outcome = { done, total: items.length, succeeded, failures, current: null, stopped: false }
  onProgress(outcome)
  return outcome
}

/** Percent for the progress bar's width; 100 for an empty batch (nothing left to do). */
export function percentOf(done: number, total: number): number {
  return total === 0 ? 100 : Math.round((done / total) * 100)
}
