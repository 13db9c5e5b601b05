/**
 * What crosses a process boundary: a value or an error a person can act on.
 * Errors carry a stable code for programs and a Thai message for people (Signal's wrapResult).
 */
export type ErrorCode =
  | 'invalid-input'
  | 'not-found'
  | 'conflict'
  | 'illegal-transition'
  | 'file-refused'
  | 'forbidden'
  | 'database-too-new'
  | 'backup-invalid'
  | 'host-unavailable'
  /** An FTP password is needed and none is stored or held for this session: ask the person for it. */
  | 'password-required'
  | 'internal'

export interface AppErrorShape {
  code: ErrorCode
  /** Thai, says what happened and what to do. */
  message: string
  /** Per-field messages for forms, keyed by field path ("title", "people.0.fullName"). */
  fields?: Record<string, string>
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape }

export class AppError extends Error implements AppErrorShape {
  readonly code: ErrorCode
  readonly fields?: Record<string, string>
  constructor(code: ErrorCode, message: string, fields?: Record<string, string>) {
    super(message)
    this.name = 'AppError'
    this.code = code
    if (fields) this.fields = fields
  }
  toShape(): AppErrorShape {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message }
  }
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = (error: AppErrorShape): Result<never> => ({ ok: false, error })
