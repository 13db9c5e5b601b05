/**
 * Plain-text tables for benchmark output. Widths count what a terminal draws: Thai vowel and tone
 * marks combine with the letter before them and take no column of their own.
 */

export function displayWidth(s: string): number {
  return [...s.replace(/\p{M}/gu, '')].length
}

function pad(s: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)))
  return align === 'left' ? s + fill : fill + s
}

export interface Column {
  header: string
  align?: 'left' | 'right'
}

export function table(title: string, columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((c, i) => Math.max(displayWidth(c.header), ...rows.map((r) => displayWidth(r[i] ?? ''))))
  const line = (cells: readonly string[]) =>
    '| ' + columns.map((c, i) => pad(cells[i] ?? '', widths[i] ?? 0, c.align ?? 'left')).join(' | ') + ' |'
  const rule = '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|'
  return [`\n${title}`, line(columns.map((c) => c.header)), rule, ...rows.map(line)].join('\n')
}

export const ms = (v: number): string => `${v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0)} ms`
export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`
export const times = (ratio: number): string => `${ratio >= 100 ? ratio.toFixed(0) : ratio.toFixed(1)}×`
export const verdict = (pass: boolean): string => (pass ? 'PASS' : 'FAIL')
export const count = (n: number): string => n.toLocaleString('en-US')
