/**
 * A real FTPS server for tests: pure-ftpd on 127.0.0.1 with TLS required for control and data
 * (`-Y 3`), a passive port range on 127.0.0.1, a self-signed certificate made for this run with
 * openssl (CN and subjectAltName 127.0.0.1), and one virtual user (a puredb file made with pure-pw, so no
 * system account is created) whose files live under a temporary folder.
 *
 *   const server = await startFtpsServer()
 *   ... connect to server.host:server.port as server.user / server.password, trusting server.caPem
 *   await server.stop()
 *
 * The server runs in its own session (Node's `detached`, i.e. setsid) and is stopped by signalling
 * the whole process group: pure-ftpd forks a process per connection, and stopping the master alone
 * would leave running uploads going. It must run as root (pure-ftpd chroots and changes user).
 * `.ci/run` installs pure-ftpd; a missing binary is an error, never a silent skip.
 *
 * `startFtpsServer({ kind: 'vsftpd' })` starts vsftpd instead, with the same interface
 * (tests/helpers/vsftpd-server.ts: its own user set-up, session reuse required on data connections).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createConnection, createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** The unprivileged account the virtual user's files belong to (Debian's `nobody`). */
const FILE_OWNER = { uid: 65534, gid: 65534 }
export const HOST = '127.0.0.1'
const PASSIVE_PORTS = 40

export type FtpsServerKind = 'pure-ftpd' | 'vsftpd'

export interface FtpsServer {
  /** Which server program answers (pure-ftpd unless asked otherwise). */
  readonly kind: FtpsServerKind
  readonly host: string
  readonly port: number
  readonly user: string
  readonly password: string
  /** The user's home on disk: what a client sees as `/`. */
  readonly root: string
  /** A folder under the home the user may read but not write (for 550/553 tests), as `/read-only`. */
  readonly readOnlyDir: string
  /** The current certificate (PEM), to pass as a trusted CA. */
  caPem(): string
  certFile(): string
  /** SHA-256 fingerprint as `openssl x509 -fingerprint -sha256` prints it (AA:BB:…). */
  fingerprint(): string
  /** Stops the server and starts it again on the same ports with the same users and files. */
  restart(): Promise<void>
  /** Kills the whole process group at once (a crash, e.g. mid-upload); start again with restart(). */
  kill(): Promise<void>
  /** A new key and certificate (same names), then a restart so every new session presents it. */
  replaceCertificate(): Promise<void>
  /** Stops the server and removes its temporary folder. */
  stop(): Promise<void>
}

function requireTools(): void {
  for (const tool of ['/usr/sbin/pure-ftpd', '/usr/bin/pure-pw']) {
    if (!existsSync(tool)) throw new Error(`${tool} is missing: install pure-ftpd (see .ci/run) to run the FTPS tests`)
  }
  if (process.getuid?.() !== 0) throw new Error('the FTPS test server needs root (pure-ftpd chroots and switches to the nobody user)')
}

export function makeCertificate(dir: string): void {
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '2',
    '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'
  ], { stdio: 'pipe' })
}

/**
 * The virtual user's line is written here rather than by `pure-pw useradd`, whose argon2id hash
 * (t=1023) makes every login take about 2 s on this machine. A SHA-512 crypt hash is what older
 * pure-pw versions wrote and pure-ftpd still checks it. `/./` marks the chroot point.
 */
function makeVirtualUser(dir: string, user: string, password: string, home: string): string {
  const passwd = join(dir, 'pureftpd.passwd')
  const db = join(dir, 'pureftpd.pdb')
  const hash = execFileSync('openssl', ['passwd', '-6', '-stdin'], { input: password, encoding: 'utf8' }).trim()
  writeFileSync(passwd, `${user}:${hash}:${FILE_OWNER.uid}:${FILE_OWNER.gid}::${home}/./::::::::::::\n`, { mode: 0o600 })
  execFileSync('pure-pw', ['mkdb', db, '-f', passwd], { stdio: 'pipe' })
  return db
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
    probe.once('error', () => resolve(false))
    probe.listen(port, HOST, () => probe.close(() => resolve(true)))
  })
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, HOST, () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

export async function freePassiveRange(): Promise<[number, number]> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const first = 30000 + Math.floor(Math.random() * 600) * 50
    const ports = Array.from({ length: PASSIVE_PORTS }, (_, i) => first + i)
    if ((await Promise.all(ports.map(portIsFree))).every(Boolean)) return [first, first + PASSIVE_PORTS - 1]
  }
  throw new Error('no free passive port range found for the FTPS test server')
}

export function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: HOST, port })
    socket.once('connect', () => { socket.destroy(); resolve(true) })
    socket.once('error', () => resolve(false))
  })
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** True while any process of the group is alive (signal 0 only checks). */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0)
    return true
  } catch {
    return false
  }
}

