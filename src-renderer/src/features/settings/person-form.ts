/** A person's form state and its conversion to the contract's input; the roles warnings. */
import { personInput, type Person, type PersonInput } from '@shared/domain/schemas'
import type { Role } from '@shared/domain/roles'
import type { AppErrorShape } from '@shared/result'
import { checkInput } from '../../components/form-errors'
import { TEXT } from './text'

export interface PersonForm {
  id?: number
  title: string
  fullName: string
  /** Position lines as typed, one per line (the signature block prints them so). */
  positionText: string
  unit: string
  phone: string
  email: string
  roles: Role[]
  active: boolean
}

export function emptyPersonForm(roles: Role[] = []): PersonForm {
  return { title: '', fullName: '', positionText: '', unit: '', phone: '', email: '', roles, active: true }
}

export function personFormFrom(p: Person): PersonForm {
  return {
    id: p.id,
    title: p.title,
    fullName: p.fullName,
    positionText: p.positionLines.join('\n'),
    unit: p.unit,
    phone: p.phone,
    email: p.email,
    roles: [...p.roles],
    active: p.active
  }
}

export function personInputOf(f: PersonForm): PersonInput {
  const { positionText, id, ...rest } = f
  return { ...rest, ...(id === undefined ? {} : { id }), positionLines: positionText.split('\n') }
}

export function checkPerson(f: PersonForm): { ok: true; value: PersonInput } | { ok: false; error: AppErrorShape } {
  const input = personInputOf(f)
  const checked = checkInput(personInput, input)
  return checked.ok ? { ok: true, value: input } : checked
}

/**
 * What the announcement expects of the people register and is not there yet: someone who
 * approves, and two webmasters (4.1). Said, never enforced: a small office may grow into it.
 */
export function roleWarnings(people: readonly { roles: readonly Role[]; active?: boolean }[]): string[] {
  const active = people.filter((p) => p.active !== false)
  const warnings: string[] = []
  if (!active.some((p) => p.roles.includes('approver'))) warnings.push(TEXT.warnings.noApprover)
  const webmasters = active.filter((p) => p.roles.includes('webmaster')).length
  if (webmasters < 2) warnings.push(TEXT.warnings.fewWebmasters(webmasters))
  return warnings
}
