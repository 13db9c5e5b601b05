import { describe, expect, it } from 'vitest'
import { documentSavedText, savedText } from './save-outcome'

describe('what a save came to', () => {
  it('says where the file went after what was made, and never calls a cancelled save done', () => {
    expect(savedText({ kind: 'cancelled' }, 'x')).toEqual({ text: 'ยกเลิกการบันทึกไฟล์ — ไม่ได้บันทึกไฟล์', ok: false })
    expect(savedText({ kind: 'saved', path: '/tmp/a.pdf', openError: 'เปิดไม่ได้' }, 'x')).toEqual({ text: 'x · เปิดไม่ได้', ok: false })
    expect(savedText({ kind: 'saved', path: '/tmp/a.pdf', openError: null }, null)).toEqual({ text: 'บันทึกไฟล์ที่ /tmp/a.pdf และเปิดด้วยโปรแกรมเริ่มต้นแล้ว', ok: true })
    expect(savedText({ kind: 'downloaded', fileName: 'a.pdf' }, 'เล่ม')).toEqual({ text: 'เล่ม · ดาวน์โหลดไฟล์ “a.pdf” แล้ว (อยู่ในโฟลเดอร์ดาวน์โหลดของเบราว์เซอร์)', ok: true })
  })

  it('puts a memo’s book number first, says when it was kept, and that a cancelled save keeps the number taken', () => {
    expect(documentSavedText({ kind: 'downloaded', fileName: 'm.pdf' }, 'นภ ๐๓๓๒/๑')).toEqual({
      text: 'ออกเลขที่หนังสือ นภ ๐๓๓๒/๑ แล้ว · ดาวน์โหลดไฟล์ “m.pdf” แล้ว (อยู่ในโฟลเดอร์ดาวน์โหลดของเบราว์เซอร์)',
      ok: true
    })
    expect(documentSavedText({ kind: 'downloaded', fileName: 'm.docx' }, 'นภ ๐๓๓๒/๑', true).text).toMatch(/^ใช้เลขที่หนังสือเดิม นภ ๐๓๓๒\/๑ \(ไม่ออกเลขใหม่\) · /)
    expect(documentSavedText({ kind: 'cancelled' }, 'นภ ๐๓๓๒/๑')).toEqual({ text: expect.stringContaining('เลขที่หนังสือ นภ ๐๓๓๒/๑ ของบันทึกนี้อยู่ในทะเบียนหนังสือส่งแล้ว'), ok: false })
    expect(documentSavedText({ kind: 'cancelled' }, null)).toEqual({ text: 'ยกเลิกการบันทึกไฟล์ — ไม่ได้บันทึกไฟล์', ok: false })
  })
})
