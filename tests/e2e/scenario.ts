/**
 * The checking scenario both e2e tests run (browser mode and Electron): open the sample, accept a
 * claim, set a status by keyboard, add a web source with a passage, add a note, and check it all
 * on screen, after a reload, and in the case file on disk. Each step is screenshotted.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, type Locator, type Page } from '@playwright/test'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, readCase } from './serve'

export const SHOTS = join(ROOT, 'artifacts', 'e2e')

export const SOURCE = {
  url: 'https://www.kestrelbay.example/council/2024-03-report',
  title: 'Kestrel Bay Water report to the regional council',
  passage: 'Replacing the filtration system is estimated to cost $48 million.'
}
export const NOTE = 'Called the utility press office; figure confirmed by email.'

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: join(SHOTS, `${name}.png`) })
}

/** The toolbar says the last change is on disk. */
export async function saved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()
}

export async function runScenario(
  page: Page,
  casePath: string,
  prefix: string,
  reload: () => Promise<void>
): Promise<void> {
  const items = page.getByRole('listbox', { name: 'Items' })
  await expect(items.getByRole('option').first()).toBeVisible()
  await expect(page.getByRole('region', { name: 'Article' })).toContainText('Kestrel Bay')
  await shot(page, `${prefix}-01-open`)

  // Accept the first claim in the list.
  const firstClaim = items.getByRole('option').filter({ hasText: 'Claim' }).first()
  await firstClaim.click()
  await page.getByRole('button', { name: 'Accept', exact: true }).click()
  await expect(page.getByRole('button', { name: 'Accepted' })).toBeDisabled()
  await saved(page)
  await shot(page, `${prefix}-02-accepted`)

  // Next item with J, then "3" gives the third status (Verified) from the keyboard.
  await page.keyboard.press('j')
  const secondText = (await page.locator('.detail-text').textContent()) ?? ''
  await page.keyboard.press('3')
  await expect(page.getByLabel('Status', { exact: true })).toHaveValue('verified')
  await saved(page)
  await shot(page, `${prefix}-03-status-by-key`)

  // A web source with the passage relied on.
  await page.getByRole('button', { name: 'Add source' }).click()
  // Saved empty, the form says what is missing beside its buttons (a notice at the window's foot outlived the fix).
  await page.getByRole('button', { name: 'Save source' }).click()
  await expect(page.getByRole('form', { name: 'New source' }).getByRole('alert')).toHaveText(
    'Give the source a title, a URL, a file or a person’s name.'
  )
  await page.getByLabel('URL', { exact: true }).fill(SOURCE.url)
  await expect(page.getByRole('form', { name: 'New source' }).getByRole('alert')).toHaveCount(0)
  await page.getByLabel('Title', { exact: true }).fill(SOURCE.title)
  await page.getByLabel('Passage', { exact: true }).fill(SOURCE.passage)
  await shot(page, `${prefix}-04-source-form`)
  await page.getByRole('button', { name: 'Save source' }).click()
  await expect(page.locator('.sources')).toContainText(SOURCE.title)
  // The form goes, and the focus comes back to Add source under the new source (it was left on the page).
  await expect(page.getByRole('button', { name: 'Add source' })).toBeFocused()
  await expect(page.locator('.sources')).toContainText(SOURCE.passage)

  // N jumps to the note field.
  await page.locator('.article').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('n')
  await expect(page.getByLabel('Note', { exact: true })).toBeFocused()
  await page.keyboard.type(NOTE)
  await page.getByRole('button', { name: 'Add note' }).click()
  await expect(page.locator('.notes')).toContainText(NOTE)
  await saved(page)
  await shot(page, `${prefix}-05-source-and-note`)

  // On disk: the case file has every change, signed and dated.
  const onDisk = readCase(casePath)
  const accepted = onDisk.items.filter((it) => it.state === 'accepted')
  expect(accepted.length).toBeGreaterThanOrEqual(2)
  const verified = onDisk.items.find((it) => it.status === 'verified')
  expect(verified?.anchor.exact).toBe(secondText)
  expect(verified?.history.map((h) => h.action)).toEqual(expect.arrayContaining(['status', 'source-linked', 'note']))
  expect(verified?.history.some((h) => h.action === 'status' && h.to === 'verified' && h.at)).toBe(true)
  const source = onDisk.sources.find((s) => s.url === SOURCE.url)
  expect(source).toMatchObject({ kind: 'web', title: SOURCE.title, passage: SOURCE.passage })
  expect(verified?.sourceIds).toContain(source?.id)
  expect(verified?.notes.map((n) => n.text)).toEqual([NOTE])

  // After a reload everything is still there.
  await reload()
  await expect(items.getByRole('option').first()).toBeVisible()
  // Resolved items leave "To check"; "All" shows them again.
  await page.getByLabel('Show', { exact: true }).selectOption('all')
  await page.getByLabel('Filter items').fill(secondText.split(/\s+/).slice(0, 6).join(' '))
  await items.getByRole('option').first().click()
  await expect(page.getByLabel('Status', { exact: true })).toHaveValue('verified')
  await expect(page.locator('.sources')).toContainText(SOURCE.title)
  await expect(page.locator('.notes')).toContainText(NOTE)
  await expect(page.getByText(/of \d+ resolved/)).toContainText('1 of')
  await shot(page, `${prefix}-06-after-reload`)
}

