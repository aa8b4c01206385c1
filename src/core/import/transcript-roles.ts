import type { SpeakerRole } from '../../shared/article'
import { MODERATOR_WORDS, fullNameFor, readCast, type CastEntry } from './transcript-cast'
import { chairingEvidence, type SpokenTurn } from './transcript-chairing'
import { intervieweeIn, isAnswerLabel } from './transcript-interviews'

export type { SpokenTurn } from './transcript-chairing'

/**
 * Who is who in a transcript. A label can say it ("MODERATOR", "Host", "AUDIENCE MEMBER",
 * "SYSTEM"); the header can say it ("JIM LEHRER, ANCHOR", "MODERATORS: …", "PARTICIPANTS: …");
 * failing both, the way someone speaks does: a moderator asks, hands over, keeps time and opens
 * the event (transcript-chairing.ts weighs that). Everyone else is a participant, whose words are
 * the claims. Each verdict carries why, for the margin.
 */

const AUDIENCE_WORDS =
  /\b(?:audience|crowd|protester|protesters|heckler|caller|unidentified|unknown|voice|voices|questioner|participants in the audience|several|multiple|all|everyone)\b/i
const SYSTEM_WORDS = /^(?:system|stage|stage directions?|sfx|sound|captions?|transcriber|editor's note|note)$/i

export interface SpeakerVerdict {
  role: SpeakerRole
  /** Why, in words a checker reads in the margin; null when the label says it ("MODERATOR"). */
  reason: string | null
  /** The full name the header gives ("Mitt Romney" for ROMNEY), or null. */
  name: string | null
}

/** The role a label names by itself, or null when it is a name. */
export function roleOfLabel(label: string): SpeakerRole | null {
  const clean = label.trim()
  if (SYSTEM_WORDS.test(clean)) return 'system'
  if (AUDIENCE_WORDS.test(clean)) return 'audience'
  if (MODERATOR_WORDS.test(clean)) return 'moderator'
  return null
}

const surnameOf = (label: string): string => (label.toLowerCase().match(/[\p{L}'’-]+/gu) ?? []).at(-1) ?? ''

/**
 * The cast entry that names a label: the one entry holding its surname. Two entries with that
 * surname ("George Bush", "Jeb Bush") name nobody unless the label's other words pick one.
 */
function castEntryOf(label: string, cast: readonly CastEntry[]): CastEntry | null {
  const surname = surnameOf(label)
  if (surname === '') return null
  const holding = cast.filter((entry) => entry.words.has(surname))
  if (holding.length <= 1) return holding[0] ?? null
  const words = label.toLowerCase().match(/[\p{L}'’-]+/gu) ?? []
  const picked = holding.filter((entry) => words.every((word) => entry.words.has(word)))
  return picked.length === 1 ? (picked[0] ?? null) : null
}

/** The words of a header entry around a person's surname, short enough for the margin. */
function quoted(text: string, surname: string): string {
  if (text.length <= 60) return text
  const words = text.split(/\s+/)
  const at = Math.max(0, words.findIndex((word) => word.toLowerCase().includes(surname)) - 3)
  const window = words.slice(at, at + 10).join(' ')
  return `${at > 0 ? '…' : ''}${window}${at + 10 < words.length ? '…' : ''}`
}

/**
 * Roles by speaker label. `turns` are whole turns (consecutive paragraphs by one speaker joined),
 * `headerLines` the lines before the first turn and titles written beside labels.
 */
export function rolesBySpeaker(
  turns: readonly SpokenTurn[],
  headerLines: readonly string[]
): Map<string, SpeakerVerdict> {
  const cast = readCast(headerLines)
  // "Q: … / A: …": the answers are the interviewee's, when the header names them.
  const interviewee = intervieweeIn(headerLines)
  const verdicts = new Map<string, SpeakerVerdict>()
  const speakers = [...new Set(turns.map((turn) => turn.speaker))]
  const unnamed: string[] = []
  for (const speaker of speakers) {
    const labelled = roleOfLabel(speaker)
    const entry = castEntryOf(speaker, cast)
    const name = entry ? fullNameFor(entry, surnameOf(speaker)) : isAnswerLabel(speaker) ? interviewee : null
    if (labelled) verdicts.set(speaker, { role: labelled, reason: null, name })
    else if (entry?.role === 'moderator')
      verdicts.set(speaker, {
        role: 'moderator',
        reason: `the header lists them as moderator: “${quoted(entry.text, surnameOf(speaker))}”`,
        name
      })
    else if (entry?.role === 'participant')
      verdicts.set(speaker, { role: 'participant', reason: `the header lists them as taking part`, name })
    else {
      verdicts.set(speaker, { role: 'participant', reason: null, name })
      unnamed.push(speaker)
    }
  }
  // Those the header does not place (a panelist, a questioner from the floor, or everyone when
  // there is no header) are judged by how they speak, among all the speakers.
  const evidence = chairingEvidence(turns, new Set(unnamed))
  const chairs = [...evidence]
  // Someone must answer: when everyone judged would chair and nobody else takes part, the one with
  // the least evidence is the participant (two interviewers asking each other questions still answer).
  const answered = [...verdicts].some(([speaker, verdict]) => verdict.role === 'participant' && !evidence.has(speaker))
  if (!answered) chairs.sort((a, b) => b[1].score - a[1].score).pop()
  for (const [speaker, weighed] of chairs) {
    const verdict = verdicts.get(speaker)
    if (verdict) verdicts.set(speaker, { ...verdict, role: 'moderator', reason: weighed.reasons.join(', ') })
  }
  return verdicts
}
