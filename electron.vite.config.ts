/**
 * electron-vite builds three bundles into out/:
 * - main (ESM, Electron ≥ 28 loads it natively; npm packages stay external and load from node_modules), and the
 *   import worker beside it (out/main/import-worker.js),
 * - preload (CommonJS, everything bundled: a sandboxed preload can neither import ESM nor require packages),
 * - renderer (the React UI, src/renderer/index.html; also what browser mode serves).
 */
import { resolve } from 'node:path'
import type { Plugin } from 'vite'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { CSP_META } from './src/main/services/csp'

/** Where index.html asks for the CSP meta tag. */
const CSP_MARKER = '<!-- Content-Security-Policy from src/main/services/csp.ts -->'

/**
 * The page's CSP meta tag, written from the one policy string in csp.ts, so the tag, Electron's header and the
 * browser-mode server's header cannot drift apart (the security scan compares the built page with the header).
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'factdesk-csp-meta',
    transformIndexHtml(html) {
      if (!html.includes(CSP_MARKER)) throw new Error(`index.html lost its CSP marker: ${CSP_MARKER}`)
      if (/["<>&]/.test(CSP_META)) throw new Error('the CSP holds a character that would need escaping in an attribute')
      return html.replace(CSP_MARKER, `<meta http-equiv="Content-Security-Policy" content="${CSP_META}" />`)
    }
  }
}

export default defineConfig({
  main: {
    build: {
      // playwright-core (PDF printing outside Electron) is a transitive dependency, which the
      // automatic externalizing does not see; bundling it would add 6 MB and its eval() calls.
      externalizeDeps: { include: ['playwright-core'] },
      // The import worker is its own entry: a worker thread loads it by path, beside index.js (worker-engine.ts).
      rolldownOptions: {
        input: { index: resolve('src/main/index.ts'), 'import-worker': resolve('src/main/services/import-worker.ts') }
      }
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
    plugins: [contentSecurityPolicyMeta(), react()],
    build: {
      // electron-vite leaves every bundle unminified; the page's is 2.3 MB so, and parsing and compiling it was a
      // fifth of a second of every window's opening. `npm run dev` serves the sources unminified still.
      minify: true,
      rolldownOptions: { input: { index: resolve('src/renderer/index.html') } }
    }
  }
})
