/**
 * Breaking a labeled field's text into lines ourselves, so that each line can sit on its own dotted
 * leader: pdfmake does not say where it broke a text, and a leader drawn from a guess would end
 * short of (or past) the last line. Breaks fall where pdfmake's Thai line breaker allows them:
 * between Thai words (Intl.Segmenter) and at spaces.
 */
const segmenter = new Intl.Segmenter('th', { granularity: 'word' })

/** Points kept free at a line's end, so pdfmake's own measure never wraps a line again. */
const SLACK_PT = 1.5

/**
 * Greedy breaking: the first line is `firstWidth` wide, later lines `restWidth`. Spaces at a break
 * are dropped (as a line end they print nothing); "\n" forces a break. A word wider than a line
 * gets a line of its own (pdfmake then wraps it inside the cell).
 */
export function breakFieldText(text: string, firstWidth: number, restWidth: number, measure: (text: string) => number): string[] {
  const lines: string[] = []
  let line = ''
  const limit = () => (lines.length === 0 ? firstWidth : restWidth) - SLACK_PT
  const push = () => {
    lines.push(line.trimEnd())
    line = ''
  }
  for (const { segment } of segmenter.segment(text)) {
    if (segment === '\n') {
      push()
      continue
    }
    const candidate = line + segment
    if (line.trim() !== '' && measure(candidate.trimEnd()) > limit()) {
      push()
      line = segment.trimStart()
    } else {
      line = line === '' && lines.length > 0 ? segment.trimStart() : candidate
    }
  }
  if (line !== '' || lines.length === 0) push()
  return lines
}
