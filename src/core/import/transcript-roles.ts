import type { SpeakerRole } from '../../shared/article'

/**
 * Who is who in a transcript. A label can say it ("MODERATOR", "Host", "AUDIENCE MEMBER",
 * "SYSTEM"); a header can say it ("JIM LEHRER, ANCHOR AND EXECUTIVE EDITOR", "Moderated by Lester
 * Holt"); failing both, a speaker whose turns mostly end in a question, among several speakers,
 * is the one asking (debates name the moderator by surname alone: "HOLT:"). Everyone else is a
 * participant, whose words are the claims.
 */

const MODERATOR_WORDS =
  /\b(?:moderat\w*|host|hosts|co-host|hosted|interviewer|interviewers|anchor|anchors|presenter|panelist|panelists|q|question|reporter|reporters|journalist)\b/i
const AUDIENCE_WORDS =
  /\b(?:audience|crowd|protester|protesters|heckler|caller|unidentified|unknown|voice|voices|questioner|participants in the audience|several|multiple|all|everyone)\b/i
const SYSTEM_WORDS = /^(?:system|stage|stage directions?|sfx|sound|captions?|transcriber|editor's note|note)$/i

/**
 * A speaker asks, rather than answers, when at least half their turns end in a question (a
 * panelist, a questioner from the floor), or when a fair share do and their turns are short (a moderator keeping time:
 * "Governor, your answer.", "Thank you."). Measured on ClaimBuster's debate transcripts, where
 * candidates end under a tenth of their turns on a question and speak 70–300 words a turn.
 */
const ASKING_SHARE = 0.5
/** A town-hall questioner may speak once: one turn, ending in a question, among several speakers. */
const MIN_TURNS_ASKING = 1
const CHAIRING_SHARE = 0.15
const CHAIRING_WORDS = 30
const MIN_TURNS_CHAIRING = 3
/** A debate has a chair when three or more named people speak (two candidates and a moderator). */
const MIN_SPEAKERS_TO_CHAIR = 3

export interface SpokenTurn {
  speaker: string
  text: string
}

/** The role a label names by itself, or null when it is a name. */
export function roleOfLabel(label: string): SpeakerRole | null {
  const clean = label.trim()
  if (SYSTEM_WORDS.test(clean)) return 'system'
  if (AUDIENCE_WORDS.test(clean)) return 'audience'
  if (MODERATOR_WORDS.test(clean)) return 'moderator'
  return null
}

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}'’-]+/gu) ?? []

/** Header lines that name a moderator: the set of words they hold, for matching surnames. */
function moderatorHeaderWords(headerLines: readonly string[]): Set<string> {
  const words = new Set<string>()
  // "MODERATOR:" on a line of its own names whoever is on the next line.
  const joined = headerLines.map((line, index) =>
    /:\s*$/.test(line) ? `${line} ${headerLines[index + 1] ?? ''}` : line
  )
  for (const line of joined) {
    if (!MODERATOR_WORDS.test(line)) continue
    // "SPEAKERS: BUSH, PRESIDENT; KERRY, SENATOR; LEHRER, ANCHOR": only the clause naming the role.
    for (const clause of line.split(/[;\n]|,\s*(?=[A-Z][A-Z.' -]+,)/)) {
      if (MODERATOR_WORDS.test(clause)) for (const word of wordsOf(clause)) words.add(word)
    }
  }
  return words
}

function endsInQuestion(text: string): boolean {
  return /\?["'”’)\]]*$/.test(text.trim())
}

/**
 * Roles by speaker label. `turns` are whole turns (consecutive paragraphs by one speaker joined),
 * `headerLines` the lines before the first turn.
 */
export function rolesBySpeaker(turns: readonly SpokenTurn[], headerLines: readonly string[]): Map<string, SpeakerRole> {
  const roles = new Map<string, SpeakerRole>()
  const headerModerators = moderatorHeaderWords(headerLines)
  const tally = new Map<string, { turns: number; questions: number; words: number }>()
  for (const turn of turns) {
    const counts = tally.get(turn.speaker) ?? { turns: 0, questions: 0, words: 0 }
    counts.turns++
    counts.words += turn.text.split(/\s+/).length
    if (endsInQuestion(turn.text)) counts.questions++
    tally.set(turn.speaker, counts)
  }
  const participants = [...tally.keys()].filter((speaker) => roleOfLabel(speaker) === null)
  // Among three or more named speakers, whoever opens and closes the event chairs it.
  const first = turns[0]?.speaker
  const chair =
    participants.length >= MIN_SPEAKERS_TO_CHAIR && first !== undefined && first === turns.at(-1)?.speaker
      ? first
      : null
  for (const [speaker, counts] of tally) {
    const named = roleOfLabel(speaker)
    if (named) {
      roles.set(speaker, named)
      continue
    }
    const surname = wordsOf(speaker).at(-1) ?? ''
    const declared = headerModerators.has(surname)
    const share = counts.questions / counts.turns
    const asks =
      participants.length > 1 &&
      ((counts.turns >= MIN_TURNS_ASKING && share >= ASKING_SHARE) ||
        (counts.turns >= MIN_TURNS_CHAIRING &&
          share >= CHAIRING_SHARE &&
          counts.words / counts.turns <= CHAIRING_WORDS))
    roles.set(speaker, declared || asks || speaker === chair ? 'moderator' : 'participant')
  }
  return roles
}
