/** Categories of published information and the MOIT indicators of each fiscal year. */
import { AppError } from '@shared/result'
import { categoryInput, categorySaveInput, indicatorInput, type Category, type CategorySaveInput, type Indicator, type IndicatorInput } from '@shared/domain/schemas'
import { fiscalYearOf, todayIso } from '@shared/thai'
import type { AuditLog } from '../audit/audit-log'
import { writeTransaction, type ServiceContext } from '../context'
import { parseInput } from '../validate'
import { DEFAULT_CATEGORIES, DEFAULT_INDICATORS } from './default-sets'

interface CategoryRow {
  code: string
  name: string
  description: string
  default_publish_months: number | null
  sort_order: number
  active: number
}
interface IndicatorRow {
  id: number
  fiscal_year: number
  code: string
  title: string
  sort_order: number
}

export class CatalogService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly audit: AuditLog
  ) {}

  /** Seeds the default categories once, and gives the current fiscal year its indicators. */
  ensureDefaults(today = todayIso()): void {
    writeTransaction(this.ctx.db, () => {
      const hasCategories = this.ctx.db.prepare('SELECT 1 FROM category LIMIT 1').get()
      if (!hasCategories) for (const c of DEFAULT_CATEGORIES) this.writeCategory(parseInput(categoryInput, c))
      const year = fiscalYearOf(today)
      if (this.listIndicators(year).length > 0) return
      const previous = this.indicatorYears().filter((y) => y < year).at(-1)
      if (previous !== undefined) this.copyForward(previous, year, null)
      else this.insertDefaultIndicators(year)
    })
  }

  listCategories(): Category[] {
    return this.ctx.db.prepare<[], CategoryRow>('SELECT * FROM category ORDER BY sort_order, code').all().map(toCategory)
  }

  getCategory(code: string): Category {
    const row = this.ctx.db.prepare<[string], CategoryRow>('SELECT * FROM category WHERE code = ?').get(code)
    if (!row) throw new AppError('invalid-input', `ไม่พบหมวดหมู่ “${code}” — เลือกหมวดหมู่จากรายการ (เช่น 1.8 ข่าวประชาสัมพันธ์)`, { categoryCode: 'ไม่พบหมวดหมู่นี้' })
    return toCategory(row)
  }

  saveCategory(input: CategorySaveInput, actorId: number): Category {
    const { isNew, ...c } = parseInput(categorySaveInput, input)
    return writeTransaction(this.ctx.db, () => {
      if (isNew && this.ctx.db.prepare('SELECT 1 FROM category WHERE code = ?').get(c.code)) {
        throw new AppError('conflict', `มีหมวดหมู่รหัส “${c.code}” อยู่แล้ว — เลือกรหัสอื่น หรือแก้ไขหมวดเดิม`, { code: 'รหัสซ้ำ' })
      }
      this.writeCategory(c)
      this.audit.append({ actorId, action: 'category.save', entity: 'category', entityId: c.code, detail: c })
      return this.getCategory(c.code)
    })
  }

  private writeCategory(c: Category): void {
    this.ctx.db
      .prepare(
        `INSERT INTO category (code, name, description, default_publish_months, sort_order, active)
         VALUES (@code, @name, @description, @defaultPublishMonths, @sortOrder, @active)
         ON CONFLICT (code) DO UPDATE SET name = excluded.name, description = excluded.description,
           default_publish_months = excluded.default_publish_months, sort_order = excluded.sort_order, active = excluded.active`
      )
      .run({ ...c, active: c.active ? 1 : 0 })
  }

  indicatorYears(): number[] {
    return this.ctx.db.prepare<[], { y: number }>('SELECT DISTINCT fiscal_year AS y FROM indicator ORDER BY y').all().map((r) => r.y)
  }

  listIndicators(fiscalYear: number): Indicator[] {
    return this.ctx.db
      .prepare<[number], IndicatorRow>('SELECT * FROM indicator WHERE fiscal_year = ? ORDER BY sort_order, id')
      .all(fiscalYear)
      .map(toIndicator)
  }

  getIndicators(ids: readonly number[]): Indicator[] {
    if (ids.length === 0) return []
    const rows = this.ctx.db
      .prepare<number[], IndicatorRow>(`SELECT * FROM indicator WHERE id IN (${ids.map(() => '?').join(',')}) ORDER BY sort_order, id`)
      .all(...ids)
    if (rows.length !== new Set(ids).size) throw new AppError('invalid-input', 'ไม่พบตัวชี้วัดบางรายการที่เลือก — กรุณาเลือกใหม่จากรายการ', { indicatorIds: 'ไม่พบตัวชี้วัด' })
    return rows.map(toIndicator)
  }

  saveIndicator(input: IndicatorInput, actorId: number): Indicator {
    const i = parseInput(indicatorInput, input)
    return writeTransaction(this.ctx.db, () => {
      const clash = this.ctx.db
        .prepare<[number, string, number], { id: number }>('SELECT id FROM indicator WHERE fiscal_year = ? AND code = ? AND id != ?')
        .get(i.fiscalYear, i.code, i.id ?? 0)
      if (clash) throw new AppError('conflict', `ปีงบประมาณ ${i.fiscalYear} มีตัวชี้วัดรหัส “${i.code}” อยู่แล้ว`, { code: 'รหัสซ้ำ' })
      let id = i.id
      if (id === undefined) {
        id = Number(
          this.ctx.db.prepare('INSERT INTO indicator (fiscal_year, code, title, sort_order) VALUES (?, ?, ?, ?)').run(i.fiscalYear, i.code, i.title, i.sortOrder).lastInsertRowid
        )
      } else {
        const r = this.ctx.db.prepare('UPDATE indicator SET fiscal_year = ?, code = ?, title = ?, sort_order = ? WHERE id = ?').run(i.fiscalYear, i.code, i.title, i.sortOrder, id)
        if (r.changes === 0) throw new AppError('not-found', `ไม่พบตัวชี้วัดรหัส ${id}`)
      }
      this.audit.append({ actorId, action: 'indicator.save', entity: 'indicator', entityId: id, detail: { ...i, id } })
      return this.getIndicators([id])[0] as Indicator
    })
  }

  deleteIndicator(id: number, actorId: number): boolean {
    return writeTransaction(this.ctx.db, () => {
      const used = this.ctx.db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM request_indicator WHERE indicator_id = ?').get(id)?.n ?? 0
      if (used > 0) throw new AppError('conflict', `ลบตัวชี้วัดนี้ไม่ได้ เพราะมีคำขอ ${used} รายการอ้างถึง — แก้ไขชื่อแทนการลบ`)
      const changes = this.ctx.db.prepare('DELETE FROM indicator WHERE id = ?').run(id).changes
      if (changes > 0) this.audit.append({ actorId, action: 'indicator.delete', entity: 'indicator', entityId: id })
      return changes > 0
    })
  }

  /** Copies one year's set to another year that has none (the ministry's list carries over). */
  copyForward(fromYear: number, toYear: number, actorId: number | null): number {
    return writeTransaction(this.ctx.db, () => {
      if (this.listIndicators(toYear).length > 0) throw new AppError('conflict', `ปีงบประมาณ ${toYear} มีตัวชี้วัดอยู่แล้ว — แก้ไขรายการที่มีอยู่แทน`)
      const copied = this.ctx.db
        .prepare('INSERT INTO indicator (fiscal_year, code, title, sort_order) SELECT ?, code, title, sort_order FROM indicator WHERE fiscal_year = ?')
        .run(toYear, fromYear).changes
      if (copied === 0) throw new AppError('not-found', `ปีงบประมาณ ${fromYear} ไม่มีตัวชี้วัดให้คัดลอก`)
      this.audit.append({ actorId, action: 'indicator.copy-forward', entity: 'indicator-set', entityId: toYear, detail: { fromYear, toYear, copied } })
      return copied
    })
  }

  private insertDefaultIndicators(year: number): void {
    const insert = this.ctx.db.prepare('INSERT INTO indicator (fiscal_year, code, title, sort_order) VALUES (?, ?, ?, ?)')
    DEFAULT_INDICATORS.forEach((d, i) => insert.run(year, d.code, d.title, i + 1))
    this.audit.append({ actorId: null, action: 'indicator.defaults', entity: 'indicator-set', entityId: year, detail: { count: DEFAULT_INDICATORS.length } })
  }
}

function toCategory(r: CategoryRow): Category {
  return { code: r.code, name: r.name, description: r.description, defaultPublishMonths: r.default_publish_months, sortOrder: r.sort_order, active: r.active === 1 }
}
function toIndicator(r: IndicatorRow): Indicator {
  return { id: r.id, fiscalYear: r.fiscal_year, code: r.code, title: r.title, sortOrder: r.sort_order }
}
