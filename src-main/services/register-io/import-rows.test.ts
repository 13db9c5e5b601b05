import { describe, expect, it } from 'vitest'
import type { Category } from '@shared/domain/schemas'
import { checkRows, type ImportLookups } from './import-rows'
import type { SheetRow } from './sheet-table'

const category = (code: string, defaultPublishMonths: number | null): Category => ({ code, name: `หมวด ${code}`, description: '', defaultPublishMonths, sortOrder: 0, active: true })

const lookups: ImportLookups = {
  today: '2024-01-01',
  date1904: false,
  categories: [category('1.8', 12), category('1.1', null)],
  indicatorsOf: () => [],
  existing: () => null,
  defaults: { ownerUnit: 'งานข้อมูลและสารสนเทศ' },
  requesterId: 1
}

// Columns: A date, B title, C category, D publish-until.
const mapping = { requestDate: 0, title: 1, categoryCode: 2, publishUntil: 3 }
const cell = (text: string) => ({ text, date: null, number: null, link: null })
const row = (n: number, date: string, category: string, until = ''): SheetRow => ({ row: n, cells: [cell(date), cell(`เรื่องแถว ${n}`), cell(category), cell(until)] })

describe('checkRows: the register’s own derived fields', () => {
  it('puts 30 Sep in its fiscal year and 1 Oct in the next, and counts the category’s months from the date', () => {
    const [sep, oct] = checkRows([row(2, '30 ก.ย. 2565', '1.8'), row(3, '1 ต.ค. 2565', '1.8')], mapping, lookups)
    expect(sep?.errors).toEqual([])
    expect(sep?.value).toMatchObject({ requestDate: '2022-09-30', fiscalYear: 2565, publishUntil: '2023-09-30' })
    expect(oct?.value).toMatchObject({ requestDate: '2022-10-01', fiscalYear: 2566, publishUntil: '2023-10-01' })
  })

  it('leaves no take-down date for a category with no default months, and keeps a date the log gives', () => {
    const [none, given] = checkRows([row(2, '15 ม.ค. 2565', '1.1'), row(3, '15 ม.ค. 2565', '1.8', '31 มี.ค. 2565')], mapping, lookups)
    expect(none?.value).toMatchObject({ categoryCode: '1.1', publishUntil: null })
    expect(given?.value).toMatchObject({ categoryCode: '1.8', publishUntil: '2022-03-31' })
  })

  it('refuses a take-down date before the request date, in Thai, against the row', () => {
    const [bad] = checkRows([row(4, '15 ม.ค. 2565', '1.8', '14 ม.ค. 2565')], mapping, lookups)
    expect(bad?.value).toBeNull()
    expect(bad?.errors).toEqual(['วันที่ครบกำหนดนำออกอยู่ก่อนวันที่ขอเผยแพร่'])
  })
})
