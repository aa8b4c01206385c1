/**
 * A claimant given as the article writes it, for phrases no speaker reading classifies: a document
 * ("a Coastline poll taken last week"), a share ("Another 12 percent"), a headline's capitals
 * ("EXPERTS"). It names no one the speaker registry could hold, so it is a plain description.
 */
import type { TextRange } from './sentences'
import type { Subject } from './subjects'

/** The words at `mention` as a description subject; `group` for a body or a document, `plural` for many people. */
export function writtenSubject(text: string, mention: TextRange, kind: { plural: boolean; group: boolean }): Subject {
  const name = text.slice(mention.start, mention.end)
  return {
    kind: 'description',
    mention: { start: mention.start, end: mention.end },
    name,
    nameWords: [],
    description: null,
    anonymous: false,
    plural: kind.plural,
    group: kind.group,
    written: name
  }
}
