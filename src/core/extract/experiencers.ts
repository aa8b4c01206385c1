/**
 * Claimants who hold a stance a sentence gives as done to them: "The levy has angered some dockers on the quay",
 * "Such talk is alarming many voters", "The plan remains popular with farmers", "The post resonated with readers".
 * The people angered, alarmed or won over are whose view the sentence reports (docs/FORMAT.md: stances), though they
 * stand after the verb, so readClaimant tries this reader last, when no cue and no noun of saying named anyone ("His
 * remarks angered donors" stays his). Verbs written from general English usage; a passive ("was angered by") is read
 * by the state cues, not here; effects of a deed ("stunned Republicans by withholding …", "alienating voters") are
 * no one's stance and are left out.
 */
import type { TextRange } from './sentences'
import type { Token } from './tokens'
import { classifyPhrase, type Subject } from './subjects'
import { nounForPeople } from './claimant-plausibility'
import { BE } from './claimant-verb-words'

/** Verbs whose object holds the feeling, by stem; each is read with -s, -ed and -ing ("angers", "angered"). */
// prettier-ignore
const FEELING_STEMS = [
  'anger', 'alarm', 'annoy', 'rattl', 'unsettl', 'mystif', 'puzzl', 'baffl', 'dismay', 'disappoint', 'frustrat',
  'infuriat', 'irritat', 'offend', 'outrag', 'spook', 'delight', 'impress'
]
const FEELING_FORM = new RegExp(`^(?:${FEELING_STEMS.join('|')})(?:[esy]|es|ed|ied|ies|ing|ning|ned)?$`, 'u')
/** "popular with farmers", "resonated with readers", "unpopular among voters": the people after the preposition. */
// prettier-ignore
const WON_OVER = new Map<string, ReadonlySet<string>>([
  ['popular', new Set(['with', 'among'])], ['unpopular', new Set(['with', 'among'])],
  ['resonated', new Set(['with'])], ['resonates', new Set(['with'])], ['resonate', new Set(['with'])]
])
/**
 * Every lower-case word experiencerAttribution takes contains one of these: most sentences contain none, and one
 * native scan of the sentence turns them away before a test of each token (3,366 sentences a pass of 300 PolNeAR
 * train articles; readClaimant asks this reader last, of nearly every sentence it finds no one in).
 */
const FEELING_OR_FAVOUR = new RegExp([...FEELING_STEMS, ...WON_OVER.keys()].join('|'), 'u')
/** Words that end the object phrase: "some dockers on the quay" is read as "some dockers". */
// prettier-ignore
const OBJECT_ENDS = new Set([
  'that', 'who', 'which', 'by', 'with', 'on', 'in', 'over', 'about', 'for', 'to', 'as', 'because', 'when', 'and', 'or',
  'but', 'at', 'from', 'than', 'like', 'including'
])
/** Longest object phrase read, in tokens: "many of the party's most loyal donors". */
const MAX_OBJECT_TOKENS = 7

/** The people a feeling or a favour is done to in the sentence, with the verb as the cue; null when none. */
export function experiencerAttribution(
  text: string,
  tokens: readonly Token[]
): { subject: Subject; cue: TextRange } | null {
  if (tokens.length < 3 || !FEELING_OR_FAVOUR.test(text.slice(tokens[0].start, tokens[tokens.length - 1].end)))
    return null
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i]
    if (!t.word || t.text !== t.lower) continue
    let from = -1
    if (FEELING_FORM.test(t.lower)) {
      // "was angered by", "were alarmed": a passive or an adjective, whose holder is the subject (state cues).
      if (!t.lower.endsWith('ing') && BE.has(tokens[i - 1].lower)) continue
      from = i + 1
    } else if (WON_OVER.get(t.lower)?.has(tokens[i + 1].lower)) from = i + 2
    const subject = from > 0 ? people(text, tokens, from) : null
    if (subject) return { subject, cue: { start: t.start, end: t.end } }
  }
  return null
}

/** The phrase for people starting at token `from`: its head a noun for people or bodies, or a name. */
function people(text: string, tokens: readonly Token[], from: number): Subject | null {
  let end = from
  while (end < tokens.length && end - from < MAX_OBJECT_TOKENS && tokens[end].word) {
    if (OBJECT_ENDS.has(tokens[end].lower)) break
    end++
  }
  if (end === from) return null
  const phrase = classifyPhrase(text, tokens, from, end)
  if (!phrase || phrase.kind === 'pronoun') return null
  return phrase.kind === 'name' || nounForPeople(tokens[end - 1].lower) ? phrase : null
}
