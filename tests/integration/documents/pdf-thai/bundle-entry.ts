/**
 * Built by bundle.test.ts with the project's electron-vite main config and run with Node: proves
 * the Thai patches reach pdfmake when the main process is bundled. Usage: node bundle-entry.js OUT.pdf
 */
import { writeFileSync } from 'node:fs'
import { loadPdfMake, pdfFontSize } from '../../../../src-main/documents/pdf/thai-pdfmake'

const paragraph =
  'ด้วยงานข้อมูลและสารสนเทศมีภารกิจในการบริหารจัดการเว็บไซต์สำนักงานสาธารณสุขอำเภอศรีบุญเรืองในการเผยแพร่ข้อมูลข่าวสารของทางราชการเพื่อประโยชน์แก่ประชาชนให้สามารถเข้าถึงข้อมูลได้สะดวกรวดเร็ว'

const out = process.argv[2]
if (!out) throw new Error('usage: bundle-entry OUT.pdf')
loadPdfMake()
  .createPdf({ pageSize: 'A4', pageMargins: [85, 70, 57, 57], defaultStyle: { font: 'Sarabun', fontSize: pdfFontSize(16) }, content: [{ text: paragraph, alignment: 'justify' }] })
  .getBuffer()
  .then((pdf) => writeFileSync(out, pdf))
