/**
 * Names standing before a chain of appositives, read by subject-before.ts: "Donna Reyes, 59, of Ashton, Md., who
 * watched from the Mall, said", "Ada Nash, the editor of the city's paper, the Herald, said", and a name right
 * before the verb after a long phrase ("In a meeting with the board Trump said"). Apart from the
 * subject reader so that it stays one reader of a readable length.
 */
import type { Token } from './tokens'
import { isCapitalised } from './tokens'
import { isOrganisationName, nameFitsNoun, NOT_NAMES, ROLE_WORDS } from './name-words'
import { isNameToken, NAME_PARTICLES, nameRunEnd, ROLE_LEADS_BLOCKED } from './name-runs'
import { classifyPhrase, withDescription, type Subject, subjectShaped } from './subjects'
import { classifyDescription } from './speaker-lexicon'
import { openingDescription, openingNoun } from './opening-nouns'
import { isBreakAt, MAX_APPOSITIVE_TOKENS, MAX_SUBJECT_TOKENS } from './subject-words'
import { ALL_DIGITS } from './char-classes'
import { withWritten } from './written-subjects'

/** A lower-case word ending in "s": "officials". */
const PLURAL_FORM = /\p{Ll}s$/u

/**
 * A name before several commas: "Donna Reyes, 59, of Ashton, Md., who watched from the Mall, said",
 * "President Obama, opening the museum on Saturday, said". The segments between the name and the
 * verb are its description, as long as they stay within MAX_APPOSITIVE_TOKENS.
 */
export function namedBeforeCommas(
  text: string,
  tokens: readonly Token[],
  comma: number,
  descEnd: number,
  floor: number
): Subject | null {
  for (let at = comma; at > floor && descEnd - at <= MAX_APPOSITIVE_TOKENS;) {
    const previous = commaBefore(tokens, at - 1, floor)
    const start = previous > floor || (previous === floor && tokens[floor].text === ',') ? previous + 1 : floor
    // "Voters, including Maria Lopez, 44, a nurse, said": the group the one example illustrates.
    if (start > floor + 1 && opensExamples(tokens, start) && tokens[start - 1].text === ',')
      return groupBefore(text, tokens, start, floor)
    const subject = at - start <= MAX_SUBJECT_TOKENS ? classifyPhrase(text, tokens, start, at) : null
    // A surname alone only where the sentence opens on it: "Clinton, 35, the daughter of …, said".
    if (subject?.kind === 'name' && (subject.nameWords.length >= 2 || (start === floor && !subject.group)))
      return withDescription(subject, text, tokens, at + 1, descEnd, MAX_APPOSITIVE_TOKENS)
    if (previous <= floor || tokens[previous].text !== ',') return null
    at = previous
  }
  return null
}

/**
 * The comma or break at or before token `from`, or `floor`. A function of its own, under 81 bytes of bytecode, so
 * that V8 compiles it early, and namedBeforeCommas (run by the hundred a pass, most answering null) runs too few
 * bytes of its own to be compiled late in a warm run, as it was with this loop in it (the fourth pass).
 */
function commaBefore(tokens: readonly Token[], from: number, floor: number): number {
  let previous = from
  while (previous > floor && tokens[previous].text !== ',' && !isBreakAt(tokens, previous)) previous--
  return previous
}

/**
 * A person's name of two or more words opening the text from `floor`, set off by a comma that comes before token
 * `before` ("Ada Berg, who …", "Owen Pryce, the editor of …"), or null: a body or a place is no such name. The
 * comma may stand right before `before` only when `describedNext` (a description opens there).
 */
export function openingName(
  text: string,
  tokens: readonly Token[],
  floor: number,
  before: number,
  describedNext: boolean
): Subject | null {
  let first = floor
  while (first < before && !tokens[first].word) first++
  const end = nameRunEnd(tokens, first, before)
  if (end - first < 2 || tokens[end]?.text !== ',' || end >= before - (describedNext ? 0 : 1)) return null
  const opening = classifyPhrase(text, tokens, first, end)
  return opening?.kind === 'name' && !opening.group ? opening : null
}

/**
 * "In a meeting with the editorial board Trump said": when the words before the verb are no
 * subject as a whole, a name standing right before the verb is, after a lower-case word.
 */
