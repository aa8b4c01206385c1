/**
 * A long draft made of real newsroom prose (tests/fixtures/import/newsroom.txt, its paragraphs over and over) up to
 * a byte size: what a slow import looks like without storing a 6 MB file.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const FIXTURE = join(__dirname, '..', 'fixtures', 'import', 'newsroom.txt')

export function longDraft(bytes: number): Buffer {
  const prose = readFileSync(FIXTURE, 'utf8').split('\n\n').slice(3).join('\n\n')
  const paragraphs: string[] = []
  let size = 0
  const units = prose.split('\n\n')
  for (let i = 0; size < bytes; i += 1) {
    const next = units[i % units.length]
    const cost = Buffer.byteLength(next) + 2
    if (size + cost > bytes) break
    paragraphs.push(next)
    size += cost
  }
  return Buffer.from(paragraphs.join('\n\n'))
}
