/**
 * Every Thai string the Electron shell shows (menu, dialogs, refusals), in one place to review.
 * What the renderer shows lives with the renderer.
 */
export const SHELL_TEXT = {
  windowTitle: 'Publish Desk — โต๊ะงานเผยแพร่ข้อมูล',
  menu: {
    file: 'แฟ้ม',
    quit: 'ออกจากโปรแกรม',
    edit: 'แก้ไข',
    undo: 'เลิกทำ',
    redo: 'ทำซ้ำ',
    cut: 'ตัด',
    copy: 'คัดลอก',
    paste: 'วาง',
    selectAll: 'เลือกทั้งหมด',
    view: 'มุมมอง',
    reload: 'โหลดใหม่',
    zoomIn: 'ขยาย',
    zoomOut: 'ย่อ',
    resetZoom: 'ขนาดปกติ',
    fullScreen: 'เต็มจอ',
    devTools: 'เครื่องมือนักพัฒนา',
    help: 'ช่วยเหลือ',
    about: 'เกี่ยวกับ Publish Desk'
  },
  about: {
    title: 'เกี่ยวกับ Publish Desk',
    message: 'Publish Desk — โต๊ะงานเผยแพร่ข้อมูล',
    detail: (version: string, dataDir: string) => `รุ่น ${version}\nโฟลเดอร์ข้อมูล: ${dataDir}`,
    ok: 'ตกลง',
    openDataFolder: 'เปิดโฟลเดอร์ข้อมูล'
  },
  startup: {
    title: 'เปิดโปรแกรมไม่ได้',
    databaseTooNewTitle: 'ฐานข้อมูลมาจากโปรแกรมรุ่นใหม่กว่า',
    nativeModule:
      'ส่วนเชื่อมต่อฐานข้อมูล (better-sqlite3) สำหรับ Electron ยังไม่ได้สร้าง หรือสร้างไว้สำหรับ Electron รุ่นอื่น — ' +
      'กรุณาเปิดโปรแกรมด้วยคำสั่ง npm start ซึ่งจะสร้างส่วนนี้ให้เอง ข้อมูลไม่ได้ถูกแก้ไข',
    other: (dataDir: string, reason: string) =>
      `เปิดทะเบียนในโฟลเดอร์ ${dataDir} ไม่สำเร็จ: ${reason}\n\nข้อมูลไม่ได้ถูกแก้ไข — ตรวจสอบว่าโฟลเดอร์นี้มีอยู่และเขียนได้ แล้วเปิดโปรแกรมอีกครั้ง หากยังไม่ได้ให้แจ้งผู้ดูแลพร้อมข้อความนี้`
  },
  ipc: {
    untrustedSender: 'คำสั่งนี้ไม่ได้มาจากหน้าจอของโปรแกรม จึงไม่ได้ทำตาม — กรุณาปิดโปรแกรมแล้วเปิดใหม่'
  }
} as const
