/**
 * The editor's report on the seed article, checked as a checker would in browser mode: one claim
 * rated Incorrect with a correction and a person source off the record, one verified, one query
 * left open. The PDF (printed by the machine's Chromium, read back with pdf.js) has at most 4 A4
 * pages; page 1 holds the correction and the open query; the person's name is in neither the HTML
 * nor the PDF, and it is in the JSON, which says it holds everything.
 */
import { expect, test, type Locator, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { SEED_DIR, sharedAvailable } from '../helpers/shared'
import { fileMenu, saved, shotOf } from './scenario'
import { serve, type Served } from './serve'

const PERSON = 'Odile Marchetti'
const QUERY = 'Which ministry figure gives the 5,000 troops?'

/** The text of each page of a PDF, by pdf.js (no rendering: text only). */
async function pdfPages(bytes: Buffer): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const document = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false
  }).promise
  const pages: string[] = []
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent()
    // Without spaces: PDF text splits words at ligatures ("ﬁ" → "fi gure") and line ends.
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join('')
        .replace(/\s+/g, '')
    )
  }
  await document.destroy()
  return pages
}

async function selectItem(page: Page, words: string): Promise<void> {
  await page.getByRole('listbox', { name: 'Items' }).getByRole('option').filter({ hasText: words }).first().click()
  await expect(page.locator('.detail-text')).toContainText(words)
}

async function saveAs(dialog: Locator, label: string, extension: string): Promise<string> {
  await dialog.getByLabel('Format').selectOption({ label })
  await dialog.getByRole('button', { name: 'Save', exact: true }).click()
  const status = dialog.getByRole('status')
  await expect(status).toContainText(`.report.${extension}`, { timeout: 60_000 })
  return ((await status.locator('code').textContent()) ?? '').trim()
}

test.describe("the editor's report on the seed article", () => {
  let served: Served
  test.skip(!sharedAvailable('fixtures/seed/article.txt'), 'the seed article (../shared) is not beside this clone')
  test.beforeEach(async () => {
    served = await serve({ article: join(SEED_DIR, 'article.txt') })
  })
  test.afterEach(async () => served.close())

  test('two items checked: at most 4 pages, corrections and open queries on page 1, the off-record person unnamed', async ({
    page
  }) => {
    test.setTimeout(180_000)
    await page.goto(served.url)
    await expect(page.getByRole('listbox', { name: 'Items' }).getByRole('option').first()).toBeVisible()

    // 1. Incorrect, with a correction and a person source who is not on the record.
    await selectItem(page, 'France initially sent 5,000 troops')
    await page.getByLabel('Status', { exact: true }).selectOption('incorrect')
    await page.locator('summary', { hasText: 'Suggested correction' }).click()
    await page
      .getByLabel('Suggested correction', { exact: true })
      .fill('France initially sent 4,500 troops into the former French colony back in 2013.')
    await page.getByRole('button', { name: 'Save correction' }).click()
    await page.getByRole('button', { name: 'Add source' }).click()
    await page.getByLabel('Kind', { exact: true }).selectOption('person')
    await page.getByLabel('Name', { exact: true }).fill(PERSON)
    await page.getByLabel('Role', { exact: true }).fill('Defence ministry spokesperson')
    await page.getByLabel('Contact', { exact: true }).fill('+33 1 00 00 00 00')
    await page.getByLabel('Passage', { exact: true }).fill('The first deployment in January 2013 was 4,500 troops.')
    await expect(page.getByRole('checkbox', { name: 'On the record: reports may name them' })).not.toBeChecked()
    await page.getByRole('button', { name: 'Save source' }).click()
    await expect(page.locator('.sources')).toContainText('off the record')

    // 2. Verified; and an open query to the writer on it.
    await selectItem(page, 'France ended its nine-year military deployment')
    await page.getByLabel('Status', { exact: true }).selectOption('verified')
    await page.getByLabel('Query', { exact: true }).fill(QUERY)
    await page.getByRole('button', { name: 'Ask' }).click()
    await saved(page)

    // All of that was done before the checker set a name: set it, and sign the earlier work with it.
    await page.getByRole('button', { name: 'Settings' }).click()
    await page.getByRole('dialog', { name: 'Settings' }).getByLabel('Your name').fill('Ana Lopes')
    await page.getByRole('button', { name: 'Save settings' }).click()
    const banner = page.getByRole('status', { name: 'Unsigned changes' })
    await expect(banner).toContainText('signed “Unnamed checker”')
    await banner.getByRole('button', { name: 'Sign as Ana Lopes' }).click()
    await expect(banner).toHaveCount(0)
    // One undoable step: undo brings the question back, redo signs again.
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect(banner).toBeVisible()
    await page.getByRole('button', { name: 'Redo' }).click()
    await expect(banner).toHaveCount(0)
    await saved(page)
    await expect(page.locator('ol.history').first()).toContainText('Ana Lopes')

    await fileMenu(page, 'Export report…')
    const dialog = page.getByRole('dialog', { name: 'Export report' })
    await expect(page.frameLocator('iframe[title="Report preview"]').locator('body')).toContainText('Corrections (1)')
    await shotOf(dialog, 'report-seed-01-preview')

    const html = readFileSync(await saveAs(dialog, 'HTML', 'html'), 'utf8')
    expect(html).toContain('Person source (on file)')
    expect(html).not.toContain(PERSON)

    const pages = await pdfPages(readFileSync(await saveAs(dialog, 'PDF', 'pdf')))
    expect(pages.length).toBeLessThanOrEqual(4)
    // Page 1: the verdict, the correction (as the words of the suggested wording) and the open query.
    const squash = (text: string): string => text.replace(/\s+/g, '')
    expect(pages[0]).toContain(squash('Not ready to publish'))
    expect(pages[0]).toContain(squash('Checked by Ana Lopes (2 statuses)'))
    for (const text of pages) expect(text).not.toContain(squash('Unnamed checker'))
    expect(pages[0]).toContain(squash('Corrections (1)'))
    // Whose claim it is (the claimant the extraction read, which may change), then its rating.
    expect(pages[0]).toMatch(/\[3\]Claim(by[^:]+)?:Incorrect/)
    expect(pages[0]).toContain(squash('4,500 troops'))
    expect(pages[0]).toContain(squash('Open queries to the writer (1)'))
    expect(pages[0]).toContain(squash(QUERY))
    for (const text of pages) expect(text).not.toContain('Marchetti')

    const json = JSON.parse(readFileSync(await saveAs(dialog, 'JSON (full data)', 'json'), 'utf8'))
    expect(json.notice).toMatch(/not on the record/)
    expect(json.case.sources.map((source: { person: { name: string } | null }) => source.person?.name)).toContain(
      PERSON
    )
  })
})
