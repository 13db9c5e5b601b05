/** `category list` and `indicator list`: the codes that `request add` takes. */
import { fiscalYearOf, todayIso } from '@shared/thai'
import type { CliContext } from './cli-context'
import { table } from './format'
import { fiscalYearBE } from './options'
import type { ThaiCommand } from './thai-command'

export function registerCatalogCommands(program: ThaiCommand, ctx: CliContext): void {
  program
    .command('category')
    .description('หมวดหมู่ข้อมูลที่เผยแพร่')
    .command('list')
    .description('แสดงรหัสและชื่อหมวดหมู่ พร้อมระยะเวลาเผยแพร่เริ่มต้น')
    .action(() => {
      const categories = ctx.open('existing').catalog.listCategories()
      ctx.print(categories, () =>
        table(categories, [
          { header: 'รหัส', value: (c) => c.code },
          { header: 'เผยแพร่', value: (c) => (c.defaultPublishMonths === null ? 'ไม่กำหนด' : `${c.defaultPublishMonths} เดือน`) },
          { header: 'ชื่อหมวดหมู่', value: (c) => `${c.name}${c.active ? '' : ' (เลิกใช้)'}` }
        ])
      )
    })

  program
    .command('indicator')
    .description('ตัวชี้วัด (MOIT) ของแต่ละปีงบประมาณ')
    .command('list')
    .description('แสดงตัวชี้วัดของปีงบประมาณ')
    .option('--fy <year>', 'ปีงบประมาณ (พ.ศ.) ถ้าไม่ระบุ ใช้ปีงบประมาณปัจจุบัน', fiscalYearBE)
    .action((opts: { fy?: number }) => {
      const year = opts.fy ?? fiscalYearOf(todayIso())
      const s = ctx.open('existing')
      const indicators = s.catalog.listIndicators(year)
      ctx.print(indicators, () =>
        indicators.length === 0
          ? `ปีงบประมาณ ${year} ยังไม่มีตัวชี้วัด (มีของปี ${s.catalog.indicatorYears().join(', ') || '-'})`
          : `ตัวชี้วัดปีงบประมาณ ${year}\n${table(indicators, [
              { header: 'รหัส', value: (i) => i.code },
              { header: 'ชื่อตัวชี้วัด', value: (i) => i.title }
            ])}`
      )
    })
}
