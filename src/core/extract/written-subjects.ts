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
  const subject: Subject = {
    kind: 'description',
    mention: { start: mention.start, end: mention.end },
    name,
    nameWords: [],
    description: null,
    anonymous: false,
    plural: kind.plural,
    group: kind.group
  }
  return withWritten(subject, name)
}

/**
 * `subject`, a literal of the Subject's eight keys, given `written` after them as classifyPhrase gives it (undefined
 * where the words have no other form: `written ?? name` reads the subject as before). Why: V8 gives an object the
 * hidden class of the keys it got in their order, and a literal of nine keys another again; the subjects a builder
 * here made without the key (a pair of names, a share, a pronoun) reached the readers compiled for classifyPhrase's,
 * which were deoptimised in the warm-up pass ("wrong map": readSentence, plausible, attributionBefore) and compiled
 * again in news-speed's first timed pass.
 */
export function withWritten(subject: Subject, written: string | undefined): Subject {
  subject.written = written
  return subject
}
