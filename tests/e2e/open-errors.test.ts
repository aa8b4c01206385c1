/**
 * Files that cannot be opened, as a checker meets them: named when Factdesk starts, or picked in the app. Each
 * says why in one line and leaves a way on; nothing said about a failed attempt outlives the next good one.
 */
import { expect, test } from '@playwright/test'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { copySample, serve, type Served } from './serve'
import { axeProblems, fileMenu, shot } from './scenario'

test.describe('files that cannot be opened (browser mode)', () => {
  let served: Served
  let scratch: string
  test.beforeEach(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'factdesk-e2e-open-'))
    const empty = join(scratch, 'empty.txt')
    writeFileSync(empty, '')
    served = await serve({ article: empty })
  })
  test.afterEach(async () => {
    await served.close()
    rmSync(scratch, { recursive: true, force: true })
  })

  test('an empty file named at start-up leaves the start screen saying why, and any other file opens from it', async ({
    page
  }) => {
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(served.url)
    // It used to be a page reading "Factdesk could not start: …" with nothing to click.
    await expect(page.getByRole('alert')).toHaveText('Cannot open "empty.txt": the file is empty.')
    await expect(page.getByText('Factdesk could not start')).toHaveCount(0)
    await shot(page, 'open-errors-01-start-screen')

    // A binary file picked from there: refused in one line, the start screen stays.
    const binary = join(scratch, 'photo.txt')
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff, 0xfe, 0]))
    let chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Open a draft…' }).click()
    await (await chooser).setFiles(binary)
    const notice = page.locator('.notice')
    await expect(notice).toContainText('Cannot open "photo.txt": it is not a text file')
    await expect(page.getByRole('button', { name: 'Open a draft…' })).toBeVisible()

    // A good draft opens, and what was said about the two failures goes with it at once (the notice used to stay
    // its full seven seconds over the new case, as if the new file had failed).
    chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Open a draft…' }).click()
    await (await chooser).setFiles(copySample(scratch))
    await expect(page.getByRole('listbox', { name: 'Items' }).getByRole('option').first()).toBeVisible()
    await expect(notice).toHaveCount(0, { timeout: 3_000 })
    await expect(page.locator('.start-problem')).toHaveCount(0)
    await shot(page, 'open-errors-02-opened')

    // A draft with nothing to check opens, and the toolbar says nothing has been checked: it said "0 of 0 resolved"
    // and "Ready to publish".
    const nothing = join(scratch, 'nothing.txt')
    writeFileSync(nothing, 'Notes for Tuesday\n\nHello.\n')
    chooser = page.waitForEvent('filechooser')
    await fileMenu(page, 'Open…')
    await (await chooser).setFiles(nothing)
    const toolbar = page.locator('.toolbar')
    await expect(toolbar).toContainText('Nothing checked: no claims or quotes')
    await expect(toolbar).not.toContainText('Ready to publish')
    // A status key there has nothing to rate, and says so (it did nothing, without a word).
    await page.keyboard.press('4')
    await expect(notice).toContainText('Nothing to rate: Factdesk found no claims or quotes in this draft.')
    // The list says so too, and a screen reader hears it as the list's description, not as an item: its line was an
    // option, so the empty list was read as "1 of 1".
    const items = page.getByRole('listbox', { name: 'Items' })
    await expect(items.getByRole('option')).toHaveCount(0)
    await expect(items).toHaveAccessibleDescription(
      'Factdesk found nothing to check in this draft. Select words in the article to add a claim or a quote.'
    )
    expect(await axeProblems(page)).toEqual([])
    await shot(page, 'open-errors-03-nothing-to-check')

    // A draft of one claim rated Incorrect: every item is resolved, yet the report says Not ready, and so does the
    // toolbar now (it said "Ready to publish").
    const one = join(scratch, 'one-claim.txt')
    writeFileSync(one, 'Ferry numbers\n\nThe ferry carried 1.2 million passengers in 2024, the harbour board said.\n')
    chooser = page.waitForEvent('filechooser')
    await fileMenu(page, 'Open…')
    await (await chooser).setFiles(one)
    // The new case on screen, as the checker sees it: its file in the toolbar and its one item in the list (a key
    // pressed before went to the empty draft, which has nothing to rate).
    await expect(toolbar).toContainText('one-claim.txt')
    await expect(items.getByRole('option')).toHaveCount(1)
    await page.locator('.article').click({ position: { x: 5, y: 5 } })
    await page.keyboard.press('4')
    await expect(toolbar).toContainText('1 of 1 resolved')
    await expect(toolbar).toContainText('Not ready: 1 rated Incorrect')
    await expect(toolbar).not.toContainText('Ready to publish')
    await shot(page, 'open-errors-04-incorrect-not-ready')
    await page.keyboard.press('3')
    await expect(toolbar).toContainText('Ready to publish')
    expect(errors).toEqual([])
  })
})