/** Chooses an entry of the app's own File menu (browser mode has no native menu). */
export async function fileMenu(page: Page, entry: string): Promise<void> {
  await page.getByRole('button', { name: 'File', exact: true }).click()
  await page.getByRole('menu', { name: 'File' }).getByRole('menuitem', { name: entry }).click()
}

/** Screenshot of one element (a dialog, a panel) rather than the whole window. */
export async function shotOf(locator: Locator, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true })
  await locator.screenshot({ path: join(SHOTS, `${name}.png`) })
}

/** The report dialog's preview: a sandboxed frame (no scripts) holding the report as its srcdoc. */
const REPORT_PREVIEW = 'iframe[title="Report preview"]'

/**
 * Serious and critical axe findings on the page as it stands, one line each (empty when clean). The report preview
 * is checked as a page of its own, from the same HTML: Chromium 156.0.8078.114 (Debian, December 2026) never answers
 * axe's script in that sandboxed frame, so analysing the page with the frame in it waited until the test timed out
 * (on 71c0b89's code as well, whose e2e tests passed in the previous stop's CI).
 */
export async function axeProblems(page: Page): Promise<string[]> {
  const preview = page.locator(REPORT_PREVIEW)
  const report = (await preview.count()) > 0 ? await preview.getAttribute('srcdoc') : null
  const results = await new AxeBuilder({ page }).exclude(REPORT_PREVIEW).analyze()
  const problems = seriousOnes(results.violations)
  if (report === null) return problems
  const alone = await page.context().newPage()
  try {
    await alone.setContent(report)
    return [...problems, ...seriousOnes((await new AxeBuilder({ page: alone }).analyze()).violations)]
  } finally {
    await alone.close()
  }
}

type AxeViolations = Awaited<ReturnType<AxeBuilder['analyze']>>['violations']

function seriousOnes(violations: AxeViolations): string[] {
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`
    )
}

/** Opens the case at `url` with every item listed whatever its status ("To check" hides the resolved ones); answers
 * the ids of the first four items. */
export async function openAllItems(page: Page, url: string): Promise<string[]> {
  const list = page.getByRole('listbox', { name: 'Items' })
  await page.goto(url)
  await expect(list.getByRole('option').first()).toBeVisible()
  await page.getByLabel('Show', { exact: true }).selectOption('all')
  return list.getByRole('option').evaluateAll((rows) => rows.slice(0, 4).map((r) => r.id.replace(/^item-/, '')))
}

/**
 * A real drop on the article: a DataTransfer holding a File built in the page, as the browser makes for a dragged
 * file. `contents` is an in-page expression (a string literal or a Uint8Array): it runs in Chromium, and the tests'
 * tsconfig has no DOM types.
 */
export async function dropFile(page: Page, contents: string, fileName: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(`(() => {
    const transfer = new DataTransfer()
    transfer.items.add(new File([${contents}], ${JSON.stringify(fileName)}, { type: 'text/plain' }))
    return transfer
  })()`)
  const article = page.getByRole('region', { name: 'Article' })
  await article.dispatchEvent('dragenter', { dataTransfer })
  await article.dispatchEvent('dragover', { dataTransfer })
  await article.dispatchEvent('drop', { dataTransfer })
}

/** The select's room inside its padding, and the width of the choice it shows in its own font. */
export async function roomOf(select: Locator): Promise<{ words: number; inner: number }> {
  return select.evaluate((element) => {
    const page = element.ownerDocument
    const style = page.defaultView!.getComputedStyle(element)
    const probe = page.createElement('span')
    probe.style.font = style.font
    probe.style.whiteSpace = 'pre'
    probe.textContent = element.querySelector('option:checked')?.textContent ?? ''
    page.body.append(probe)
    const words = probe.getBoundingClientRect().width
    probe.remove()
    const inner = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
    return { words, inner }
  })
}
