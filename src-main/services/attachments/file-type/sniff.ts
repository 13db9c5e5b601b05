/** Tells what a file is from its first bytes; containers (OLE, ZIP) and text are looked into further. */
import { indexOf, latin1, SIG, startsWith, u32 } from './bytes'
import type { DetectedType } from './kinds'
import { sniffOle } from './ole'
import { sniffText } from './plain-text'
import { sniffZip } from './zip'

/** Readers accept a PDF whose header is somewhere in the first 1024 bytes. */
const PDF_HEADER_WINDOW = 1024

/** ISO-BMFF brands ("ftyp" boxes) of still images; every other brand is video or sound. */
const HEIC_BRANDS = ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']
const AVIF_BRANDS = ['avif', 'avis']

/** Tells what the bytes are, from their content alone. */
export function sniffContent(bytes: Uint8Array): DetectedType {
  const b = bytes
  if (b.length === 0) return 'empty'
  if (startsWith(b, SIG.pdf)) return 'pdf'
  if (startsWith(b, SIG.ole)) return sniffOle(b)
  if (startsWith(b, SIG.zipLocal) || startsWith(b, SIG.zipEnd) || (startsWith(b, SIG.zipSpanned) && startsWith(b, SIG.zipLocal, 4)))
    return sniffZip(b)
  if (startsWith(b, SIG.jpg)) return 'jpg'
  if (startsWith(b, SIG.rar4) || startsWith(b, SIG.rar5)) return 'rar'
  if (startsWith(b, SIG.png)) return 'png'
  if (startsWith(b, SIG.gif87) || startsWith(b, SIG.gif89)) return 'gif'
  if (startsWith(b, SIG.riff)) {
    if (startsWith(b, SIG.webp, 8)) return 'webp'
    if (startsWith(b, SIG.wave, 8) || startsWith(b, SIG.avi, 8)) return 'media'
  }
  if (startsWith(b, SIG.tiffLe) || startsWith(b, SIG.tiffBe)) return 'tiff'
  if (isBmp(b)) return 'bmp'
  if (startsWith(b, SIG.ftyp, 4)) {
    const brand = latin1(b, 8, 12)
    if (HEIC_BRANDS.includes(brand)) return 'heic'
    if (AVIF_BRANDS.includes(brand)) return 'avif'
    return 'media'
  }
  if (startsWith(b, SIG.sevenZip)) return '7z'
  if (startsWith(b, SIG.gzip)) return 'gzip'
  if (startsWith(b, SIG.mz) || startsWith(b, SIG.elf)) return 'exe'
  if (startsWith(b, SIG.id3) || startsWith(b, SIG.ebml)) return 'media'
  if (startsWith(b, SIG.rtf)) return 'rtf'
  if (indexOf(b, SIG.pdf, 1, PDF_HEADER_WINDOW) >= 0) return 'pdf'
  return sniffText(b)
}

/** "BM" alone is too common a start for text; the header's fixed fields must agree too. */
function isBmp(b: Uint8Array): boolean {
  if (!startsWith(b, SIG.bmp) || b.length < 26) return false
  if (u32(b, 6) !== 0) return false // reserved
  return [12, 40, 52, 56, 64, 108, 124].includes(u32(b, 14)) // DIB header size
}
