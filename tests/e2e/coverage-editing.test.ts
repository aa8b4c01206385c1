/**
 * The coverage sweep and the editing a checker needs, in browser mode on the sample: U selects the
 * next sentence nobody looked at, "Nothing to check" accounts for it; a source and a note are
 * edited, the claim type changed, a status added and one removed (its item moved), and Ctrl+Z
 * takes the removal back; a checklist and the report header are edited, undone, pushed to the newsroom profile and
 * used by the next article opened. Everything is checked on screen and in the case file on disk.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { readCase, serve, type Served } from './serve'
import { fileMenu, saved, shot, shotOf } from './scenario'

/** In the page (plain JavaScript, it runs in Chromium): the words selected. */
const SELECTED_TEXT = `(() => (window.getSelection() || '').toString())()`

const coverageCount = (page: Page) => page.locator('.coverage-count')

async function countOf(page: Page): Promise<number> {
  const text = (await coverageCount(page).textContent()) ?? ''
  const match = /^(\d+) sentences? nobody looked at$/.exec(text)
  if (!match) throw new Error(`unexpected coverage text: ${text}`)
  return Number(match[1])
}

test.describe('coverage and editing (browser mode)', () => {
  let served: Served
  test.beforeEach(async () => {
    served = await serve()
  })
  test.afterEach(async () => served.close())

  test('U walks the sentences nobody looked at; "Nothing to check" accounts for one', async ({ page }) => {
    await page.goto(served.url)
    await expect(page.getByRole('listbox', { name: 'Items' }).getByRole('option').first()).toBeVisible()
    await expect(coverageCount(page)).toHaveCount(0)
    await page.keyboard.press('u')
    await expect(coverageCount(page)).toBeVisible()
    const before = await countOf(page)
    expect(before).toBeGreaterThan(0)
    // The marked sentences are drawn; the selected one offers the actions.
    expect(await page.locator('.hl-gap').count()).toBeGreaterThan(0)
    const actions = page.getByRole('toolbar', { name: 'Selected text' })
    await expect(actions).toBeVisible()
    const selected = await page.evaluate<string>(SELECTED_TEXT)
    expect(selected.trim().length).toBeGreaterThan(0)
    await shot(page, 'coverage-01-next-uncovered')
    // By keyboard: U gives the sentence's first action the focus; Tab, Tab, Enter is "Nothing to check".
    await expect(actions.getByRole('button', { name: 'Add claim' })).toBeFocused()
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await expect(actions.getByRole('button', { name: 'Nothing to check' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect.poll(() => countOf(page)).toBe(before - 1)
    await saved(page)
    const onDisk = readCase(served.casePath)
    const passed = onDisk.items.filter((it) => it.origin === 'manual' && it.state === 'dismissed')
    expect(passed.map((it) => it.anchor.exact.trim())).toEqual([selected.trim()])
    // The next press moves on to another sentence, its first action focused again.
    await page.keyboard.press('u')
    await expect(actions).toBeVisible()
    await expect(actions.getByRole('button', { name: 'Add claim' })).toBeFocused()
    expect(await page.evaluate<string>(SELECTED_TEXT)).not.toBe(selected)
  })

  test('edit a source and a note, change the claim type; add a status, remove one and undo it', async ({ page }) => {
    await page.goto(served.url)
    const items = page.getByRole('listbox', { name: 'Items' })
    await items.getByRole('option').filter({ hasText: 'Claim' }).first().click()
    const itemId = ((await items.getByRole('option', { selected: true }).getAttribute('id')) ?? '').replace(
      /^item-/,
      ''
    )

    await page.getByLabel('Claim type').selectOption('prediction')
    await page.getByRole('button', { name: 'Add source' }).click()
    await page.getByLabel('Title').fill('Council report')
    // Typed without its scheme, as addresses are copied from a browser's bar: the browser's own check refused it.
    await page.getByLabel('URL').fill('council.example/report')
    await page.getByRole('button', { name: 'Save source' }).click()
    await expect(page.locator('.sources')).toContainText('https://council.example/report')
    await page.getByRole('button', { name: 'Edit source Council report' }).click()
    await page.getByRole('form', { name: 'Edit source' }).getByLabel('Passage').fill('Table 2: $48 million')
    await page.getByRole('button', { name: 'Save changes' }).click()
    await expect(page.locator('.sources')).toContainText('Table 2: $48 million')

    await page.getByLabel('Note', { exact: true }).fill('Called the council')
    await page.getByRole('button', { name: 'Add note' }).click()
    await page.locator('.notes').getByRole('button', { name: 'Edit' }).click()
    await page.getByLabel('Edit note').fill('Called the council press office')
    await page.getByRole('button', { name: 'Save note' }).click()
    await expect(page.locator('.notes')).toContainText('Called the council press office')
    await expect(page.locator('.notes')).toContainText('edited')
    await shot(page, 'editing-01-item')

    await page.keyboard.press('3')
    await expect(page.getByLabel('Status', { exact: true })).toHaveValue('verified')
    await page.getByRole('button', { name: 'Settings' }).click()
    const dialog = page.getByRole('dialog', { name: 'Settings' })
    await dialog.getByRole('button', { name: 'Add a status' }).click()
    await dialog.getByLabel('Label of the new status').fill('Legal review')
    await dialog.getByRole('button', { name: 'Remove Verified' }).click()
    await dialog.getByLabel('Where the items on Verified go').selectOption('unverifiable')
    await shot(page, 'editing-02-statuses')
    // The same list as the newsroom profile: new cases start from it.
    await dialog.getByRole('button', { name: 'Use these settings for new cases' }).click()
    await expect(dialog).toContainText('Saved as the newsroom profile')
    const profile = JSON.parse(readFileSync(join(served.dir, 'data', 'profile.json'), 'utf8')) as {
      statuses: Array<{ label: string }>
    }
    expect(profile.statuses.map((s) => s.label)).toContain('Legal review')
    expect(profile.statuses.map((s) => s.label)).not.toContain('Verified')
    await dialog.getByRole('button', { name: 'Save settings' }).click()
    await expect(dialog).toHaveCount(0)
    await expect(page.getByLabel('Status', { exact: true })).toHaveValue('unverifiable')
    await saved(page)

    let onDisk = readCase(served.casePath)
    expect(onDisk.statuses.map((s) => s.label)).toContain('Legal review')
    expect(onDisk.statuses.map((s) => s.id)).not.toContain('verified')
    const item = onDisk.items.find((it) => it.id === itemId)!
    expect(item).toMatchObject({ status: 'unverifiable', claimType: 'prediction' })
    expect(item.notes[0]).toMatchObject({ text: 'Called the council press office', editedBy: expect.any(String) })
    expect(item.history.map((h) => h.action)).toEqual(
      expect.arrayContaining(['claim-type', 'source-edited', 'note-edited', 'status'])
    )

    // One undo takes the whole Settings change back.
    await page.locator('body').click({ position: { x: 5, y: 200 } })
    await page.keyboard.press('Control+z')
    await expect(page.getByLabel('Status', { exact: true })).toHaveValue('verified')
    await saved(page)
    onDisk = readCase(served.casePath)
    expect(onDisk.statuses.map((s) => s.id)).toContain('verified')
    expect(onDisk.statuses.map((s) => s.label)).not.toContain('Legal review')
  })

  test('checklists and the report header: edited in Settings, undone, pushed to the profile, used by a new case', async ({
    page
  }) => {
    test.setTimeout(120_000)
    await page.goto(served.url)
    const items = page.getByRole('listbox', { name: 'Items' })
    await items.getByRole('option').filter({ hasText: 'Claim' }).first().click()
    // A type without a list of its own: the claim takes the general claim list.
    await page.getByLabel('Claim type').selectOption('other')
    const checklist = page.locator('.detail-pane ul.checklist').first()
    await expect(checklist.locator('li label')).toHaveText(['Primary source found', 'Context checked'])
    await checklist.getByLabel('Context checked: detail').fill('Budget year 2023')
    await checklist.locator('li').nth(1).getByRole('checkbox').check()

    await page.getByRole('button', { name: 'Settings' }).click()
    const dialog = page.getByRole('dialog', { name: 'Settings' })
    await dialog.getByLabel('Checklist for').selectOption('claim')
    await dialog.getByLabel('Step 1 of the general claim checklist').fill('Original document found')
    await dialog.getByRole('button', { name: 'Add a step' }).click()
    await dialog.getByLabel('Step 3 of the general claim checklist').fill('Second source agrees')
    await dialog.getByRole('button', { name: 'Move Second source agrees up' }).click()
    await dialog.getByRole('button', { name: 'Remove Context checked' }).click()
    await dialog.getByLabel('Report header: Newsroom').fill('The Harbour Herald')
    await dialog.getByLabel('Report header: Logo text').fill('THH')
    await dialog.getByLabel('Report header: Prepared for').fill('The night editor')
    await shotOf(dialog.locator('.checklist-editor'), 'settings-03-checklist')
    await dialog.getByRole('button', { name: 'Use these settings for new cases' }).click()
    await expect(dialog).toContainText('Saved as the newsroom profile')
    const profile = JSON.parse(readFileSync(join(served.dir, 'data', 'profile.json'), 'utf8')) as {
      checklists: { claim: Array<{ label: string }> }
      reportHeader: { newsroom: string }
    }
    expect(profile.checklists.claim.map((s) => s.label)).toEqual(['Original document found', 'Second source agrees'])
    expect(profile.reportHeader.newsroom).toBe('The Harbour Herald')
    await dialog.getByRole('button', { name: 'Save settings' }).click()
    await expect(dialog).toHaveCount(0)

    // The item follows its case's list; the answer on the removed step stays with it, shown apart.
    await expect(checklist.locator('li label')).toHaveText(['Original document found', 'Second source agrees'])
    await expect(page.locator('.detail-pane .off-list')).toContainText('☑ Context checked: Budget year 2023')
    await shot(page, 'settings-04-item-checklist')
    await saved(page)
    let onDisk = readCase(served.casePath)
    expect(onDisk.checklists?.claim.map((s) => s.label)).toEqual(['Original document found', 'Second source agrees'])
    expect(onDisk.reportHeader).toMatchObject({ newsroom: 'The Harbour Herald', preparedFor: 'The night editor' })
    expect(onDisk.items.some((it) => it.checklist.context?.detail === 'Budget year 2023')).toBe(true)

    // One undo takes checklists and header back together; the profile is not a case edit and stays.
    await page.locator('body').click({ position: { x: 5, y: 200 } })
    await page.keyboard.press('Control+z')
    await expect(checklist.locator('li label')).toHaveText(['Primary source found', 'Context checked'])
    await saved(page)
    onDisk = readCase(served.casePath)
    expect(onDisk.reportHeader?.newsroom).toBe('')

    // A new article starts from the profile: its checklists and its report header.
    const other = join(served.dir, 'ferry.txt')
    writeFileSync(
      other,
      'Ferry fares rise 8% in April\n\nThe island ferry will charge £14.50 for a return ticket from 1 April, up from £13.40, the operator said on Friday.\n\nThe council said 2,300 people use the ferry every day.\n'
    )
    const chooser = page.waitForEvent('filechooser')
    await fileMenu(page, 'Open…')
    await (await chooser).setFiles(other)
    await expect(page.locator('.toolbar')).toContainText('Ferry fares rise 8% in April')
    await items.getByRole('option').filter({ hasText: 'Claim' }).first().click()
    await page.getByLabel('Claim type').selectOption('other')
    await expect(checklist.locator('li label')).toHaveText(['Original document found', 'Second source agrees'])
    await fileMenu(page, 'Export report…')
    const report = page.getByRole('dialog', { name: 'Export report' })
    const preview = page.frameLocator('iframe[title="Report preview"]')
    await expect(preview.locator('.newsroom')).toHaveText('THH The Harbour Herald')
    await expect(preview.locator('#header')).toContainText('Prepared forThe night editor')
    await shotOf(report, 'settings-05-report-header')
  })
})
