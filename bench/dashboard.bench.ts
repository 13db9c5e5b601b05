/**
 * The dashboard benchmark (issue 5, item 9): the first screen's data — counts by status, the
 * waiting list, the take-down list, the indicators without published evidence, the next MOIT
 * round — on the 100,000-request register of bench/register-data.ts, target ≤ 50 ms (p95).
 *
 * The register is built as the register benchmark builds it (same generator, same seed), with a
 * clock in FY 2569 so that year's indicators exist; a deterministic share of FY 2569 requests is
 * then linked to them (indicators 1–19 from requests of every status, 20 only from requests that
 * are not published, 21–22 from none), so the "no published evidence" query has real work and a
 * known answer. Each figure is checked against a brute-force query over the whole table
 * (`NOT INDEXED`), which is also the baseline the timings are compared with.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { STATUSES } from '@shared/domain/request-status'
import { TAKE_DOWN_WINDOW_DAYS } from '@shared/domain/dashboard'
import { addDays, todayIso } from '@shared/thai'
import { openAppServices, type AppServices } from '../src-main/services/app-services'
import type { Clock } from '../src-main/services/context'
import { DASHBOARD_QUERIES } from '../src-main/services/dashboard/dashboard-service'
import { count, ms, table, times, verdict } from './lib/report'
import { measure, type Sample } from './lib/stats'
import type { PartContext, PartResult } from './parts'
import { buildRegister, setUpOffice } from './register.bench'

const TARGET_P95_MS = 50
/** 15 June 2026, 10:00 in Bangkok: FY 2569, between the 6- and the 12-month rounds. */
const NOW = '2026-06-15T03:00:00.000Z'
const FISCAL_YEAR = 2569
const RUNS = { warmup: 5, runs: 100 }
const BASELINE_RUNS = { warmup: 1, runs: 10 }

const fixedClock: Clock = { now: () => NOW }

