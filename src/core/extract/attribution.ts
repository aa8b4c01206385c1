/**
 * Attribution clauses: find the speech cue and its subject in the words after a quote
 * (`“…,” wrote Nicolas Barotte`, `“…,” one source told the newspaper`) or before it
 * (`Smith said: “…”`, `Barotte wrote, warning that … “…”`, `according to officials, “…”`).
 */
import type { TextRange } from './sentences'
import { tokenize, type Token } from './tokens'
import { cueAt, isVerbAdverb, lastCueIn, LEADING_AUXILIARIES, type CueMatch } from './speech-cues'
import { genderOf, pronounGender } from './gender'
import { participleSubject } from './clause-subjects'
import { quantitySubject } from './quantity-subjects'
import { outerReportCue } from './outer-reports'
import { coordinatedSubject, subordinatePronoun } from './opening-subjects'
import { plausibleSubject } from './subject-plausibility'
import { subjectAfter } from './subject-after'
import { leadInSource } from './according-to'
import { subjectBefore } from './subject-before'
import { type Subject } from './subjects'
import { stateAbbreviationAt, SUBORDINATORS } from './subject-words'
import { nearerPronoun } from './nearer-pronouns'
import { asksAt } from './prose-mentions'
import { passiveSpeaker } from './passive-agents'

export interface Attribution {
  cue: TextRange
  subject: Subject
  /**
   * Who a pronoun subject refers to when the sentence says so itself: "Stacy Baker says she thinks
   * … “…”" → Stacy Baker. The mention stays the pronoun; the speaker is this subject's person.
   */
  antecedent?: Subject
}

/** How far into the words after a quote the cue may sit: "…,” Ines Moreau, director of a research centre and a professor at the university, said". */
const MAX_CUE_DISTANCE = 40
/** Words that open a new clause after a comma, so the words after a quote are no longer its attribution. */
const CLAUSE_OPENERS = new Set(['but', 'while', 'although', 'though', 'whereas', 'yet'])
/** Marks that end the words after a quote, outside brackets. */
const SENTENCE_STOPS = new Set(['.', ';', '?', '!'])
/** How many cues before a quote to try, nearest first. */
const MAX_CUES_BEFORE = 3

/** Attribution in text[start, end), the words right after a quote's closing mark. */
export function attributionAfter(text: string, start: number, end: number): Attribution | null {
  const tokens = tokenize(text, start, end)
  let i = 0
  while (i < tokens.length && tokens[i].text === ',') i++
  if (i >= tokens.length) return null
  // "« … », a écrit Barotte": skip the auxiliary only when a cue follows it ("a source said" keeps its "a").
  const auxiliary = LEADING_AUXILIARIES.has(tokens[i].lower) && cueAt(tokens, i + 1) !== null
  const lead = cueAt(tokens, auxiliary ? i + 1 : i)
  if (lead && (lead.invertible || lead.kind === 'lead-in')) {
    const subject = subjectAfter(text, tokens, lead.last + 1, tokens.length)
    if (subject) return make(tokens, lead, subject)
  }
  let bracketDepth = 0
  let placed = false
  for (let k = i; k < tokens.length && k < i + MAX_CUE_DISTANCE; k++) {
    const t = tokens[k]
    if (t.text === '(') bracketDepth++
    else if (t.text === ')') bracketDepth = Math.max(0, bracketDepth - 1)
    // A full stop inside brackets is an abbreviation's: "Sen. Ruth Hale (D-Ore.) said"; so is a state's before a
    // comma: "…,” Mr. Pavlov, now retired in Eugene, Ore., said".
    const state = t.text === '.' && tokens[k + 1]?.text === ',' && stateAbbreviationAt(tokens, k - 1)
    placed ||= state
    if (!t.word && bracketDepth === 0 && !state && SENTENCE_STOPS.has(t.text)) break
    // "“…,” but he also warned China …": a new clause, whose verb is not this quote's attribution.
    if (t.word && CLAUSE_OPENERS.has(t.lower) && (k === i || tokens[k - 1].text === ',')) break
    const cue = cueAt(tokens, k)
    if (!cue) continue
    if (cue.kind === 'participle') break
    // "…,'' the club, a course in Ponte Vedra, Fla., charged a fee": past a place that long, only a verb that is
    // said of a speaker ("said", "added") closes the aside; "charged" there has an object of its own.
    if (placed && !cue.invertible) break
    const subject =
      cue.kind === 'lead-in'
        ? subjectAfter(text, tokens, cue.last + 1, tokens.length)
        : subjectBefore(text, tokens, k, i)
    if (subject) return make(tokens, cue, subject)
    k = cue.last
  }
  return null
}

/**
 * Words that open a clause or phrase of their own between a quote and a later verb of saying: `he
 * “sent a letter,” and he said he hoped …`, `“…,” including rules he said would …`, `“…?” - voters said
 * they were …`. Such a verb reports something else; a quote inside its sentence is then the speaker's
 * read before it (Hale in `Hale said he “sent …,” and he said …`). "as" and a description open none:
 * `“…,” as Hale said`, `“…,” public defender Ana Ruiz wrote`.
 */
