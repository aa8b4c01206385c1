/**
 * The subject of a claimant verb: a pronoun or a phrase before it, read past adverbs and a time
 * ("Hale on Tuesday strongly opposed …"), after it when inverted ("…, said Ana Ruiz"), the agent of
 * a passive ("was endorsed by the union"), the antecedent of a relative pronoun ("Monsanto, which
 * opposed …") or the opening subject of a participle hung on its clause ("…, saying it would …").
 */
import type { Token } from './tokens'
import { subjectAfter } from './subject-after'
import { subjectBefore } from './subject-before'
import { appositiveOpening } from './subject-appositives'
import { titleStart } from './subject-gaps'
import { type Subject } from './subjects'
import { quantitySubject, restatedShare } from './quantity-subjects'
import { phraseSubject } from './phrase-subjects'
import { openingSubjectOf } from './opening-subjects'
import { hungSubject } from './hung-participles'
import { ingHost } from './ing-hosts'
import { predicateHolder } from './predicate-holders'
import { measuredParticiple, participleWithBy, passiveAgent } from './passive-agents'
import { asideStart, DASHES, dashAsideStart, isTimeAdverbial, timeAdverbialStart } from './subject-asides'
import {
  canHold,
  clauseLike,
  DETERMINERS,
  mentionText,
  pluralSubject,
  plausible,
  possessor
} from './claimant-plausibility'
import { coordinated, openedSubject } from './coordinated-subjects'
import { COORDINATORS, openingSubject, phraseBefore, pronounAt, relativeSubject } from './claimant-subject-readers'
import { beforeRelative, relativeClauseSubject, relativeThatSubject, relativeVerbAt } from './relative-that-subjects'
import { ingSubject, postmodifiedSubject, thoseDoing } from './ing-subjects'
import {
  BE,
  CATENATIVES,
  COMPARATIVES,
  GERUND_PREPOSITIONS,
  ING_CATENATIVES,
  MODALS,
  readPastBeforeVerb,
  reflexiveObject
} from './claimant-verb-words'

/** Longest share ending on its sign before the verb, in characters: "only about 42.5%". */
const MAX_SIGNED_SHARE_CHARS = 20

