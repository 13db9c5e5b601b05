/**
 * The project's electron-vite main config with bundle-entry.ts as its only input, written to the
 * folder named by PUBLISH_DESK_PDF_BUNDLE_OUT (bundle.test.ts).
 */
import { join } from 'node:path'
import { defineConfig } from 'electron-vite'
import base from '../../../../electron.vite.config'

const out = process.env.PUBLISH_DESK_PDF_BUNDLE_OUT
if (!out) throw new Error('PUBLISH_DESK_PDF_BUNDLE_OUT is not set')
if (typeof base !== 'object' || base instanceof Promise || !base.main) throw new Error('electron.vite.config.ts no longer exports a plain object')

export default defineConfig({
  main: {
    ...base.main,
    build: { ...base.main.build, outDir: out, rollupOptions: { input: { 'bundle-entry': join(__dirname, 'bundle-entry.ts') } } }
  }
})
