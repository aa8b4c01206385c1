/**
 * A new draft end to end: a verified claim whose figure the writer changed, a quote the writer
 * cut and a paragraph the writer moved up. Import through File › Import new draft… (dry run first, nothing written), then the Changes
 * view, the item back in the workspace as "Needs re-check", and the case file on disk. Dropping
 * an article on an open case asks whether it is a new draft or another story.
 */
import { expect, test, type Page } from '@playwright/test'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { readCase, serve, type Served } from './serve'
import { axeProblems, dropFile, fileMenu, saved, shot, shotOf } from './scenario'

/**
 * The body sentence whose figure the writer corrects. The figure is read from the sample rather
 * than written here, so an edit to the sample's numbers does not break the test.
 */
const FIGURE_SENTENCE = /drinking water to about (\d[\d,]*) homes/
const NEW_FIGURE = '325,000'
/** The sentence the writer cuts: it holds the quote "a bill for years of neglect". */
const CUT_SENTENCE =
  ' Its spokesperson, Lena Morris, called the proposal "a bill for years of neglect" and said the group would present a petition with more than 4,000 signatures to the council before Thursday\'s vote.'
const CUT_QUOTE = 'a bill for years of neglect'
/** The start of the paragraph the writer moves up, to just before the plan's paragraph (PLAN_START). */
const MOVED_START = 'Water use in the region rose'
const PLAN_START = 'Under the plan presented to councillors'

interface Edit {
  oldWords: string
  newWords: string
  oldFigure: string
  /** The whole second draft. */
  text: string
}

/** The paragraph that starts with these words, and the text without it. */
function takeParagraph(text: string, start: string): { paragraph: string; rest: string } {
  const from = text.indexOf(start)
  expect(from, `the sample has a paragraph starting "${start}"`).toBeGreaterThan(0)
  const end = text.indexOf('\n\n', from)
  const paragraph = text.slice(from, end < 0 ? text.length : end)
  return { paragraph, rest: text.slice(0, from) + text.slice(end < 0 ? text.length : end + 2) }
}

/** The second draft: the figure changed, the quote's sentence cut and one paragraph moved up, nothing else. */
function secondDraft(articlePath: string): Edit {
  const first = readFileSync(articlePath, 'utf8')
  const match = first.match(FIGURE_SENTENCE)
  expect(match, 'the sample has the figure sentence').not.toBeNull()
  expect(first).toContain(CUT_SENTENCE)
  const oldWords = match?.[0] ?? ''
  const oldFigure = match?.[1] ?? ''
  expect(oldFigure).not.toBe(NEW_FIGURE)
  const newWords = oldWords.replace(oldFigure, NEW_FIGURE)
  const { paragraph, rest } = takeParagraph(first.replace(oldWords, newWords).replace(CUT_SENTENCE, ''), MOVED_START)
  expect(rest.indexOf(PLAN_START), 'the moved paragraph comes after the plan in the sample').toBeLessThan(
    first.indexOf(MOVED_START)
  )
  return { oldWords, newWords, oldFigure, text: rest.replace(PLAN_START, `${paragraph}\n\n${PLAN_START}`) }
}

function count(summary: string, label: RegExp): number {
  const match = summary.match(label)
  expect(match, `"${label.source}" in the import summary: ${summary}`).not.toBeNull()
  return Number(match?.[1])
}

async function openSample(page: Page, served: Served): Promise<void> {
  await page.goto(served.url)
  await expect(page.getByRole('listbox', { name: 'Items' }).getByRole('option').first()).toBeVisible()
}

/** Finds the claim holding these words through the filter box and verifies it with the 3 key. */
async function verifyClaimWith(page: Page, words: string): Promise<void> {
  await page.getByLabel('Filter items').fill(words)
  const claim = page.getByRole('listbox', { name: 'Items' }).getByRole('option').filter({ hasText: 'Claim' }).first()
  await claim.click()
  await expect(page.locator('.detail-text')).toContainText(words)
  await page.keyboard.press('3')
  await expect(page.getByLabel('Status', { exact: true })).toHaveValue('verified')
  await saved(page)
}

