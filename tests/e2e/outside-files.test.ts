/**
 * Someone else changes the files of an open case while the checker works, and the window says so then (its poll,
 * or coming back to it), not at the next open or the next edit: the article edited on disk is offered as the next
 * draft, one click into the usual revision flow; the case file deleted is said at once, the work done meanwhile kept
 * on screen, and "Put my version back" writes it. Browser mode, the real server.
 */
import { expect, test, type Page } from '@playwright/test'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import type { CaseFile } from '../../src/shared/case'
import { serve, type Served } from './serve'
import { openAllItems, saved, shot } from './scenario'

let served: Served
test.beforeEach(async () => {
  served = await serve()
})
test.afterEach(async () => served.close())

const list = (page: Page) => page.getByRole('listbox', { name: 'Items' })

async function openCase(page: Page): Promise<string[]> {
  return openAllItems(page, served.url)
}

test('the article edited on disk: told while the case is open, and imported as the next draft from the banner', async ({
  page
}) => {
  test.setTimeout(120_000)
  await openCase(page)
  const text = readFileSync(served.articlePath, 'utf8')
  writeFileSync(served.articlePath, text.replace('about 310,000 homes', 'about 320,000 homes'))
  const banner = page.getByRole('status', { name: 'Draft changed on disk' })
  await expect(banner).toBeVisible()
  await expect(banner).toContainText('sample.txt was changed on disk')
  await shot(page, 'outside-files-draft-changed')

  await banner.getByRole('button', { name: 'Import it as the next draft…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import new draft' })
  await expect(dialog.getByRole('list', { name: 'What the import will do' })).toContainText('changed wording')
  await dialog.getByRole('button', { name: 'Import draft' }).click()
  await expect(page.getByRole('heading', { name: /Changes since the previous draft/ })).toBeVisible()
  // The case's draft is the file's text now: nothing left to offer.
  await expect(banner).toHaveCount(0)
  await saved(page)
  const onDisk = JSON.parse(readFileSync(served.casePath, 'utf8')) as CaseFile
  expect(onDisk.drafts).toHaveLength(2)
})

test('the case file deleted while open: said at once; the change made then waits, and is put back in one click', async ({
  page
}) => {
  const ids = await openCase(page)
  rmSync(served.casePath)
  const banner = page.getByRole('alert', { name: 'Case file problem' })
  await expect(banner).toBeVisible()
  await expect(banner).toContainText('The case file was moved or deleted.')
  await list(page).locator(`[id="item-${ids[0]}"]`).click()
  await page.keyboard.press('3')
  await expect(page.locator('.save-state')).toHaveText('Not saved')
  expect(existsSync(served.casePath)).toBe(false) // nothing written back unasked
  await shot(page, 'outside-files-case-deleted')

  await banner.getByRole('button', { name: 'Put my version back' }).click()
  await expect(page.getByText('Your version is back in place.')).toBeVisible()
  await expect(banner).toHaveCount(0)
  const onDisk = JSON.parse(readFileSync(served.casePath, 'utf8')) as CaseFile
  expect(onDisk.items.find((it) => it.id === ids[0])?.status).toBe('verified')
})