export async function run(_ctx: PartContext): Promise<PartResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'publish-desk-bench-dashboard-'))
  let services: AppServices | null = null
  try {
    services = openAppServices({ dataDir, clock: fixedClock })
    const built = services
    const people = setUpOffice(built)
    buildRegister(built, people)
    const links = linkIndicators(built)
    built.db.pragma('wal_checkpoint(TRUNCATE)')
    // As the register benchmark does: measure after the app's next start (PRAGMA optimize).
    built.close()
    services = null
    services = openAppServices({ dataDir, clock: fixedClock })
    const s = services

    const mismatches = check(s)
    process.stdout.write('กำลังวัดข้อมูลหน้าภาพรวม…\n')
    const whole = measure(() => s.dashboard.get(), RUNS)
    const today = todayIso(new Date(NOW))
    const params = { today, dueBy: addDays(today, TAKE_DOWN_WINDOW_DAYS), limit: 20, fiscalYear: FISCAL_YEAR }
    const parts = Object.entries(DASHBOARD_QUERIES).map(([name, sql]) => {
      const stmt = s.db.prepare(sql)
      const wanted = Object.keys(params).filter((k) => sql.includes(`@${k}`))
      const bound = Object.fromEntries(wanted.map((k) => [k, params[k as keyof typeof params]]))
      return { name, sql, sample: measure(() => stmt.all(bound), RUNS), plan: plan(s, sql, bound) }
    })
    const baseline = measure(() => bruteForce(s, today), BASELINE_RUNS)
    const d = s.dashboard.get()

    process.stdout.write(
      table(
        `ทะเบียน ${count(d.total)} คำขอ · วันนี้ ${today} (ปีงบ ${d.fiscalYear}) · ลิงก์ตัวชี้วัด ${count(links)} แถว`,
        [{ header: 'รายการ' }, { header: 'ค่า', align: 'right' }],
        [
          ...STATUSES.map((st) => [`สถานะ ${st}`, count(d.counts[st])]),
          ['รอพิจารณา (ในรายการ / ทั้งหมด)', `${d.waiting.items.length} / ${count(d.waiting.total)}`],
          ['รอนานที่สุด (วัน)', count(d.waiting.items[0]?.days ?? 0)],
          [`ครบกำหนดนำออกภายใน ${TAKE_DOWN_WINDOW_DAYS} วัน (รวมเลยกำหนด)`, count(d.takeDown.total)],
          ['  ในจำนวนนี้เลยกำหนดแล้ว', count(d.takeDown.overdue)],
          ['ตัวชี้วัดที่ยังไม่มีหลักฐาน', `${d.indicators.missing.map((i) => i.code).join(', ')} (${d.indicators.missing.length}/${d.indicators.total})`],
          ['รอบ MOIT ถัดไป', `${d.nextRound.months} เดือน สิ้นสุด ${d.nextRound.end} อีก ${d.nextRound.daysLeft} วัน`]
        ]
      ) + '\n'
    )
    const row = (label: string, sample: Sample, target: number | null) => [
      label,
      ms(sample.p50),
      ms(sample.p95),
      ms(sample.max),
      target === null ? '' : `≤ ${target} ms`,
      target === null ? '' : verdict(sample.p95 <= target)
    ]
    process.stdout.write(
      table(
        `เวลา (วัด ${RUNS.runs} ครั้ง หลังอุ่นเครื่อง ${RUNS.warmup} ครั้ง)`,
        [{ header: 'คำสั่ง' }, { header: 'p50', align: 'right' }, { header: 'p95', align: 'right' }, { header: 'max', align: 'right' }, { header: 'เป้า' }, { header: 'ผล' }],
        [
          row('dashboard:get ทั้งหมด (ธุรกรรมอ่านเดียว)', whole, TARGET_P95_MS),
          ...parts.map((p) => row(`  ${p.name}`, p.sample, null)),
          row(`ฐานเทียบ: คำนวณแบบอ่านทั้งตาราง (NOT INDEXED, ${BASELINE_RUNS.runs} ครั้ง)`, baseline, null)
        ]
      ) + `\nเร็วกว่าฐานเทียบ ${times(baseline.p50 / whole.p50)} (p50)\n`
    )
    process.stdout.write('\nแผนการค้นของแต่ละคำสั่ง (EXPLAIN QUERY PLAN):\n')
    for (const p of parts) process.stdout.write(`  ${p.name}:\n${p.plan.map((l) => `    ${l}`).join('\n')}\n`)

    for (const m of mismatches) process.stderr.write(`\n!!! ผลไม่ตรงกับการคำนวณแบบอ่านทั้งตาราง: ${m}\n`)
    return {
      failedTargets: whole.p95 <= TARGET_P95_MS ? 0 : 1,
      broken: mismatches.length > 0 ? `${mismatches.length} ตัวเลขของหน้าภาพรวมไม่ตรงกับการคำนวณแบบอ่านทั้งตาราง` : null
    }
  } finally {
    services?.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/** Links FY 2569 requests to that year's indicators as the header comment describes. */
function linkIndicators(s: AppServices): number {
  const db = s.db
  const indicators = s.catalog.listIndicators(FISCAL_YEAR)
  if (indicators.length < 22) throw new Error(`FY ${FISCAL_YEAR} has ${indicators.length} indicators, expected the 22 defaults`)
  return db.transaction(() => {
    const some = db
      .prepare(
        `INSERT INTO request_indicator (request_id, indicator_id)
         SELECT r.id, i.id FROM request r JOIN indicator i ON i.fiscal_year = @fy AND i.sort_order = 1 + (r.id % 19)
         WHERE r.fiscal_year = @fy AND r.id % 3 = 0`
      )
      .run({ fy: FISCAL_YEAR }).changes
    const unpublished = db
      .prepare(
        `INSERT INTO request_indicator (request_id, indicator_id)
         SELECT r.id, i.id FROM request r JOIN indicator i ON i.fiscal_year = @fy AND i.sort_order = 20
         WHERE r.fiscal_year = @fy AND r.status != 'published' AND r.id % 5 = 0`
      )
      .run({ fy: FISCAL_YEAR }).changes
    return some + unpublished
  })()
}

/** Every figure again, reading the whole table (no index): the check and the baseline. */
function bruteForce(s: AppServices, today: string) {
  const db = s.db
  const dueBy = addDays(today, TAKE_DOWN_WINDOW_DAYS)
  const counts = db.prepare<[], { status: string; n: number }>('SELECT status, count(*) AS n FROM request NOT INDEXED GROUP BY status').all()
  const due = db
    .prepare<{ today: string; dueBy: string }, { total: number; overdue: number }>(
      "SELECT count(*) AS total, coalesce(sum(publish_until < @today), 0) AS overdue FROM request NOT INDEXED WHERE status = 'published' AND publish_until <= @dueBy"
    )
    .get({ today, dueBy })
  const firstDue = db
    .prepare<{ dueBy: string }, { id: number }>("SELECT id FROM request NOT INDEXED WHERE status = 'published' AND publish_until <= @dueBy ORDER BY publish_until, id LIMIT 20")
    .all({ dueBy })
    .map((r) => r.id)
  const missing = db
    .prepare<{ fy: number }, { code: string }>(
      `SELECT i.code FROM indicator i WHERE i.fiscal_year = @fy AND i.id NOT IN (
         SELECT ri.indicator_id FROM request r NOT INDEXED JOIN request_indicator ri ON ri.request_id = r.id WHERE r.status = 'published')
       ORDER BY i.sort_order, i.id`
    )
    .all({ fy: FISCAL_YEAR })
    .map((r) => r.code)
  return { counts, due, firstDue, missing }
}

function check(s: AppServices): string[] {
  const d = s.dashboard.get()
  const b = bruteForce(s, d.today)
  const problems: string[] = []
  for (const c of b.counts) {
    const mine = d.counts[c.status as (typeof STATUSES)[number]]
    if (mine !== c.n) problems.push(`สถานะ ${c.status}: ${mine} แต่นับได้ ${c.n}`)
  }
  if (d.takeDown.total !== b.due?.total || d.takeDown.overdue !== b.due?.overdue) {
    problems.push(`ครบกำหนดนำออก ${d.takeDown.total}/${d.takeDown.overdue} แต่นับได้ ${b.due?.total}/${b.due?.overdue}`)
  }
  const ids = d.takeDown.items.map((i) => i.id)
  if (ids.join(',') !== b.firstDue.join(',')) problems.push(`รายการครบกำหนดนำออกไม่ตรง: ${ids.join(',')} กับ ${b.firstDue.join(',')}`)
  const codes = d.indicators.missing.map((i) => i.code)
  if (codes.join(',') !== b.missing.join(',')) problems.push(`ตัวชี้วัดที่ไม่มีหลักฐาน ${codes.join(',')} แต่คำนวณได้ ${b.missing.join(',')}`)
  if (codes.join(',') !== 'MOIT 20,MOIT 21,MOIT 22') problems.push(`ตัวชี้วัดที่ไม่มีหลักฐานควรเป็น MOIT 20–22 ตามที่ลิงก์ไว้ แต่ได้ ${codes.join(',')}`)
  const waits = d.waiting.items.map((w) => w.since)
  if (waits.some((w, i) => i > 0 && w < (waits[i - 1] as string))) problems.push('รายการรอพิจารณาไม่ได้เรียงจากรอนานที่สุด')
  if (d.waiting.items.length === 0 || d.takeDown.items.length === 0) problems.push('รายการรอพิจารณาหรือครบกำหนดนำออกว่าง — วัดอะไรไม่ได้')
  return problems
}

function plan(s: AppServices, sql: string, params: Record<string, unknown>): string[] {
  return s.db
    .prepare<Record<string, unknown>, { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
    .all(params)
    .map((r) => r.detail)
}
