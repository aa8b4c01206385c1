/**
 * The workspace's first frame is where it stays: nothing that arrives after the case is on screen pushes the item list
 * down under the checker's eyes (or the pointer). A second tab on the same case is told of the first from its first
 * frame; that line used to come with the first poll, 2 s later, and moved the whole workspace down 36 px.
 */
import { expect, test, type Page } from '@playwright/test'
import { serve, type Served } from './serve'
import { shot } from './scenario'

let served: Served
test.beforeEach(async () => {
  served = await serve()
})
test.afterEach(async () => served.close())

/** Notes the item list's box in every frame from the first one it is in the page (window.__listBoxes). */
const RECORD_LIST_BOX = `(() => {
  const boxes = []
  window.__listBoxes = boxes
  const frame = () => {
    const list = document.querySelector('[role="listbox"][aria-label="Items"]')
    if (list) {
      const { x, y, width, height } = list.getBoundingClientRect()
      const box = Math.round(x) + ',' + Math.round(y) + ' ' + Math.round(width) + 'x' + Math.round(height)
      if (boxes[boxes.length - 1] !== box) boxes.push(box)
    }
    requestAnimationFrame(frame)
  }
  requestAnimationFrame(frame)
})()`

const listBoxes = (page: Page) => page.evaluate('window.__listBoxes') as Promise<string[]>

test('a second tab on the case says so from its first frame: the item list does not move when its poll comes', async ({
  page,
  context
}) => {
  const items = (p: Page) => p.getByRole('listbox', { name: 'Items' }).getByRole('option')
  await page.goto(served.url)
  await expect(items(page).first()).toBeVisible({ timeout: 30_000 })

  const second = await context.newPage()
  await second.addInitScript(RECORD_LIST_BOX)
  await second.goto(served.url)
  await expect(items(second).first()).toBeVisible({ timeout: 30_000 })
  await shot(second, 'first-frame-01-second-tab-opened')
  const firstBoxes = await listBoxes(second)
  expect(firstBoxes.length).toBeGreaterThan(0)
  // Past the first polls (every 2 s): both tabs are told of each other, and the second tab's list is where it was.
  await expect(second.getByRole('status', { name: 'Also open elsewhere' })).toBeVisible()
  await expect(page.getByRole('status', { name: 'Also open elsewhere' })).toBeVisible()
  await second.waitForTimeout(2500)
  await shot(second, 'first-frame-02-after-polls')
  expect(await listBoxes(second)).toEqual([firstBoxes[0]])
})
