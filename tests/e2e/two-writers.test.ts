/**
 * Merge, never discard: two tabs on one case, each told the other has it open, each change a different item, and
 * both changes end up on screen in both tabs and on disk; a change made to the file outside while one of ours is pending is merged, both kept; the
 * same field changed on both sides shows both values until the checker picks. Browser mode, the real server.
 */
import { expect, test, type Page } from '@playwright/test'
import { readFileSync, writeFileSync } from 'node:fs'
import type { CaseFile } from '../../src/shared/case'
import { readCase, serve, type Served } from './serve'
import { openAllItems, saved, shot } from './scenario'

let served: Served
test.beforeEach(async () => {
  served = await serve()
})
test.afterEach(async () => served.close())

const list = (page: Page) => page.getByRole('listbox', { name: 'Items' })
const row = (page: Page, id: string) => list(page).locator(`[id="item-${id}"]`)

/** Another program changes the case file (not through Factdesk): rewrites it in place. */
function editOutside(casePath: string, change: (c: CaseFile) => void): void {
  const c = JSON.parse(readFileSync(casePath, 'utf8')) as CaseFile
  change(c)
  writeFileSync(casePath, `${JSON.stringify(c, null, 2)}\n`)
}

async function openCase(page: Page): Promise<string[]> {
  return openAllItems(page, served.url)
}

test('two tabs editing different items: both edits on screen in both tabs and on disk', async ({ page, context }) => {
  const ids = await openCase(page)
  const other = await context.newPage()
  await openCase(other)

  await row(page, ids[0]).click()
  await page.keyboard.press('3')
  await row(other, ids[1]).click()
  await other.keyboard.press('4')
  await other.getByLabel('Verdict', { exact: true }).fill('The council minutes give a different figure.')

  // Each tab is told the case is open in the other, as a second Factdesk is by its owner file.
  for (const tab of [page, other])
    await expect(tab.getByRole('status', { name: 'Also open elsewhere' })).toContainText(
      'Open in another tab or window of this Factdesk since',
      { timeout: 15_000 }
    )
  // Each tab sees the other's change within a few seconds, without a reload.
  await expect(row(page, ids[1])).toContainText('Incorrect', { timeout: 15_000 })
  await expect(row(other, ids[0])).toContainText('Verified', { timeout: 15_000 })
  await row(page, ids[1]).click()
  await expect(page.getByLabel('Verdict', { exact: true })).toHaveValue(
    'The council minutes give a different figure.',
    { timeout: 15_000 }
  )
  await saved(page)
  await saved(other)
  await shot(page, 'two-writers-01-tab-one')
  await shot(other, 'two-writers-02-tab-two')

  const onDisk = readCase(served.casePath)
  const byId = (id: string) => onDisk.items.find((it) => it.id === id)
  expect(byId(ids[0])?.status).toBe('verified')
  expect(byId(ids[1])?.status).toBe('incorrect')
  expect(byId(ids[1])?.verdictNote).toBe('The council minutes give a different figure.')
  expect(onDisk.conflicts ?? []).toEqual([])
  await other.close()
})

test('a tab duplicated from another (its sessionStorage copied, as Chromium’s Duplicate does): each told of the other', async ({
  page,
  context
}) => {
  await openCase(page)
  // What Duplicate gives the new tab: the original's sessionStorage (its token and its window id among it), copied.
  const storage = await page.evaluate('JSON.stringify(Object.entries(sessionStorage))')
  const duplicate = await context.newPage()
  await duplicate.addInitScript(`for (const [key, value] of ${String(storage)}) sessionStorage.setItem(key, value)`)
  await duplicate.goto(page.url())
  for (const tab of [page, duplicate])
    await expect(tab.getByRole('status', { name: 'Also open elsewhere' })).toContainText(
      'Open in another tab or window of this Factdesk since',
      { timeout: 15_000 }
    )
  await duplicate.close()
})

test('an outside edit while a change is pending: both kept, on screen and on disk', async ({ page }) => {
  const ids = await openCase(page)
  await row(page, ids[0]).click()
  // Someone else's program changes another item; before the window has looked, the checker changes this one.
  editOutside(served.casePath, (c) => {
    const item = c.items.find((it) => it.id === ids[2])!
    item.status = 'misleading'
    item.verdictNote = 'Edited in another copy of the case.'
  })
  await page.keyboard.press('3')
  await page.getByLabel('Verdict', { exact: true }).fill('Confirmed with the utility.')
  await expect(row(page, ids[2])).toContainText('Misleading', { timeout: 15_000 })
  await saved(page)
  await expect(page.getByLabel('Verdict', { exact: true })).toHaveValue('Confirmed with the utility.')
  await shot(page, 'two-writers-03-outside-edit-merged')

  const onDisk = readCase(served.casePath)
  const byId = (id: string) => onDisk.items.find((it) => it.id === id)
  expect(byId(ids[0])).toMatchObject({ status: 'verified', verdictNote: 'Confirmed with the utility.' })
  expect(byId(ids[2])).toMatchObject({ status: 'misleading', verdictNote: 'Edited in another copy of the case.' })

  // Still both after a reload: nothing was kept only on screen.
  await page.reload()
  await page.getByLabel('Show', { exact: true }).selectOption('all')
  await expect(row(page, ids[2])).toContainText('Misleading')
  await expect(row(page, ids[0])).toContainText('Verified')
})

