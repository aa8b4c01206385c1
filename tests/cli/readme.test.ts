/**
 * README as a new user meets it: short (what Factdesk is, setting up, the CLI, the file format), true about what
 * it reads, and every link to a section of the docs lands on one.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SUPPORTED_EXTENSIONS } from '../../src/core/import/errors'

const ROOT = join(import.meta.dirname, '..', '..')
const README = readFileSync(join(ROOT, 'README.md'), 'utf8')

/** GitHub's anchor for a heading: lower case, punctuation but hyphens dropped, spaces to hyphens. */
function anchorOf(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-')
}

describe('README', () => {
  // It ran to 255 lines, most of them about the app's behaviour in detail; that now lives in docs/GUIDE.md.
  it('stays short: its sections are what it is, setting up, the CLI, what it reads, the case file', () => {
    expect(README.split('\n').length).toBeLessThan(130)
    const sections = [...README.matchAll(/^## (.+)$/gm)].map((match) => match[1])
    expect(sections.slice(0, 4)).toEqual(['Set up', 'Command line', 'What it reads', 'The case file'])
  })

  // "What it reads" listed four formats while the CLI's own errors name seven: the transcripts were missing.
  it('names every file extension Factdesk reads under "What it reads"', () => {
    const reads = README.slice(README.indexOf('## What it reads'), README.indexOf('## The case file'))
    for (const extension of SUPPORTED_EXTENSIONS) expect(reads).toContain(`\`${extension}\``)
  })

  it('links only to docs and sections that exist', () => {
    const links = [...README.matchAll(/\]\((docs\/[^)#]+)(?:#([^)]+))?\)/g)]
    expect(links.length).toBeGreaterThan(5)
    for (const [, file, anchor] of links) {
      expect(existsSync(join(ROOT, file)), file).toBe(true)
      if (!anchor) continue
      const headings = [...readFileSync(join(ROOT, file), 'utf8').matchAll(/^#+ (.+)$/gm)].map((m) => anchorOf(m[1]))
      expect(headings, `${file}#${anchor}`).toContain(anchor)
    }
  })
})
