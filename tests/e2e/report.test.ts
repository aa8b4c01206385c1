/**
 * Export report end to end: a claim verified by keyboard and given a note, then File › Export
 * report…, the preview, and every format saved by the real server beside the case, read back from
 * disk. The PDF is printed by the machine's Chromium.
 */
import { expect, test, type Locator, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { serve, type Served } from './serve'
import { axeProblems, fileMenu, saved, shot, shotOf } from './scenario'

const TITLE = 'Harbourside water plant faces $48 million repair bill'
const NOTE = 'Checked against the council minutes of 11 March.'

/** RFC 4180 rows (quoted cells, doubled quotes, CRLF between rows), enough to read our own CSV. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  const endCell = () => {
    row.push(cell)
    cell = ''
  }
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quoted && char === '"' && text[i + 1] === '"') {
      cell += '"'
      i++
    } else if (char === '"') quoted = !quoted
    else if (quoted) cell += char
    else if (char === ',') endCell()
    else if (char === '\n') {
      endCell()
      rows.push(row)
      row = []
    } else if (char !== '\r') cell += char
  }
  return rows
}

/** Verify the claim after the first one (J, then 3) and add a note; returns the claim's words. */
async function verifyClaimWithNote(page: Page): Promise<string> {
  const items = page.getByRole('listbox', { name: 'Items' })
  await items.getByRole('option').filter({ hasText: 'Claim' }).first().click()
  await page.keyboard.press('j')
  const text = ((await page.locator('.detail-text').textContent()) ?? '').trim()
  expect(text.length).toBeGreaterThan(10)
  await page.keyboard.press('3')
  await expect(page.getByLabel('Status', { exact: true })).toHaveValue('verified')
  await page.locator('.article').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('n')
  await page.keyboard.type(NOTE)
  await page.getByRole('button', { name: 'Add note' }).click()
  await expect(page.locator('.notes')).toContainText(NOTE)
  await saved(page)
  return text
}

/** Picks a format, waits for its preview, saves, and returns the path the dialog says it wrote. */
async function saveAs(
  dialog: Locator,
  folder: string,
  label: string,
  extension: string,
  timeout = 10_000
): Promise<string> {
  await dialog.getByLabel('Format').selectOption({ label })
  const save = dialog.getByRole('button', { name: 'Save', exact: true })
  await expect(save).toBeEnabled()
  await save.click()
  const status = dialog.getByRole('status')
  await expect(status).toContainText(`.report.${extension}`, { timeout })
  const path = ((await status.locator('code').textContent()) ?? '').trim()
  // Written beside the article the case was opened from.
  expect(path).toBe(join(folder, `sample.report.${extension}`))
  return path
}

test.describe('export report (browser mode)', () => {
  let served: Served
  test.beforeEach(async () => {
    served = await serve()
  })
  test.afterEach(async () => served.close())

  test('a verified claim with a note: preview, then HTML, Markdown, CSV, JSON, ClaimReview and PDF written to disk', async ({
    page
  }) => {
    test.setTimeout(120_000)
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(served.url)
    await expect(page.getByRole('listbox', { name: 'Items' }).getByRole('option').first()).toBeVisible()
    const claim = await verifyClaimWithNote(page)

    await fileMenu(page, 'Export report…')
    const dialog = page.getByRole('dialog', { name: 'Export report' })
    await expect(dialog).toBeVisible()
    // It opens on the format (it opened on ×, where Enter closed it).
    await expect(dialog.getByLabel('Format')).toBeFocused()
    // The HTML preview, in its sandboxed frame, shows the report of this case as it stands.
    await expect(dialog.locator('iframe[title="Report preview"]')).toHaveAttribute('sandbox', '')
    const preview = page.frameLocator('iframe[title="Report preview"]')
    await expect(preview.locator('body')).toContainText(TITLE)
    await expect(preview.locator('body')).toContainText('Verified')
    await expect(preview.locator('body')).toContainText(NOTE)
    await shotOf(dialog, 'report-01-dialog-html')
    await shot(page, 'report-02-window')

    // HTML: self-contained, no script at all, the claim and its verdict in it.
    const html = readFileSync(await saveAs(dialog, served.dir, 'HTML', 'html'), 'utf8')
    expect(html).not.toMatch(/<script/i)
    expect(html).toContain(`<title>Verification report: ${TITLE}`)
    expect(html).toContain('Verified')
    expect(html).toContain(NOTE)

    // Markdown: previewed as text, then saved.
    await dialog.getByLabel('Format').selectOption({ label: 'Markdown' })
    await expect(dialog.locator('pre[aria-label="Report preview"]')).toContainText(TITLE)
    const markdown = readFileSync(await saveAs(dialog, served.dir, 'Markdown', 'md'), 'utf8')
    expect(markdown).toMatch(/^# /)
    expect(markdown).toContain(TITLE)
    expect(markdown).toContain('Verified')
    await shotOf(dialog, 'report-03-dialog-markdown-saved')

    // CSV: a BOM so Excel reads UTF-8, a header, and a row for the verified claim with its note.
    const csvBytes = readFileSync(await saveAs(dialog, served.dir, 'CSV (spreadsheet)', 'csv'))
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = parseCsv(csvBytes.toString('utf8').replace(/^\ufeff/, ''))
    const header = rows[0]
    expect(header).toEqual(expect.arrayContaining(['status', 'text', 'notes']))
    const verifiedRow = rows.find((row) => row[header.indexOf('text')] === claim)
    expect(verifiedRow?.[header.indexOf('status')]).toBe('Verified')
    expect(verifiedRow?.[header.indexOf('notes')]).toContain(NOTE)
    // The preview shows the same text, without the BOM.
    await expect(dialog.locator('pre[aria-label="Report preview"]')).toHaveText(/^"number","id"/)
    // Axe on the dialog with a text preview: axe cannot run inside the script-less sandboxed frame
    // of the HTML preview (it waits there forever), and that frame's content is the report itself.
    expect(await axeProblems(page)).toEqual([])

    // JSON: the whole case plus the summary.
    const json = JSON.parse(readFileSync(await saveAs(dialog, served.dir, 'JSON (full data)', 'json'), 'utf8'))
    expect(json.format).toBe('factdesk-report')
    expect(json.summary.title).toContain(TITLE)
    const item = json.case.items.find((it: { anchor: { exact: string } }) => it.anchor.exact === claim)
    expect(item).toMatchObject({ status: 'verified', state: 'accepted' })
    expect(item.notes.map((note: { text: string }) => note.text)).toEqual([NOTE])

    // ClaimReview: JSON-LD with a review of exactly the verified claim's words.
    const reviews = JSON.parse(
      readFileSync(await saveAs(dialog, served.dir, 'ClaimReview (schema.org)', 'claimreview.jsonld'), 'utf8')
    )
    expect(Array.isArray(reviews)).toBe(true)
    const review = reviews.find((r: { claimReviewed: string }) => r.claimReviewed === claim)
    expect(review).toMatchObject({ '@context': 'https://schema.org', '@type': 'ClaimReview', claimReviewed: claim })
    expect(review.itemReviewed.appearance.headline).toContain(TITLE)
    await shotOf(dialog, 'report-04-dialog-claimreview-saved')

    // PDF: printed by Chromium from the HTML, which is what the preview shows meanwhile.
    await dialog.getByLabel('Format').selectOption({ label: 'PDF' })
    await expect(page.frameLocator('iframe[title="Report preview"]').locator('body')).toContainText(TITLE)
    const pdf = readFileSync(await saveAs(dialog, served.dir, 'PDF', 'pdf', 60_000))
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(pdf.length).toBeGreaterThan(2_000)
    await shotOf(dialog, 'report-05-dialog-pdf-saved')

    // Escape closes the dialog and gives the workspace back.
    await page.keyboard.press('Escape')
    await expect(dialog).toHaveCount(0)
    expect(errors).toEqual([])
  })

  test('the rating a status publishes is set in Settings and used by the ClaimReview export', async ({ page }) => {
    await page.goto(served.url)
    const claim = await verifyClaimWithNote(page)
    await page.getByRole('button', { name: 'Settings' }).click()
    const settings = page.getByRole('dialog', { name: 'Settings' })
    await settings.getByLabel('Rating for Verified').selectOption('4')
    await settings.getByLabel('Rating name for Verified').fill('Accurate')
    await settings.getByRole('button', { name: 'Save settings' }).click()
    await expect(settings).toHaveCount(0)
    await saved(page)
    await expect
      .poll(() =>
        JSON.parse(readFileSync(served.casePath, 'utf8')).ratingMap.find(
          (row: { status: string }) => row.status === 'verified'
        )
      )
      .toEqual({ status: 'verified', ratingValue: 4, alternateName: 'Accurate' })
    await fileMenu(page, 'Export report…')
    const dialog = page.getByRole('dialog', { name: 'Export report' })
    const reviews = JSON.parse(
      readFileSync(await saveAs(dialog, served.dir, 'ClaimReview (schema.org)', 'claimreview.jsonld'), 'utf8')
    )
    const review = (Array.isArray(reviews) ? reviews : [reviews]).find(
      (r: { claimReviewed: string }) => r.claimReviewed === claim
    )
    expect(review.reviewRating).toMatchObject({
      ratingValue: 4,
      bestRating: 5,
      worstRating: 1,
      alternateName: 'Accurate'
    })
  })
})