const NEW_CLAUSE_BETWEEN = /(?:^|[^\p{L}-])(?:and|or|but|nor|including)(?![\p{L}-])|[—–]|\s-\s/u

/**
 * attributionAfter() for the words after a quote's closing mark (`start`), null when a clause of its own
 * opens between the mark and the attribution read.
 */
export function ownAttribution(text: string, start: number, end: number): Attribution | null {
  const found = attributionAfter(text, start, end)
  const first = found ? Math.min(found.cue.start, found.subject.mention.start) : start
  return found && !NEW_CLAUSE_BETWEEN.test(text.slice(start, first)) ? found : null
}

/**
 * Attribution in text[start, end), the words of the sentence before a quote's opening mark. `tokens`: tokenize()'s
 * for the stretch, when the caller has them from its sentence (sentence-words.ts).
 */
export function attributionBefore(
  text: string,
  start: number,
  end: number,
  tokens: readonly Token[] = tokenize(text, start, end)
): Attribution | null {
  const found = cueBefore(text, tokens)
  // "Hale backed it, although she made it clear that …": the pronoun opening the quote's clause is the mention.
  return found && plausibleSubject(found.subject) ? (nearerPronoun(text, tokens, found) ?? found) : found
}

function cueBefore(text: string, tokens: readonly Token[]): Attribution | null {
  let cue = lastCueIn(tokens, 0, tokens.length)
  // "They note that … even newspaper articles can be deemed “top secret”": when the nearest verb's
  // subject is a piece of a clause, an earlier verb's may name the speaker; else the cue alone is kept.
  let fragment: Attribution | null = null
  for (let tries = 0; cue && tries < MAX_CUES_BEFORE; tries++) {
    const subject = subjectOf(text, tokens, cue)
    if (subject && plausibleSubject(subject) && subject.kind !== 'pronoun') {
      const outer = outerReport(text, tokens, cue, subject)
      if (outer) return outer
    }
    if (subject && plausibleSubject(subject))
      return (
        samePronounOuter(text, tokens, cue, subject) ?? {
          ...make(tokens, cue, subject),
          antecedent: outerSpeaker(text, tokens, cue, subject) ?? undefined
        }
      )
    if (subject) fragment ??= make(tokens, cue, subject)
    cue = lastCueIn(tokens, 0, cue.first)
  }
  return fragment
}

/**
 * "Stacy Baker says she thinks Cruz can win if he keeps “…”": a pronoun subject inside someone's
 * reported speech refers to that someone, unless the gender says otherwise ("Mr. Hale said she had
 * told him …"). Null when the verb before has no such subject.
 */
function outerSpeaker(text: string, tokens: readonly Token[], cue: CueMatch, subject: Subject): Subject | null {
  if (subject.kind !== 'pronoun' || subject.plural || subject.group) return null
  const outer = lastCueIn(tokens, 0, cue.first)
  if (!outer || outer.kind !== 'verb') return null
  // "When Hale asked Ortiz how …, he said": the one who answers is the one asked, not the asker (prose-mentions.ts).
  if (asksAt(tokens, outer.first)) return null
  const named = subjectOf(text, tokens, outer)
  if (!named || named.kind === 'pronoun' || named.group || named.plural || !plausibleSubject(named)) return null
  const gender = genderOf(named.written ?? named.name, named.description)
  return gender && gender !== pronounGender(subject.name) ? null : named
}

/** The attribution of a verb of saying whose complement holds `cue` and its subject (outer-reports.ts), or null. */
function outerReport(text: string, tokens: readonly Token[], cue: CueMatch, subject: Subject): Attribution | null {
  const at = tokens.findIndex((t) => t.start === subject.mention.start)
  const outer = at >= 0 ? outerReportCue(tokens, cue, at) : null
  const named = outer ? subjectOf(text, tokens, outer) : null
  return outer && named && plausibleSubject(named) ? make(tokens, outer, named) : null
}

/** Most tokens between an outer verb and the pronoun of its complement: "said that once again he". */
const MAX_COMPLEMENT_GAP = 4

/**
 * "He says he believes his campaign has “…”": when the verb's subject is a pronoun repeating the
 * subject of a verb of saying just before, that outer verb is the attribution (the inner one is what
 * was said), with its own mention. Null otherwise.
 */
function samePronounOuter(text: string, tokens: readonly Token[], cue: CueMatch, subject: Subject): Attribution | null {
  if (subject.kind !== 'pronoun') return null
  const outer = lastCueIn(tokens, 0, cue.first)
  if (!outer || outer.kind !== 'verb') return null
  const at = tokens.findIndex((t) => t.start === subject.mention.start)
  if (at <= outer.last || at - outer.last - 1 > MAX_COMPLEMENT_GAP) return null
  for (let k = outer.last + 1; k < at; k++) if (!tokens[k].word && tokens[k].text !== ',') return null
  const named = subjectOf(text, tokens, outer)
  if (named?.kind !== 'pronoun' || named.name !== subject.name) return null
  // "After she blurted it out, she said, “…”": a clause opened by a subordinator and closed by a comma before the
  // pronoun holds no report of it ("when he says he intends to …" does).
  const before = tokens[tokens.findIndex((t) => t.start === named.mention.start) - 1]
  const closed =
    before && SUBORDINATORS.has(before.lower) && tokens.slice(outer.last + 1, at).some((t) => t.text === ',')
  return closed ? null : make(tokens, outer, named)
}

