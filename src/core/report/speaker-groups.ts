/**
 * A transcript's report reads by speaker: the editor wants "what did Okafor say that was wrong",
 * so the checked items are grouped under who said them (a turn's speaker is every claim's
 * claimant), speakers in the order they first speak, items in transcript order within each.
 */
import type { Article } from '../../shared/article'
import type { ReportItem } from './summary'
import { isTranscript } from '../extract/blocks'

/** Items nobody is named for (a sentence the checker added by hand, an unnamed caption). */
export const UNATTRIBUTED = 'Speaker not identified'

export interface SpeakerGroup {
  name: string
  entries: ReportItem[]
}

/** The checked items by speaker, or null when the draft is not a transcript (articles read in order). */
export function speakerGroups(article: Article, checked: readonly ReportItem[]): SpeakerGroup[] | null {
  if (!isTranscript(article)) return null
  const groups = new Map<string, ReportItem[]>()
  for (const entry of checked) {
    const name = entry.who?.name.trim() || UNATTRIBUTED
    const group = groups.get(name) ?? []
    group.push(entry)
    groups.set(name, group)
  }
  const unattributed = groups.get(UNATTRIBUTED)
  groups.delete(UNATTRIBUTED)
  const out = [...groups].map(([name, entries]) => ({ name, entries }))
  if (unattributed) out.push({ name: UNATTRIBUTED, entries: unattributed })
  return out
}
