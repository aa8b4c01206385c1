/** A real case built by the real pipeline from the revision-pairs story, for revise-case tests. */
import { extract } from '../../../src/core/extract/extract'
import type { CaseFile } from '../../../src/shared/case'
import { engineCase, story } from '../../helpers/builders'
import { BASE } from './revision-pairs'

export function floodsCase(): CaseFile {
  const draft1 = story(BASE)
  return engineCase(draft1, extract(draft1), {
    fileName: 'floods-v1.md',
    caseId: 'case-floods',
    now: '2024-06-11T09:00:00.000Z'
  })
}
