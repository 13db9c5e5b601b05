/**
 * The upload benchmark (issue 4, item 11), against a local pure-ftpd with TLS required
 * (tests/helpers/ftps-server.ts), each figure next to curl in the same run:
 *
 * (a) one 200 MB file: the app's path — connect (certificate check, login) then uploadAtomic over
 *     that one connection (the SHA-256 the register already holds, upload to a hidden temporary
 *     name, size check, rename) — next to `curl --ssl-reqd --cacert … -T file ftp://…`. Target: the app's
 *     throughput ≥ 0.9× curl's.
 * (b) 300 files of 200 KB (30 approved requests of 10 files): the app's path — the upload queue
 *     (services.publishing: jobs in SQLite, the profile's 2 connections each reused for every file
 *     it takes, uploadAtomic per file, the publication recorded, the public index page refreshed)
 *     from the first enqueue until idle — next to one curl process per file (one after another, as
 *     a script would run them). Target: the app ≥ 2× faster. The transfer layer alone (2 workers
 *     over uploadAtomic, no register) is shown too.
 *
 * Rounds alternate which side goes first, so the page cache and other work on this shared machine
 * do not favour one side; the median round is reported. Every uploaded file is compared with its
 * source on the server's disk (size, and SHA-256 for the large file): a wrong copy makes the
 * measurement untrustworthy (exit 1), not a miss.
 */
import { spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { closeSync, createReadStream, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { openAppServices, type AppServices } from '../src-main/services/app-services'
import { connect, uploadAtomic, type FtpsProfile } from '../src-main/services/publishing/ftps'
import { startFtpsServer, type FtpsServer } from '../tests/helpers/ftps-server'
import { SEED_OFFICE, SEED_PEOPLE } from '../tests/helpers/register-fixtures'
import { count, table, times, verdict } from './lib/report'
import { percentile } from './lib/stats'
import type { PartContext, PartResult } from './parts'

const BIG_BYTES = 200 * 1024 * 1024
const SMALL_FILES = 300
const FILES_PER_REQUEST = 10
const SMALL_BYTES = 200 * 1024
const WORKERS = 2
const BIG_ROUNDS = 5
const SMALL_ROUNDS = 2

const TARGET = { bigVsCurl: 0.9, manyVsCurl: 2 }

interface Timed {
  seconds: number
}

const now = (): number => Number(process.hrtime.bigint()) / 1e9

function writeRandomFile(path: string, bytes: number): void {
  const fd = openSync(path, 'w')
  try {
    const chunk = 4 * 1024 * 1024
    for (let done = 0; done < bytes; done += chunk) writeSync(fd, randomBytes(Math.min(chunk, bytes - done)))
  } finally {
    closeSync(fd)
  }
}

async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

function profileOf(server: FtpsServer): FtpsProfile {
  return { host: server.host, port: server.port, tls: 'explicit', username: server.user, timeoutMs: 60_000 }
}

/** curl as a person would run it: explicit TLS required, the test CA trusted, one file. */
function curlUpload(server: FtpsServer, local: string, remotePath: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('curl', [
      '--silent', '--show-error', '--ssl-reqd', '--cacert', server.certFile(), '--ftp-create-dirs',
      '--user', `${server.user}:${server.password}`, '-T', local, `ftp://${server.host}:${server.port}${encodeURI(remotePath)}`
    ], { stdio: ['ignore', 'ignore', 'pipe'] })
    let err = ''
    child.stderr.on('data', (d: Buffer) => { err += d.toString() })
    child.once('error', reject)
    child.once('close', (code) => (code === 0 ? resolve() : reject(new Error(`curl exited ${code}: ${err.trim()}`))))
  })
}

/**
 * The app's path for one file. The register hashed the file once, when it was attached (the blob
 * store names it by its SHA-256), so the upload job hands that hash over as the queue's worker does.
 */
async function appBig(server: FtpsServer, local: string, sha256: string, dir: string, name: string): Promise<Timed> {
  const start = now()
  const { client } = await connect(profileOf(server), server.password, { caPem: server.caPem() })
  try {
    await uploadAtomic(client, local, dir, name, { ifExists: 'overwrite', sha256 })
  } finally {
    client.close()
  }
  return { seconds: now() - start }
}

