/**
 * Helpers for forms that show the main process's Thai errors: the message for a banner, the
 * per-field messages (keys like "office.name", "people.1.fullName") and moving focus to the first
 * field in error, so a keyboard user lands where the fix is.
 */
import type { z } from 'zod'
import type { AppErrorShape } from '@shared/result'

/** The error of a failed `call()` (an ApiError carries it as `.error`), or an internal one. */
export function errorShapeOf(error: unknown): AppErrorShape {
  // Duck-typed so this module stays free of the transport (and testable under Node).
  if (error instanceof Error && 'error' in error && typeof error.error === 'object' && error.error !== null && 'message' in error.error) {
    return error.error as AppErrorShape
  }
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) }
}

export type FieldErrors = Record<string, string>

/** The per-field messages of an error, optionally only those under `prefix` with it stripped. */
export function fieldErrorsOf(error: AppErrorShape | null, prefix = ''): FieldErrors {
  const out: FieldErrors = {}
  if (!error?.fields) return out
  for (const [key, message] of Object.entries(error.fields)) {
    if (prefix && !key.startsWith(`${prefix}.`)) continue
    out[prefix ? key.slice(prefix.length + 1) : key] = message
  }
  return out
}

/**
 * The message for a field path, also taking messages about its parts ("positionLines.2" for
 * "positionLines"): one control often edits a list.
 */
export function errorFor(fields: FieldErrors, path: string): string | undefined {
  if (fields[path]) return fields[path]
  const nested = Object.keys(fields).find((k) => k.startsWith(`${path}.`))
  return nested ? fields[nested] : undefined
}

/** Focuses the first control marked invalid inside `container`, or else its error banner. */
export function focusFirstError(container: HTMLElement | null): void {
  if (!container) return
  const target = container.querySelector<HTMLElement>('[aria-invalid="true"]') ?? container.querySelector<HTMLElement>('[data-error-banner]')
  target?.focus()
}

/**
 * Checks a form's input with the same zod schema the main process uses, before sending it, so all
 * field errors show at once. `messages` replaces the schema's message for a field (and its parts)
 * where the schema has none in Thai (numbers typed as text, for instance). The main process
 * checks again: this is for the person, not for safety.
 */
export function checkInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  messages: Record<string, string> = {}
): { ok: true; value: z.output<S> } | { ok: false; error: AppErrorShape } {
  const parsed = schema.safeParse(input)
  if (parsed.success) return { ok: true, value: parsed.data }
  const fields: FieldErrors = {}
  for (const issue of parsed.error.issues) {
    const key = issue.path.map(String).join('.') || '_'
    const override = Object.keys(messages).find((m) => key === m || key.startsWith(`${m}.`))
    fields[key] ??= override !== undefined ? (messages[override] ?? issue.message) : issue.message
  }
  return { ok: false, error: invalid(fields) }
}

/** An invalid-input error in the main process's wording: the first problem and how many more. */
export function invalid(fields: FieldErrors): AppErrorShape {
  const values = Object.values(fields)
  const more = values.length > 1 ? ` (และอีก ${values.length - 1} รายการ)` : ''
  return { code: 'invalid-input', message: `ข้อมูลไม่ถูกต้อง: ${values[0] ?? 'กรุณาตรวจสอบข้อมูล'}${more}`, fields }
}

/**
 * The error without the messages of fields that have just been edited (`prefix` + a changed key,
 * or its parts), so a fixed field stops showing red at once; null when no field is left to fix.
 * `aliases` maps a form key to its input key where they differ (positionText → positionLines).
 */
export function withoutEdited<T extends object>(
  error: AppErrorShape | null,
  before: T,
  after: T,
  prefix = '',
  aliases: Partial<Record<keyof T, string>> = {}
): AppErrorShape | null {
  if (!error?.fields) return error
  const changed = (Object.keys(after) as (keyof T)[])
    .filter((k) => before[k] !== after[k])
    .map((k) => `${prefix ? `${prefix}.` : ''}${aliases[k] ?? String(k)}`)
  if (changed.length === 0) return error
  const fields = Object.fromEntries(Object.entries(error.fields).filter(([key]) => !changed.some((c) => key === c || key.startsWith(`${c}.`))))
  if (Object.keys(fields).length === Object.keys(error.fields).length) return error
  return Object.keys(fields).length === 0 ? null : { ...error, fields }
}