test.describe('new draft (browser mode)', () => {
  let served: Served
  test.beforeEach(async () => {
    served = await serve()
  })
  test.afterEach(async () => served.close())

  test('import a second draft: dry-run summary, Changes view with a word diff, the item needs re-check, the cut quote is removed', async ({
    page
  }) => {
    // An import, a dry run and an axe pass: over a minute when the shared machine is busy.
    test.setTimeout(180_000)
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await openSample(page, served)
    const edit = secondDraft(served.articlePath)
    await verifyClaimWith(page, edit.oldWords)

    const before = readCase(served.casePath)
    const verified = before.items.find((it) => it.status === 'verified' && it.anchor.exact.includes(edit.oldWords))
    expect(verified, 'the verified claim on disk').toBeDefined()
    const quote = before.items.find((it) => it.kind === 'quote' && it.anchor.exact.includes(CUT_QUOTE))
    expect(quote, 'the quote in the sentence to cut').toBeDefined()

    const draftPath = join(served.dir, 'sample-draft-2.txt')
    writeFileSync(draftPath, edit.text)

    await fileMenu(page, 'Import new draft…')
    const dialog = page.getByRole('dialog', { name: 'Import new draft' })
    await expect(dialog).toBeVisible()
    const chooser = page.waitForEvent('filechooser')
    await dialog.getByRole('button', { name: 'Choose the new draft…' }).click()
    await (await chooser).setFiles(draftPath)

    // The dry run says what will happen, and writes nothing.
    const summaryList = dialog.getByRole('list', { name: 'What the import will do' })
    await expect(summaryList).toBeVisible()
    await expect(dialog).toContainText('sample-draft-2.txt')
    const summary = (await summaryList.textContent()) ?? ''
    const changed = count(summary, /(\d+) changed/)
    const removed = count(summary, /(\d+) removed from the draft/)
    expect(changed).toBeGreaterThanOrEqual(1)
    expect(removed).toBeGreaterThanOrEqual(1)
    expect(readCase(served.casePath).drafts).toHaveLength(1)
    await shotOf(dialog, 'new-draft-01-dry-run')
    expect(await axeProblems(page)).toEqual([])

    await dialog.getByRole('button', { name: 'Import draft' }).click()
    const changes = page.getByRole('region', { name: 'Changes' })
    await expect(changes).toBeVisible()
    await expect(dialog).toHaveCount(0)
    const list = changes.getByRole('listbox', { name: 'Changed and removed items, re-checks first' })
    await expect(list).toBeFocused()
    // It covers the workspace, never the toolbar, also where the toolbar takes two rows (1024 px): it started 48 px
    // down whatever the toolbar's height, over the tools' row.
    const below = async () => {
      const toolbar = await page.locator('.toolbar').boundingBox()
      const overlay = await page.locator('.changes-overlay').boundingBox()
      return (overlay?.y ?? 0) - ((toolbar?.y ?? 0) + (toolbar?.height ?? 0))
    }
    const size = page.viewportSize()
    await page.setViewportSize({ width: 1024, height: 700 })
    await expect.poll(async () => (await page.locator('.toolbar').boundingBox())?.height ?? 0).toBeGreaterThan(80)
    await expect.poll(below).toBeGreaterThanOrEqual(-1)
    if (size) await page.setViewportSize(size)
    await expect.poll(below).toBeGreaterThanOrEqual(-1)
    // Re-checks first: the verified claim whose figure changed, old figure struck, new one inserted.
    const first = list.getByRole('option').first()
    await expect(first).toHaveAttribute('aria-selected', 'true')
    // Named by the report's number, not the item's id ("Claim i10"), which nothing else shows.
    await expect(first.locator('.changes-entry-head strong')).toHaveText(/^Claim \d+$/)
    await expect(first).toContainText('Wording changed')
    await expect(first).toContainText('Needs re-check')
    await expect(first.locator('del')).toContainText(edit.oldFigure)
    await expect(first.locator('ins')).toContainText(NEW_FIGURE)
    await expect(list.getByRole('option').filter({ hasText: /Quote R\d+/ })).toContainText('Removed from the draft')
    await expect(changes).toContainText(`${removed} removed from the draft`)
    // Below the list, the two drafts as one marked-up text: the cut sentence struck through.
    await expect(
      changes.getByLabel('Differences between the two drafts').locator('del').filter({ hasText: CUT_QUOTE })
    ).toHaveCount(1)
    await shot(page, 'new-draft-02-changes-view')
    expect(await axeProblems(page)).toEqual([])

    // Enter opens that item in the workspace.
    await page.keyboard.press('Enter')
    await expect(changes).toHaveCount(0)
    await expect(page.locator('.detail-text')).toContainText(edit.newWords)
    const status = page.getByLabel('Status', { exact: true })
    await expect(status).toHaveValue('needs-recheck')
    await expect(status.locator('option:checked')).toHaveText('Needs re-check')
    await expect(page.getByRole('region', { name: 'Article' })).toContainText(edit.newWords)
    await expect(page.getByRole('region', { name: 'Article' })).not.toContainText(CUT_QUOTE)
    await shot(page, 'new-draft-03-item-needs-recheck')

    // On disk: two drafts, the claim to re-check with its old words, the quote kept but removed.
    const after = readCase(served.casePath)
    expect(after.drafts).toHaveLength(2)
    expect(after.currentDraftId).toBe(after.drafts[1].id)
    const item = after.items.find((it) => it.id === verified?.id)
    expect(item?.status).toBe('needs-recheck')
    expect(item?.previousText).toBe(verified?.anchor.exact)
    expect(item?.anchor.exact).toContain(edit.newWords)
    expect(item?.history.at(-1)).toMatchObject({
      action: 'revised',
      detail: 'changed',
      from: 'verified',
      to: 'needs-recheck'
    })
    const cut = after.items.find((it) => it.id === quote?.id)
    expect(cut?.state).toBe('removed')
    expect(cut?.anchor.exact).toBe(quote?.anchor.exact)
    // The dry run promised what the import did.
    expect(after.items.filter((it) => it.state === 'removed')).toHaveLength(removed)
    expect(
      after.items.filter((it) => it.history.some((h) => h.action === 'revised' && h.detail === 'changed'))
    ).toHaveLength(changed)

    // File › Changes since the previous draft brings the view back. The moved paragraph is labelled moved at
    // its new place, whole, with no word struck or inserted; a marker at its old place takes the keyboard there.
    await fileMenu(page, 'Changes since the previous draft')
    await expect(changes).toBeVisible()
    const diff = changes.getByLabel('Differences between the two drafts')
    const moved = diff.getByRole('listitem').filter({ hasText: /Paragraph \d+: moved from paragraph \d+/ })
    await expect(moved).toHaveCount(1)
    await expect(moved).toContainText(MOVED_START)
    await expect(moved.locator('ins, del')).toHaveCount(0)
    const [, to, from] = ((await moved.textContent()) ?? '').match(/Paragraph (\d+): moved from paragraph (\d+)/) ?? []
    expect(Number(to)).toBeLessThan(Number(from))
    const marker = diff.getByRole('button', { name: `Paragraph ${from} moved to paragraph ${to}` })
    await marker.focus()
    await page.keyboard.press('Enter')
    await expect(moved).toBeFocused()
    await expect(changes).toContainText('1 paragraph moved')
    await shotOf(changes, 'new-draft-03b-moved-paragraph')
    expect(await axeProblems(page)).toEqual([])
    await page.keyboard.press('Escape')
    await expect(changes).toHaveCount(0)

    // The import is one undoable step, saved like any other: Undo brings the first draft back, Redo the second.
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect(page.getByRole('region', { name: 'Article' })).toContainText(CUT_QUOTE)
    await saved(page)
    expect(readCase(served.casePath).drafts).toHaveLength(1)
    expect(readCase(served.casePath).items.find((it) => it.id === verified?.id)?.status).toBe('verified')
    await page.getByRole('button', { name: 'Redo' }).click()
    await expect(page.getByRole('region', { name: 'Article' })).not.toContainText(CUT_QUOTE)
    await saved(page)
    expect(readCase(served.casePath).drafts).toHaveLength(2)
    expect(errors).toEqual([])
  })

  test('an article dropped on the open case asks "Open or import?"; importing it previews the new draft', async ({
    page
  }) => {
    await openSample(page, served)
    const { text } = secondDraft(served.articlePath)
    await dropFile(page, JSON.stringify(text), 'sample-draft-2.txt')

    const choice = page.getByRole('dialog', { name: 'Open or import?' })
    await expect(choice).toBeVisible()
    await expect(choice).toContainText('sample-draft-2.txt')
    await expect(choice.getByRole('button', { name: 'Open as a separate case' })).toBeVisible()
    const importButton = choice.getByRole('button', { name: 'Import as new draft of this case' })
    await expect(importButton).toBeFocused()
    await shot(page, 'new-draft-04-drop-choice')
    expect(await axeProblems(page)).toEqual([])

    // Enter takes the focused default: import as the new draft.
    await page.keyboard.press('Enter')
    await expect(choice).toHaveCount(0)
    const dialog = page.getByRole('dialog', { name: 'Import new draft' })
    const summaryList = dialog.getByRole('list', { name: 'What the import will do' })
    await expect(summaryList).toBeVisible()
    await expect(dialog).toContainText('sample-draft-2.txt')
    const summary = (await summaryList.textContent()) ?? ''
    expect(count(summary, /(\d+) changed/)).toBeGreaterThanOrEqual(1)
    expect(count(summary, /(\d+) removed from the draft/)).toBeGreaterThanOrEqual(1)
    await shotOf(dialog, 'new-draft-05-dropped-dry-run')

    // Cancel writes nothing: still one draft on disk, the case still open.
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect(dialog).toHaveCount(0)
    await expect(page.getByRole('listbox', { name: 'Items' })).toBeVisible()
    expect(readCase(served.casePath).drafts).toHaveLength(1)
  })

  test('a binary file dropped on the open case is said to be unreadable at once, without asking "Open or import?"', async ({
    page
  }) => {
    await openSample(page, served)
    // A picture saved with a .txt name: the importer's own check refuses it before anything is asked.
    await dropFile(
      page,
      'new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2])',
      'photo.txt'
    )

    await expect(
      page.getByRole('status').filter({ hasText: 'Cannot open "photo.txt": it is not a text file' })
    ).toBeVisible()
    await expect(page.getByRole('dialog', { name: 'Open or import?' })).toHaveCount(0)
    await expect(page.getByRole('dialog', { name: 'Import new draft' })).toHaveCount(0)
    expect(readCase(served.casePath).drafts).toHaveLength(1)
  })
})
