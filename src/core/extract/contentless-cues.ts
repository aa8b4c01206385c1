/**
 * Verbs of the claimant lexicon used in a way that reports no one's words, belief or figure, read by cue-senses.ts
 * before a single-word verb becomes a claim's cue. Each names an event the article reports (docs/FORMAT.md: plain
 * actions are not claimants), so a checker would otherwise see a name on a claim that is the article's own:
 *
 *   Okafor spoke at a memorial service on Friday.        (speaking with nothing said: no "about", no "of")
 *   Okafor put his hand on the rail.                      ("put" as an estimate needs a figure: "put the cost at £4m")
 *   Hale gave each volunteer a flag.                      ("gave" as a finding needs a poll or a word given)
 *   Starr gave $10 million to the fund.                   (a donation, giving up or birth: never a finding)
 *   A developer known to be fond of marinas …             (known by others: no one's knowledge)
 *   367,000 people voted in the primary.                  (voting with no side taken: "voted for Okafor" takes one)
 *   Okafor campaigned in Leeds on Tuesday.                (campaigning with no side: "campaigned for", "against", "on")
 *   The candidates debated on Tuesday night.              (debating nothing named: "debated the levy" names it)
 */
import { MONTH_NUMBERS } from '../facts/dates'
import { SINGLE } from './claimant-verbs'
import { DOCUMENT_HEADS } from './document-heads'
import { WEEKDAYS } from './subject-gaps'
import { isCapitalised, type Token } from './tokens'
import { OPENS_DIGIT } from './char-classes'

/** Whether the lexicon verb at `i` reports nothing anyone said, believed or found here. */
export function reportsNothing(tokens: readonly Token[], i: number): boolean {
  const lower = tokens[i].lower
  if (SPEAK_FORMS.has(lower)) return !speaksOfSomething(tokens, i)
  if (PUT_FORMS.has(lower)) return !putsAFigure(tokens, i)
  if (GIVE_FORMS.has(lower)) return givesAway(tokens, i) || !givesAFinding(tokens, i)
  if (VOTE_FORMS.has(lower)) return !takesASide(tokens, i)
  if (CAMPAIGN_FORMS.has(lower)) return !campaignsForASide(tokens, i)
  if (DEBATE_FORMS.has(lower)) return !debatesSomething(tokens, i)
  // "a developer known to be …", "well known for …": a participle of what others know; "has long known that …" is
  // the subject's own knowledge.
  if (lower === 'known') return !hasHave(tokens[i - 1]) && !hasHave(tokens[i - 2])
  return false
}

