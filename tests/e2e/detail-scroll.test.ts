/**
 * Each item's detail opens at its top. A source added far down one item's detail scrolled the pane, and the next item
 * (J, or the first one a filter selected) opened scrolled as far: the checker saw its sources and notes, not its words,
 * who said them and its status. Screenshots: artifacts/e2e/detail-scroll-*.png.
 */
import { expect, test } from '@playwright/test'
import { serve, type Served } from './serve'
import { saved, shot } from './scenario'

let served: Served
test.beforeEach(async () => {
  served = await serve()
})
test.afterEach(async () => served.close())

test('the next item, by J or by a filter, shows its words and status, not the last one’s scroll', async ({ page }) => {
  await page.goto(served.url)
  const list = page.getByRole('listbox', { name: 'Items' })
  await list.getByRole('option').nth(1).click()
  await page.keyboard.press('3')
  await saved(page)
  await page.getByRole('button', { name: 'Add source' }).click()
  await page.getByLabel('Title', { exact: true }).fill('Council minutes, 11 March 2024')
  await page.getByRole('button', { name: 'Save source' }).click()
  await saved(page)
  const pane = page.locator('.detail-pane')
  // The source form scrolled the pane down to it.
  expect(await pane.evaluate((element) => element.scrollTop)).toBeGreaterThan(0)

  await page.keyboard.press('j')
  await expect(page.getByLabel('Status', { exact: true })).toBeInViewport()
  await expect(page.locator('.detail-text')).toBeInViewport()
  expect(await pane.evaluate((element) => element.scrollTop)).toBe(0)
  await shot(page, 'detail-scroll-01-next-by-j')

  await page.getByRole('button', { name: 'Add source' }).click()
  await page.getByLabel('Speaker filter').selectOption('Helen Okafor')
  await expect(page.locator('.detail-text')).toBeInViewport()
  expect(await pane.evaluate((element) => element.scrollTop)).toBe(0)
  await shot(page, 'detail-scroll-02-next-by-filter')
})