export function trailingName(text: string, tokens: readonly Token[], start: number, end: number): Subject | null {
  let k = end
  // "Bill de Blasio": a particle between two parts of the name.
  const particle = (i: number): boolean =>
    NAME_PARTICLES.has(tokens[i].lower) && i > start && isNameToken(tokens[i - 1])
  while (k > start && (isNameToken(tokens[k - 1]) || (k < end && particle(k - 1)))) k--
  if (k === end || k === start || !tokens[k - 1].word || isCapitalised(tokens[k - 1]) || NOT_NAMES.has(tokens[k].text))
    return null
  if (tokens[k - 1].lower === 'the') return personAfterBody(text, tokens, k, end)
  if (ROLE_LEADS_BLOCKED.has(tokens[k - 1].lower) && tokens[k - 1].lower !== 'in') return null
  return classifyPhrase(text, tokens, k, end)
}

/** Most words of a person's name after a body's: "Ruth A. Hale". */
const MAX_NAME_AFTER_BODY = 3

/**
 * "In a meeting with the editorial board of the Boston Globe Hale said": with no comma after the opening phrase, the
 * body's name "the" opens runs straight into the name of who spoke, read as one run; the person is the words after
 * the body's last head word ("Globe", "Trust", "Committee"), a person's name of at most three words, or null.
 */
function personAfterBody(text: string, tokens: readonly Token[], k: number, end: number): Subject | null {
  let head = -1
  for (let i = k; i < end - 1; i++) if (bodyHead(tokens[i].text)) head = i
  if (head < 0 || end - head - 1 > MAX_NAME_AFTER_BODY) return null
  const person = classifyPhrase(text, tokens, head + 1, end)
  return person?.kind === 'name' && !person.group ? person : null
}

/** A word that ends a body's name: "Trust", "Committee", a paper's "Globe" or "Times". */
const bodyHead = (word: string): boolean => isOrganisationName([word]) || nameFitsNoun(word, 'newspaper')

/**
 * Whether `word` heads a group that examples can illustrate: a noun for bodies or for several people ("unions",
 * "Patients"), a plural noun for people included ("Republicans", "voters", which the lexicon reads as no number).
 */
export function groupHead(word: string): boolean {
  const head = classifyDescription(word)
  return head.wellFormed && (head.plural || head.group || (head.person && PLURAL_FORM.test(word)))
}

/** Words joining the last example of a list to the ones before: "…, and Bo Park, Democrat of Utah, said". */
const LIST_LINKS = new Set(['and', 'or'])

/**
 * The group whose examples end on the name opening at token `name`, when each example has its own aside:
 * "Critics of the program, like Senators Ann Lee, Republican of Maine, and Bo Park, Democrat of Utah, see …" is
 * the critics' claim, not Bo Park's (subject-before.ts's exampleListStart reads the list without asides). Null
 * unless "and" or "or" opens the name and, after a comma, "like", "including" or "such as" opens the list, the
 * phrase before that comma headed by a noun for people or bodies ("Critics of the plan", "Several unions").
 */
export function exampleGroup(text: string, tokens: readonly Token[], name: number, floor: number): Subject | null {
  if (!LIST_LINKS.has(tokens[name]?.lower ?? '')) return null
  for (let k = name - 1; k > floor + 1 && name - k <= MAX_APPOSITIVE_TOKENS; k--)
    if (opensExamples(tokens, k) && tokens[k - 1].text === ',') return groupBefore(text, tokens, k, floor)
  return null
}

/** "like", "including" or "such as" at token `k`: the start of a list of examples. */
const opensExamples = (tokens: readonly Token[], k: number): boolean =>
  tokens[k].lower === 'like' ||
  tokens[k].lower === 'including' ||
  (tokens[k].lower === 'such' && tokens[k + 1]?.lower === 'as')

/** The group of people or bodies before the comma before the examples opening at token `k`, or null. */
function groupBefore(text: string, tokens: readonly Token[], k: number, floor: number): Subject | null {
  let start = k - 2
  while (start > floor && !isBreakAt(tokens, start - 1)) start--
  // "Critics of the ferry levy": the noun before "of" heads the phrase.
  let of = start + 1
  while (of < k - 1 && tokens[of].lower !== 'of') of++
  if (!groupHead(tokens[of - 1].text)) return null
  const group = k - 1 - start <= MAX_SUBJECT_TOKENS ? classifyPhrase(text, tokens, start, k - 1) : null
  // "Residents, such as Mary Quinn, 54, and …": a noun for people opening the sentence, a name for its capital.
  if (group?.kind === 'name' && k - 2 === start && openingNoun(tokens, start))
    return openingDescription(text, tokens, start, k - 1)
  return group?.kind === 'description' ? group : null
}

