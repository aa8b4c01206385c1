/**
 * The report as a checker makes it: two items rated with sources, one quote verified without one, the report exported
 * from the app in HTML and Markdown, and the saved HTML opened in Chromium as the editor will open it. It names the
 * draft it checked and every source, and each item says whose words it holds: the one-line list of items nobody
 * checked said "[9] Quote: If another filter goes during a dry summer, …" with no speaker, in an article's report
 * (a transcript's said who).
 * Screenshots: artifacts/e2e/report-checker-*.png (the saved file on screen, and as printed).
 */
import { expect, test, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { serve, type Served } from './serve'
import { fileMenu, saved, shot } from './scenario'

let served: Served
test.beforeEach(async () => {
  served = await serve()
})
test.afterEach(async () => served.close())

const WEB = { title: 'Kestrel Bay Water report to the regional council', url: 'https://www.kestrelbay.example/r' }
const MINUTES = 'Council minutes, 11 March 2024'

/** Selects the first listed item of `kind` holding `words`, rates it with a status key and links `source` to it. */
async function rate(
  page: Page,
  words: string,
  key: string,
  { kind = 'Claim', source }: { kind?: 'Claim' | 'Quote'; source?: { title: string; url?: string } } = {}
): Promise<void> {
  await page.getByLabel('Filter items').fill(words)
  await page.getByRole('listbox', { name: 'Items' }).getByRole('option').filter({ hasText: kind }).first().click()
  await page.keyboard.press(key)
  await saved(page)
  if (!source) return
  await page.getByRole('button', { name: 'Add source' }).click()
  if (source.url) await page.getByLabel('URL', { exact: true }).fill(source.url)
  await page.getByLabel('Title', { exact: true }).fill(source.title)
  await page.getByRole('button', { name: 'Save source' }).click()
  await expect(page.locator('.sources')).toContainText(source.title)
  await saved(page)
}

/** Saves the report in the format labelled `label`; answers the path the dialog says it wrote. */
async function saveReport(page: Page, label: string): Promise<string> {
  const dialog = page.getByRole('dialog', { name: 'Export report' })
  await dialog.getByLabel('Format').selectOption({ label })
  const save = dialog.getByRole('button', { name: 'Save', exact: true })
  await expect(save).toBeEnabled()
  await save.click()
  await expect(dialog.getByRole('status')).toContainText('Saved to')
  return ((await dialog.getByRole('status').locator('code').textContent()) ?? '').trim()
}

test('the exported report names the draft, every source, and who said each item, checked or not', async ({ page }) => {
  test.setTimeout(90_000)
  await page.goto(served.url)
  await expect(page.getByRole('listbox', { name: 'Items' }).getByRole('option').first()).toBeVisible()
  await page.getByLabel('Show', { exact: true }).selectOption('all')
  await rate(page, 'ageing filters must be replaced', '3', { source: WEB })
  await rate(page, 'three of the plant', '4', { source: { title: MINUTES } })
  await rate(page, 'We are not in any danger', '3', { kind: 'Quote' })
  await page.getByLabel('Filter items').fill('')

  await fileMenu(page, 'Export report…')
  const htmlPath = await saveReport(page, 'HTML')
  const markdown = readFileSync(await saveReport(page, 'Markdown'), 'utf8')
  await page.keyboard.press('Escape')

  const report = await page.context().newPage()
  await report.goto(pathToFileURL(htmlPath).href)
  await shot(report, 'report-checker-01-html')
  await report.screenshot({ path: htmlPath.replace(/html$/, 'full.png'), fullPage: true })
  // The draft it checked: its file, which of the case's drafts, and the hash of its text.
  await expect(report.locator('header')).toContainText(
    /Draft\s*sample\.txt, draft 1 of 1, imported .+ \(SHA-256 of its text\)/
  )
  // The checked items, each with whose words they are and its sources.
  const checked = report.locator('#items')
  await expect(checked).toContainText('Claimed by Kestrel Bay Water')
  await expect(checked).toContainText(WEB.title)
  await expect(checked).toContainText(MINUTES)
  await expect(checked).toContainText('Said by Helen Okafor')
  // Nobody checked these: still, whose words they are.
  const notChecked = report.locator('#not-checked')
  await expect(notChecked).toContainText('Quote by Helen Okafor: If another filter goes during a dry summer')
  await expect(notChecked).toContainText('Claim by Kestrel Bay Water: The Marrow Point water treatment plant')
  expect(markdown).toContain('Quote by Helen Okafor: If another filter goes during a dry summer')
  // Page 1 too: the editor acts on the corrections and the unsourced verdicts there, and must see whose words they are
  // without following each link ("[5] Incorrect" and "[8] We are not in any danger" named nobody).
  await expect(report.locator('#corrections')).toBeVisible()
  await expect(report.locator('#summary .correction')).toContainText('Claim by Kestrel Bay Water')
  await expect(report.locator('#summary')).toContainText('Quote by Helen Okafor: We are not in any danger')
  expect(markdown).toMatch(/### Corrections \(1\)\n\n- \\\[\d+\\\] Claim by Kestrel Bay Water — \*\*Incorrect/)
  expect(markdown).toContain('Quote by Helen Okafor: We are not in any danger')
  await report.emulateMedia({ media: 'print' })
  await shot(report, 'report-checker-02-printed')
})
