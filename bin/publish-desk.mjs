#!/usr/bin/env node
// `publish-desk`: loads the TypeScript CLI (src-main/cli/main.ts) through tsx's CommonJS hook.
// The project is CommonJS, so tsx's require hook is all it needs: registering the ESM loader too
// would start a loader thread on every run. tsx caches what it compiles, so later runs are quick.
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
// Plain JavaScript loads faster before tsx's hook is in place (the hook looks at every file it
// loads), and the CLI always needs commander: load it first, from Node's module cache later.
require('commander')
// The `@shared/*` paths are in tsconfig.node.json (the root tsconfig.json only references it),
// and the CLI may be started from any folder: name the file rather than let tsx look in the cwd.
process.env.TSX_TSCONFIG_PATH = join(root, 'tsconfig.node.json')
// require, not import(): importing CommonJS from ESM makes Node scan it (esbuild's is large).
const { register } = require('tsx/cjs/api')
register()
// `publish-desk request list | head`: the reader left, which is not an error of ours.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})
const { main } = require(join(root, 'src-main', 'cli', 'main.ts'))
process.exitCode = await main(process.argv)
