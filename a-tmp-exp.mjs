import { createRequire } from 'node:module'
process.env.TSX_TSCONFIG_PATH = '/work/main/tsconfig.node.json'
const { register } = await import('tsx/cjs/api')
register()
const require = createRequire(import.meta.url)
const t0 = performance.now()
const r = require('/work/main/src-main/services/app-services.ts')
console.log(typeof r.openAppServices, performance.now() - t0)
