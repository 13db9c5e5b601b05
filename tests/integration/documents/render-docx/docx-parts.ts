/** Reading a DOCX back: its XML parts, and the runs and paragraphs of WordprocessingML in them. */
import JSZip from 'jszip'

export interface DocxParts {
  names: string[]
  document: string
  styles: string
  core: string
  /** header1.xml, header2.xml, ... in name order. */
  headers: string[]
  media: string[]
}

export async function readDocx(buffer: Buffer): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(buffer)
  const names = Object.keys(zip.files).sort()
  const text = (name: string): Promise<string> => {
    const file = zip.file(name)
    if (!file) throw new Error(`the DOCX has no ${name}`)
    return file.async('string')
  }
  const headerNames = names.filter((n) => /^word\/header\d+\.xml$/.test(n))
  return {
    names,
    document: await text('word/document.xml'),
    styles: await text('word/styles.xml'),
    core: await text('docProps/core.xml'),
    headers: await Promise.all(headerNames.map(text)),
    media: names.filter((n) => n.startsWith('word/media/'))
  }
}

/** Every <w:r>...</w:r> (text runs, field runs, drawings). */
export const runsOf = (xml: string): string[] => [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => m[1] as string)

/** Every <w:p>...</w:p>, including empty <w:p/>. */
export const paragraphsOf = (xml: string): string[] => [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p\/>/g)].map((m) => m[1] ?? '')

/** The text of a run or paragraph: its <w:t> contents, XML entities undone. */
export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => (m[1] as string).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'))
    .join('')
}

/** The attributes of the first <w:tag .../> in xml, as a record; null when absent. */
export function attrsOf(xml: string, tag: string): Record<string, string> | null {
  const m = new RegExp(`<${tag}((?:\\s+[\\w:]+="[^"]*")*)\\s*/?>`).exec(xml)
  if (!m) return null
  return Object.fromEntries([...(m[1] as string).matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1] as string, a[2] as string]))
}