function subjectOf(text: string, tokens: readonly Token[], cue: CueMatch): Subject | null {
  if (cue.kind === 'lead-in') {
    // "according to the ministry, …" names the source after the cue; "The ministry, in a statement,
    // described …" names it before.
    const after = leadInSource(text, tokens, cue.last + 1)
    if (after || cue.first === 0) return after
    return subjectBefore(text, tokens, tokens[cue.first - 1].text === ',' ? cue.first - 1 : cue.first, 0)
  }
  if (cue.kind === 'participle') {
    const main = lastCueIn(tokens, 0, cue.first)
    // "Hale admitted the slip even as she defended the plan, saying …": the clause a subordinator opens
    // after the main verb is the one the participle hangs on.
    const link = cue.first - 1
    const inner = tokens[link]?.text === ',' ? subordinatePronoun(text, tokens, main ? main.last + 1 : 0, link) : null
    if (inner) return inner
    // "Barotte wrote, warning that …": the participle's subject is the main clause's.
    if (main && main.kind === 'verb') {
      // "His aide doubled down on attacks on the mayor, saying …": a noun spelt like a verb ("attacks")
      // has no subject of its own; the clause the participle hangs on has.
      const subject = verbSubject(text, tokens, main)
      return subject && plausibleSubject(subject) ? subject : (participleSubject(text, tokens, cue.first) ?? subject)
    }
    // "Hale shot back in a statement, saying …": a main verb that is not one of saying still has the subject.
    // After a comma the words before are that clause, not an appositive: "Speaking in Salem, New Hampshire,
    // Tom Berg went after Hale, calling …" is Berg's, not New Hampshire's.
    const clause = tokens[cue.first - 1]?.text === ',' ? participleSubject(text, tokens, cue.first) : null
    if (clause && clause.kind !== 'description') return clause
    const before = subjectBefore(text, tokens, cue.first, 0)
    return before && plausibleSubject(before) ? before : (participleSubject(text, tokens, cue.first) ?? before)
  }
  return verbSubject(text, tokens, cue)
}

function verbSubject(text: string, tokens: readonly Token[], cue: CueMatch): Subject | null {
  // "The senator criticised the plan and said …": a coordinated verb's subject is the first verb's.
  let before = subjectBefore(text, tokens, cue.first, 0) ?? pollShare(text, tokens, cue)
  if (before === null || !plausibleSubject(before)) before = coordinatedSubject(text, tokens, cue.first) ?? before
  // "The ferry firm was described by inspectors as “a danger”": who was described did not say it. A passive in an
  // aside ("the pipeline, which is widely backed by …,") has no subject here and is passed over, as before.
  const passive = before && plausibleSubject(before) ? passiveSpeaker(text, tokens, cue.first, cue.last) : undefined
  if (passive !== undefined) return passive
  if (before || !cue.invertible) return before
  // Inversion ("…, said the mayor, “…”") follows a break; after a word, what follows the verb is its
  // object: `and said the council had “no idea”` is not said by "the council had".
  const previous = tokens[cue.first - 1]
  if (previous && previous.word) return null
  return subjectAfter(text, tokens, cue.last + 1, tokens.length)
}

/**
 * "About four in 10 said they were “angry”", "63 percent said": a poll's share of the people asked,
 * in words ("percent", "four in 10", "most"); a bare number is no share ("after Sept. 11 …").
 */
function pollShare(text: string, tokens: readonly Token[], cue: CueMatch): Subject | null {
  const share = quantitySubject(text, tokens, cue.first)
  return share && /\p{L}/u.test(share.name) ? share : null
}

/** Words joining a second verb to the first one's subject: "Hale called … and said …". */
const COORDINATORS = new Set(['and', 'but', 'or', 'then'])

/**
 * The cue of a verb coordinated with an earlier one, read at the start of text[start, end): `and
 * said the council had`, `, but added that`. Its subject is the earlier verb's, which the caller has.
 */
export function coordinatedCue(text: string, start: number, end: number): TextRange | null {
  const tokens = tokenize(text, start, end)
  let i = 0
  while (i < tokens.length && !tokens[i].word) i++
  if (i >= tokens.length || !COORDINATORS.has(tokens[i].lower)) return null
  i++
  while (i < tokens.length && isVerbAdverb(tokens[i])) i++
  const cue = cueAt(tokens, i)
  return cue && cue.kind === 'verb' ? { start: tokens[cue.first].start, end: tokens[cue.last].end } : null
}

function make(tokens: readonly Token[], cue: CueMatch, subject: Subject): Attribution {
  return { cue: { start: tokens[cue.first].start, end: tokens[cue.last].end }, subject }
}
