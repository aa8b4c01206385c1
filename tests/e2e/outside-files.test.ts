/**
 * Someone else changes the files of an open case while the checker works, and the window says so then (its poll,
 * or coming back to it), not at the next open or the next edit: the article edited on disk is offered as the next
 * draft, one click into the usual revision flow; the case file deleted is said at once, the work done meanwhile kept
 * on screen, and "Put my version back" writes it. Browser mode, the real server.
 */
import { expect, test, type Page } from '@playwright/test'
import { copyFileSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CaseFile } from '../../src/shared/case'
import { readCase, serve, type Served } from './serve'
import { dropFile, fileMenu, openAllItems, saved, shot, shotOf } from './scenario'

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

test('the case file deleted while open, then a new draft imported: the import goes on and puts the file back', async ({
  page
}) => {
  test.setTimeout(120_000)
  const ids = await openCase(page)
  rmSync(served.casePath)
  const problem = page.getByRole('alert', { name: 'Case file problem' })
  await expect(problem).toBeVisible()
  await list(page).locator(`[id="item-${ids[0]}"]`).click()
  await page.keyboard.press('3')
  await expect(page.locator('.save-state')).toHaveText('Not saved')
  // The next draft, imported while the only copy of the case is the one on screen: it failed until "Put my version
  // back" was pressed.
  const next = join(served.dir, 'sample-v2.txt')
  writeFileSync(next, readFileSync(served.articlePath, 'utf8').replace('about 310,000 homes', 'about 320,000 homes'))
  await fileMenu(page, 'Import new draft…')
  const dialog = page.getByRole('dialog', { name: 'Import new draft' })
  const chooser = page.waitForEvent('filechooser')
  await dialog.getByRole('button', { name: 'Choose the new draft…' }).click()
  await (await chooser).setFiles(next)
  await expect(dialog.getByRole('list', { name: 'What the import will do' })).toContainText('changed wording')
  await dialog.getByRole('button', { name: 'Import draft' }).click()
  await expect(page.getByRole('heading', { name: /Changes since the previous draft/ })).toBeVisible()
  await expect(
    page.getByText(
      'The case file had gone from disk (moved or deleted): your version, with the new draft, is back in its place.'
    )
  ).toBeVisible()
  await expect(problem).toHaveCount(0)
  await saved(page)
  const onDisk = readCase(served.casePath)
  expect(onDisk.drafts).toHaveLength(2)
  expect(onDisk.items.find((it) => it.id === ids[0])?.status).toBe('verified')
})

test('the article moved away while its case is open: said once, the case goes on saving', async ({ page }) => {
  const ids = await openCase(page)
  renameSync(served.articlePath, `${served.articlePath}.moved`)
  const banner = page.getByRole('status', { name: 'Draft moved or deleted' })
  await expect(banner).toContainText('sample.txt was moved or deleted on disk. Your case is safe')
  await shot(page, 'outside-files-draft-gone')
  await banner.getByRole('button', { name: 'OK' }).click()
  await list(page).locator(`[id="item-${ids[0]}"]`).click()
  await page.keyboard.press('3')
  await saved(page)
  // Polled every 2 s while still gone: not said again.
  await page.waitForTimeout(4500)
  await expect(banner).toHaveCount(0)
  expect(readCase(served.casePath).items.find((it) => it.id === ids[0])?.status).toBe('verified')
})

