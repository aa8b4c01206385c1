/**
 * Small windows: at 1024×700 and 1280×720 the toolbar's two groups (the title's, the tools) and the item filters each
 * fit on one line,
 * the splitter between the article and the items moves by keyboard and is remembered after a
 * reload, every pane and dialog is screenshotted (artifacts/e2e/layout-*.png) and axe finds no
 * serious or critical problem.
 */
import { expect, test, type Locator, type Page } from '@playwright/test'
import { serve, type Served } from './serve'
import { axeProblems, fileMenu, roomOf, shot } from './scenario'

const SIZES = [
  { width: 1024, height: 700 },
  { width: 1280, height: 720 }
]

/** The tops of the element's visible children, rounded: one value means one line. */
async function rowsOf(locator: Locator): Promise<number> {
  const tops = await locator.evaluateAll((elements) =>
    elements
      .map((element) => element.getBoundingClientRect())
      .filter((box) => box.width > 0 && box.height > 0)
      .map((box) => Math.round(box.top + box.height / 2))
  )
  // Items vertically centred on one row sit within a few pixels of each other.
  const sorted = [...new Set(tops)].sort((a, b) => a - b)
  let rows = sorted.length > 0 ? 1 : 0
  for (let i = 1; i < sorted.length; i++) if (sorted[i] - sorted[i - 1] > 14) rows++
  return rows
}

/** Every control is inside the window horizontally (nothing cut off at the right edge). */
async function allInside(page: Page, locator: Locator): Promise<boolean> {
  const width = page.viewportSize()?.width ?? 0
  const rights = await locator.evaluateAll((elements) =>
    elements.map((element) => element.getBoundingClientRect().right)
  )
  return rights.every((right) => right <= width + 0.5)
}

/**
 * The case opened with coverage on (the toolbar's longest state); each of its groups is one line (the tools may
 * wrap under the title as a whole, never one by one), inside the window.
 */
async function toolbarInLongestState(page: Page, served: Served): Promise<Locator> {
  await page.goto(served.url)
  await expect(page.getByRole('listbox', { name: 'Items' }).getByRole('option').first()).toBeVisible()
  await page.getByRole('button', { name: 'Coverage' }).click()
  await expect(page.locator('.coverage-count')).toBeVisible()
  const toolbar = page.locator('.toolbar')
  expect(await rowsOf(toolbar.locator('.toolbar-group:first-child > *'))).toBe(1)
  expect(await rowsOf(toolbar.locator('.toolbar-group:last-child > *'))).toBe(1)
  expect(await allInside(page, toolbar.locator('button, input, select'))).toBe(true)
  return toolbar
}

for (const size of SIZES) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    let served: Served
    test.use({ viewport: size })
    test.beforeEach(async () => {
      served = await serve()
    })
    test.afterEach(async () => served.close())

    test('toolbar groups and filters each on one line; every pane screenshotted; axe clean', async ({ page }) => {
      // Several axe passes over the whole workspace: minutes when the shared machine is busy.
      test.setTimeout(240_000)
      const name = `layout-${size.width}`
      await toolbarInLongestState(page, served)
      expect(await rowsOf(page.locator('.filter-row > *'))).toBe(1)
      expect(await allInside(page, page.locator('.filters select, .filters input'))).toBe(true)
      await shot(page, `${name}-01-workspace`)
      expect(await axeProblems(page)).toEqual([])

      await page.locator('.detail-pane').evaluate((pane) => pane.scrollTo(0, pane.scrollHeight))
      await shot(page, `${name}-02-detail-scrolled`)

      await page.getByRole('button', { name: 'File', exact: true }).click()
      await expect(page.getByRole('menu', { name: 'File' })).toBeVisible()
      await shot(page, `${name}-03-file-menu`)
      await page.keyboard.press('Escape')

      const dialogs: Array<[string, () => Promise<void>, string]> = [
        ['settings', () => page.getByRole('button', { name: 'Settings' }).click(), 'Settings'],
        ['shortcuts', () => page.getByRole('button', { name: 'Keyboard shortcuts' }).click(), 'Keyboard shortcuts'],
        [
          'inconsistencies',
          () => page.getByRole('button', { name: /possible inconsistenc/ }).click(),
          'Possible inconsistencies'
        ],
        ['import-draft', () => fileMenu(page, 'Import new draft…'), 'Import new draft'],
        ['report', () => fileMenu(page, 'Export report…'), 'Export report']
      ]
      let n = 4
      for (const [key, open, title] of dialogs) {
        await open()
        const dialog = page.getByRole('dialog', { name: title })
        await expect(dialog).toBeVisible()
        if (key === 'report')
          await expect(page.frameLocator('iframe[title="Report preview"]').locator('body')).not.toBeEmpty()
        await shot(page, `${name}-0${n++}-${key}`)
        if (key === 'settings' || key === 'report') expect(await axeProblems(page)).toEqual([])
        await dialog.getByRole('button', { name: 'Close' }).first().click()
        await expect(dialog).toHaveCount(0)
      }
    })

    test('the splitter moves by keyboard and is remembered after a reload', async ({ page }) => {
      await page.goto(served.url)
      await expect(page.getByRole('listbox', { name: 'Items' }).getByRole('option').first()).toBeVisible()
      const splitter = page.getByRole('separator', { name: 'Resize the article and the items' })
      const article = page.locator('.article-pane')
      const before = Number(await splitter.getAttribute('aria-valuenow'))
      const widthBefore = (await article.boundingBox())!.width
      await splitter.focus()
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft')
      await expect(splitter).toHaveAttribute('aria-valuenow', String(before - 10))
      const widthAfter = (await article.boundingBox())!.width
      expect(widthAfter).toBeLessThan(widthBefore - 40)
      await shot(page, `layout-${size.width}-10-splitter-moved`)
      // Keys on the splitter move it, never the item list (J/K and the status keys stay with the list).
      await page.keyboard.press('Shift+ArrowRight')
      await expect(splitter).toHaveAttribute('aria-valuenow', String(before))
      await page.keyboard.press('Shift+ArrowLeft')
      await page.reload()
      await expect(page.getByRole('listbox', { name: 'Items' }).getByRole('option').first()).toBeVisible()
      await expect(splitter).toHaveAttribute('aria-valuenow', String(before - 10))
      expect(Math.abs((await article.boundingBox())!.width - widthAfter)).toBeLessThan(2)
      // Home and End stop at the limits; the toolbar stays on one line whatever the split.
      await splitter.focus()
      await page.keyboard.press('End')
      await expect(splitter).toHaveAttribute('aria-valuenow', '75')
      // The item pane at its narrowest: the filters take two lines, each select wide enough for the choice it shows
      // (four on one line were cut to "Any sta", "Any typ"), all inside the window.
      expect(await rowsOf(page.locator('.filter-row > *'))).toBe(2)
      expect(await allInside(page, page.locator('.filters select'))).toBe(true)
      for (const select of await page.locator('.filter-row select').all()) {
        const room = await roomOf(select)
        expect(room.inner).toBeGreaterThanOrEqual(room.words + 12)
      }
      // Each item keeps its two lines (labels, words): the labels wrapped, and a row took three.
      const rows = await page
        .locator('.item-row')
        .evaluateAll((found) => found.slice(0, 6).map((row) => row.getBoundingClientRect().height))
      expect(Math.max(...rows)).toBeLessThan(56)
      // Who said it: beside the labels the name had a few letters left ('Kestrel Bay …'); it opens the words' line, whole.
      const who = page.locator('.item-row .row-who').first()
      await expect(who).toHaveText('Kestrel Bay Water: ')
      expect(
        await who.evaluate((el) => el.getBoundingClientRect().right <= el.parentElement!.getBoundingClientRect().right)
      ).toBe(true)
      await expect(page.locator('.item-row .row-meta > .speaker').first()).toBeHidden()
      await shot(page, `layout-${size.width}-11-items-narrowest`)
      await page.keyboard.press('Home')
      await expect(splitter).toHaveAttribute('aria-valuenow', '30')
    })
  })
}

