/**
 * The people an -ing form of a claimant verb is said of, standing right before it ("has skittish voters wondering
 * about …", "groups supporting the levy"), and a subject whose people an -ing phrase describes up to its verb
 * ("Activists clamoring to block the levy say …"). Split from claimant-subject-readers.ts, which reads the other
 * phrases a claimant verb hangs on.
 */
import { isCapitalised, type Token } from './tokens'
import { classifyPhrase, descriptionSubject, type Subject } from './subjects'
import { nounForPeople as holds, plausible } from './claimant-plausibility'
import { shareAfterWith } from './quantity-subjects'
import { writtenSubject } from './written-subjects'
import { COORDINATORS, PHRASE_BREAKS, SENTENCE_OPENERS } from './claimant-subject-readers'

/** Words before the noun an -ing form hangs on: "has voters wondering", "with experts offering". */
// prettier-ignore
const ING_HOSTS = new Set([
  'with', 'has', 'have', 'had', 'left', 'leaves', 'leaving', 'keeps', 'kept', 'sent', 'set', 'found', 'finds', 'see',
  'sees', 'saw', 'seen', 'got', 'gets', 'and', 'as', 'among', 'of'
])
/** Longest noun phrase read before an -ing form, in tokens: "many European Union nations feeling". */
const MAX_ING_SUBJECT_TOKENS = 5

/**
 * The people an -ing form of a claimant verb is said of, standing right before it: "has skittish
 * voters wondering about …", "with experts offering their view", "groups supporting the levy".
 */