test('a case file chosen as the next draft: said to be a case, opened as one only when nothing would be lost', async ({
  page
}) => {
  test.setTimeout(120_000)
  await openCase(page)
  // The same case downloaded a second time by a browser: "(1)" in its name.
  const copy = join(served.dir, 'sample.txt.factdesk (1).json')
  copyFileSync(served.casePath, copy)
  const picked = readFileSync(copy, 'utf8')
  const chooseCase = async () => {
    await fileMenu(page, 'Import new draft…')
    const dialog = page.getByRole('dialog', { name: 'Import new draft' })
    const chooser = page.waitForEvent('filechooser')
    await dialog.getByRole('button', { name: 'Choose the new draft…' }).click()
    await (await chooser).setFiles(copy)
    await expect(dialog.getByRole('alert')).toHaveText(
      'Cannot open "sample.txt.factdesk (1).json": this is a Factdesk case file, not a draft. Open it with File › Open… to continue checking it.'
    )
    await shotOf(dialog, 'outside-files-case-as-draft')
    await dialog.getByRole('button', { name: 'Open sample.txt.factdesk (1).json as a case' }).click()
  }

  // The case on screen is the only copy while its file is gone: a case dropped on it does not replace it.
  rmSync(served.casePath)
  await expect(page.getByRole('alert', { name: 'Case file problem' })).toBeVisible()
  const stays = page.getByText(/This case has changes that are not saved to its file yet, so it stays open/)
  await dropFile(page, JSON.stringify(picked), 'sample.txt.factdesk (1).json')
  await expect(stays).toBeVisible()
  await page.getByRole('button', { name: 'Close message' }).click()
  // Nor does any other file opened meanwhile (File › Open…): the workspace went, and with it the only copy.
  const other = join(served.dir, 'other.txt')
  writeFileSync(other, 'Ferry fares rise\n\nFares on the island ferry will rise by 8% in May, the operator said.\n')
  const chooser = page.waitForEvent('filechooser')
  await fileMenu(page, 'Open…')
  await (await chooser).setFiles(other)
  await expect(stays).toBeVisible()
  await expect(page.getByRole('alert', { name: 'Case file problem' })).toBeVisible()
  await page.getByRole('button', { name: 'Put my version back' }).click()
  await expect(page.getByText('Your version is back in place.')).toBeVisible()

  // The case picked is the one already open here, with the same work: it opens where it is, no copy is made.
  await chooseCase()
  const kept = page.getByText(/^sample\.txt\.factdesk \(1\)\.json is a case Factdesk already keeps: opened that copy/)
  await expect(kept).toContainText(`at ${served.casePath}. Your work on this case is saved there`)
  await expect(list(page).getByRole('option').first()).toBeVisible()
  expect(existsSync(join(served.dir, 'data', 'cases'))).toBe(false)
  expect(readFileSync(copy, 'utf8')).toBe(picked)

  // The same case with other work in it (checked elsewhere): said what differs, and the checker chooses.
  const elsewhere = JSON.parse(picked) as CaseFile
  elsewhere.items[0].status = 'incorrect'
  const otherCopy = join(served.dir, 'sample.txt.factdesk (2).json')
  writeFileSync(otherCopy, JSON.stringify(elsewhere, null, 2))
  const openOther = async () => {
    const chooser = page.waitForEvent('filechooser')
    await fileMenu(page, 'Open…')
    await (await chooser).setFiles(otherCopy)
  }
  await openOther()
  const question = page.getByRole('dialog', { name: 'This case is already in Factdesk' })
  await expect(question).toContainText(`is a case Factdesk already keeps, at ${served.casePath}`)
  await expect(question).toContainText('has 1 item checked differently')
  await shotOf(question, 'outside-files-case-already-kept')
  await question.getByRole('button', { name: 'Keep both: open the file as a second copy' }).click()
  const notice = page.getByText(/^Opened a second copy of sample\.txt\.factdesk \(2\)\.json: a browser cannot save/)
  await expect(notice).toContainText(`saved in Factdesk's data folder, at ${join(served.dir, 'data', 'cases')}`)
  await expect(notice).toContainText('The file you picked is not changed.')
  await expect(list(page).getByRole('option').first()).toBeVisible()
  await shot(page, 'outside-files-case-opened-as-copy')
  // Opened again (Open…, or Locate… of it): the second copy is found, and no third one is made.
  await openOther()
  await expect(page.getByText(/^sample\.txt\.factdesk \(2\)\.json is a case Factdesk already keeps/)).toBeVisible()
  await expect(question).toHaveCount(0)
  expect(readdirSync(join(served.dir, 'data', 'cases')).filter((n) => n.endsWith('.factdesk.json'))).toEqual([
    'sample.txt.factdesk.json'
  ])
  expect(readCase(served.casePath).items[0].status).not.toBe('incorrect')
})
