// Renders build/icon.svg into build/icon.png (1024 × 1024), the one icon electron-builder needs: it makes the
// macOS .icns, the Windows .ico and the Linux sizes from it. Run after changing the SVG: `node scripts/render-icon.mjs`.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const build = join(dirname(fileURLToPath(import.meta.url)), '..', 'build')
const svg = readFileSync(join(build, 'icon.svg'), 'utf8')
const executablePath = process.env.FACTDESK_CHROMIUM ?? '/usr/bin/chromium'
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] })
try {
  const page = await browser.newPage({ viewport: { width: 1024, height: 1024 } })
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${svg}`)
  await page.locator('svg').screenshot({ path: join(build, 'icon.png'), omitBackground: true })
} finally {
  await browser.close()
}
console.log('build/icon.png written')
