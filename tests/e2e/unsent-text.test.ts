/**
 * Nothing typed is lost: a note typed and not added stays with its item across switching items and a reload, and
 * is in the case file on disk; Esc leaves the note for the item list, where J walks the list again and never
 * types into the note. Browser mode, the real server and the built UI.
 */
import { expect, test, type Page } from '@playwright/test'
import { readCase, serve, type Served } from './serve'
import { saved, shot } from './scenario'

const TYPED = 'Half a thought: ring the council press office about the $48 million'

let served: Served
test.beforeEach(async () => {
  served = await serve()
})
test.afterEach(async () => served.close())

const list = (page: Page) => page.getByRole('listbox', { name: 'Items' })
const selectedRow = (page: Page) => list(page).locator('[role="option"][aria-selected="true"]')
const note = (page: Page) => page.getByLabel('Note', { exact: true })

test('a note typed and not added survives another item, a reload and Esc then J', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(served.url)
  const rows = list(page).getByRole('option')
  await rows.nth(1).click()
  const itemText = (await page.locator('.detail-text').textContent()) ?? ''
  const rowId = await selectedRow(page).getAttribute('id')

  await note(page).click()
  await page.keyboard.type(TYPED)
  await expect(selectedRow(page)).toContainText('unsent text')

  // Another item, then back: the words are still in the field.
  await rows.nth(2).click()
  await expect(note(page)).toHaveValue('')
  await rows.nth(1).click()
  await expect(page.locator('.detail-text')).toHaveText(itemText)
  await expect(note(page)).toHaveValue(TYPED)
  await saved(page)
  await shot(page, 'unsent-01-kept-across-items')

  // On disk, as the item's unsent text; nothing was added as a note.
  const item = readCase(served.casePath).items.find((it) => it.anchor.exact === itemText)
  expect(item?.unsent?.note).toBe(TYPED)
  expect(item?.notes).toEqual([])

  // A reload: still there, and the list says so.
  await page.reload()
  await expect(list(page).locator(`[id="${rowId}"]`)).toContainText('unsent text')
  await list(page).locator(`[id="${rowId}"]`).click()
  await expect(note(page)).toHaveValue(TYPED)
  await shot(page, 'unsent-02-after-reload')

  // Esc leaves the note for the list; J selects the next item and types nothing.
  await note(page).click()
  await page.keyboard.press('End')
  await page.keyboard.press('Escape')
  await expect(list(page)).toBeFocused()
  await page.keyboard.press('j')
  await expect(selectedRow(page)).not.toHaveAttribute('id', rowId ?? '')
  await expect(note(page)).toHaveValue('')
  await shot(page, 'unsent-03-esc-then-j')
  await list(page).locator(`[id="${rowId}"]`).click()
  await expect(note(page)).toHaveValue(TYPED)

  // Added: the note is in the case and nothing is unsent any more.
  await note(page).click()
  await page.keyboard.press('Control+Enter')
  await expect(page.locator('.notes')).toContainText(TYPED)
  await expect(note(page)).toHaveValue('')
  await expect(list(page)).toBeFocused()
  await expect(list(page).locator(`[id="${rowId}"]`)).not.toContainText('unsent text')
  await saved(page)
  const after = readCase(served.casePath).items.find((it) => it.anchor.exact === itemText)
  expect(after?.notes.map((n) => n.text)).toEqual([TYPED])
  expect(after?.unsent).toBeUndefined()
  expect(errors).toEqual([])
})

test('a correction and a source form half filled in come back with their item', async ({ page }) => {
  await page.goto(served.url)
  const rows = list(page).getByRole('option')
  await rows.nth(0).click()
  const rowId = await selectedRow(page).getAttribute('id')
  await page.locator('summary', { hasText: 'Suggested correction' }).click()
  await page.getByLabel('Suggested correction', { exact: true }).fill('The plant needs a $46 million overhaul')
  await page.getByRole('button', { name: 'Add source' }).click()
  await page.getByLabel('Title', { exact: true }).fill('Council minutes, March')
  await page.getByLabel('Query', { exact: true }).fill('Which year is the figure for?')
  await rows.nth(3).click()
  // Kept as typed: saved within a second, like any change.
  await saved(page)
  await page.reload()
  await list(page).locator(`[id="${rowId}"]`).click()
  await expect(page.getByLabel('Suggested correction', { exact: true })).toHaveValue(
    'The plant needs a $46 million overhaul'
  )
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Council minutes, March')
  await expect(page.getByLabel('Query', { exact: true })).toHaveValue('Which year is the figure for?')
  await shot(page, 'unsent-04-correction-source-query')
  await page.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByRole('button', { name: 'Add source' })).toBeVisible()
  await saved(page)
  const item = readCase(served.casePath).items.find((it) => `item-${it.id}` === rowId)
  expect(item?.unsent).toEqual({
    correction: 'The plant needs a $46 million overhaul',
    query: 'Which year is the figure for?'
  })
})

test('a note typed on an item then set Verified keeps its item in the "To check" list until the note is added', async ({
  page
}) => {
  await page.goto(served.url)
  const rows = list(page).getByRole('option')
  await rows.nth(2).click()
  const rowId = (await selectedRow(page).getAttribute('id')) ?? ''
  const row = list(page).locator(`[id="${rowId}"]`)
  await note(page).click()
  await page.keyboard.type(TYPED)
  await page.keyboard.press('Escape')
  await page.keyboard.press('3')
  await expect(page.getByLabel('Status', { exact: true })).toHaveValue('verified')
  // "To check" hides verified items; this one holds the note, so it stays listed and says why.
  await expect(row).toContainText('unsent text · not in this filter')
  await page.keyboard.press('j')
  await expect(row).toBeVisible()
  await shot(page, 'unsent-05-kept-outside-filter')
  // Back on it, the note added: nothing unsent. It stays in its place while selected (useHeldItem), and once J
  // walks on the filter hides it as any verified item.
  await row.click()
  await note(page).click()
  await page.keyboard.press('Control+Enter')
  await expect(page.locator('.notes')).toContainText(TYPED)
  await expect(row).not.toContainText('unsent text')
  await expect(row).toContainText('not in this filter')
  await page.keyboard.press('j')
  await expect(row).toHaveCount(0)
})
