/**
 * A tab closed without closing its case (its window's close button) says so as it goes: pagehide sends a beacon that
 * closes the case for that tab (src/main/web/server.ts handleBeacon). The other tab stops saying the case is open in another
 * tab at its next poll, and a tab opened after is not told of it; before, a closed tab counted as open for 2 minutes.
 */
import { expect, test, type Page } from '@playwright/test'
import { readdirSync } from 'node:fs'
import { basename, dirname } from 'node:path'
import { serve, type Served } from './serve'
import { shot } from './scenario'

let served: Served
test.beforeEach(async () => {
  served = await serve()
})
test.afterEach(async () => served.close())

const items = (p: Page) => p.getByRole('listbox', { name: 'Items' }).getByRole('option')
/** Whether any Factdesk has an owner file beside the case (docs/FORMAT.md), i.e. says it has the case open. */
const hasOwnerFiles = (casePath: string) =>
  readdirSync(dirname(casePath)).some((name) => name.startsWith(`.${basename(casePath)}.owner-`))
const owners = (p: Page) => p.getByRole('status', { name: 'Also open elsewhere' })

async function openTab(page: Page): Promise<void> {
  await page.goto(served.url)
  await expect(items(page).first()).toBeVisible({ timeout: 30_000 })
}

test('a tab closed leaves the case at once: the other tab stops naming it, a tab opened after is not told of it', async ({
  page,
  context
}) => {
  await openTab(page)
  const second = await context.newPage()
  await openTab(second)
  await expect(owners(page)).toContainText('Open in another tab or window of this Factdesk since', { timeout: 15_000 })
  await shot(page, 'closed-tab-01-two-tabs')

  await second.close({ runBeforeUnload: true })
  // The first tab's next poll (every 2 s) no longer names the closed one.
  await expect(owners(page)).toHaveCount(0, { timeout: 10_000 })
  await shot(page, 'closed-tab-02-other-tab-closed')

  // The last tab closed: nobody has the case open, and a new tab is told of no one from its first frame on.
  await page.close({ runBeforeUnload: true })
  await expect.poll(() => hasOwnerFiles(served.casePath), { timeout: 10_000 }).toBe(false)
  const third = await context.newPage()
  await openTab(third)
  await expect(owners(third)).toHaveCount(0)
  // Past its first poll too.
  await third.waitForTimeout(2500)
  await expect(owners(third)).toHaveCount(0)
  await shot(third, 'closed-tab-03-new-tab-alone')
})
