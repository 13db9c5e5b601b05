import { describe, expect, it } from 'vitest'
import { hrefOf, parseRoute } from './router'

describe('routes of the dashboard and the register', () => {
  it('opens on the dashboard, and on it for any address it does not know', () => {
    expect(parseRoute('')).toEqual({ page: 'dashboard' })
    expect(parseRoute('#/')).toEqual({ page: 'dashboard' })
    expect(parseRoute('#/nowhere')).toEqual({ page: 'dashboard' })
    expect(hrefOf({ page: 'dashboard' })).toBe('#/')
  })

  it('carries a dashboard card’s filter to the register and back', () => {
    expect(parseRoute('#/register')).toEqual({ page: 'register' })
    expect(parseRoute('#/register?status=submitted')).toEqual({ page: 'register', status: 'submitted' })
    expect(parseRoute('#/register?status=published&due=1')).toEqual({ page: 'register', status: 'published', dueSoon: true })
    expect(parseRoute('#/register?status=bogus')).toEqual({ page: 'register' })
    for (const route of [{ page: 'register' as const }, { page: 'register' as const, status: 'draft' as const }, { page: 'register' as const, status: 'published' as const, dueSoon: true }]) {
      expect(parseRoute(hrefOf(route))).toEqual(route)
    }
    expect(parseRoute(hrefOf({ page: 'register-import' }))).toEqual({ page: 'register-import' })
  })
})
