import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

// One build for the three Electron targets. The renderer bundle is also what `npm run web`
// serves to a browser, so it must not depend on anything Electron-only at load time.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(__dirname, 'src-main/index.ts') } }
    },
    resolve: { alias: { '@shared': resolve(__dirname, 'src-shared') } }
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require() from node_modules: bundle everything into one file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src-main/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    },
    resolve: { alias: { '@shared': resolve(__dirname, 'src-shared') } }
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: { index: resolve(__dirname, 'src-renderer/index.html') } }
    },
    resolve: { alias: { '@shared': resolve(__dirname, 'src-shared') } },
    plugins: [react()]
  }
})
