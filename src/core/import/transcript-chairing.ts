/**
 * Telling who chairs a debate or an interview from how they speak, when neither the label nor the
 * header says it (debate transcripts name the moderator by surname alone: "HOLT:"). A chair asks
 * ("What would you do?"), hands the floor over and keeps time ("Senator, your response.", "Time's
 * up.", "Let's turn to the economy.", "We'll be right back."), addresses people by name or title
 * at the start of a turn ("Governor Romney, …", "Thank you, Mr. President."), speaks in short
 * turns between the others' long answers, and opens the event. Each sign is a share of the
 * speaker's turns times a weight; the sum against a threshold decides, and the signs that fired
 * are the reason shown in the margin. The weights come from how debates and interviews are run,
 * checked on ClaimBuster's debate transcripts (candidates ask in under a tenth of their turns and
 * rarely hand over), never fitted to an evaluation set.
 */

import { isSpaceCode } from '../extract/char-classes'

export interface SpokenTurn {
  speaker: string
  text: string
}

/** Half their turns asking is enough by itself (an interviewer, a panelist, a questioner from the floor). */
const QUESTION_WEIGHT = 2
/** Half their turns handing over or keeping time is enough by itself (a moderator who never asks). */
const HANDOVER_WEIGHT = 2
/** Opening turns by addressing someone supports the rest, never decides alone: candidates do it too, if less. */
const ADDRESS_WEIGHT = 0.6
/** Turns under half as long as everyone else's, by median. */
const SHORT_TURNS_WEIGHT = 0.5
const SHORT_TURNS_RATIO = 0.5
/** The first voice of the event welcomes and introduces; the last one says good night. */
const OPENS_WEIGHT = 0.4
const CLOSES_WEIGHT = 0.3
/** The sum at which a speaker chairs. */
const CHAIR_THRESHOLD = 1
/** Signs under this share of turns are not named in the reason. */
const REASON_SHARE = 0.1

/** Phrases that give the floor, keep time or move the event on. */
const HANDOVER = new RegExp(
  [
    String.raw`your (?:response|answer|rebuttal|reply|turn)`,
    String.raw`(?:would|do) you (?:like|care|wish|want) to (?:respond|comment|reply)`,
    String.raw`care to (?:respond|comment)`,
    String.raw`you may (?:respond|answer|begin)`,
    String.raw`(?:minutes?|seconds?) to (?:respond|answer|reply)`,
    // The clock of a debate: a minute or three to answer, thirty seconds to rebut.
    String.raw`(?:one|two|three|1|2|3)[- ]minutes?|(?:fifteen|thirty|forty-five|sixty|ninety|15|30|45|60|90)[- ]seconds?`,
    String.raw`time(?:'s|’s| is) up|out of time`,
    String.raw`(?:let's|let us|we'll|we will|i want to|i'd like to) (?:turn|move|go) (?:to|on)|move on`,
    String.raw`(?:we'll|we will) be (?:right )?back|(?:take|taking) a (?:short |quick )?break|stay with us`,
    String.raw`(?:the )?(?:next|final) question|a question for|question (?:goes )?to|goes to you`,
    String.raw`(?:opening|closing) statements?|follow[- ]?up|rebuttal`,
    String.raw`welcome (?:back|to)|good (?:evening|night)|thank you (?:both|gentlemen|ladies)`
  ]
    .map((phrase) => `(?:${phrase})`)
    .join('|')
    .replace(/^/, String.raw`\b(?:`)
    .concat(String.raw`)\b`),
  'i'
)

/** A turn that opens by addressing someone: "Governor Romney, …", "Thank you, Senator.", "Mr. President?". */
const ADDRESS_OPEN =
  /^(?:(?:thank you|thanks|all right|okay|ok|now|and|well)[,.]?\s+)?(?:mr\.?|mrs\.?|ms\.?|madam|governor|senator|president|vice president|secretary|congressman|congresswoman|mayor|dr\.?|professor|minister|gentlemen|ladies|sir)\b/i