/** For the breakdown only: the same connection and bytes without uploadAtomic's steps. */
async function rawBig(server: FtpsServer, local: string, dir: string, name: string): Promise<Timed> {
  const start = now()
  const { client } = await connect(profileOf(server), server.password, { caPem: server.caPem() })
  try {
    await client.ensureDir(dir)
    await client.uploadFrom(local, `${dir}/${name}`)
  } finally {
    client.close()
  }
  return { seconds: now() - start }
}

async function curlBig(server: FtpsServer, local: string, dir: string, name: string): Promise<Timed> {
  const start = now()
  await curlUpload(server, local, `${dir}/${name}`)
  return { seconds: now() - start }
}

/** WORKERS connections, each taking the next file until none is left. */
async function appMany(server: FtpsServer, files: readonly string[], dir: string): Promise<Timed> {
  const start = now()
  let next = 0
  const worker = async (): Promise<void> => {
    const { client } = await connect(profileOf(server), server.password, { caPem: server.caPem() })
    try {
      for (let i = next++; i < files.length; i = next++) {
        const file = files[i] as string
        await uploadAtomic(client, file, dir, file.slice(file.lastIndexOf('/') + 1), { ifExists: 'overwrite' })
      }
    } finally {
      client.close()
    }
  }
  await Promise.all(Array.from({ length: WORKERS }, worker))
  return { seconds: now() - start }
}

async function curlMany(server: FtpsServer, files: readonly string[], dir: string): Promise<Timed> {
  const start = now()
  for (const file of files) await curlUpload(server, file, `${dir}/${file.slice(file.lastIndexOf('/') + 1)}`)
  return { seconds: now() - start }
}

interface QueueBench {
  services: AppServices
  dataDir: string
  webmaster: number
  head: number
  assistant: number
}

/** A register like an office's, with a host profile for the test server (password for this session). */
async function openQueueBench(server: FtpsServer): Promise<QueueBench & { profileId: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'publish-desk-bench-queue-'))
  const services = openAppServices({ dataDir })
  services.setup.complete({ office: SEED_OFFICE, people: Object.values(SEED_PEOPLE) })
  const id = (name: string): number => services.people.list().find((p) => p.fullName === name)?.id ?? 0
  const bench = { services, dataDir, webmaster: id(SEED_PEOPLE.webmaster.fullName), head: id(SEED_PEOPLE.head.fullName), assistant: id(SEED_PEOPLE.assistant.fullName) }
  const profile = services.hostProfiles.save(
    {
      name: 'เว็บไซต์ทดสอบความเร็ว',
      host: server.host,
      port: server.port,
      tls: 'explicit',
      username: server.user,
      remoteRoot: '/bench/queue',
      publicBaseUrl: 'https://bench.example.go.th',
      folderPattern: '{root}/ita/{fy}/{requestId}',
      fileNaming: 'ascii-dated',
      ifExists: 'fail',
      parallelConnections: WORKERS
    },
    bench.webmaster,
    { trust: { mode: 'ca', caPem: server.caPem() } }
  )
  await services.hostProfiles.setPassword({ id: profile.id, password: server.password, sessionOnly: true }, bench.webmaster)
  return { ...bench, profileId: profile.id }
}

/** Approved requests holding the small files (not timed: this is the register before the upload). */
function approvedRequests(q: QueueBench, files: readonly string[], round: number): number[] {
  const ids: number[] = []
  for (let at = 0; at < files.length; at += FILES_PER_REQUEST) {
    const newAttachments = files.slice(at, at + FILES_PER_REQUEST).map((path, i) => {
      // A PDF header (the attachment check reads the content), different per round: the blob store keeps one copy per content.
      const head = Buffer.from(`%PDF-1.4\n% round ${round}\n`)
      return {
        fileName: `รายงานผลการดำเนินงาน รอบ ${round} ชุด ${at / FILES_PER_REQUEST + 1} ไฟล์ ${i + 1}.pdf`,
        contentBase64: Buffer.concat([head, readFileSync(path).subarray(0, SMALL_BYTES - head.length)]).toString('base64')
      }
    })
    const r = q.services.requests
    const d = r.create({ ownerUnit: 'งานข้อมูลและสารสนเทศ', requestDate: '2026-01-15', title: `รายงานผลการดำเนินงาน รอบ ${round} ชุดที่ ${ids.length + 1}`, requesterId: q.assistant, categoryCode: '1.8', byId: q.assistant, newAttachments })
    r.transition({ id: d.id, action: 'submit', byId: q.assistant })
    r.transition({ id: d.id, action: 'approve', byId: q.head })
    ids.push(d.id)
  }
  return ids
}