/** The title's least room on one row (MIN_TITLE_ROOM_PX in src/renderer/src/hooks/useTitleRoom.ts, which the
 * Node-side tests cannot import). */
const MIN_TITLE_ROOM_PX = 340

/** The sample article's title, as the toolbar shows it (or its start, then an ellipsis). */
const TITLE = 'Harbourside water plant faces $48 million repair bill after filter failures'

// At 1024 px the toolbar gave the title about 160 px ("Harbourside water…") and hid the date's label, then with the
// coverage count on about 220 px ("Harbourside water plant f…"). The tools now shrink, then wrap under the title, before
// the title is cut below 340 px (MIN_TITLE_ROOM_PX); cut, the whole is in its tooltip; the date is named at every width.
for (const size of [...SIZES, { width: 1440, height: 900 }]) {
  test.describe(`toolbar at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size })

    test('shows the case title (whole, or cut with the whole in its tooltip) and the labelled article date', async ({
      page
    }) => {
      const served = await serve()
      try {
        const toolbar = await toolbarInLongestState(page, served)

        await expect(toolbar.getByRole('heading', { level: 1 })).toHaveText(TITLE)
        await expect(toolbar.locator('.doc-name')).toHaveAttribute('title', `${TITLE}\nsample.txt`)
        const title = await toolbar.locator('.doc-title').evaluate((el) => ({
          shown: el.clientWidth,
          whole: el.scrollWidth
        }))
        // At 1024 px the tools go under the title and it shows whole (75 characters); at 1280 and 1440 one row leaves
        // it some 55 characters, more than MIN_TITLE_ROOM_PX, so the tools stay beside it and cost no height.
        expect(title.shown).toBeGreaterThanOrEqual(Math.min(title.whole, MIN_TITLE_ROOM_PX))
        const [lead, tools] = await toolbar
          .locator('.toolbar-group')
          .evaluateAll((groups) => groups.map((group) => group.getBoundingClientRect()))
        if (size.width === 1024) {
          expect(title.shown).toBe(title.whole)
          expect(tools.top).toBeGreaterThanOrEqual(lead.bottom)
        } else expect(Math.abs(tools.top + tools.height / 2 - (lead.top + lead.height / 2))).toBeLessThan(14)

        const dateLabel = toolbar.locator('.date-field > span')
        await expect(dateLabel).toHaveText('Article date')
        expect((await dateLabel.boundingBox())?.width ?? 0).toBeGreaterThan(40)
        await expect(toolbar.getByLabel('Article date')).toHaveValue('2024-03-14')
        await shot(page, `layout-${size.width}-00-toolbar`)
      } finally {
        await served.close()
      }
    })
  })
}
