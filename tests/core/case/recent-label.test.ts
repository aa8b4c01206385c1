/** Recent cases named by file and folder, one entry per case. */
import { describe, expect, it } from 'vitest'
import type { RecentEntry } from '../../../src/shared/contract'
import { recentLabel, shortFolder, uniqueRecent } from '../../../src/core/case/recent-label'

const entry = (casePath: string, articlePath: string | null, title = 'Harbour fees rise'): RecentEntry => ({
  casePath,
  articlePath,
  title,
  openedAt: '2026-03-06T10:00:00.000Z'
})

describe('recent cases', () => {
  it.each([
    [
      'an article beside its case',
      entry('/home/ana/desk/march/harbour.md.factdesk.json', '/home/ana/desk/march/harbour.md'),
      'harbour.md',
      '…/desk/march'
    ],
    ['a case without its article path', entry('/srv/harbour v2.txt.factdesk.json', null), 'harbour v2.txt', '/srv'],
    [
      'a case in the data folder',
      entry('/home/ana/.config/factdesk/cases/upload.txt-0123456789ab.factdesk.json', null),
      'upload.txt',
      'Factdesk’s data folder'
    ],
    [
      'a case opened from an uploaded copy, away from the article it names',
      entry('/home/ana/.config/factdesk/cases/harbour.md.factdesk.json', '/home/ana/desk/march/harbour.md'),
      'harbour.md',
      '…/factdesk/cases'
    ],
    [
      'a Windows path',
      entry('C:\\Users\\ana\\desk\\harbour.docx.factdesk.json', 'C:\\Users\\ana\\desk\\harbour.docx'),
      'harbour.docx',
      '…/ana/desk'
    ]
  ])('%s', (_name, recent, file, folder) => {
    expect(recentLabel(recent)).toEqual({ file, folder, title: 'Harbour fees rise' })
  })

  it('two drafts with one headline read apart by their folders', () => {
    const a = recentLabel(entry('/desk/a/story.txt.factdesk.json', '/desk/a/story.txt'))
    const b = recentLabel(entry('/desk/b/story.txt.factdesk.json', '/desk/b/story.txt'))
    expect(a.folder).not.toBe(b.folder)
    expect(shortFolder('story.txt')).toBe('/')
  })

  it('keeps one entry per case, the newest', () => {
    const list = [
      entry('/desk//a/story.txt.factdesk.json', null, 'new'),
      entry('/desk/a/story.txt.factdesk.json', null, 'old'),
      entry('/desk/b.factdesk.json', null)
    ]
    expect(uniqueRecent(list).map((e) => e.title)).toEqual(['new', 'Harbour fees rise'])
  })
})
