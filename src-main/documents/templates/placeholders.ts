/**
 * Placeholders in template text: `{office.name}`, `{fy}` … A template is checked when it is
 * loaded (every name known, braces paired, list variables alone on their line) and filled when
 * a document is built (every value present): a broken or incomplete template never prints "{x}".
 */
import { AppError } from '@shared/result'
import { LIST_VARIABLES } from './kinds'
import { TH } from './messages'

const TOKEN = /\{([^{}]*)\}/g

/** The names of the placeholders in `text`, in order. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(TOKEN)].map((m) => (m[1] ?? '').trim())
}

/** What is wrong with the placeholders of `text` given the names allowed there, or null. */
export function placeholderProblem(text: string, allowed: readonly string[]): string | null {
  if (/[{}]/.test(text.replace(TOKEN, ''))) return TH.unbalancedBrace(text)
  for (const name of placeholdersIn(text)) {
    if (!allowed.includes(name)) return TH.unknownPlaceholder(name, allowed)
    if (LIST_VARIABLES.includes(name) && text.trim() !== `{${name}}`) return TH.listNotAlone(name)
  }
  return null
}

/** The list variable `line` consists of, if it is one alone (`{requests.titles}`). */
export function listVariableOf(line: string): string | null {
  const m = /^\{\s*([^{}]+?)\s*\}$/.exec(line.trim())
  const name = m?.[1]
  return name !== undefined && LIST_VARIABLES.includes(name) ? name : null
}

/**
 * `text` with every placeholder replaced by its value. `ref` names the template or document for
 * the error: a name without a value here, or a value that is empty (data not entered yet).
 */
export function fill(text: string, values: Readonly<Record<string, string>>, ref: string): string {
  if (/[{}]/.test(text.replace(TOKEN, ''))) throw new AppError('invalid-input', `${ref}: ${TH.unbalancedBrace(text)}`)
  return text.replace(TOKEN, (_, raw: string) => {
    const name = raw.trim()
    const value = Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined
    if (value === undefined) throw new AppError('invalid-input', `${ref}: ${TH.unknownPlaceholder(name, Object.keys(values))}`)
    if (value.trim() === '') throw new AppError('invalid-input', TH.missingValue(name, ref))
    return value
  })
}