/** The subject of the verb at tokens[first..last]: a pronoun before it, a phrase, or after it when inverted. */
export function verbSubject(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  invertible: boolean,
  bare: boolean
): Subject | null {
  // "… outnumbered those supporting deportation": people, the -ing form saying what they hold.
  if (tokens[first - 1]?.lower === 'those' && tokens[first].lower.endsWith('ing'))
    return thoseDoing(text, tokens, first - 1, last)
  // "the proposed deal", "his reported remarks": after a determiner the word is no verb; "a group that endorsed",
  // a relative "that" before it (claimant-subject-readers.ts), names the group.
  if (DETERMINERS.has(tokens[first - 1]?.lower ?? '')) return relativeThatSubject(text, tokens, first - 1)
  let progressive = tokens[first].lower.endsWith('ing')
  let k = first - 1
  // "Hale avoids condemning", "kept insisting": the -ing form's subject is the verb's before it.
  if (progressive && k >= 1 && ING_CATENATIVES.has(tokens[k].lower)) {
    progressive = false
    k--
  }
  let auxiliary = false
  let modal = false
  let catenated = false
  let aside = false
  // "Hale, the chair, this past week announced …": a time read past; the comma before it is no inversion's.
  let timed = false
  for (;;) {
    // "Six Democrats crossed the aisle to support the bill": an infinitive after a verb's object says what the
    // clause's subject did it for ("Six Democrats crossed the aisle" was read as one share of people). After a
    // preposition's object ("a request by the challengers to put the rule on hold") it is what was asked: no one's.
    if (k >= 3 && tokens[k].lower === 'to' && OBJECT_DETERMINERS.has(tokens[k - 2].lower) && tokens[k - 1].word)
      return ADVERBIAL_PREPOSITIONS.has(tokens[k - 3].lower) ? null : openingSubject(text, tokens, k - 2)
    if (k >= 1 && tokens[k].lower === 'to' && CATENATIVES.has(tokens[k - 1].lower)) {
      // "tried to defend", "is continuing to insist", "is expected to endorse": the infinitive's subject
      // is the catenative verb's, and a "be" before it makes no passive of the infinitive.
      catenated = true
      modal = true
      k -= 2
      // "were more likely to say", "are less eager to back": a comparison of the raising adjective.
      if (k >= 1 && COMPARATIVES.has(tokens[k].lower)) k--
    } else if (k >= 0 && tokens[k].word && readPastBeforeVerb(tokens, k)) {
      if (BE.has(tokens[k].lower) && !catenated) auxiliary = true
      if (MODALS.test(tokens[k].lower)) modal = true
      k--
    } else if (k >= 1 && isTimeAdverbial(tokens, k)) {
      k = timeAdverbialStart(tokens, k) - 1
      timed = true
    } else if (k >= 2 && tokens[k].text === ',' && asideStart(tokens, k) >= 0) {
      k = asideStart(tokens, k) - 1
      aside = true
    } else if (k >= 2 && DASHES.has(tokens[k].text) && dashAsideStart(tokens, k) > 0) {
      // "Insiders in the next two towns — Marrow Point and Kestrel Bay — said": the aside between dashes.
      k = dashAsideStart(tokens, k) - 1
      // "Tom Reyes, a director at Fair Fares — which has endorsed Okafor — said": a relative after the opening
      // name's appositive describes the appositive; the name says it, as when commas hold the relative.
      const named = RELATIVES.has(tokens[k + 2]?.lower ?? '') ? appositiveOpening(text, tokens, k + 1) : null
      if (named) return named
    } else break
  }
  // "Despite being welcomed by the residents, the mission …": a passive hung on the clause by a
  // preposition says what happened to its subject; the sentence's claim is the clause's own.
  if (tokens[k + 1]?.lower === 'being' && ADVERBIAL_PREPOSITIONS.has(tokens[k]?.lower ?? '')) return null
  // "was endorsed by the union", "are given": the passive names its claimant after "by", if at all.
  if (auxiliary && !progressive) return passiveAgent(text, tokens, last)
  if (measuredParticiple(tokens, last)) return passiveAgent(text, tokens, last)
  // "…, promoted by the mayor and the union": a participle with "by" right after it is a passive too;
  // not one hung on the clause ("When pressed by reporters, Hale …"), nor an agent running on into a clause.
  // The noun before it is what was done, never who did it ("a practice criticized by …", "a call echoed by …"):
  // with no agent read, the participle names no one. A state's ("were troubled by …") is its subject's: first < last.
  if (participleWithBy(tokens, last) && first === last) {
    if (ADVERBIAL_PREPOSITIONS.has(tokens[first - 1]?.lower ?? '')) return null
    const agent = passiveAgent(text, tokens, last)
    const words = agent ? text.slice(agent.mention.start, agent.mention.end).split(/\s+/u).length : 0
    return agent && words <= MAX_PARTICIPLE_AGENT_WORDS ? agent : null
  }
  // "The candidates found themselves increasingly targeted": the reflexive is the verb's object, the participle
  // what befell them; nobody claims anything (claimant-verb-words.ts reads no reflexive after a verb past).
  if (k < 0 || reflexiveObject(tokens, k)) return null
  const before = tokens[k]
  // "The head of the panel, Ruth Hale, for example, praised": an appositive before the aside.
  if (aside && before.text === ',') {
    const named = subjectBefore(text, tokens, k, 0)
    return named && plausible(text, named) ? named : null
  }
  const pronoun = pronounAt(text, before)
  // "He’s pushing for", "they are urging": an -ing form is a verb only after a form of "be".
  if (progressive && !auxiliary && !/['’](?:s|re)$/u.test(before.lower)) {
    // "Hale rejected the plan, saying it would cost jobs": a participle after a comma or a dash is the main clause's.
    // "… has skittish voters wondering whether …": the people just before it.
    // "Hale opened the meeting by thanking …", "… before explaining why": a gerund after a preposition is done by
    // the clause's subject, the one opening the sentence.
    // Inside a relative clause ("the candidate who launched his campaign by declaring …") the relative's antecedent.
    if (GERUND_PREPOSITIONS.has(before.lower)) {
      const relative = tokens.findLastIndex((t, j) => j < k && RELATIVES.has(t.lower))
      if (relative > 0) return relativeSubject(text, tokens, relative)
      // "After praising the levy for a year, the board …": a clause opening the sentence; its subject follows.
      const comma = tokens.findIndex((t) => t.word) === k ? tokens.findIndex((t, j) => j > k && t.text === ',') : -1
      return comma > 0 ? openingSubjectOf(text, tokens, comma + 1, tokens.length) : openingSubject(text, tokens, k)
    }
    if (before.text === ',' || commaInsideQuote(tokens, k) || DASHES.has(before.text))
      return hungSubject(text, tokens, k)
    // "Hale spent the week praising …", "…, trashing Ruiz and accusing him": the spender's, the first participle's.
    const host = ingHost(tokens, first, k)
    return host > 0 ? verbSubject(text, tokens, host, host, false, false) : ingSubject(text, tokens, k)
  }
  // "The trust that runs it blamed …": "it" is the relative clause's object; the subject is the phrase before it.
  if (pronoun && before.lower === 'it' && relativeVerbAt(tokens, k - 1)) return beforeRelative(text, tokens, k - 2)
  if (pronoun) return pronoun
  // "Monsanto, which opposed the bill", "a senator who wants …": the relative pronoun stands for its antecedent;
  // "Lee is a veteran who pledged …" for the predicate's subject (predicate-holders.ts).
  if (RELATIVES.has(before.lower)) return predicateHolder(text, tokens, k) ?? relativeSubject(text, tokens, k)
  const relativeThat = relativeThatSubject(text, tokens, k)
  if (relativeThat) return relativeThat
  // "Berg, who through his office declined …": a phrase after the relative is how, not who.
  const relative = relativeBeforePhrase(tokens, k)
  if (relative > 0) return relativeSubject(text, tokens, relative)
  // "Ruiz, who calls the mayor a “fraud,” said …": a phrase quoted after a word, its comma inside the closing mark,
  // ends an aside of the subject before the verb; no quote the words after the verb could have said.
  const open = before.text !== ',' && tokens[k - 1]?.text === ',' ? titleStart(tokens, k, 0) : -1
  const quotedAside = open > 0 && tokens[open - 1].word
  // "…, said Ana Ruiz, an economist" / "…,” said the mayor": the subject follows the verb.
  if (!before.word && invertible && !timed && !quotedAside) {
    const after = subjectAfter(text, tokens, last + 1, tokens.length)
    // Only a subject that closes the sentence or its clause and reads as one ("said the chamber will vote" is
    // what was said); and a description after the verb gives way to a subject opening the sentence: in "Ada
    // Berg, 59, of Leeds, who watched …, said the event brought back memories" the words after "said" are hers.
    const words = after ? mentionText(text, after).toLowerCase().split(/\s+/u) : []
    if (after && closesClause(tokens, after.mention.end) && !clauseLike(words)) {
      // So does a pronoun after the verb: "Tom Hale, a pilot from Leeds, said he and others were …".
      const opening =
        after.kind === 'description' || after.kind === 'pronoun' ? phraseSubject(text, tokens, first, false) : null
      return opening?.kind === 'name' ? opening : after
    }
  }
  // "About two-thirds, 67 percent, say": a share and its figure (quantity-subjects.ts).
  const restated = restatedShare(text, tokens, k)
  if (restated) return restated
  // "Okafor's campaign manager, Tom Arden, who has run three campaigns, declined": a name with its asides.
  if (before.text === ',' || quotedAside) {
    const named = subjectBefore(text, tokens, k + 1, 0)
    return named && named.kind !== 'pronoun' && plausible(text, named) ? named : null
  }
  // "42% say …", "some 42% say": a share written with the sign ends on it; not "enjoys 48% support", a noun.
  const signed = before.text === '%' ? quantitySubject(text, tokens, k + 1) : null
  if (signed && tokens[k + 1].start - signed.mention.start <= MAX_SIGNED_SHARE_CHARS) return signed
  if (!before.word && before.text !== ')') return null
  // "… a $1.5 million ad buy on Tuesday and announced": a phrase running into "and" is no subject of its own.
  const coordinator = COORDINATORS.has(before.lower)
  const quantity = coordinator ? null : quantitySubject(text, tokens, k + 1)
  if (quantity) return quantity
  // The readers in turn, the first whose phrase reads as a claimant: "Clinton invoked President Obama and
  // suggested …" is read past "President Obama and" to the coordinated verb's subject.
  let subject: Subject | null = null
  for (let reader = 0; reader < 5; reader++) {
    const candidate =
      reader === 0
        ? subjectBefore(text, tokens, k + 1, 0)
        : reader === 1
          ? openedSubject(text, tokens, k + 1)
          : reader === 2
            ? coordinated(text, tokens, k)
            : reader === 3
              ? phraseBefore(text, tokens, k + 1)
              : postmodifiedSubject(text, tokens, k + 1)
    if (!candidate || (coordinator && candidate.mention.end >= before.end)) continue
    // "The trust that owns the hospital said": a phrase opening on a relative clause's verb is its predicate.
    const opening = tokens.findIndex((t) => t.start === candidate.mention.start)
    if (relativeVerbAt(tokens, opening)) return beforeRelative(text, tokens, opening - 1)
    const owner = possessor(candidate)
    if (owner) return owner
    if (plausible(text, candidate)) {
      subject = candidate
      break
    }
  }
  if (!subject) return relativeClauseSubject(text, tokens, k)
  // A bare base form ("support") takes a plural subject: "voters support", never "the tax plan".
  if (bare && subject.kind !== 'pronoun' && !pluralSubject(text, subject)) {
    // After "does" or a modal the base form is a verb, held by someone: "The Fed does not want", not "the plan would support".
    if (!modal || !canHold(subject)) return null
  }
  return subject
}

/** Determiners that open a verb's object; not "that" or "this", often pronouns ("questions that seemed to be …"). */
const OBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our'])
/** Prepositions opening a phrase between a relative pronoun and its verb: "who through his office declined". */
const RELATIVE_PHRASE_OPENERS = new Set(['through', 'via', 'in', 'at', 'on', 'by', 'during', 'after', 'before'])
/** Longest such phrase, in tokens: "in a letter to the board". */
const MAX_RELATIVE_PHRASE_TOKENS = 6

/** The relative pronoun right before a prepositional phrase ending at token `k`, or -1. */
function relativeBeforePhrase(tokens: readonly Token[], k: number): number {
  for (let j = k; j > 0 && k - j < MAX_RELATIVE_PHRASE_TOKENS && tokens[j].word; j--)
    if (RELATIVE_PHRASE_OPENERS.has(tokens[j].lower)) return RELATIVES.has(tokens[j - 1].lower) ? j - 1 : -1
  return -1
}

/**
 * Whether nothing but punctuation, a comma and a description, or "and others" follows offset `at`; not a comma
 * before a verb ("said the aide who replaced her, Dan Price, should go": the phrase is the subject of what was said).
 */
function closesClause(tokens: readonly Token[], at: number): boolean {
  const index = tokens.findIndex((t) => t.start >= at)
  const next = tokens[index]
  if (next?.text === ',' && CLAUSE_VERBS.has(tokens[index + 1]?.lower ?? '')) return false
  // "…, said Tom Berg - who backed it": a dash opens his description as a comma does.
  const opens = next?.text === ',' || DASHES.has(next?.text ?? '')
  return !next || opens || next.lower === 'and' || !tokens.some((t) => t.start >= at && t.word)
}

/** Verbs after a comma that make the phrase before it their subject: "…, Dan Price, should be sacked". */
// prettier-ignore
const CLAUSE_VERBS = new Set([
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'should', 'could', 'can', 'may', 'might', 'must'
])

/** Longest agent read after a participle without "be", in words: "the mayor and the harbour union". */
const MAX_PARTICIPLE_AGENT_WORDS = 8

/** Prepositions opening a participle clause hung on the sentence: "despite being", "after being". */
// prettier-ignore
const ADVERBIAL_PREPOSITIONS = new Set([
  'despite', 'after', 'before', 'since', 'while', 'upon', 'on', 'without', 'besides', 'for', 'from', 'by', 'of',
  'about', 'in', 'when', 'though', 'although', 'like', 'as'
])

/** Relative pronouns, which stand for the noun before them: "Monsanto, which opposed …". */
const RELATIVES = new Set(['who', 'which'])

/** Closing quotation marks, and the apostrophes some papers double for one (''). */
const CLOSING_QUOTES = new Set(['”', '"', '»', "'", '’'])

/**
 * "… what it called the “harbour week,” saying …": a comma inside the closing quotation mark ending at token `k`
 * (American style) breaks the clause as a bare comma does.
 */
function commaInsideQuote(tokens: readonly Token[], k: number): boolean {
  let q = k
  while (q > k - 2 && q > 0 && CLOSING_QUOTES.has(tokens[q].text)) q--
  return q < k && tokens[q].text === ','
}
