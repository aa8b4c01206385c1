/**
 * The subject written after a speech cue, in inverted order: "wrote Nicolas Barotte, the defense correspondent
 * …", "said the minister of defence, Jane Doe", "said a longtime data analyst who …". Apart from the reader
 * before the cue (subject-before.ts) because it reads forward to the clause's end, not back.
 */
import type { Token } from './tokens'
import { cueAt } from './speech-cues'
import { classifyDescription } from './speaker-lexicon'
import { ownerBeforeRole, placeAfterRoleName, relativeClauseAt } from './inverted-subjects'
import { agencyAcrossAnd, nameRunEnd } from './name-runs'
import { classifyPhrase, withDescription, type Subject, subjectShaped } from './subjects'
import { withTag } from './subject-asides'
import { isBreakAt, MAX_ASIDE_TOKENS, MAX_SUBJECT_TOKENS, PRONOUNS } from './subject-words'

/** Subject written after the cue (inverted order): "wrote Nicolas Barotte, the defense correspondent …". */
export function subjectAfter(text: string, tokens: readonly Token[], from: number, limit: number): Subject | null {
  let i = from
  if (tokens[i]?.text === ',') i++
  if (i >= limit || !tokens[i].word) return null
  if (PRONOUNS.has(tokens[i].text)) return classifyPhrase(text, tokens, i, i + 1)
  const run = nameRunEnd(tokens, i, limit)
  // "according to U.S. Customs and Border Protection": one agency's name across its "and".
  const agency = run > i ? agencyAcrossAnd(tokens, run, limit) : run
  if (agency > run) return classifyPhrase(text, tokens, i, agency)
  if (run > i) {
    // "said Hale’s deputy campaign manager, Rich Beeson": an owner's name opens a description.
    const owned = ownerBeforeRole(tokens, run) ? descriptionAfter(text, tokens, i, limit) : null
    if (owned) return owned
    // "said Democratic strategist Hank Hale", "said Labour councillor Owen Pryce": a capitalised word before a role
    // is part of the role, and the name follows it.
    // "said Republican party boss Ana Ruiz": the role may be two or three words, its last the noun for a person.
    let roleEnd = run
    while (roleEnd < limit && roleEnd - run < MAX_ROLE_WORDS && lowerWord(tokens[roleEnd])) roleEnd++
    const person = classifyDescription(tokens[roleEnd - 1]?.lower ?? '').person
    // "said Harbour Trust president Ann Hale": a body's name of a few words before a noun for a person, too.
    const roleNext = roleEnd > run && (run === i + 1 || (person && run - i <= MAX_BODY_WORDS))
    const described =
      roleNext && (person || nameRunEnd(tokens, roleEnd, limit) > roleEnd + 1)
        ? descriptionAfter(text, tokens, i, limit)
        : null
    if (described?.kind === 'name' && described.mention.start > tokens[run].start) return described
    // "according to Devon and Cornwall Police": one body named by two areas, not "Devon".
    if (described?.kind === 'name' && described.group && tokens[run].lower === 'and') return described
    // "said Sen. Ruth Hale (D-Ore.)": the party tag after the name is kept with it.
    const close = tokens[run]?.text === '(' ? tokens.findIndex((t, k) => k > run && t.text === ')') : -1
    const tagEnd = close > run && close - run <= MAX_ASIDE_TOKENS ? close + 1 : run
    const subject = withTag(classifyPhrase(text, tokens, i, run), text, tokens, run, tagEnd)
    if (subject && tokens[run]?.text === ',' && tokens[run + 1]?.word && !cueAt(tokens, run + 1)) {
      return withDescription(subject, text, tokens, run + 1, clauseEnd(tokens, run + 1, limit))
    }
    return subject
  }
  return descriptionAfter(text, tokens, i, limit)
}

/** Most lower-case words of a role between a capitalised word and a name: "party boss", "city council member". */
const MAX_ROLE_WORDS = 3
/** Most words of a body's name before a role: "Leeds State University professor Tom Reyes". */
const MAX_BODY_WORDS = 4
const lowerWord = (t: Token | undefined): boolean => t !== undefined && t.word && t.text === t.lower

/** A subject after the cue that does not open on a name: "the minister of defence, Jane Doe", "a data analyst who …". */
function descriptionAfter(text: string, tokens: readonly Token[], i: number, limit: number): Subject | null {
  const clause = clauseEnd(tokens, i, limit)
  const relative = relativeClauseAt(tokens, i, clause)
  // A short relative clause is part of the description ("two officials who declined to be named").
  const whole =
    clause - i <= MAX_SUBJECT_TOKENS && relative !== clause - 1
      ? (classifyPhrase(text, tokens, i, clause) ?? roleNameBeforePlace(text, tokens, i, clause))
      : null
  let end = clause
  let subject = whole
  if (!whole && relative < clause) {
    // "said a longtime data analyst who has worked for one of …": the noun phrase ends where its relative
    // clause starts, and the clause describes it.
    end = relative
    if (end - i > MAX_SUBJECT_TOKENS) return null
    subject = classifyPhrase(text, tokens, i, end) ?? roleNameBeforePlace(text, tokens, i, end)
    if (subject) return withDescription(subject, text, tokens, end, clause)
  }
  if (end - i > MAX_SUBJECT_TOKENS) return null
  if (subject?.kind !== 'description') return subject
  // "said harbour worker Ana Ruiz of Derry, N.H., before …": the name is written inside the description, and what
  // follows the comma is where she is from, not a name for the role.
  if (tokens[end]?.text === ',') {
    const inner = roleNameBeforePlace(text, tokens, i, end)
    if (inner) return inner
    // "said the minister of defence, Jane Doe." — the name follows the role.
    const nameEnd = nameRunEnd(tokens, end + 1, limit)
    if (nameEnd > end + 1 && (nameEnd >= limit || isBreakAt(tokens, nameEnd))) {
      const named = classifyPhrase(text, tokens, end + 1, nameEnd)
      if (named?.kind === 'name') return subjectShaped({ ...named, description: subject.name })
    }
  }
  return subject
}

/** "voter Ana Ruiz of Derry": the role and the name, read without where she is from. */
function roleNameBeforePlace(text: string, tokens: readonly Token[], from: number, end: number): Subject | null {
  const place = placeAfterRoleName(tokens, from, end)
  // Answered first: 99 calls in 100 find no place, and stop at a few bytes of bytecode. Run by the hundred a pass,
  // V8 compiled this small function at its first tick, which it reached in the last timed pass of news-speed.
  if (place <= 0) return null
  const named = classifyPhrase(text, tokens, from, place)
  return named?.kind === 'name' ? named : null
}

function clauseEnd(tokens: readonly Token[], from: number, limit: number): number {
  let j = from
  while (j < limit && !isBreakAt(tokens, j) && !(j > from && cueAt(tokens, j)?.kind === 'verb')) j++
  return j
}