async function queueMany(q: QueueBench & { profileId: number }, requestIds: readonly number[]): Promise<Timed> {
  const start = now()
  for (const requestId of requestIds) await q.services.publishing.enqueue({ requestId, profileId: q.profileId, byId: q.webmaster })
  await q.services.publishing.whenIdle()
  return { seconds: now() - start }
}

/** Every file of the requests published, whole, on the server's disk; null when so. */
function checkQueue(q: QueueBench, server: FtpsServer, requestIds: readonly number[]): string | null {
  for (const id of requestIds) {
    const status = q.services.publishing.status(id)
    if (q.services.requests.get(id).status !== 'published') return `คำขอ ${id} ยังไม่เผยแพร่: ${status.problem ?? status.jobs.map((j) => `${j.state} ${j.lastError}`).join('; ')}`
    for (const f of status.published) {
      const size = statSync(join(server.root, f.remotePath), { throwIfNoEntry: false })?.size
      if (size !== SMALL_BYTES) return `${f.remotePath}: ${size ?? 'ไม่มีไฟล์'} แทนที่จะเป็น ${SMALL_BYTES} ไบต์`
    }
    if (status.published.length !== FILES_PER_REQUEST) return `คำขอ ${id}: เผยแพร่ ${status.published.length} ไฟล์ แทนที่จะเป็น ${FILES_PER_REQUEST}`
  }
  return null
}

/** What went wrong with the copies on the server's disk; null when every one is whole. */
async function checkBig(server: FtpsServer, dir: string, name: string, sha256: string): Promise<string | null> {
  const path = join(server.root, dir, name)
  const size = statSync(path, { throwIfNoEntry: false })?.size ?? -1
  if (size !== BIG_BYTES) return `${dir}/${name}: ${size} ไบต์ แทนที่จะเป็น ${BIG_BYTES}`
  const theirs = await sha256File(path)
  return theirs === sha256 ? null : `${dir}/${name}: SHA-256 ไม่ตรงกับต้นฉบับ`
}

function checkMany(server: FtpsServer, dir: string, files: readonly string[]): string | null {
  const names = readdirSync(join(server.root, dir)).filter((n) => !n.startsWith('.'))
  if (names.length !== files.length) return `${dir}: มี ${names.length} ไฟล์ แทนที่จะเป็น ${files.length}`
  const hidden = readdirSync(join(server.root, dir)).filter((n) => n.startsWith('.'))
  if (hidden.length > 0) return `${dir}: มีไฟล์ชั่วคราวค้าง ${hidden.length} ไฟล์`
  const wrong = names.find((n) => statSync(join(server.root, dir, n)).size !== SMALL_BYTES)
  return wrong ? `${dir}/${wrong}: ขนาดไม่ตรง` : null
}

const median = (values: readonly number[]): number => percentile(values, 50)
const mean = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0) / values.length
const mbps = (seconds: number): number => BIG_BYTES / 1024 / 1024 / seconds
const sec = (s: number): string => `${s.toFixed(2)} s`