const SPEAK_FORMS = new Set(['speak', 'speaks', 'spoke', 'spoken', 'speaking', 'talk', 'talks', 'talked', 'talking'])
const PUT_FORMS = new Set(['put', 'puts', 'putting'])
const GIVE_FORMS = new Set(['give', 'gives', 'gave', 'given', 'giving'])
const VOTE_FORMS = new Set(['vote', 'votes', 'voted', 'voting'])
// Only the verb's own forms: "the Sanders campaign", "campaigns against" are nouns (cue-nouns.ts).
const CAMPAIGN_FORMS = new Set(['campaigned', 'campaigning'])
const DEBATE_FORMS = new Set(['debated', 'debating'])
const HAVE = new Set(['has', 'have', 'had', '’ve', "'ve", '’d', "'d"])
/** "We’ve", "they'd": a pronoun with "have" or "had" in one token. */
const WITH_HAVE = /['’](?:ve|d)$/u
const hasHave = (t: Token | undefined): boolean => t !== undefined && (HAVE.has(t.lower) || WITH_HAVE.test(t.lower))

/** Words ending the phrase a verb takes: what comes after belongs to another clause. */
// prettier-ignore
const CLAUSE_ENDS = new Set([
  'that', 'which', 'who', 'whom', 'and', 'but', 'because', 'after', 'before', 'while', 'when', 'where', 'since',
  'until', 'so', 'though', 'although'
])
/** How far after "spoke" what was spoken of is looked for: "spoke to the Herald on Radio Tidewick 95 about …". */
const SPOKEN_REACH = 16
/** Words that carry what was said after "spoke": its topic, a stance taken in words, or a manner that judges. */
// prettier-ignore
const SPOKEN_CONTENT = new Set([
  'about', 'of', 'against', 'up', 'through', 'highly', 'favorably', 'favourably', 'warmly', 'fondly', 'glowingly',
  'approvingly', 'disparagingly', 'dismissively', 'critically', 'scathingly', 'if', 'though'
])

/** Words right after "talk" that are no topic it takes: "talked to reporters", "talking briefly", "talked again". */
// prettier-ignore
const NOT_TOPICS = new Set([
  'to', 'with', 'at', 'in', 'on', 'for', 'from', 'before', 'during', 'after', 'over', 'outside', 'inside', 'by',
  'only', 'again', 'alone', 'first', 'later', 'then', 'there', 'here', 'today', 'tonight', 'yesterday', 'afterward',
  'afterwards', 'shop', 'into', 'until', 'while', 'more', 'less', 'much', 'little', 'a', 'the'
])

/**
 * "spoke of a harbour in decline", "spoke at the town hall on Tuesday about the levy", "spoke highly of", "spoke as
 * if …", "spoke for Okafor" (on her side), "spoke to defend the levy", "talking harbour policy": something was said.
 * "spoke at a memorial service", "talked to reporters", "spoke for forty minutes", "is speaking Thursday in Leeds":
 * an event; what was said, if anything, is in another sentence.
 */
function speaksOfSomething(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]
  const topic = next?.word === true && next.text === next.lower && !NOT_TOPICS.has(next.lower)
  if (topic && TALK_FORMS.has(tokens[i].lower) && !next.lower.endsWith('ly') && !SPOKEN_CONTENT.has(next.lower))
    return true
  for (let k = i + 1; k < tokens.length && k <= i + SPOKEN_REACH; k++) {
    const t = tokens[k]
    if (!t.word) return opensQuote(t)
    if (SPOKEN_CONTENT.has(t.lower)) return true
    if (CLAUSE_ENDS.has(t.lower)) return false
    const after = tokens[k + 1]
    if (t.lower === 'for' && after !== undefined && isCapitalised(after)) return true
    if (t.lower === 'to' && after !== undefined && SINGLE.get(after.lower)?.bare === true) return true
  }
  return false
}
const TALK_FORMS = new Set(['talk', 'talks', 'talked', 'talking'])

/** How far after "put" its figure is looked for: "put the net worth of the family's holdings at $4 billion". */
const FIGURE_REACH = 14
/**
 * A comparison an estimate makes ("put him far lower in the rankings", "put the figure closer to 54,000"), or an idea
 * or a stress put forward ("put forward a plan", "put the blame on", "puts a premium on experience").
 */
// prettier-ignore
const PUT_IN_WORDS = new Set([
  'higher', 'lower', 'closer', 'above', 'below', 'ahead', 'behind', 'blame', 'forward', 'forth', 'focus', 'emphasis',
  'premium', 'priority', 'stress', 'spin', 'question', 'case'
])
/** A rank right after the verb: "put first", "put last". */
const RANKS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'last', 'top'])

/**
 * "Estimates put the cost at £40 million", "Forbes put his net worth at $45 billion", "put the figure closer to
 * 54,000", any figure a document puts: an estimate or a ranking; "put forward a plan", "put the blame on": words.
 * "put his hand on the rail", "put its fleet up for sale last spring", "put $1 million into the fund": actions.
 */
function putsAFigure(tokens: readonly Token[], i: number): boolean {
  if (documentBefore(tokens, i) || RANKS.has(tokens[i + 1]?.lower ?? '')) return true
  for (let k = i + 1; k < tokens.length && k <= i + FIGURE_REACH; k++) {
    const t = tokens[k]
    if (!t.word && t.text !== ',') return opensQuote(t)
    if (CLAUSE_ENDS.has(t.lower)) return false
    if (PUT_IN_WORDS.has(t.lower)) return true
    if (t.lower === 'at' && figureWithin(tokens, k + 1)) return true
  }
  return false
}
/** Words allowed between "at" and its figure: "at a solid 50 percent", "at about 55,000". */
const FIGURE_LEAD = 3
/** A number or an amount within FIGURE_LEAD words from `from`: "55,000", "£40" (the sign may be its own token). */
function figureWithin(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + FIGURE_LEAD; k++) {
    if (/^[\p{N}£$€]/u.test(tokens[k].text) || NUMBER_WORDS.has(tokens[k].lower)) return true
  }
  return false
}
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'])

