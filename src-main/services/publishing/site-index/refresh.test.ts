/**
 * The scheduling of `refresh` (the upload queue's hook): one run at a time per page, requests
 * that arrive before a run starts share it, and a failure comes back as a result, never thrown.
 * The upload itself is replaced by a deferred the test settles, so the order is exact; the real
 * upload is tested against pure-ftpd in tests/integration/publishing/site-index.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { AppError } from '@shared/result'
import { SiteIndexService, type PublishOptions, type SiteIndexDeps, type SiteIndexPublished } from './site-index-service'

interface Call {
  fy: number
  profileId: number
  settle(error?: Error): void
}

/** The service with `publish` held until the test settles it; counts overlapping runs. */
class HeldService extends SiteIndexService {
  readonly calls: Call[] = []
  active = 0
  maxActive = 0

  constructor() {
    // refresh() touches none of the dependencies: only publish() (replaced below) would.
    super({ refreshDelayMs: 5 } as SiteIndexDeps)
  }

  override publish(fy: number, profileId: number, _password: string, _options?: PublishOptions): Promise<SiteIndexPublished> {
    this.active++
    this.maxActive = Math.max(this.maxActive, this.active)
    return new Promise((resolve, reject) => {
      this.calls.push({
        fy,
        profileId,
        settle: (error) => {
          this.active--
          if (error) reject(error)
          else resolve({ fiscalYear: fy, profileId, profileName: 'p', remotePath: `/ita/${fy}/index.html`, publicUrl: 'https://x/ita/index.html', items: this.calls.length, bytes: 1, sha256: '0'.repeat(64), verifiedBy: 'size' })
        }
      })
    })
  }
}

const tick = (ms = 20): Promise<void> => new Promise((r) => setTimeout(r, ms))

describe('SiteIndexService.refresh', () => {
  it('requests that arrive before the run starts share it', async () => {
    const s = new HeldService()
    const all = [s.refresh(2569, 1, 'pw'), s.refresh(2569, 1, 'pw'), s.refresh(2569, 1, 'pw')]
    expect(new Set(all).size).toBe(1)
    await tick()
    expect(s.calls).toHaveLength(1)
    s.calls[0]?.settle()
    for (const r of await Promise.all(all)) expect(r).toMatchObject({ ok: true, value: { fiscalYear: 2569 } })
  })

  it('a change during a run gets one follow-up run after it, never two at once', async () => {
    const s = new HeldService()
    const first = s.refresh(2569, 1, 'pw')
    await tick()
    expect(s.calls).toHaveLength(1)
    // The first run is uploading: these come after the change it may not include.
    const second = s.refresh(2569, 1, 'pw')
    const third = s.refresh(2569, 1, 'pw')
    expect(second).toBe(third)
    expect(second).not.toBe(first)
    await tick()
    expect(s.calls).toHaveLength(1)
    s.calls[0]?.settle()
    await first
    await tick()
    expect(s.calls).toHaveLength(2)
    s.calls[1]?.settle()
    expect((await second).ok).toBe(true)
    expect(s.maxActive).toBe(1)
  })

  it('pages of other years or hosts do not wait for each other', async () => {
    const s = new HeldService()
    void s.refresh(2569, 1, 'pw')
    void s.refresh(2570, 1, 'pw')
    void s.refresh(2569, 2, 'pw')
    await tick()
    expect(s.calls.map((c) => `${c.fy}:${c.profileId}`).sort()).toEqual(['2569:1', '2569:2', '2570:1'])
    for (const c of s.calls) c.settle()
  })

  it('returns a failure instead of throwing: an AppError as it is, anything else as a Thai message', async () => {
    const s = new HeldService()
    const refused = s.refresh(2569, 1, 'pw')
    await tick()
    s.calls[0]?.settle(new AppError('forbidden', 'เข้าสู่ระบบ FTP ไม่สำเร็จ'))
    expect(await refused).toEqual({ ok: false, error: { code: 'forbidden', message: 'เข้าสู่ระบบ FTP ไม่สำเร็จ' } })
    const crashed = s.refresh(2569, 1, 'pw')
    await tick()
    s.calls[1]?.settle(new Error('boom'))
    const r = await crashed
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.message).toMatch(/^ปรับปรุงหน้ารายการข้อมูลบนเว็บไซต์ไม่สำเร็จ.*\(boom\).*ให้สั่งปรับปรุงหน้ารายการอีกครั้ง$/)
  })
})
