/**
 * Starts the app the way `npm run web` serves it (src-main/web/serve.ts) with its own data
 * directory, for browser tests and scripted screenshots. Returns the printed address (with its
 * `#token=…`) and a stop function that ends the server's whole process group.
 *
 *   const app = await startWebApp({ staticDir: 'out/renderer' })
 *   await page.goto(app.url)
 *   ...
 *   await app.stop()
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export interface WebApp {
  /** `http://127.0.0.1:PORT/#token=…`: open it as is; the page keeps the token for its calls. */
  url: string
  /** `http://127.0.0.1:PORT`, for building other addresses. */
  origin: string
  dataDir: string
  /** Stops the server (SIGTERM, then SIGKILL after 5 s) and removes a data directory it made. */
  stop(): Promise<void>
}

export interface WebAppOptions {
  /** Defaults to a fresh temporary directory, removed by stop(). */
  dataDir?: string
  /** The built renderer; defaults to serve.ts's own default (out/renderer). */
  staticDir?: string
  /** Project root; defaults to the current working directory. */
  root?: string
  /** How long to wait for the address line. */
  timeoutMs?: number
  /** Extra environment for the server (e.g. a fixed clock, if the services read one). */
  env?: NodeJS.ProcessEnv
}

const URL_LINE = /(http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]+)/

export async function startWebApp(options: WebAppOptions = {}): Promise<WebApp> {
  const root = resolve(options.root ?? process.cwd())
  const ownDir = options.dataDir === undefined
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'publish-desk-web-'))
  // The root tsconfig.json only lists references; the @shared alias is in tsconfig.node.json.
  const args = ['--tsconfig', join(root, 'tsconfig.node.json'), join(root, 'src-main', 'web', 'serve.ts'), '--data-dir', dataDir]
  if (options.staticDir) args.push('--static-dir', resolve(root, options.staticDir))
  const tsx = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'tsx.cmd' : 'tsx')
  // Own process group: tsx runs the server as a child, and stop() must end both.
  const child = spawn(tsx, args, {
    cwd: root,
    detached: process.platform !== 'win32',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env }
  })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8')
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk
  })

  const exited = new Promise<void>((done) => child.once('exit', () => done()))
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      signal(child.pid, 'SIGTERM')
      const timer = setTimeout(() => signal(child.pid, 'SIGKILL'), 5000)
      await exited
      clearTimeout(timer)
    }
    if (ownDir) rmSync(dataDir, { recursive: true, force: true })
  }

  try {
    const url = await new Promise<string>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`serve.ts printed no address within ${options.timeoutMs ?? 30000} ms\n${stdout}${stderr}`)), options.timeoutMs ?? 30000)
      child.stdout.on('data', (chunk: string) => {
        stdout += chunk
        const m = URL_LINE.exec(stdout)
        if (m?.[1]) {
          clearTimeout(timer)
          done(m[1])
        }
      })
      child.once('exit', (code) => {
        clearTimeout(timer)
        fail(new Error(`serve.ts exited (${String(code)}) before printing its address\n${stdout}${stderr}`))
      })
    })
    return { url, origin: new URL(url).origin, dataDir, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

function signal(pid: number | undefined, sig: NodeJS.Signals): void {
  if (pid === undefined) return
  try {
    // A negative pid signals the whole group started above.
    process.kill(process.platform === 'win32' ? pid : -pid, sig)
  } catch {
    // Already gone.
  }
}
