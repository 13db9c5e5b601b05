import { describe, expect, it } from 'vitest'
import { followUpSpecOf, initialReportOptions, lastQuarter, logSpecOf, periodOfChoice, withNote } from './report-spec'

describe('the report screen’s choices', () => {
  it('opens on the quarter that ended last, across the fiscal year’s edge', () => {
    expect(lastQuarter('2026-11-26')).toEqual({ fiscalYear: 2569, choice: 'q4' })
    expect(lastQuarter('2026-10-01')).toEqual({ fiscalYear: 2569, choice: 'q4' })
    expect(lastQuarter('2026-09-30')).toEqual({ fiscalYear: 2569, choice: 'q3' })
    expect(lastQuarter('2026-01-15')).toEqual({ fiscalYear: 2569, choice: 'q1' })
    expect(lastQuarter('2026-04-01')).toEqual({ fiscalYear: 2569, choice: 'q2' })
  })

  it('turns a choice into the contract’s period', () => {
    expect(periodOfChoice('q4', 2569)).toEqual({ kind: 'quarter', fiscalYear: 2569, quarter: 4 })
    expect(periodOfChoice('r6', 2569)).toEqual({ kind: 'round', fiscalYear: 2569, months: 6 })
    expect(periodOfChoice('r12', 2570)).toEqual({ kind: 'round', fiscalYear: 2570, months: 12 })
  })

  it('sends only the notes the person changed', () => {
    const row = { requestId: 7, requestNote: 'ฉบับเดิม' }
    let notes = withNote({}, row, 'ฉบับแก้ไข')
    expect(notes).toEqual({ '7': 'ฉบับแก้ไข' })
    const o = { ...initialReportOptions('2026-11-26', null), notes }
    expect(logSpecOf(o)).toEqual({ period: { kind: 'quarter', fiscalYear: 2569, quarter: 4 }, thaiDigits: true, notes: { '7': 'ฉบับแก้ไข' } })
    notes = withNote(notes, row, 'ฉบับเดิม')
    expect(notes).toEqual({})
    expect(logSpecOf({ ...o, notes, date: '2026-10-05' })).toEqual({ period: { kind: 'quarter', fiscalYear: 2569, quarter: 4 }, thaiDigits: true, date: '2026-10-05' })
    // An empty note is a change too: the printed cell is left blank.
    expect(withNote({}, row, '')).toEqual({ '7': '' })
  })

  it('sends the memo’s edited sections only, and its book number choice', () => {
    const o = { ...initialReportOptions('2026-11-26', { thaiDigits: false, preprintedPaper: true }), document: 'follow-up' as const, sections: { problems: 'ใหม่', proposal: 'เดิม' } }
    const spec = followUpSpecOf({ ...o, bookNoMode: 'manual', bookNoValue: 'นภ ๐๓๓๒/๖๗๔' }, { problems: 'เดิม', proposal: 'เดิม' })
    expect(spec).toEqual({
      period: { kind: 'quarter', fiscalYear: 2569, quarter: 4 },
      thaiDigits: false,
      preprinted: true,
      urgency: null,
      bookNo: { mode: 'manual', value: 'นภ ๐๓๓๒/๖๗๔' },
      sections: { problems: 'ใหม่' }
    })
    expect(followUpSpecOf({ ...o, bookNoMode: 'none' }).bookNo).toEqual({ mode: 'none' })
  })
})