/**
 * "Ann Lee, Republican of Maine, and Bo Park, Democrat of Utah, said": a second person's name after ", and", at token
 * `name`, after the asides of a name before it (namedBeforeCommas); both are the subject, as in "Ann Lee and Bo
 * Park said". Null unless both are names of two words or more, not bodies', the first with an aside of its own and
 * the second right after "and" ("South Carolina, and uttering charges that Rush Limbaugh called" is no pair).
 */
export function pairAfterAsides(
  text: string,
  tokens: readonly Token[],
  name: number,
  nameEnd: number,
  floor: number
): Subject | null {
  if (tokens[name].lower !== 'and' || tokens[name - 1]?.text !== ',') return null
  const second = classifyPhrase(text, tokens, name + 1, nameEnd)
  if (!twoWordName(second) || second.mention.start !== tokens[name + 1].start) return null
  const first = namedBeforeCommas(text, tokens, name - 1, name - 1, floor)
  // Each name has its aside: "Ann Lee, Republican of Maine, and"; not "South Carolina, and".
  if (!twoWordName(first) || first.mention.end >= tokens[name - 2].start) return null
  const pair: Subject = {
    kind: 'name',
    mention: { start: first.mention.start, end: second.mention.end },
    name: `${first.name} and ${second.name}`,
    nameWords: [],
    description: null,
    anonymous: false,
    plural: true,
    group: false
  }
  return withWritten(pair, undefined)
}

/** A name of two words or more, not a body's. */
const twoWordName = (subject: Subject | null): subject is Subject =>
  subject?.kind === 'name' && !subject.group && subject.nameWords.length >= 2

/** Longest run of asides read between a person's name and the verb of a sentence about them. */
const MAX_PERSON_ASIDES_TOKENS = 16
/** Words opening an aside about a person: "from Sunderland", "of Ashton", "a retired nurse", "who lives alone". */
const ASIDE_OPENERS = new Set(['from', 'of', 'a', 'an', 'the', 'who', 'aged'])

/**
 * Where the verb after a name and its asides stands: in "Pat Gorman, 71, from Sunderland, has waited …" the index of
 * "has". Each aside, closed by a comma, is an age or opens with ASIDE_OPENERS; -1 when a comma after the name opens
 * anything else ("Hale, Ortiz and Lee met …", "Hale, meanwhile, …") or the asides run long. `at` itself when no comma
 * follows the name.
 */
export function pastPersonAsides(tokens: readonly Token[], at: number): number {
  let k = at
  while (tokens[k]?.text === ',') {
    const opener = tokens[k + 1]
    if (!opener || !(ALL_DIGITS.test(opener.text) || ASIDE_OPENERS.has(opener.text))) return -1
    let close = k + 1
    while (close < tokens.length && tokens[close].text !== ',' && !isBreakAt(tokens, close)) close++
    if (tokens[close]?.text !== ',' || close - at > MAX_PERSON_ASIDES_TOKENS) return -1
    k = close + 1
  }
  return k
}

/** Words after a job title that say whose or where the office is: "MP for Gateshead", "Mayor of Leeds". */
const OFFICE_LINKS = new Set(['for', 'of'])

/**
 * "Labour MP for Gateshead Central, Anna Whitby, said": capitalised words naming an office (a job title, last or
 * before "for"/"of"), then its holder's name in commas. The holder is the subject, the office their description.
 * Null when tokens [start, end) name no office or the words in the commas are no person's name.
 */
export function officeHolder(
  text: string,
  tokens: readonly Token[],
  start: number,
  end: number,
  from: number,
  to: number
): Subject | null {
  let office = false
  for (let k = start; k < end && !office; k++)
    office = ROLE_WORDS.has(tokens[k].text) && (k === end - 1 || OFFICE_LINKS.has(tokens[k + 1].text))
  if (!office) return null
  const holder = classifyPhrase(text, tokens, from, to)
  if (holder?.kind !== 'name' || holder.group || holder.nameWords.length < 2) return null
  return subjectShaped({
    ...holder,
    description: holder.description ?? text.slice(tokens[start].start, tokens[end - 1].end)
  })
}

/**
 * The name of two words or more opening the sentence, a comma right after it, before its appositive ending at `end`
 * ("Tom Reyes, head of Fair Fares"), or null: not a place opening the sentence ("In Leeds, the union").
 */
export function appositiveOpening(text: string, tokens: readonly Token[], end: number): Subject | null {
  const comma = tokens.findIndex((t, j) => j < end && t.text === ',')
  const opening = comma > 1 ? openingName(text, tokens, 0, end, true) : null
  const opens = opening && opening.mention.start === tokens[0].start && opening.mention.end === tokens[comma - 1].end
  return opens ? opening : null
}
