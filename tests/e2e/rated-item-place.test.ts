/**
 * A status key keeps the checker's place in the item list. "3" (Verified) takes the item out of "To check": its row
 * left the list at once, the rows below moved up into its place and no row was selected any more, though the detail
 * pane still showed the item. Now the rated row stays where it was, selected and marked "not in this filter", until
 * J walks on; then it leaves and the next item is selected, in view.
 * Screenshots: artifacts/e2e/rated-item-place-*.png.
 */
import { expect, test } from '@playwright/test'
import { serve, type Served } from './serve'
import { saved, shot } from './scenario'

let served: Served
test.beforeEach(async () => {
  served = await serve()
})
test.afterEach(async () => served.close())

test('a status key leaves the rated item in its place in the list until J moves on', async ({ page }) => {
  await page.goto(served.url)
  const list = page.getByRole('listbox', { name: 'Items' })
  const rows = list.getByRole('option')
  await expect(rows.first()).toBeVisible()
  await page.locator('.article').click({ position: { x: 5, y: 5 } })
  // Far enough down that the list has scrolled: the rated row is not simply the first.
  for (let step = 0; step < 9; step++) await page.keyboard.press('j')
  const selected = list.getByRole('option', { selected: true })
  await expect(selected).toBeInViewport({ ratio: 0.9 })
  const words = (await selected.locator('.row-text').textContent()) ?? ''
  const place = (await selected.boundingBox())!.y
  // Every row drawn (the first 40 come at once, the rest a moment later), as many as the filters say are shown.
  const count = Number((await page.locator('.shown-count').textContent())?.match(/\d+/)?.[0])
  await expect(rows).toHaveCount(count)
  const next =
    (await rows
      .nth((await rows.evaluateAll((all) => all.findIndex((r) => r.ariaSelected === 'true'))) + 1)
      .locator('.row-text')
      .textContent()) ?? ''
  await shot(page, 'rated-item-place-01-before')

  await page.keyboard.press('3')
  await expect(page.getByLabel('Status', { exact: true })).toHaveValue('verified')
  await saved(page)
  await shot(page, 'rated-item-place-02-rated')
  await expect(selected).toHaveCount(1)
  await expect(selected.locator('.row-text')).toHaveText(words)
  await expect(selected).toContainText('Verified')
  await expect(selected).toContainText('not in this filter')
  await expect(selected).toBeInViewport({ ratio: 0.9 })
  expect(Math.abs((await selected.boundingBox())!.y - place)).toBeLessThan(2)
  await expect(rows).toHaveCount(count)

  // J walks on: the rated item leaves "To check", the next one is selected and in view.
  await page.keyboard.press('j')
  await expect(rows).toHaveCount(count - 1)
  await expect(selected.locator('.row-text')).toHaveText(next)
  await expect(selected).toBeInViewport({ ratio: 0.9 })
  await expect(list.getByText('not in this filter')).toHaveCount(0)
  await shot(page, 'rated-item-place-03-walked-on')
})