test('the same field changed on both sides: both values shown until the checker picks', async ({ page }) => {
  const ids = await openCase(page)
  await row(page, ids[1]).click()
  editOutside(served.casePath, (c) => {
    c.items.find((it) => it.id === ids[1])!.verdictNote = 'Theirs: the port denies the figure.'
  })
  await page.getByLabel('Verdict', { exact: true }).fill('Ours: the port confirms the figure.')
  const clash = page.getByRole('region', { name: 'Changes that clash' })
  await expect(clash).toBeVisible({ timeout: 15_000 })
  await expect(clash).toContainText('Ours: the port confirms the figure.')
  await expect(clash).toContainText('Theirs: the port denies the figure.')
  await saved(page)
  await shot(page, 'two-writers-04-conflict')
  expect(readCase(served.casePath).conflicts).toHaveLength(1)

  await clash.getByRole('button', { name: 'Keep theirs' }).click()
  await expect(clash).toHaveCount(0)
  await expect(page.getByLabel('Verdict', { exact: true })).toHaveValue('Theirs: the port denies the figure.')
  await saved(page)
  const onDisk = readCase(served.casePath)
  expect(onDisk.conflicts ?? []).toEqual([])
  expect(onDisk.items.find((it) => it.id === ids[1])?.verdictNote).toBe('Theirs: the port denies the figure.')
})

test('"Save my version as a copy" writes the case on screen beside the case file', async ({ page }) => {
  const ids = await openCase(page)
  await row(page, ids[0]).click()
  await page.keyboard.press('3')
  await saved(page)
  await page.getByRole('button', { name: 'File', exact: true }).click()
  await page.getByRole('menu', { name: 'File' }).getByRole('menuitem', { name: 'Save my version as a copy' }).click()
  const notice = page.getByText(/saved as a copy: /)
  await expect(notice).toBeVisible()
  const path = ((await notice.textContent()) ?? '').replace(/^.*saved as a copy: /, '').trim()
  expect(path.endsWith('.factdesk.json')).toBe(true)
  expect(path).not.toBe(served.casePath)
  const copy = JSON.parse(readFileSync(path, 'utf8')) as CaseFile
  expect(copy.items.find((it) => it.id === ids[0])?.status).toBe('verified')
})

test('a case file damaged on disk: the banner says so in full and keeps the change as a copy', async ({ page }) => {
  const ids = await openCase(page)
  await row(page, ids[0]).click()
  writeFileSync(served.casePath, '{ "schemaVersion": 2, "items": [')
  await page.keyboard.press('3')
  const banner = page.getByRole('alert').filter({ hasText: 'is damaged' })
  await expect(banner).toBeVisible()
  await expect(page.locator('.save-state')).toHaveText('Not saved')
  await expect(banner).not.toContainText('Not saved: Not saved')
  await expect(banner.getByRole('button', { name: 'Reload from disk' })).toHaveCount(0)
  await shot(page, 'two-writers-damaged-file')
  await banner.getByRole('button', { name: 'Save my version as a copy' }).click()
  const notice = page.getByText(/saved as a copy: /)
  await expect(notice).toBeVisible()
  const path = ((await notice.textContent()) ?? '').replace(/^.*saved as a copy: /, '').trim()
  const copy = JSON.parse(readFileSync(path, 'utf8')) as CaseFile
  expect(copy.items.find((it) => it.id === ids[0])?.status).toBe('verified')
  // Nothing overwrote the damaged file meanwhile.
  expect(readFileSync(served.casePath, 'utf8')).toBe('{ "schemaVersion": 2, "items": [')
  // The change is still only on screen: closing the window asks first (it used to go without a word).
  const asked = page.waitForEvent('dialog')
  await page.close({ runBeforeUnload: true })
  const leave = await asked
  expect(leave.type()).toBe('beforeunload')
  await leave.dismiss()
  await expect(page.locator('.save-state')).toHaveText('Not saved')
})

test('two Factdesk processes on one case: each says the other has it open, and their edits meet', async ({
  page,
  context
}) => {
  const second = await serve({ alongside: served.articlePath })
  try {
    const ids = await openCase(page)
    const other = await context.newPage()
    await other.goto(second.url)
    await expect(list(other).getByRole('option').first()).toBeVisible()
    await other.getByLabel('Show', { exact: true }).selectOption('all')
    // The first window learns of the second at its next look at the file.
    const owners = page.getByRole('status', { name: 'Also open elsewhere' })
    await expect(owners).toContainText(/Open on .+ since \d/, { timeout: 15_000 })
    await expect(other.getByRole('status', { name: 'Also open elsewhere' })).toContainText(/Open on .+ since \d/)
    await shot(page, 'two-writers-05-owner-line')

    await row(page, ids[0]).click()
    await page.keyboard.press('3')
    await row(other, ids[3]).click()
    await other.keyboard.press('4')
    await expect(row(page, ids[3])).toContainText('Incorrect', { timeout: 15_000 })
    await expect(row(other, ids[0])).toContainText('Verified', { timeout: 15_000 })
    await saved(page)
    await saved(other)
    const onDisk = readCase(served.casePath)
    expect(onDisk.items.find((it) => it.id === ids[0])?.status).toBe('verified')
    expect(onDisk.items.find((it) => it.id === ids[3])?.status).toBe('incorrect')
    await other.close()
  } finally {
    await second.close()
  }
})
