/**
 * Runs the automatic daily backup at start-up and then every hour while the app is open: an
 * office PC may stay on for weeks, or be switched on only for an hour a day.
 */
import type { AppServices } from '../app-services'

export const DAILY_CHECK_INTERVAL_MS = 60 * 60 * 1000

export function scheduleDailyBackups(services: Pick<AppServices, 'backup' | 'setup'>, onError: (error: unknown) => void, intervalMs = DAILY_CHECK_INTERVAL_MS): () => void {
  const run = () => {
    // Nothing worth keeping before the office is set up.
    if (!services.setup.isComplete()) return
    services.backup.runDailyIfDue().catch(onError)
  }
  run()
  const timer = setInterval(run, intervalMs)
  timer.unref()
  return () => clearInterval(timer)
}