async function endGroup(pgid: number, signal: NodeJS.Signals, graceMs: number): Promise<void> {
  try { process.kill(-pgid, signal) } catch { return }
  const until = Date.now() + graceMs
  while (groupAlive(pgid) && Date.now() < until) await sleep(25)
  if (groupAlive(pgid)) {
    try { process.kill(-pgid, 'SIGKILL') } catch { /* already gone */ }
    while (groupAlive(pgid)) await sleep(25)
  }
}

export interface FtpsServerOptions {
  /** Limits each session's transfer speed (pure-ftpd -T, vsftpd local_max_rate; KB/s), so a test can act mid-upload. */
  bandwidthKBps?: number
  /** The server program; pure-ftpd by default. */
  kind?: FtpsServerKind
}

export async function startFtpsServer(options: FtpsServerOptions = {}): Promise<FtpsServer> {
  if (options.kind === 'vsftpd') {
    // Loaded here, not at the top: vsftpd-server.ts imports this file's helpers.
    const { startVsftpdServer } = await import('./vsftpd-server')
    return startVsftpdServer(options)
  }
  requireTools()
  const dir = mkdtempSync(join(tmpdir(), 'publishdesk-ftps-'))
  chmodSync(dir, 0o755)
  const home = join(dir, 'home')
  const readOnlyDir = join(home, 'read-only')
  mkdirSync(readOnlyDir, { recursive: true })
  chownSync(home, FILE_OWNER.uid, FILE_OWNER.gid)
  const user = `publishdesk-${randomBytes(3).toString('hex')}`
  const password = randomBytes(12).toString('base64url')
  makeCertificate(dir)
  const db = makeVirtualUser(dir, user, password, home)
  const port = await freePort()
  const [passiveFrom, passiveTo] = await freePassiveRange()
  const args = [
    '-S', `${HOST},${port}`, '-p', `${passiveFrom}:${passiveTo}`, '-P', HOST,
    '-Y', '3', '-2', `${join(dir, 'cert.pem')},${join(dir, 'key.pem')}`,
    '-l', `puredb:${db}`, '-E', '-A', '-H', '-4', '-c', '200', '-C', '200', '-f', 'none',
    ...(options.bandwidthKBps ? ['-T', `${options.bandwidthKBps}:${options.bandwidthKBps}`] : [])
  ]

  let child: ChildProcess | undefined
  let output = ''
  const killOnExit = (): void => { if (child?.pid) try { process.kill(-child.pid, 'SIGKILL') } catch { /* gone */ } }

  async function launch(): Promise<void> {
    output = ''
    const started = spawn('/usr/sbin/pure-ftpd', args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
    child = started
    started.stdout?.on('data', (d: Buffer) => { output += d.toString() })
    started.stderr?.on('data', (d: Buffer) => { output += d.toString() })
    process.once('exit', killOnExit)
    const until = Date.now() + 10_000
    while (Date.now() < until) {
      if (started.exitCode !== null) throw new Error(`pure-ftpd exited with ${started.exitCode}: ${output.trim()}`)
      if (await answers(port)) return
      await sleep(50)
    }
    await halt('SIGKILL')
    throw new Error(`pure-ftpd did not answer on port ${port} within 10 s: ${output.trim()}`)
  }

  async function halt(signal: NodeJS.Signals): Promise<void> {
    const pid = child?.pid
    child = undefined
    process.removeListener('exit', killOnExit)
    if (pid) await endGroup(pid, signal, 3000)
  }

  await launch()
  return serverHandle({ kind: 'pure-ftpd', port, user, password, root: home, readOnlyDir, dir }, { launch, halt, release: () => rmSync(dir, { recursive: true, force: true }) })
}

/** What the test servers have in common: where they are, their certificate, and how they stop and start. */
export function serverHandle(
  where: { kind: FtpsServerKind; port: number; user: string; password: string; root: string; readOnlyDir: string; dir: string },
  run: { launch: () => Promise<void>; halt: (signal: NodeJS.Signals) => Promise<void>; release: () => void }
): FtpsServer {
  const { dir, ...rest } = where
  const certFile = join(dir, 'cert.pem')
  return {
    ...rest,
    host: HOST,
    caPem: () => readFileSync(certFile, 'utf8'),
    certFile: () => certFile,
    fingerprint: () => {
      const out = execFileSync('openssl', ['x509', '-noout', '-fingerprint', '-sha256', '-in', certFile], { encoding: 'utf8' })
      return out.trim().split('=')[1] ?? ''
    },
    async restart() {
      await run.halt('SIGTERM')
      await run.launch()
    },
    async kill() {
      await run.halt('SIGKILL')
    },
    async replaceCertificate() {
      makeCertificate(dir)
      await run.halt('SIGTERM')
      await run.launch()
    },
    async stop() {
      await run.halt('SIGTERM')
      run.release()
    }
  }
}
