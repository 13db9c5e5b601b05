/** Parses untrusted input with a zod schema, turning its issues into one Thai AppError. */
import { z } from 'zod'
import { AppError } from '@shared/result'

/** zod's Thai messages, for the checks whose schema sets no message of its own (enums, types, strict objects). */
const thaiDefaults = z.locales.th().localeError

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input, { error: thaiDefaults })
  if (parsed.success) return parsed.data
  const fields: Record<string, string> = {}
  for (const issue of parsed.error.issues) {
    const key = issue.path.join('.') || '_'
    fields[key] ??= issue.message
  }
  const first = Object.values(fields)[0] ?? 'ข้อมูลไม่ถูกต้อง'
  const more = Object.keys(fields).length > 1 ? ` (และอีก ${Object.keys(fields).length - 1} รายการ)` : ''
  throw new AppError('invalid-input', `ข้อมูลไม่ถูกต้อง: ${first}${more}`, fields)
}
