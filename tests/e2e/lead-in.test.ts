/**
 * A claim the engine cut from the middle of its sentence ("…, which staff said would raise $3.4 million") is shown in
 * the detail pane after the words of its sentence before it, greyed, so the checker sees what "which" refers to; its
 * row in the item list opens on the last of those words.
 * Screenshot: artifacts/e2e/lead-in.png.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { serve } from './serve'
import { shot } from './scenario'

const DRAFT = [
  'Lake Harlow water rates to rise 18%',
  '',
  'Households in Lake Harlow will pay 18% more for water from March, the utilities board said on Wednesday.',
  '',
  'The board voted 4-1 to approve the increase, which staff said would raise about $3.4 million a year toward ' +
    'replacing 2,100 lead service lines.',
  ''
].join('\n')

test('a claim cut from its sentence shows the words before it, set apart', async ({ page }) => {
  const article = join(mkdtempSync(join(tmpdir(), 'factdesk-lead-in-')), 'water.txt')
  writeFileSync(article, DRAFT)
  const served = await serve({ article })
  try {
    await page.goto(served.url)
    const items = page.getByRole('listbox', { name: 'Items' })
    // The list's one-line row opens on the last words before the claim, greyed.
    const cutRow = items.getByRole('option', { name: /which staff said/ })
    await expect(cutRow.locator('.row-lead')).toHaveText(/^…4-1 to approve the increase,\s*$/)
    await expect(items.getByRole('option', { name: /^Claim.*The board voted/ }).locator('.row-lead')).toHaveCount(0)
    await cutRow.click()
    const text = page.locator('.detail-text')
    await expect(text.locator('.lead-in')).toHaveText(/^The board voted 4-1 to approve the increase,\s*$/)
    await expect(text).toContainText('which staff said would raise about $3.4 million')
    await shot(page, 'lead-in')
    // A claim that starts its sentence has none.
    await items.getByRole('option', { name: /The board voted/ }).click()
    await expect(page.locator('.detail-text')).toContainText('The board voted 4-1')
    await expect(page.locator('.detail-text .lead-in')).toHaveCount(0)
  } finally {
    await served.close()
  }
})
