/**
 * electron-vite builds three bundles into out/:
 * - main (ESM, Electron ≥ 28 loads it natively; npm packages stay external and load from node_modules),
 * - preload (CommonJS, everything bundled: a sandboxed preload can neither import ESM nor require packages),
 * - renderer (the React UI, src/renderer/index.html; also what browser mode serves).
 */
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  main: {
    build: {
      // playwright-core (PDF printing outside Electron) is a transitive dependency, which the
      // automatic externalizing does not see; bundling it would add 6 MB and its eval() calls.
      externalizeDeps: { include: ['playwright-core'] },
      rolldownOptions: { input: { index: resolve('src/main/index.ts') } }
    }
  },
  preload: {
    build: {
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [react()],
    build: {
      rolldownOptions: { input: { index: resolve('src/renderer/index.html') } }
    }
  }
})
