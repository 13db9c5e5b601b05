/**
 * The lifecycle of a publication request, as the office's announcement lays it down:
 * draft → submitted → approved | rejected; approved → published → withdrawn.
 * One table holds every legal move, so the UI, the CLI and the service agree on it.
 */
import type { Role } from './roles'

export const STATUSES = ['draft', 'submitted', 'approved', 'rejected', 'published', 'withdrawn'] as const
export type RequestStatus = (typeof STATUSES)[number]

export const STATUS_LABELS: Record<RequestStatus, string> = {
  draft: 'ร่าง',
  submitted: 'รอพิจารณา',
  approved: 'อนุมัติแล้ว',
  rejected: 'ไม่อนุมัติ',
  published: 'เผยแพร่แล้ว',
  withdrawn: 'นำออกแล้ว'
}

export const ACTIONS = ['submit', 'approve', 'reject', 'publish', 'withdraw', 'reopen'] as const
export type RequestAction = (typeof ACTIONS)[number]

export interface ActionRule {
  from: readonly RequestStatus[]
  to: RequestStatus
  /** Who may be named as the acting person; anyone in the register when empty. */
  roles: readonly Role[]
  label: string
}

export const ACTION_RULES: Record<RequestAction, ActionRule> = {
  submit: { from: ['draft'], to: 'submitted', roles: [], label: 'ส่งขออนุมัติ' },
  approve: { from: ['submitted'], to: 'approved', roles: ['approver'], label: 'อนุมัติ' },
  reject: { from: ['submitted'], to: 'rejected', roles: ['approver', 'assistant_head'], label: 'ไม่อนุมัติ' },
  publish: { from: ['approved'], to: 'published', roles: ['webmaster'], label: 'บันทึกว่าเผยแพร่แล้ว' },
  // publish and withdraw only record what was done outside the app (an FTP client, the host's panel);
  // uploading and taking down files on the host are the publishing service's, which make these moves itself.
  withdraw: { from: ['published'], to: 'withdrawn', roles: ['webmaster', 'approver'], label: 'บันทึกว่านำออกแล้ว' },
  // A refused request can be corrected and sent again; it goes back to draft first.
  reopen: { from: ['rejected'], to: 'draft', roles: [], label: 'แก้ไขเพื่อส่งใหม่' }
}

export function actionsFrom(status: RequestStatus): RequestAction[] {
  return ACTIONS.filter((a) => ACTION_RULES[a].from.includes(status))
}

/** Thai sentence saying why `action` cannot be taken on a request in `status`. */
export function illegalMoveMessage(action: RequestAction, status: RequestStatus): string {
  const rule = ACTION_RULES[action]
  const allowed = rule.from.map((s) => `“${STATUS_LABELS[s]}”`).join(' หรือ ')
  return `ไม่สามารถ${rule.label}ได้ เพราะคำขอนี้อยู่ในสถานะ “${STATUS_LABELS[status]}” — ทำได้เฉพาะคำขอที่อยู่ในสถานะ ${allowed}`
}

/** Editing the content or files of these sends the request back to "submitted" for a new decision. */
export const STATUSES_REOPENED_BY_EDIT: readonly RequestStatus[] = ['approved']
/** Content is frozen once it is on the website or taken down: the record is evidence. */
export const STATUSES_LOCKED: readonly RequestStatus[] = ['published', 'withdrawn']