export function ingSubject(text: string, tokens: readonly Token[], k: number): Subject | null {
  // "with 50 percent saying …": a share of the people polled (quantity-subjects.ts).
  const share = shareAfterWith(text, tokens, k)
  if (share) return share
  // Most heads before an -ing cue are no people at all ("the economy growing"): answered before the phrase is read,
  // as the reading below would (a head neither capitalised nor holding people gives null whatever the phrase).
  // Why here: ingSubject runs some 230 times a pass over 300 articles, and with the phrase read for each it was
  // first optimised by V8 in the last timed pass of news-speed (a 50 ms compile); answered here, it is not.
  const head = tokens[k]
  if (!isCapitalised(head) && !holds(head.lower)) return null
  let start = k + 1
  while (start > 0 && k + 1 - start < MAX_ING_SUBJECT_TOKENS && tokens[start - 1].word) {
    const lower = tokens[start - 1].lower
    if (ING_HOSTS.has(lower) || PHRASE_BREAKS.has(lower)) break
    start--
  }
  if (
    start > k ||
    (start > 0 &&
      tokens[start - 1].word &&
      !ING_HOSTS.has(tokens[start - 1].lower) &&
      !PHRASE_BREAKS.has(tokens[start - 1].lower))
  )
    return null
  const named = isCapitalised(head) ? classifyPhrase(text, tokens, start, k + 1) : null
  if (named?.kind === 'name') return named
  if (!holds(head.lower)) return null
  if (head.lower.endsWith('s')) return classifyPhrase(text, tokens, start, k + 1)
  // "a group backing the mayor", "the candidate supporting the levy": one person or body, after its article; not
  // when an owner takes the article ("the nation's chief supporting role", "the month's data encouraging").
  const owned = tokens.slice(start, k).some((t) => /['’]s?$/u.test(t.text))
  return !owned && start > 0 && SINGULAR_ARTICLES.has(tokens[start - 1].lower)
    ? classifyPhrase(text, tokens, start - 1, k + 1)
    : null
}
/** Media that say things, beside the documents (document-heads.ts): "a video depicting", "placards supporting". */
// prettier-ignore
export const MEDIA = new Set([
  'ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertisements', 'commercial', 'commercials', 'petition',
  'petitions', 'item', 'items', 'story', 'stories', 'video', 'videos', 'editorial', 'editorials', 'placard', 'placards',
  'banner', 'banners', 'letter', 'letters', 'tweet', 'tweets', 'post', 'posts', 'message', 'messages', 'column',
  'columns', 'op-ed', 'op-eds', 'article', 'articles', 'email', 'emails', 'evidence', 'statement', 'statements',
  'leaflet', 'leaflets', 'flyer', 'flyers', 'brochure', 'brochures', 'mailer', 'mailers', 'pamphlet', 'pamphlets'
])
/** Articles before one person or body an -ing form is said of ("a group backing …"); a bare singular is a modifier. */
const SINGULAR_ARTICLES = new Set(['a', 'an', 'the'])

/**
 * "ads attacking the mayor", "placards supporting Hale", "an item suggesting that …": a medium right before the -ing
 * cue at `cue` says what it says, when no subject of the verb was read (claimants.ts): a plural as its head alone, a
 * singular with its article. Null when the word before the cue is no medium.
 */
export function mediumSubject(text: string, tokens: readonly Token[], cue: number): Subject | null {
  const head = tokens[cue - 1]
  if (!head || !MEDIA.has(head.lower) || !tokens[cue].lower.endsWith('ing')) return null
  if (head.lower.endsWith('s')) return writtenSubject(text, head, { plural: true, group: true })
  let start = cue - 1
  while (start > 0 && cue - start <= MAX_ING_SUBJECT_TOKENS && tokens[start - 1].word) {
    if (SINGULAR_ARTICLES.has(tokens[start - 1].lower)) return classifyPhrase(text, tokens, start - 1, cue)
    if (PHRASE_BREAKS.has(tokens[start - 1].lower)) return null
    start--
  }
  return null
}

/** Longest -ing phrase read between such a subject and its verb: "clamoring to block Hale from the party's ticket". */
const MAX_ING_PHRASE_TOKENS = 12

/**
 * A subject opening the sentence whose people are described by an -ing phrase running to the verb at `end`:
 * "Activists clamoring to block the levy say …", "Pilots working the night shift argue …" (the people, not the
 * levy or the shift). No punctuation between; the head before the -ing form is a noun for people or bodies.
 */
export function postmodifiedSubject(text: string, tokens: readonly Token[], end: number): Subject | null {
  let s = 0
  while (s < end && (!tokens[s].word || SENTENCE_OPENERS.has(tokens[s].lower))) s++
  if (s >= end || tokens.slice(s, end).some((t) => !t.word)) return null
  let ing = s + 1
  while (ing < end && ing - s <= MAX_ING_SUBJECT_TOKENS && !/^[a-z]{3,}ing$/u.test(tokens[ing].text)) ing++
  if (ing >= end || ing - s > MAX_ING_SUBJECT_TOKENS || end - ing > MAX_ING_PHRASE_TOKENS) return null
  if (!holds(tokens[ing - 1].lower)) return null
  const phrase = classifyPhrase(text, tokens, s, ing)
  return phrase && plausible(text, phrase) ? phrase : null
}

/** Words before "those" after which it refers back to things named before: "ads, including those attacking …". */
const BACK_REFERENCES = new Set(['including', 'of', 'like', 'especially', 'particularly', 'unlike', ','])
/** Most words of the object read into "those supporting the mayor". */
const MAX_THOSE_OBJECT_TOKENS = 4

/**
 * "… outnumbered those supporting deportation", "shudders through those supporting the mayor": the people the -ing
 * form at `k + 1` describes, named with its object. Not "those" opening the sentence ("Those supporting the mayor
 * say …": the subject of the verb after it), nor after a word by which it refers back to things.
 */
export function thoseDoing(text: string, tokens: readonly Token[], k: number, last: number): Subject | null {
  const opening = tokens.findIndex((t) => t.word && !COORDINATORS.has(t.lower)) === k
  if (opening || BACK_REFERENCES.has(tokens[k - 1]?.lower ?? ',')) return null
  let end = last + 1
  while (end < tokens.length && end - last <= MAX_THOSE_OBJECT_TOKENS && tokens[end].word) end++
  const mention = { start: tokens[k].start, end: tokens[end - 1].end }
  return descriptionSubject(mention, text.slice(mention.start, mention.end), false, true, false)
}
