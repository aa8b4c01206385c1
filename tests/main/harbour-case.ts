/**
 * A small, valid case built by hand (not through the extraction engine), so the storage tests
 * exercise storage alone: a two-paragraph story with one suggested claim.
 */
import { join } from 'node:path'
import type { CaseFile, Item } from '../../src/shared/case'
import { writeCase } from '../../src/main/services/case-store'
import { caseFile, claim, draft, fact, paragraphs, type ItemFields } from '../helpers/builders'
import { tempDir } from '../helpers/temp-dir'

export const HARBOUR = paragraphs('Harbour fees rose 12% last year.', '"We had no choice," said Ana Ruiz.')
export const FEES = 'Harbour fees rose 12% last year.'

/** The one claim, as the engine would suggest it (id i1, Unchecked) unless `fields` says otherwise. */
export function feesClaim(fields: ItemFields = {}): Item {
  return claim(HARBOUR, FEES, { reasons: ['number: 12%'], facts: [fact(HARBOUR, 'number', '12%', '12 %')], ...fields })
}

export function harbourCase(fields: Partial<CaseFile> = {}): CaseFile {
  return caseFile([draft(HARBOUR, { fileName: 'harbour.txt' })], {
    articleDate: '2024-03-14',
    items: [feesClaim()],
    ...fields
  })
}

/** The harbour case saved as harbour.txt.factdesk.json in a fresh folder; answers its path. */
export async function savedHarbourCase(): Promise<string> {
  const path = join(tempDir(), 'harbour.txt.factdesk.json')
  const saved = await writeCase(path, harbourCase(), '')
  if (!saved.ok) throw new Error(saved.error.message)
  return path
}
