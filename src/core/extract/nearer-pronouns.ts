/**
 * The nearer mention of a speaker inside the sentence before a quote. `Hale backed the plan, although she
 * made it clear that she had “grave doubts”` names Hale first, but the clause holding the quote is the one
 * `she` opens: that pronoun is the mention of the quote's speaker (still Hale), and its verb the cue shown.
 * Likewise `He backed the bill and he, once again, promised “…”` and `Although he thanked the crowd, he
 * struck a humble note, saying “…”`: the pronoun opening the last clause, not the first subject, is the
 * speaker's word for the quote. A pronoun inside what was said (`Hale said that he would “…”`,
 * `He says he believes …`) opens no clause of its own here and is left.
 */
import type { Attribution } from './attribution'
import { genderOf, pronounGender } from './gender'
import { isVerbAdverb } from './speech-cues'
import { classifyPhrase, type Subject } from './subjects'
import { PERSON_PRONOUNS, SUBORDINATORS } from './subject-words'
import { isCapitalised, type Token } from './tokens'

/** Words joining a clause of its own to the one before: ", but she …", "and he …". */
const CLAUSE_LINKS = new Set(['and', 'but', 'yet', 'then'])

/**
 * The attribution with its subject's nearer pronoun (`tokens` being the words before the quote), or null
 * when no clause after the subject opens on a pronoun that can stand for the same speaker.
 */
export function nearerPronoun(text: string, tokens: readonly Token[], found: Attribution): Attribution | null {
  const subject = found.antecedent ?? found.subject
  const from = tokens.findIndex((t) => t.start >= found.subject.mention.end)
  if (from < 0) return null
  for (let p = tokens.length - 2; p > from; p--) {
    if (!PERSON_PRONOUNS.has(tokens[p].text) || !opensClause(tokens, p, from) || !sameSpeaker(subject, tokens[p].text))
      continue
    if (insideWhatWasSaid(tokens, found.cue.end, p)) return null
    const pronoun = classifyPhrase(text, tokens, p, p + 1)
    if (pronoun?.kind !== 'pronoun') return null
    const cue = found.cue.start < pronoun.mention.start ? verbAfter(tokens, p) : found.cue
    if (!cue) return null
    return { cue, subject: pronoun, antecedent: subject.kind === 'pronoun' ? undefined : subject }
  }
  return null
}

/**
 * Whether the pronoun at `p` opens a clause: after a link word (`, but she`, `and he`), a subordinator
 * after a break (`, although she`), or a comma closing a clause or phrase put first (`When she X, she`),
 * and before its verb (a lower-case word) or an aside (`he, once again, …`).
 */
function opensClause(tokens: readonly Token[], p: number, from: number): boolean {
  const next = tokens[p + 1]
  if (!(next.text === ',' || (next.word && !isCapitalised(next)))) return false
  const before = tokens[p - 1]
  if (CLAUSE_LINKS.has(before.lower)) return true
  if (SUBORDINATORS.has(before.lower))
    return p - 2 >= from && (tokens[p - 2].text === ',' || CLAUSE_LINKS.has(tokens[p - 2].lower))
  if (before.text !== ',') return false
  // The phrase the comma closes must open on a subordinator (`When she spoke, she`, `, as governor of the
  // state, he`); a comma after a verb and its object (`said, he`) may be what was said.
  for (let s = p - 2; s >= 0 && tokens[s].text !== ','; s--) if (SUBORDINATORS.has(tokens[s].lower)) return true
  return false
}

/** Words that end what a verb of saying reports: `said the plan was sound, but she …`. */
const CONTRASTS = new Set(['but', 'yet', 'although', 'though', 'whereas'])

/**
 * `He pledged that, if elected, he would be “…”`, `Ruiz said, per a translator, that the port was closed, and
 * he had …`: a pronoun after the cue belongs to what was said (the mention stays the cue's subject) unless a
 * contrast ends the report first (`Hale said the plan was sound, but she called the cost “…”`). A verb of
 * promising or vowing followed by "to" reports no clause (`Hale promised to cut fares and she, again, …`).
 */
function insideWhatWasSaid(tokens: readonly Token[], cueEnd: number, p: number): boolean {
  const after = tokens.findIndex((t) => t.start >= cueEnd)
  if (after < 0 || after >= p || tokens[after].lower === 'to') return false
  return !tokens.slice(after, p).some((t) => CONTRASTS.has(t.lower))
}

function sameSpeaker(subject: Subject, pronoun: string): boolean {
  if (subject.kind === 'pronoun') return subject.name.toLowerCase() === pronoun
  if (pronoun === 'they') return subject.plural || subject.group
  if (subject.plural || subject.group) return false
  const gender = genderOf(subject.written ?? subject.name, subject.description)
  return !gender || gender === pronounGender(pronoun)
}

/** The verb after the pronoun at `p`, past adverbs and an aside: the cue of the clause it opens. */
function verbAfter(tokens: readonly Token[], p: number): { start: number; end: number } | null {
  let k = p + 1
  if (tokens[k].text === ',') {
    k++
    while (k < tokens.length && tokens[k].text !== ',') k++
    k++
  }
  while (k < tokens.length && isVerbAdverb(tokens[k])) k++
  const verb = tokens[k]
  return verb && verb.word && !isCapitalised(verb) ? { start: verb.start, end: verb.end } : null
}