export async function run(_ctx: PartContext): Promise<PartResult> {
  const local = mkdtempSync(join(tmpdir(), 'publish-desk-bench-upload-'))
  let server: FtpsServer | null = null
  let queue: (QueueBench & { profileId: number }) | null = null
  const loadBefore = loadavg()[0] ?? 0
  try {
    process.stdout.write(`กำลังเตรียมไฟล์: 1 ไฟล์ 200 MB และ ${count(SMALL_FILES)} ไฟล์ ไฟล์ละ 200 KB…\n`)
    const big = join(local, 'big-200mb.bin')
    writeRandomFile(big, BIG_BYTES)
    const bigSha = await sha256File(big)
    const smallDir = join(local, 'small')
    mkdirSync(smallDir)
    const smalls = Array.from({ length: SMALL_FILES }, (_, i) => {
      const path = join(smallDir, `file-${String(i + 1).padStart(3, '0')}.pdf`)
      writeRandomFile(path, SMALL_BYTES)
      return path
    })
    process.stdout.write('กำลังเริ่ม pure-ftpd (TLS บังคับ) บน 127.0.0.1…\n')
    server = await startFtpsServer()
    const s = server
    const broken: string[] = []

    // (a) one large file, alternating who goes first; each copy checked, then removed (disk space).
    const bigApp: number[] = []
    const bigCurl: number[] = []
    const bigRaw: number[] = []
    const bigHash: number[] = []
    for (let round = 1; round <= BIG_ROUNDS; round++) {
      process.stdout.write(`ไฟล์ 200 MB รอบที่ ${round}/${BIG_ROUNDS}…\n`)
      const sides = [
        async () => {
          bigApp.push((await appBig(s, big, bigSha, '/bench/big', `app-${round}.bin`)).seconds)
          broken.push(...[await checkBig(s, 'bench/big', `app-${round}.bin`, bigSha)].filter((x): x is string => x !== null))
        },
        async () => {
          bigCurl.push((await curlBig(s, big, '/bench/big', `curl-${round}.bin`)).seconds)
          broken.push(...[await checkBig(s, 'bench/big', `curl-${round}.bin`, bigSha)].filter((x): x is string => x !== null))
        }
      ]
      for (const side of round % 2 === 1 ? sides : [...sides].reverse()) await side()
      // The breakdown: uploadAtomic's first read of the file (SHA-256), and basic-ftp's upload alone.
      const hashStart = now()
      if ((await sha256File(big)) !== bigSha) broken.push('ไฟล์ต้นฉบับเปลี่ยนระหว่างการวัด')
      bigHash.push(now() - hashStart)
      bigRaw.push((await rawBig(s, big, '/bench/big', `raw-${round}.bin`)).seconds)
      rmSync(join(s.root, 'bench', 'big'), { recursive: true, force: true })
    }

    // (b) many small files, in a fresh folder each round.
    const manyApp: number[] = []
    const manyCurl: number[] = []
    const manyQueue: number[] = []
    queue = await openQueueBench(s)
    const q = queue
    for (let round = 1; round <= SMALL_ROUNDS; round++) {
      process.stdout.write(`${count(SMALL_FILES)} ไฟล์เล็ก รอบที่ ${round}/${SMALL_ROUNDS}…\n`)
      const requestIds = approvedRequests(q, smalls, round)
      const sides = [
        async () => {
          manyQueue.push((await queueMany(q, requestIds)).seconds)
          const problem = checkQueue(q, s, requestIds)
          if (problem) broken.push(problem)
        },
        async () => {
          manyApp.push((await appMany(s, smalls, `/bench/many-app-${round}`)).seconds)
          const problem = checkMany(s, `bench/many-app-${round}`, smalls)
          if (problem) broken.push(problem)
        },
        async () => {
          manyCurl.push((await curlMany(s, smalls, `/bench/many-curl-${round}`)).seconds)
          const problem = checkMany(s, `bench/many-curl-${round}`, smalls)
          if (problem) broken.push(problem)
        }
      ]
      for (const side of round % 2 === 1 ? sides : [...sides].reverse()) await side()
    }
    const loadAfter = loadavg()[0] ?? 0

    const appMBps = mbps(median(bigApp))
    const curlMBps = mbps(median(bigCurl))
    const bigRatio = appMBps / curlMBps
    const manyRatio = mean(manyCurl) / mean(manyQueue)
    const cores = cpus().length
    const out: string[] = []
    out.push(
      `เครื่อง: ${cores} คอร์, load average ${loadBefore.toFixed(1)} ก่อนวัด / ${loadAfter.toFixed(1)} หลังวัด` +
        (Math.max(loadBefore, loadAfter) > cores ? ' — เครื่องมีงานอื่นแย่ง CPU อยู่: ทั้งสองฝั่งช้าลง อัตราส่วนยังเทียบกันได้เพราะสลับลำดับทุกรอบ' : '')
    )
    out.push('เซิร์ฟเวอร์: pure-ftpd บน 127.0.0.1, TLS บังคับทั้งช่องคำสั่งและช่องข้อมูล (-Y 3), ใบรับรองของการทดสอบ (ทั้งสองฝั่งตรวจใบรับรองด้วย CA เดียวกัน)')
    out.push(
      table(
        `(ก) ไฟล์เดียว 200 MB — ค่ามัธยฐานของ ${BIG_ROUNDS} รอบ; แอป = เชื่อมต่อ + uploadAtomic (SHA-256 จากทะเบียน, ส่งไปชื่อชั่วคราว, ตรวจขนาด, เปลี่ยนชื่อ)`,
        [{ header: 'วิธี' }, { header: 'เวลาแต่ละรอบ', align: 'right' }, { header: 'ความเร็ว (มัธยฐาน)', align: 'right' }],
        [
          ['แอป (basic-ftp, 1 การเชื่อมต่อ)', bigApp.map(sec).join(' / '), `${appMBps.toFixed(0)} MB/s`],
          ['curl --ssl-reqd -T', bigCurl.map(sec).join(' / '), `${curlMBps.toFixed(0)} MB/s`],
          ['  วิเคราะห์: basic-ftp uploadFrom อย่างเดียว (เชื่อมต่อ + ส่ง ไม่มีขั้นตอนของ uploadAtomic)', bigRaw.map(sec).join(' / '), `${mbps(median(bigRaw)).toFixed(0)} MB/s`],
          ['  วิเคราะห์: อ่านไฟล์ทั้งไฟล์เพื่อคำนวณ SHA-256 (ทำครั้งเดียวตอนแนบไฟล์เข้าทะเบียน ไม่ใช่ตอนอัปโหลด)', bigHash.map(sec).join(' / '), `${mbps(median(bigHash)).toFixed(0)} MB/s`]
        ]
      )
    )
    out.push(
      table(
        `(ข) ${count(SMALL_FILES)} ไฟล์ ไฟล์ละ 200 KB (${SMALL_FILES / FILES_PER_REQUEST} คำขอที่อนุมัติแล้ว คำขอละ ${FILES_PER_REQUEST} ไฟล์) — ค่าเฉลี่ยของ ${SMALL_ROUNDS} รอบ; แอป = คิวอัปโหลด (services.publishing) ตั้งแต่สั่งอัปโหลดคำขอแรกจนคิวว่าง: งานใน SQLite, ${WORKERS} การเชื่อมต่อตามโปรไฟล์ แต่ละการเชื่อมต่อใช้กับทุกไฟล์ที่รับไป, uploadAtomic ทีละไฟล์, บันทึกการเผยแพร่ และปรับปรุงหน้ารายการข้อมูล`,
        [{ header: 'วิธี' }, { header: 'เวลาแต่ละรอบ', align: 'right' }, { header: 'เฉลี่ย', align: 'right' }, { header: 'ไฟล์/วินาที', align: 'right' }],
        [
          [`แอป: คิวอัปโหลด (${WORKERS} การเชื่อมต่อ)`, manyQueue.map(sec).join(' / '), sec(mean(manyQueue)), (SMALL_FILES / mean(manyQueue)).toFixed(0)],
          [`  วิเคราะห์: ชั้นรับส่งไฟล์อย่างเดียว (${WORKERS} worker × uploadAtomic ไม่มีทะเบียน)`, manyApp.map(sec).join(' / '), sec(mean(manyApp)), (SMALL_FILES / mean(manyApp)).toFixed(0)],
          ['curl หนึ่งโปรเซสต่อไฟล์ (ทีละไฟล์)', manyCurl.map(sec).join(' / '), sec(mean(manyCurl)), (SMALL_FILES / mean(manyCurl)).toFixed(0)]
        ]
      )
    )
    out.push(
      table(
        'เป้าหมาย (วัดในรอบเดียวกัน)',
        [{ header: 'เป้า' }, { header: 'ได้', align: 'right' }, { header: 'ผล' }],
        [
          [`(ก) ความเร็วของแอป ≥ ${TARGET.bigVsCurl}× ของ curl`, times(bigRatio), verdict(bigRatio >= TARGET.bigVsCurl)],
          [`(ข) แอปเร็วกว่า curl ทีละไฟล์ ≥ ${TARGET.manyVsCurl}×`, times(manyRatio), verdict(manyRatio >= TARGET.manyVsCurl)]
        ]
      )
    )
    process.stdout.write(`${out.join('\n')}\n`)
    return {
      failedTargets: [bigRatio >= TARGET.bigVsCurl, manyRatio >= TARGET.manyVsCurl].filter((ok) => !ok).length,
      broken: broken.length > 0 ? `สำเนาบนเซิร์ฟเวอร์ไม่ตรงกับต้นฉบับ: ${broken.join('; ')}` : null
    }
  } finally {
    if (queue) {
      await queue.services.publishing.shutdown().catch(() => undefined)
      queue.services.close()
      rmSync(queue.dataDir, { recursive: true, force: true })
    }
    await server?.stop()
    rmSync(local, { recursive: true, force: true })
  }
}
