/** What the error box says when the register cannot be opened at start-up. */
import { AppError } from '@shared/result'
import { SHELL_TEXT } from '../windows/shell-text'
import { isNativeLoadError } from './native-binding'

export interface StartupErrorBox {
  title: string
  message: string
}

export function startupErrorBox(error: unknown, dataDir: string): StartupErrorBox {
  const t = SHELL_TEXT.startup
  // The AppError's message already says what happened and what to do, in Thai.
  if (error instanceof AppError && error.code === 'database-too-new') return { title: t.databaseTooNewTitle, message: error.message }
  if (error instanceof AppError) return { title: t.title, message: error.message }
  if (isNativeLoadError(error)) return { title: t.title, message: t.nativeModule }
  return { title: t.title, message: t.other(dataDir, error instanceof Error ? error.message : String(error)) }
}