export interface ChairingEvidence {
  score: number
  /** The signs that fired, in a checker's words. */
  reasons: string[]
}

interface Tally {
  turns: number
  addresses: number
  lengths: number[]
  /** The turns themselves, kept for the phrase searches (judged speakers only). */
  texts: string[]
}

/**
 * A turn that asks: it ends on a question, or puts one as a request ("Please explain how…",
 * "Can you please tell us…", "I'd like to know…"), as questioners from the floor often do.
 */
const REQUEST =
  /\b(?:please (?:explain|tell|describe|give|share|comment|address|talk|elaborate|be specific)|(?:can|could|would|will) you (?:please )?(?:explain|tell|describe|give|share|comment|address|talk about|elaborate)|i(?:'d| would) like to (?:know|ask|hear)|i want to (?:know|ask)|my question (?:is|for))\b/i
/** Closing marks that may follow a question mark at the end of a turn ("…, Senator?)"). */
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']'])

/** The turn ends on "?" and closing marks: read backwards from the end, not by a regex tried at every offset. */
function endsAsking(text: string): boolean {
  let at = text.length - 1
  while (at >= 0 && isSpaceCode(text.charCodeAt(at))) at--
  while (at >= 0 && CLOSERS.has(text.charAt(at))) at--
  return text.charAt(at) === '?'
}

const asks = (text: string): boolean => endsAsking(text) || REQUEST.test(text)

/** Words in a turn: runs of characters between whitespace, as `split(/\s+/)` counts them, without the array. */
function wordCount(text: string): number {
  let words = 0
  let inWord = false
  for (let at = 0; at < text.length; at++) {
    const space = isSpaceCode(text.charCodeAt(at))
    if (!space && !inWord) words++
    inWord = !space
  }
  return words
}

/**
 * Turn lengths as counts per length (capped), so the median of everyone but one speaker costs the
 * same whatever the number of speakers: a hostile file of 10,000 one-turn speakers stays linear.
 */
const LONGEST_COUNTED = 1000

function lengthCounts(lengths: readonly number[]): number[] {
  const counts = new Array<number>(LONGEST_COUNTED + 1).fill(0)
  for (const length of lengths) counts[Math.min(length, LONGEST_COUNTED)]!++
  return counts
}

/** The lower median of all turns but `own`: `all` minus `own`, walked up to the middle. */
function medianWithout(all: readonly number[], total: number, own: readonly number[]): number {
  const rest = [...all]
  for (const length of own) rest[Math.min(length, LONGEST_COUNTED)]!--
  const middle = Math.floor((total - own.length - 1) / 2)
  let seen = 0
  for (let length = 0; length <= LONGEST_COUNTED; length++) {
    seen += rest[length] ?? 0
    if (seen > middle) return length
  }
  return 0
}

function median(values: readonly number[]): number {
  // A typed array sorts numbers natively, without a comparator call per comparison.
  const sorted = Float64Array.from(values).sort()
  return sorted.length === 0 ? 0 : (sorted[Math.floor((sorted.length - 1) / 2)] ?? 0)
}

const percent = (share: number): string => `${Math.round(share * 100)}%`

/**
 * Each speaker's turns and their lengths, and for the speakers judged the turns that open by
 * addressing someone (the others count for the turn lengths alone, so their long answers are not
 * searched for phrases).
 */
function tallies(turns: readonly SpokenTurn[], judged: ReadonlySet<string>): Map<string, Tally> {
  const byspeaker = new Map<string, Tally>()
  for (const turn of turns) {
    const tally = byspeaker.get(turn.speaker) ?? { turns: 0, addresses: 0, lengths: [], texts: [] }
    tally.turns++
    if (judged.has(turn.speaker)) {
      if (ADDRESS_OPEN.test(turn.text.trimStart())) tally.addresses++
      tally.texts.push(turn.text)
    }
    tally.lengths.push(wordCount(turn.text))
    byspeaker.set(turn.speaker, tally)
  }
  return byspeaker
}

