/**
 * The speaker filter at 1280×800 on the sample. A name chosen reads whole: "A spokesperson for Kestrel Bay Water" was
 * cut to "A spokesperson fo" in a quarter of the filters' line; the select is now as wide as its choice, on a line of
 * its own when the four no longer fit. And the documents the sample's claims come from ("figures published by the
 * regional council", "the utility's annual report") are listed apart from the people, under a heading of their own.
 * In the narrow item pane (the filters under 420 px, the splitter at its end) the four selects went two by two, each
 * half the line, and the name chosen was cut there as before ("A spokesperson for Kes"): the selects now wrap as at
 * full width, the speaker on a line of its own, whole. A speaker with nothing under the "Show" chosen is said to have
 * items under "All", and the detail pane, which kept another item under the empty list, names the filter instead.
 * Screenshots: artifacts/e2e/speaker-filter-*.png.
 */
import { expect, test } from '@playwright/test'
import { serve, type Served } from './serve'
import { roomOf, shot } from './scenario'

let served: Served
test.beforeEach(async () => {
  served = await serve()
})
test.afterEach(async () => served.close())

const SPOKESPERSON = 'A spokesperson for Kestrel Bay Water'

test('a speaker chosen shows whole, and documents are listed apart from people', async ({ page }) => {
  await page.goto(served.url)
  await expect(page.getByRole('listbox', { name: 'Items' }).getByRole('option').first()).toBeVisible()
  const filter = page.getByLabel('Speaker filter')

  const people = filter.locator('optgroup[label="People and organisations"] option')
  const documents = filter.locator('optgroup[label="Documents and figures"] option')
  await expect(documents).toHaveText([
    'figures published by the regional council',
    "The council's own forecasts",
    "the utility's annual report"
  ])
  await expect(people).toContainText([SPOKESPERSON, 'Helen Okafor', 'Kestrel Bay Water'])
  await expect(people.filter({ hasText: /report|figures/ })).toHaveCount(0)
  await shot(page, 'speaker-filter-01-open')

  await filter.selectOption(SPOKESPERSON)
  await expect(page.getByRole('listbox', { name: 'Items' }).getByRole('option')).toHaveCount(2)
  // The select's box holds the whole name: as wide as the words in its font, with room for its arrow.
  const room = await roomOf(filter)
  expect(room.inner).toBeGreaterThanOrEqual(room.words + 12)
  // The other filters still read whole on their line.
  await expect(page.getByLabel('Filter by outcome')).toBeInViewport({ ratio: 1 })
  await shot(page, 'speaker-filter-02-chosen')

  // Nothing of theirs is dismissed: the empty list says that "All" holds their items, not just that nothing matches
  // (a speaker whose only item was resolved seemed to have said nothing under "To check").
  await page.getByLabel('Show', { exact: true }).selectOption('dismissed')
  await expect(page.locator('#item-list-empty')).toHaveText(
    'No items match these filters under “Dismissed”; 2 items do under “All”.'
  )
  // The detail pane follows the filter: it names it, and holds no item the list does not show (it kept the
  // spokesperson's claim, editable, under the empty list).
  const detail = page.locator('.detail-pane')
  await expect(detail).toHaveText(
    `No item to show: nothing is listed for “${SPOKESPERSON}” under “Dismissed”. Choose another filter to see its items here.`
  )
  await expect(detail.getByRole('button', { name: 'Accept' })).toHaveCount(0)
  await shot(page, 'speaker-filter-02-none-dismissed')
})

test.describe('in the narrow item pane', () => {
  test.use({ viewport: { width: 1024, height: 700 } })

  test('a speaker chosen still shows whole, every filter inside the window', async ({ page }) => {
    await page.goto(served.url)
    await expect(page.getByRole('listbox', { name: 'Items' }).getByRole('option').first()).toBeVisible()
    const splitter = page.getByRole('separator', { name: 'Resize the article and the items' })
    await splitter.focus()
    await page.keyboard.press('End')
    await expect(splitter).toHaveAttribute('aria-valuenow', '75')
    expect((await page.locator('.filters').boundingBox())!.width).toBeLessThan(420)
    const filter = page.getByLabel('Speaker filter')
    await filter.selectOption(SPOKESPERSON)
    await expect(page.getByRole('listbox', { name: 'Items' }).getByRole('option')).toHaveCount(2)
    await shot(page, 'speaker-filter-03-narrow-chosen')
    for (const select of await page.locator('.filter-row select').all()) {
      const room = await roomOf(select)
      expect(room.inner).toBeGreaterThanOrEqual(room.words + 12)
      await expect(select).toBeInViewport({ ratio: 1 })
    }
  })
})