/** How far after "gave" the thing given in words is looked for: "gave those at the rally in Leeds some advice". */
const GIVEN_REACH = 20
/** How far before "gave" the thing given is looked for: "a reason the mayor has given". */
const GIVER_REACH = 5
/** Things given in words or as a stance: "gave a roundabout answer", "gave Okafor the nod", "gave no reasons". */
// prettier-ignore
const GIVEN_IN_WORDS = new Set([
  'answer', 'answers', 'advice', 'instructions', 'instruction', 'nod', 'reason', 'reasons', 'account', 'accounts',
  'assurance', 'assurances', 'warning', 'warnings', 'endorsement', 'backing', 'support', 'blessing', 'approval',
  'go-ahead', 'speech', 'speeches', 'testimony', 'explanation', 'explanations', 'detail', 'details', 'estimate',
  'estimates',
  'verdict', 'view', 'views', 'opinion', 'assessment', 'rebuke', 'response', 'reply', 'statement', 'remarks',
  'address', 'briefing', 'update', 'figure', 'figures', 'rating', 'ratings', 'grade', 'grades', 'score', 'marks',
  'interview', 'interviews', 'praise', 'credit', 'thanks', 'guidance', 'indication', 'hint', 'sign', 'signal',
  'evidence', 'lecture', 'talk', 'talks', 'sermon', 'eulogy', 'toast', 'pledge', 'promise', 'ultimatum', 'shout',
  'shoutout', 'testimonial', 'testimonials'
])

/**
 * "The Herald poll gives Okafor a 9-point lead", "the order gave no reasons", "gave quick instructions to
 * canvassers", "gave Okafor the nod": a finding or something said. "gave each volunteer a flag", "the win gave the
 * union an early advantage", "given that few pay it": an action, an effect or a preposition.
 */
function givesAFinding(tokens: readonly Token[], i: number): boolean {
  if (documentBefore(tokens, i)) return true
  // "the reasons he has given", "a 2007 address the senator gave": the thing given, written before its giver.
  for (let k = i - 1; k >= 0 && k >= i - GIVER_REACH; k--) if (GIVEN_IN_WORDS.has(tokens[k].lower)) return true
  for (let k = i + 1; k < tokens.length && k <= i + GIVEN_REACH; k++) {
    const t = tokens[k]
    if (opensQuote(t)) return true
    if (t.text === ';' || t.text === '—' || CLAUSE_ENDS.has(t.lower)) return false
    if (GIVEN_IN_WORDS.has(t.lower)) return true
  }
  return false
}

/** How many words after "gave" a sum of money or what gives it away is looked for: "gave the candidate $250". */
const GIFT_REACH = 4
/** Words that make giving a gift, an end or a birth: "gave money to", "has given up", "given away", "gave birth". */
const GIFTS = new Set(['money', 'birth', 'up', 'away'])
/** Words ending the phrase "gave" takes: what comes after belongs to another clause. */
const GIFT_PHRASE_END = new Set(['that', 'which', 'who', 'and', 'but', 'because', 'after', 'before', 'while'])

/**
 * "Starr gave $10 million to a group", "donors giving $200 or less", "has given up looking for work": a donation,
 * giving up or giving birth, even after a document ("the report says the firm gave $5,000 to …").
 */
function givesAway(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + GIFT_REACH && k < tokens.length; k++) {
    const t = tokens[k]
    if (/^[£$€]/u.test(t.text)) return true
    if (!t.word || GIFT_PHRASE_END.has(t.lower)) return false
    if (GIFTS.has(t.lower)) return true
  }
  return false
}

/** How far before the verb the document giving a figure is looked for: "A Herald survey released Tuesday gave …". */
const DOCUMENT_REACH = 4
/** "The Herald poll gives …", "Initial estimates put …": a document's head in the words right before the verb. */
function documentBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - DOCUMENT_REACH; k--) {
    if (!tokens[k].word) return false
    if (DOCUMENT_HEADS.has(tokens[k].lower)) return true
  }
  return false
}

