/**
 * The workspace end to end: the real server, the built UI, a real case file on disk.
 * Browser mode always runs; the Electron run needs Electron's binary, which this machine may lack.
 */
import AxeBuilder from '@axe-core/playwright'
import { _electron as electron, expect, test, type Page } from '@playwright/test'
import { createRequire } from 'node:module'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { ROOT, copySample, serve, type Served } from './serve'
import { fileMenu, runScenario, shot } from './scenario'

/** In the page (plain JavaScript, it runs in Chromium): select from inside one word to inside another. */
const SELECT_INSIDE_WORDS = `(() => {
  const run = [...document.querySelectorAll('[data-s]')].find((el) => (el.textContent || '').length > 30 && !el.hasAttribute('data-items'))
  const node = run && run.firstChild
  if (!run || !node) throw new Error('no plain run of text in the article')
  run.scrollIntoView({ block: 'center' })
  const range = document.createRange()
  range.setStart(node, 2)
  range.setEnd(node, 25)
  window.getSelection().removeAllRanges()
  window.getSelection().addRange(range)
})()`

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`
    )
}

test.describe('browser mode', () => {
  let served: Served
  test.beforeEach(async () => {
    served = await serve()
  })
  test.afterEach(async () => served.close())

  test('check a claim: accept, status by key, web source, note; all kept after reload and on disk', async ({
    page
  }) => {
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(served.url)
    // The token is taken out of the address bar once read.
    await expect.poll(() => page.url()).not.toContain('token=')
    await runScenario(page, served.casePath, 'browser', async () => {
      await page.reload()
    })
    expect(errors).toEqual([])
  })

  test('axe finds no serious or critical problems in the workspace, the source form or a dialog', async ({ page }) => {
    // Three axe passes over the whole workspace: over a minute when the shared machine is busy.
    test.setTimeout(180_000)
    await page.goto(served.url)
    await expect(page.getByRole('listbox', { name: 'Items' }).getByRole('option').first()).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Add source' }).click()
    expect(await seriousViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Settings' }).click()
    await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible()
    await shot(page, 'browser-07-settings')
    expect(await seriousViolations(page)).toEqual([])
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toHaveCount(0)
  })

  test('keyboard: a filter and Enter is walked with J; "Set your name" opens on the name; Enter, Enter imports a draft', async ({
    page
  }) => {
    await page.goto(served.url)
    const items = page.getByRole('listbox', { name: 'Items' })
    await expect(items.getByRole('option').first()).toBeVisible()
    // Enter took the checker nowhere and Esc cleared the filter: there was no key from the filter to what it found.
    await page.keyboard.press('/')
    await page.keyboard.type('Delaney')
    await page.keyboard.press('Enter')
    await expect(page.getByLabel('Filter items')).toHaveValue('Delaney')
    await expect(items).toBeFocused()
    const found = items.getByRole('option')
    expect(await found.count()).toBeGreaterThan(1)
    await expect(found.first()).toHaveAttribute('aria-selected', 'true')
    await page.keyboard.press('j')
    await expect(found.nth(1)).toHaveAttribute('aria-selected', 'true')
    await expect(page.locator('.detail')).toContainText('Delaney')

    // "Set your name" left the focus on the dialog's Close button: what the checker typed went nowhere.
    await page.getByRole('button', { name: 'Set your name' }).click()
    await expect(page.getByRole('dialog', { name: 'Settings' }).getByLabel('Your name')).toBeFocused()
    await page.keyboard.type('Ana Lopes')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('button', { name: 'Set your name' })).toHaveCount(0)

    // Import new draft by keyboard: Enter chooses the file, Enter imports it (the focus was on ×: Enter closed it).
    const next = join(served.dir, 'sample-v2.txt')
    writeFileSync(
      next,
      readFileSync(served.articlePath, 'utf8').replace('$48 million overhaul', '$52 million overhaul')
    )
    // Listening for the chooser starts Playwright's interception of it, asynchronously (nothing awaits it): asked for
    // just before a key press, the press sometimes won under load, the chooser opened uncaught and headless Chromium
    // dismissed it. Asked for before the menu's clicks, it is in place long before the Enter.
    const chooser = page.waitForEvent('filechooser')
    await fileMenu(page, 'Import new draft…')
    await page.keyboard.press('Enter')
    await (await chooser).setFiles(next)
    const dialog = page.getByRole('dialog', { name: 'Import new draft' })
    await expect(dialog.getByRole('button', { name: 'Import draft' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.locator('.changes-list')).toContainText('$52')
  })

  test('keyboard: Alt+F and F10 open the File menu, listed in the shortcuts; arrows and Enter choose an entry', async ({
    page
  }) => {
    await page.goto(served.url)
    const items = page.getByRole('listbox', { name: 'Items' })
    await expect(items.getByRole('option').first()).toBeVisible()
    // The first Tab follows the reading order: it went to the selected item's claim type, past the toolbar and the
    // list, because the selected row was shown with scrollIntoView (Chromium starts the next Tab there).
    await page.keyboard.press('Tab')
    await expect(page.getByRole('button', { name: 'File', exact: true })).toBeFocused()
    // Browser mode had no key to the File menu (the desktop app's native menu bar answers Alt+F and F10).
    await page.keyboard.press('?')
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await expect(sheet.getByRole('row', { name: /Alt\+F \/ F10/ })).toContainText('Open the File menu')
    await page.keyboard.press('Escape')
    await expect(sheet).toHaveCount(0)

    // From the item list: Alt+F opens the menu on its first entry; Escape gives the focus back to File.
    await items.focus()
    await page.keyboard.press('Alt+f')
    const menu = page.getByRole('menu', { name: 'File' })
    await expect(menu.getByRole('menuitem', { name: 'Open…' })).toBeFocused()
    await page.keyboard.press('End')
    await expect(menu.getByRole('menuitem').last()).toBeFocused()
    await page.keyboard.press('Home')
    await expect(menu.getByRole('menuitem', { name: 'Open…' })).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(menu).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'File', exact: true })).toBeFocused()

    // From a text field too (F10 types nothing), then ↓ and Enter choose Import new draft….
    await page.getByLabel('Filter items').focus()
    await page.keyboard.press('F10')
    await expect(menu.getByRole('menuitem', { name: 'Open…' })).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await expect(menu.getByRole('menuitem', { name: 'Import new draft…' })).toBeFocused()
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: 'Import new draft' })
    await expect(dialog.getByRole('button', { name: 'Choose the new draft…' })).toBeFocused()
    // A dialog's keys are its own: Alt+F does not open the menu behind it.
    await page.keyboard.press('Alt+f')
    await expect(menu).toHaveCount(0)
    await expect(dialog).toBeVisible()
  })

  test('a file chooser dismissed in Import new draft leaves the dialog open on its button', async ({ page }) => {
    await page.goto(served.url)
    await expect(page.getByRole('listbox', { name: 'Items' }).getByRole('option').first()).toBeVisible()
    await page.evaluate(`(() => {
      window.cancelled = 0
      document.addEventListener('cancel', (event) => { if (event.target.type === 'file') window.cancelled += 1 }, true)
    })()`)
    await fileMenu(page, 'Import new draft…')
    const dialog = page.getByRole('dialog', { name: 'Import new draft' })
    const choose = dialog.getByRole('button', { name: 'Choose the new draft…' })
    await expect(choose).toBeFocused()
    // Nobody listens for the chooser, so nothing intercepts it: headless Chromium dismisses it, as a checker would.
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate('window.cancelled')).toBe(1)
    // The picker's "cancel" bubbled to the <dialog>, which closed as if Esc had been pressed (focus back on File).
    await expect(dialog).toBeVisible()
    await expect(choose).toBeFocused()
    // The checker chooses again, and this time picks a draft.
    const next = join(served.dir, 'sample-v2.txt')
    writeFileSync(
      next,
      readFileSync(served.articlePath, 'utf8').replace('$48 million overhaul', '$52 million overhaul')
    )
    const chooser = page.waitForEvent('filechooser')
    await choose.click()
    await (await chooser).setFiles(next)
    await expect(dialog.getByRole('button', { name: 'Import draft' })).toBeFocused()
  })

  test('a figure given two ways is listed as a possible inconsistency, one click from its item', async ({ page }) => {
    await page.goto(served.url)
    await page.getByRole('button', { name: /possible inconsistenc/ }).click()
    const dialog = page.getByRole('dialog', { name: 'Possible inconsistencies' })
    await expect(dialog).toContainText('digits swapped?')
    const places = dialog.getByRole('button', { name: /“.+”/ })
    await expect(places).toHaveCount(2)
    const words = ((await places.nth(1).textContent()) ?? '').replace(/[“”]/g, '')
    await places.nth(1).click()
    await expect(dialog).toHaveCount(0)
    await expect(page.locator('.detail-text')).toContainText(words)
    await shot(page, 'browser-09-inconsistency')
  })

  test('selected words become a manual claim, snapped to whole words; undo takes it back', async ({ page }) => {
    await page.goto(served.url)
    const article = page.getByRole('region', { name: 'Article' })
    await expect(article).toContainText('Kestrel Bay')
    // The list renders its first screenful at once and the rest just after: count it once complete.
    const options = page.getByRole('listbox', { name: 'Items' }).getByRole('option')
    const before = Number((await page.locator('.shown-count').textContent())?.match(/\d+/)?.[0])
    await expect(options).toHaveCount(before)
    // The claim must start and end on word edges however the selection fell.
    await page.evaluate(SELECT_INSIDE_WORDS)
    await page.getByRole('button', { name: 'Add claim' }).click()
    await expect(options).toHaveCount(before + 1)
    const added = (await page.locator('.detail-text').textContent()) ?? ''
    expect(added).toMatch(/^\S/)
    expect(added).toMatch(/\S$/)
    await shot(page, 'browser-08-manual-claim')
    await page.locator('.article').click({ position: { x: 5, y: 5 } })
    await page.keyboard.press('Control+z')
    await expect(options).toHaveCount(before)
  })
})

/**
 * Electron's binary, found the way `require('electron')` finds it (path.txt → dist/) but without
 * requiring it: requiring a missing binary starts a download, and this machine has no internet.
 */
function electronBinary(): string | null {
  try {
    const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
    const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
    const pathFile = join(packageDir, 'path.txt')
    const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron'
    const binary = override ? join(override, name) : join(packageDir, 'dist', name)
    return existsSync(binary) ? binary : null
  } catch {
    return null
  }
}

test('desktop (Electron): the same scenario', async () => {
  const binary = electronBinary()
  if (!binary)
    console.log('Skipping the Electron run: the Electron binary is not installed (node_modules/electron has no dist/).')
  test.skip(!binary, 'Electron binary not installed on this machine')
  const dir = mkdtempSync(join(tmpdir(), 'factdesk-e2e-electron-'))
  const articlePath = copySample(dir)
  const app = await electron.launch({
    executablePath: binary ?? undefined,
    args: [join(ROOT, 'out', 'main', 'index.js'), articlePath],
    env: { ...process.env, FACTDESK_DATA_DIR: join(dir, 'data') } as Record<string, string>
  })
  try {
    const page = await app.firstWindow()
    await page.setViewportSize({ width: 1280, height: 800 })
    await runScenario(page, `${articlePath}.factdesk.json`, 'electron', async () => {
      await page.reload()
    })
  } finally {
    await app.close()
  }
})