/** What is known of a speaker besides how often they ask and hand over. */
interface OtherSigns {
  addressing: number
  /** The reason when their turns are short, else null. */
  short: string | null
  first: boolean
  last: boolean
}

/** The signs' weights summed in the order the reasons are listed (the bound below adds them the same way). */
function scoreOf(asking: number, handing: number, other: OtherSigns): number {
  let score = 0
  score += QUESTION_WEIGHT * asking
  score += HANDOVER_WEIGHT * handing
  score += ADDRESS_WEIGHT * other.addressing
  score += other.short !== null ? SHORT_TURNS_WEIGHT : 0
  score += other.first ? OPENS_WEIGHT : 0
  score += other.last ? CLOSES_WEIGHT : 0
  return score
}

/** The signs strong enough to name, in a checker's words. */
function reasonsOf(asking: number, handing: number, { addressing, short, first, last }: OtherSigns): string[] {
  const reasons: Array<string | null> = [
    asking >= REASON_SHARE ? `asks in ${percent(asking)} of turns` : null,
    handing >= REASON_SHARE ? `hands over or keeps time in ${percent(handing)}` : null,
    addressing >= REASON_SHARE ? `opens by addressing someone in ${percent(addressing)}` : null,
    short,
    first ? 'speaks first' : null,
    last ? 'speaks last' : null
  ]
  return reasons.filter((reason) => reason !== null)
}

/**
 * How many of a speaker's turns ask and how many hand over, or null once it is certain they do not
 * chair. The phrase searches are most of the cost of judging, and a candidate's long answers most
 * of the text: turns are searched shortest first, and the search stops as soon as the score could
 * not reach the threshold even if every turn left asked and handed over (the same sum, so never a
 * different verdict; a chair's turns are all searched, so their reasons are exact).
 */
function askingAndHanding(tally: Tally, other: OtherSigns): { questions: number; handovers: number } | null {
  const texts = [...tally.texts].sort((a, b) => a.length - b.length)
  let questions = 0
  let handovers = 0
  for (let searched = 0; searched < texts.length;) {
    const text = texts[searched++]!
    if (asks(text)) questions++
    if (HANDOVER.test(text)) handovers++
    const left = texts.length - searched
    if (scoreOf((questions + left) / tally.turns, (handovers + left) / tally.turns, other) < CHAIR_THRESHOLD)
      return null
  }
  return { questions, handovers }
}

/**
 * The judged speakers who chair, with the evidence, weighed among all the speakers of `turns`
 * (the others do not chair). Nobody chairs alone: with one speaker there is no one to hand over to.
 */
export function chairingEvidence(
  turns: readonly SpokenTurn[],
  judged: ReadonlySet<string>
): Map<string, ChairingEvidence> {
  const evidence = new Map<string, ChairingEvidence>()
  const byspeaker = tallies(turns, judged)
  if (byspeaker.size < 2) return evidence
  // Every turn's length, from the tallies (each turn is counted once, in its speaker's tally).
  const everyone = lengthCounts([...byspeaker.values()].flatMap((tally) => tally.lengths))
  const first = turns[0]?.speaker
  const last = turns.at(-1)?.speaker
  for (const [speaker, tally] of byspeaker) {
    if (!judged.has(speaker)) continue
    const own = median(tally.lengths)
    const theirs = medianWithout(everyone, turns.length, tally.lengths)
    const other: OtherSigns = {
      addressing: tally.addresses / tally.turns,
      short: own <= SHORT_TURNS_RATIO * theirs ? `short turns (${own} words, others ${theirs})` : null,
      first: speaker === first,
      last: speaker === last
    }
    const counted = askingAndHanding(tally, other)
    if (!counted) continue
    const asking = counted.questions / tally.turns
    const handing = counted.handovers / tally.turns
    const score = scoreOf(asking, handing, other)
    if (score >= CHAIR_THRESHOLD) evidence.set(speaker, { score, reasons: reasonsOf(asking, handing, other) })
  }
  return evidence
}
