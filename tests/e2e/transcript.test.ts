/**
 * A debate transcript end to end: `NAME: words` lines open as turns with the speaker in the
 * margin, the labels are not in the text, the item list filters by speaker, and the report groups
 * the checked claims under who said them.
 */
import { expect, test, type Page } from '@playwright/test'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, serve, type Served } from './serve'
import { axeProblems, fileMenu, saved, shot, shotOf } from './scenario'

const DEBATE = join(ROOT, 'tests', 'fixtures', 'transcripts', 'harbour-debate.txt')

/** Selects the first listed claim and marks it Verified (key 3). */
async function verifyFirstListed(page: Page): Promise<string> {
  await page.getByRole('listbox', { name: 'Items' }).getByRole('option').first().click()
  const text = ((await page.locator('.detail-text').textContent()) ?? '').trim()
  await page.locator('.article').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('3')
  await expect(page.getByLabel('Status', { exact: true })).toHaveValue('verified')
  await saved(page)
  return text
}

test.describe('a debate transcript (browser mode)', () => {
  let served: Served
  test.beforeEach(async () => {
    served = await serve({ article: DEBATE })
  })
  test.afterEach(async () => served.close())

  test('opens as turns with speakers, filters by speaker, and its report groups claims by speaker', async ({
    page
  }) => {
    test.setTimeout(90_000)
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(served.url)
    const article = page.getByRole('region', { name: 'Article' })
    await expect(article.locator('.block-turn').first()).toBeVisible()

    // Turns, with the speaker named in the margin once per turn and the labels kept out of the words.
    await expect(article.locator('.block-turn')).toHaveCount(10)
    await expect(article.locator('.turn-speaker')).toHaveText([
      'MODERATOR',
      'OKAFOR',
      'MODERATOR',
      'LINDQVIST',
      'OKAFOR',
      'AUDIENCE MEMBER',
      'LINDQVIST'
    ])
    await expect(article.locator('.block-turn.role-system')).toHaveText(['(APPLAUSE)', '[crosstalk]'])
    await expect(article.locator('.block-text').filter({ hasText: 'OKAFOR:' })).toHaveCount(0)
    await expect(article.locator('.block-turn[data-speaker="OKAFOR"]').first()).toContainText('1.2 million passengers')
    await shot(page, 'transcript-01-turns')

    // In a narrow window the speaker goes on a line above the words: beside them, a 9.5rem margin left the words a
    // column two or three words wide.
    const wide = page.viewportSize()
    await page.setViewportSize({ width: 800, height: 700 })
    const okafor = article.locator('.block-turn[data-speaker="OKAFOR"]').first()
    const [name, words] = await Promise.all([
      okafor.locator('.turn-speaker').boundingBox(),
      okafor.locator('.block-text').boundingBox()
    ])
    expect(name && words && name.y + name.height <= words.y + 1).toBe(true)
    expect(words?.width ?? 0).toBeGreaterThan(300)
    await shot(page, 'transcript-01b-turns-narrow')
    if (wide) await page.setViewportSize(wide)

    // Claims are the participants' alone, each naming its speaker.
    const items = page.getByRole('listbox', { name: 'Items' })
    await expect(items.getByRole('option').first()).toBeVisible()
    const rows = items.getByRole('option')
    const count = await rows.count()
    expect(count).toBeGreaterThanOrEqual(4)
    for (let i = 0; i < count; i++) await expect(rows.nth(i).locator('.speaker')).toHaveText(/^(?:OKAFOR|LINDQVIST)$/)
    await expect(items).not.toContainText('What would you do')

    // Filter by speaker.
    const speakerFilter = page.getByLabel('Speaker filter')
    await expect(speakerFilter.locator('option')).toHaveText(['Anyone', 'LINDQVIST', 'OKAFOR'])
    await speakerFilter.selectOption('LINDQVIST')
    await expect(rows.first()).toContainText('LINDQVIST')
    // The detail pane follows the choice: it went on showing OKAFOR's claim, highlighted in the article, under LINDQVIST.
    await expect(page.getByLabel('Claimant', { exact: true })).toContainText('Claimed by LINDQVIST')
    await expect(rows.first()).toHaveAttribute('aria-selected', 'true')
    const lindqvistRows = await rows.count()
    for (let i = 0; i < lindqvistRows; i++) await expect(rows.nth(i).locator('.speaker')).toHaveText('LINDQVIST')
    const lindqvistClaim = await verifyFirstListed(page)
    await speakerFilter.selectOption('OKAFOR')
    await expect(rows.first().locator('.speaker')).toHaveText('OKAFOR')
    const okaforClaim = await verifyFirstListed(page)
    await shotOf(page.locator('.filters'), 'transcript-02-speaker-filter')
    await speakerFilter.selectOption('')
    expect(await axeProblems(page)).toEqual([])

    // The report: checked claims grouped under their speakers, in the order they first speak.
    await fileMenu(page, 'Export report…')
    const dialog = page.getByRole('dialog', { name: 'Export report' })
    await expect(dialog).toBeVisible()
    const preview = page.frameLocator('iframe[title="Report preview"]')
    await expect(preview.locator('h3.speaker')).toHaveText([/^OKAFOR \(1\)/, /^LINDQVIST \(1\)/])
    await expect(preview.locator('section.speaker-group').nth(0)).toContainText(okaforClaim)
    await expect(preview.locator('section.speaker-group').nth(1)).toContainText(lindqvistClaim)
    await shotOf(dialog, 'transcript-03-report-by-speaker')
    // In a 640 px window the format's hint takes a line of its own under the controls: it was a column a few words
    // wide beside the appendix box, six lines tall.
    await page.setViewportSize({ width: 640, height: 800 })
    const hint = dialog.locator('.report-hint')
    const hintLine = await hint.evaluate((el) =>
      parseFloat(el.ownerDocument.defaultView?.getComputedStyle(el).lineHeight ?? '0')
    )
    expect((await hint.boundingBox())?.height ?? 0).toBeLessThan(hintLine * 3.5)
    await shotOf(dialog, 'transcript-03b-report-640')
    if (wide) await page.setViewportSize(wide)
    expect(errors).toEqual([])
  })

  test('a corrected transcript that gives a line to another speaker sends its checked claim back', async ({ page }) => {
    // The labels are not part of the text: the same words, only LINDQVIST's turn now OKAFOR's. It used to be
    // refused as "already the current draft; nothing changed", the claim still verified as Lindqvist's.
    const corrected = join(served.dir, 'harbour-debate-corrected.txt')
    writeFileSync(
      corrected,
      readFileSync(DEBATE, 'utf8').replace('LINDQVIST: The council spent', 'OKAFOR: The council spent')
    )
    await page.goto(served.url)
    const items = page.getByRole('listbox', { name: 'Items' })
    await items.getByRole('option').filter({ hasText: 'The council spent' }).click()
    await page.locator('.article').click({ position: { x: 5, y: 5 } })
    await page.keyboard.press('3')
    await saved(page)

    await fileMenu(page, 'Import new draft…')
    const dialog = page.getByRole('dialog', { name: 'Import new draft' })
    const chooser = page.waitForEvent('filechooser')
    await dialog.getByRole('button', { name: 'Choose the new draft…' }).click()
    await (await chooser).setFiles(corrected)
    // The preview says what the changes view will: the speaker changed, not the wording.
    const summary = dialog.getByRole('list', { name: 'What the import will do' })
    await expect(summary).toContainText('0 changed wording')
    await expect(summary).toContainText('2 with a new speaker: LINDQVIST → OKAFOR')
    await shotOf(dialog, 'transcript-04-preview-speaker-changed')
    await dialog.getByRole('button', { name: 'Import draft' }).click()
    await expect(page.locator('.changes-list')).toContainText('Speaker changed: LINDQVIST → OKAFOR')
    await shot(page, 'transcript-05-speaker-changed')
    await page.getByRole('button', { name: 'Close' }).click()
    await items.getByRole('option').filter({ hasText: 'The council spent' }).click()
    await expect(page.getByLabel('Status', { exact: true })).toHaveValue('needs-recheck')
    await expect(page.getByLabel('Claimant', { exact: true })).toContainText('Claimed by OKAFOR')
    await expect(page.getByLabel('Claimant', { exact: true })).not.toContainText('“”')

    // The checker corrects the claimant by keyboard: Enter saves, and the focus comes back to Change (it was left on
    // the page, and the next Tab started again from the File menu).
    const claimant = page.getByLabel('Claimant', { exact: true })
    await claimant.getByRole('button', { name: 'Change' }).click()
    await page.keyboard.press('ControlOrMeta+a')
    await page.keyboard.type('Ada Okafor')
    await page.keyboard.press('Enter')
    await expect(claimant).toContainText('Claimed by Ada Okafor')
    await expect(claimant.getByRole('button', { name: 'Change' })).toBeFocused()
  })

  test("a claim in a turn's third caption says that caption's time in the detail pane and the report", async ({
    page
  }) => {
    // One speaker over three captions: every claim in the turn said the first caption's time (1:30), and the checker
    // scrubbed the video from there.
    const captions = join(served.dir, 'ward-debate.vtt')
    writeFileSync(
      captions,
      [
        'WEBVTT',
        '',
        '00:00:05.000 --> 00:00:09.000',
        '<v Joan Hale>Good evening. Councillor Petrov, you have two minutes.',
        '',
        '00:01:30.000 --> 00:01:34.000',
        '<v Nadia Petrov>Thank you, Joan.',
        '',
        '00:01:34.000 --> 00:01:38.000',
        'Since 2022 the ward has lost 3 of its 5 bus routes.',
        '',
        '00:01:42.000 --> 00:01:46.000',
        'Rents rose by 22 percent in two years.',
        ''
      ].join('\n')
    )
    const other = await serve({ article: captions })
    try {
      await page.goto(other.url)
      const items = page.getByRole('listbox', { name: 'Items' })
      await items.getByRole('option').filter({ hasText: 'Rents rose by 22 percent' }).click()
      await expect(page.getByLabel('Claimant', { exact: true })).toContainText(
        'Claimed by Nadia Petrov · at 1:42 in the recording'
      )
      // At 640 px, 'suggested by Factdesk' beside the claim type was squeezed into a column three lines tall.
      const wide = page.viewportSize()
      const setName = page.getByRole('button', { name: 'Set your name' })
      const oneLine = (await setName.boundingBox())?.height ?? 0
      await page.setViewportSize({ width: 640, height: 800 })
      // The name banner's button stays one line tall (it stood three lines tall beside the banner's words).
      expect((await setName.boundingBox())?.height ?? 0).toBeLessThan(oneLine + 2)
      const origin = page.locator('.detail-origin')
      await expect(origin).toHaveText('suggested by Factdesk')
      const originFont = await origin.evaluate((el) =>
        parseFloat(el.ownerDocument.defaultView?.getComputedStyle(el).fontSize ?? '0')
      )
      // One line is under two font sizes tall; three were over four.
      expect((await origin.boundingBox())?.height ?? 0).toBeLessThan(originFont * 2)
      await shot(page, 'transcript-07b-detail-640')
      if (wide) await page.setViewportSize(wide)
      await page.locator('.article').click({ position: { x: 5, y: 5 } })
      await page.keyboard.press('3')
      await saved(page)
      await shot(page, 'transcript-07-caption-time')
      await fileMenu(page, 'Export report…')
      const preview = page.frameLocator('iframe[title="Report preview"]')
      await expect(preview.locator('p.who')).toHaveText(['Claimed by Nadia Petrov · at 1:42 in the recording'])
    } finally {
      await other.close()
    }
  })

  test('a role judged from how someone speaks gives its reason on one line, the whole on hover or focus', async ({
    page
  }) => {
    // No label says who chairs: the margin says why MARSH is judged the moderator. The reason took six lines
    // beside a one-line turn.
    const chaired = join(served.dir, 'chaired-debate.txt')
    writeFileSync(
      chaired,
      [
        'Harbour Ward debate, 4 March 2026',
        'PARTICIPANTS: Former Mayor Ada Okafor; Councillor Erik Lindqvist',
        'MARSH: Good evening. Ms Okafor, two minutes to begin.',
        'OKAFOR: The ferry carried 1.2 million passengers in 2024, the most since the service began in 1998.',
        'MARSH: Mr Lindqvist, your response.',
        'LINDQVIST: The council spent 4.5 million pounds on the ferry, and the pier opened 14 months late.',
        "MARSH: Time's up. Thank you both."
      ].join('\n\n')
    )
    const other = await serve({ article: chaired })
    try {
      await page.goto(other.url)
      const why = page.locator('.turn-why')
      await expect(why).toHaveCount(1)
      const line = why.locator('.turn-why-line')
      await expect(line).toContainText('hands over or keeps time')
      const lineHeight = await line.evaluate((el) =>
        parseFloat(el.ownerDocument.defaultView?.getComputedStyle(el).lineHeight ?? '0')
      )
      expect((await why.boundingBox())?.height ?? 0).toBeLessThan(lineHeight * 1.5)
      // The margin (name, role, reason) is taller than MARSH's one-line turn: the next speaker's name keeps the
      // words' own space below it, not 2 px, which read as one turn.
      const [margin, next] = await Promise.all([
        why.boundingBox(),
        page.locator('.block-turn[data-speaker="OKAFOR"] .turn-speaker').boundingBox()
      ])
      expect((next?.y ?? 0) - ((margin?.y ?? 0) + (margin?.height ?? 0))).toBeGreaterThan(lineHeight / 3)
      const full = why.locator('.turn-why-full')
      await expect(full).toBeHidden()
      await why.focus()
      await expect(full).toBeVisible()
      expect(await full.textContent()).toBe(await line.textContent())
      expect((await full.boundingBox())?.height ?? 0).toBeGreaterThan(lineHeight * 1.5)
      await shotOf(page.locator('.article'), 'transcript-06-role-reason-focused')
      expect(await axeProblems(page)).toEqual([])
      await page.locator('.article').click({ position: { x: 5, y: 5 } })
      await expect(full).toBeHidden()
      await why.hover()
      await expect(full).toBeVisible()
    } finally {
      await other.close()
    }
  })
})
