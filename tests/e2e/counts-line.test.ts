/**
 * The counts above the item list with three status chips (Unchecked, Verified, Incorrect), the "shown" count and the
 * possible inconsistencies link. At 1280×800 the line wrapped ("41 shown" alone on a second line); at 1024×768 it
 * must wrap, and the list's foot cut its last row in two (278 px of 45 px rows). Now the counts fit one line at
 * 1280×800, and at either size the list ends on a whole row: a row is shown whole or not at all. At 1024×768 the line
 * still wrapped ("Incorrect 1" alone below, 553 px for 437): the link now sits beside the text filter, and the counts
 * fit one line at both sizes.
 * Screenshots: artifacts/e2e/counts-line-*.png.
 */
import { expect, test } from '@playwright/test'
import { serve } from './serve'
import { saved, shot } from './scenario'

const SIZES = [
  { width: 1280, height: 800, rows: 7, oneLine: true },
  { width: 1024, height: 768, rows: 6, oneLine: true }
]

for (const size of SIZES) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } })

    test('three status chips: the counts read whole and the list cuts no row', async ({ page }) => {
      const served = await serve()
      try {
        await page.goto(served.url)
        const list = page.getByRole('listbox', { name: 'Items' })
        await list.getByRole('option').first().click()
        await page.keyboard.press('3')
        await saved(page)
        await page.keyboard.press('j')
        await page.keyboard.press('4')
        await saved(page)
        await page.keyboard.press('j')
        const chips = page.getByRole('group', { name: 'Counts' }).getByRole('button')
        await expect(chips).toHaveText([/^Unchecked \d+$/, 'Verified 1', 'Incorrect 1'])
        for (const chip of await chips.all()) await expect(chip).toBeInViewport({ ratio: 1 })
        await expect(page.locator('.shown-count')).toBeInViewport({ ratio: 1 })
        await expect(page.getByRole('button', { name: /possible inconsistenc/ })).toBeInViewport({ ratio: 1 })
        await shot(page, `counts-line-${size.width}`)

        const chipHeight = (await chips.first().boundingBox())!.height
        const line = (await page.locator('.counts-line').boundingBox())!.height
        if (size.oneLine) expect(line).toBeLessThan(chipHeight + 2)
        const seen = await page.locator('.item-list').evaluate((pane) => {
          const top = pane.getBoundingClientRect().top + pane.clientTop
          const bottom = top + pane.clientHeight
          const rows = [...pane.querySelectorAll('.item-row')].map((row) => row.getBoundingClientRect())
          const inView = rows.filter((row) => row.bottom > top + 0.5 && row.top < bottom - 0.5)
          return {
            whole: inView.filter((row) => row.top >= top - 0.5 && row.bottom <= bottom + 0.5).length,
            cut: inView.filter((row) => row.top < top - 0.5 || row.bottom > bottom + 0.5).length
          }
        })
        expect(seen).toEqual({ whole: size.rows, cut: 0 })
      } finally {
        await served.close()
      }
    })
  })
}