/** A quotation mark opening words said or written: "Okafor Speaks ‘Directly To Traders’", "put it as “…”". */
const opensQuote = (t: Token): boolean => !t.word && QUOTE_OPENERS.test(t.text)
const QUOTE_OPENERS = /^(?:[“"‘«]|'')/u

/** Adverbs read past after "voted": "voted twice for", "voted the most strongly against". */
// prettier-ignore
const VOTE_ADVERBS = new Set(['twice', 'again', 'once', 'also', 'only', 'even', 'en', 'masse', 'the', 'most', 'more'])
/** An adverb or a day between "voted" and its side: "voted overwhelmingly against", "voted Thursday to hold …". */
const readPastAfterVote = (t: Token): boolean => VOTE_ADVERBS.has(t.lower) || /ly$/u.test(t.lower) || isCalendar(t)
const isCalendar = (t: Token): boolean => CALENDAR.has(t.lower.replace(/\.$/u, ''))
/** Words after "voted" that name the side taken: "for", "against", "to ban", "yes", "down", "with the unions". */
// prettier-ignore
const SIDES = new Set(['for', 'against', 'to', 'yes', 'no', 'with', 'down', 'through', 'out', 'along', 'that'])
/** What "in" opens when it names a side: "voted in favour of", "voted in support of". */
const IN_SIDES = new Set(['favor', 'favour', 'support', 'opposition'])

/**
 * "voted for Okafor", "voted against the levy", "voted 5 to 4 to stall the plan", "has voted Labour for decades",
 * "voted in favour of": a side taken, a stance. "367,000 people voted in the primary", "Democrats vote in three
 * states on Tuesday", "South Carolina, which votes Feb. 27", "have already voted", "Councillors vote on the budget":
 * taking part in a vote, an action that takes no side.
 */
function takesASide(tokens: readonly Token[], i: number): boolean {
  let k = i + 1
  let dated = false
  for (; k < tokens.length && tokens[k].word && readPastAfterVote(tokens[k]); k++) dated ||= isCalendar(tokens[k])
  const next = tokens[k]
  if (next === undefined || !next.word) return false
  if (SIDES.has(next.lower)) return true
  // "voted 5 to 4": a tally; "votes Feb. 27": a date.
  if (OPENS_DIGIT.test(next.text)) return !dated
  if (next.lower === 'in') return IN_SIDES.has(tokens[k + 1]?.lower ?? '')
  // "has voted Labour", "voted Democratic": a party's name.
  return isCapitalised(next)
}
/** Months (with newsroom abbreviations), weekdays and the days next to today: "votes Feb. 27", "voted Thursday". */
const CALENDAR = new Set([...Object.keys(MONTH_NUMBERS), ...WEEKDAYS, 'today', 'tomorrow'])

/** Words after "campaigned" that name its side: "for Okafor", "against the levy", "on a pledge", "as a populist". */
const CAMPAIGN_SIDES = new Set(['for', 'against', 'to', 'on', 'as', 'that'])
/** Words read past before the side: "campaigned hard against", "door-to-door for", "campaigning himself for". */
const CAMPAIGN_MANNERS = new Set(['hard', 'door-to-door', 'himself', 'herself', 'themselves', 'together'])
/**
 * "Okafor campaigned in Leeds on Tuesday", "Ruiz is campaigning aggressively", "campaigned with the mayor": where and
 * how someone campaigned is an event; "campaigned for Okafor", "campaigns against the levy", "campaigned on a pledge to
 * cut fares" and "campaigned in favour of" take a side.
 */
function campaignsForASide(tokens: readonly Token[], i: number): boolean {
  const k = pastAdverbs(tokens, i, CAMPAIGN_MANNERS)
  const next = tokens[k]
  if (next === undefined || !next.word) return false
  if (CAMPAIGN_SIDES.has(next.lower)) return true
  return next.lower === 'in' && IN_SIDES.has(tokens[k + 1]?.lower ?? '')
}

/** Words after "debated" that lead to the place, time or rival of a debate, not its subject. */
const DEBATE_SETTINGS = new Set(['in', 'at', 'with', 'against', 'before', 'during', 'after', 'for', 'twice', 'again'])
/**
 * "The candidates debated on Tuesday night", "had never debated.", "debated against Okafor in Leeds": a debate held
 * is an event; "debated the levy", "debated whether to …", "debated on the budget" name what was argued.
 */
function debatesSomething(tokens: readonly Token[], i: number): boolean {
  const k = pastAdverbs(tokens, i, NO_WORDS)
  const next = tokens[k]
  if (next === undefined || !next.word || DEBATE_SETTINGS.has(next.lower) || CLAUSE_ENDS.has(next.lower)) return false
  const day = tokens[k + 1]
  return next.lower !== 'on' || day === undefined || !isCalendar(day)
}

const NO_WORDS: ReadonlySet<string> = new Set()
/**
 * The first token after the verb at `i` that is no adverb, day or word of `manners`: "campaigned hard against",
 * "debated on Tuesday night" (where the side or the subject of a debate is looked for).
 */
function pastAdverbs(tokens: readonly Token[], i: number, manners: ReadonlySet<string>): number {
  let k = i + 1
  while (k < tokens.length && tokens[k].word && (readPastAfterVote(tokens[k]) || manners.has(tokens[k].lower))) k++
  return k
}
