/**
 * The speaker filter at 1280×800 on the sample. A name chosen reads whole: "A spokesperson for Kestrel Bay Water" was
 * cut to "A spokesperson fo" in a quarter of the filters' line; the select is now as wide as its choice, on a line of
 * its own when the four no longer fit. And the documents the sample's claims come from ("figures published by the
 * regional council", "the utility's annual report") are listed apart from the people, under a heading of their own.
 * Screenshots: artifacts/e2e/speaker-filter-*.png.
 */
import { expect, test } from '@playwright/test'
import { serve, type Served } from './serve'
import { shot } from './scenario'

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
  const room = await filter.evaluate((select) => {
    const page = select.ownerDocument
    const style = page.defaultView!.getComputedStyle(select)
    const probe = page.createElement('span')
    probe.style.font = style.font
    probe.style.whiteSpace = 'pre'
    probe.textContent = select.querySelector('option:checked')?.textContent ?? ''
    page.body.append(probe)
    const words = probe.getBoundingClientRect().width
    probe.remove()
    const inner = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
    return { words, inner }
  })
  expect(room.inner).toBeGreaterThanOrEqual(room.words + 12)
  // The other filters still read whole on their line.
  await expect(page.getByLabel('Filter by outcome')).toBeInViewport({ ratio: 1 })
  await shot(page, 'speaker-filter-02-chosen')
})
