/**
 * Warm median render times, printed for the report (targets, checked later by `npm run bench`:
 * memo ≤ 150 ms, 500-row table ≤ 1.5 s). No timing assertion here: test machines vary.
 */
import { describe, expect, it } from 'vitest'
import type { DocModel } from '@shared/documents/model'
import { renderPdf } from '../../../../src-main/documents/render/pdf/render-pdf'
import { sampleLogTable, sampleMemo } from '../../../helpers/sample-doc-models'
import { solidPng } from './pdf-probe'

async function warmMedian(model: DocModel, warmups: number, runs: number): Promise<{ ms: number; bytes: number }> {
  let pdf: Buffer | undefined
  for (let i = 0; i < warmups; i++) pdf = await renderPdf(model)
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    pdf = await renderPdf(model)
    times.push(performance.now() - start)
  }
  expect(pdf?.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  times.sort((a, b) => a - b)
  return { ms: times[Math.floor(times.length / 2)]!, bytes: pdf?.length ?? 0 }
}

describe('PDF render time (warm median)', () => {
  it('prints the memo and the 500-row table times', async () => {
    const memo = await warmMedian(sampleMemo({ emblem: solidPng(100, 150) }), 3, 15)
    const table = await warmMedian(sampleLogTable(500), 1, 5)
    console.log(`renderPdf warm median: sampleMemo ${memo.ms.toFixed(0)} ms (${memo.bytes} bytes); sampleLogTable(500) ${table.ms.toFixed(0)} ms (${table.bytes} bytes)`)
  }, 120_000)
})
