/**
 * The project's own electron-vite config, main and preload only, written to the folder named by
 * PUBLISH_DESK_SHELL_OUT: the bundle test builds what `npm start` would run without touching out/
 * and without depending on the renderer.
 */
import { join } from 'node:path'
import { defineConfig } from 'electron-vite'
import base from '../../../electron.vite.config'

const out = process.env.PUBLISH_DESK_SHELL_OUT
if (!out) throw new Error('PUBLISH_DESK_SHELL_OUT is not set')
if (typeof base !== 'object' || base instanceof Promise || !base.main || !base.preload) throw new Error('electron.vite.config.ts no longer exports a plain object')

export default defineConfig({
  main: { ...base.main, build: { ...base.main.build, outDir: join(out, 'main') } },
  preload: { ...base.preload, build: { ...base.preload.build, outDir: join(out, 'preload') } }
})
