import { describe, expect, it } from 'vitest'
import { ACTIONS, ACTION_RULES, STATUSES, actionsFrom, illegalMoveMessage } from './request-status'

describe('request lifecycle table', () => {
  it('allows exactly the moves of the announced procedure', () => {
    const moves = ACTIONS.flatMap((a) => ACTION_RULES[a].from.map((from) => `${from} -${a}-> ${ACTION_RULES[a].to}`)).sort()
    expect(moves).toEqual(
      [
        'draft -submit-> submitted',
        'submitted -approve-> approved',
        'submitted -reject-> rejected',
        'approved -publish-> published',
        'published -withdraw-> withdrawn',
        'rejected -reopen-> draft'
      ].sort()
    )
  })

  it('offers no action on a withdrawn request and one or two elsewhere', () => {
    expect(actionsFrom('withdrawn')).toEqual([])
    expect(actionsFrom('submitted')).toEqual(['approve', 'reject'])
    for (const s of STATUSES.filter((s) => s !== 'withdrawn')) expect(actionsFrom(s).length).toBeGreaterThan(0)
  })

  it('only the head approves; only webmasters publish', () => {
    expect(ACTION_RULES.approve.roles).toEqual(['approver'])
    expect(ACTION_RULES.publish.roles).toEqual(['webmaster'])
  })

  it('says in Thai why a move is illegal, naming both statuses', () => {
    const message = illegalMoveMessage('approve', 'draft')
    expect(message).toContain('“ร่าง”')
    expect(message).toContain('“รอพิจารณา”')
    expect(message).toMatch(/^ไม่สามารถอนุมัติได้/)
  })
})
