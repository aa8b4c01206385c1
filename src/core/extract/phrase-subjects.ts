/**
 * The subject of a claimant verb read as a whole noun phrase, for the subjects the short readers in
 * subject-before.ts leave out because something stands between the head noun and the verb:
 *
 *   Shipping firms that had leased the docks agreed …       → Shipping firms (a relative clause)
 *   Other unions, including the nurses' union, have endorsed → Other unions (an aside in commas)
 *   Some councillors, however, question …                   → Some councillors (an interjection)
 *   Another chart shows … / Rental averages show …          → the chart, the averages (documents)
 *   Another 12 percent said … / No one expected …            → a share or a quantifier as written
 *   Attorney General Sam Ode isn't saying if …              → Sam Ode (a negated progressive)
 *
 * The phrase opens a clause: the sentence (after "In May," or "However,"), or the words after a
 * clause opener ("…, although they say", "… argued that the union believes"), nearest first. Its head
 * runs to the first comma, preposition or relative pronoun and must name a claimant: a person, a
 * body, a document or a quantifier of people. Only called once a claimant cue has been found.
 */
import { isDoubleQuoteMark, type Token } from './tokens'
import { classifyPhrase, type Subject } from './subjects'
import { classifyDescription } from './speaker-lexicon'
import { writtenSubject } from './written-subjects'
import { zeroRelative } from './zero-relatives'

/** Longest subject phrase with its complements, in tokens: "The authors of the report, which include …,". */
const MAX_PHRASE_TOKENS = 30
/** Longest head, in tokens ("Trump's running mate" excluded, "Other large unions" in). */
const MAX_HEAD_TOKENS = 6

/** Auxiliaries, negations and modals between a subject and its verb: "isn't saying", "have also endorsed". */
// prettier-ignore
const AUXILIARIES = new Set([
  'is', 'are', 'was', 'were', 'am', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would',
  'can', 'could', 'may', 'might', 'should', 'must', 'shall', 'not', 'never', 'also', 'still', 'now', 'already',
  'long', 'even', 'only', 'just', 'again', 'often', 'always', 'too',
  // a time or a frequency: "Clinton defenders today argue", "Hale rarely says"
  'today', 'yesterday', 'tonight', 'later', 'earlier', 'recently', 'previously', 'then', 'first', 'seldom', 'rarely',
  'usually', 'sometimes'
])
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'am', 'be', 'been', 'being'])
/** Words after which a verb form is a noun, an adjective or an infinitive: "the proposed", "to support". */
// prettier-ignore
const NOT_BEFORE_VERB = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'to', 'of',
  'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'than', 'who', 'which', 'whose', 'and', 'or'
])
/** Words that open a clause, after which its subject begins. */
// prettier-ignore
const CLAUSE_OPENERS = new Set([
  'that', 'while', 'because', 'although', 'though', 'whereas', 'if', 'when', 'as', 'since', 'but', 'and', 'so',
  'yet', 'after', 'before', 'unless', 'until', 'once'
])
/** Words opening a sentence ahead of its subject. */
const LINKS = new Set(['but', 'and', 'so', 'yet', 'still', 'however', 'meanwhile', 'now', 'also', 'then', 'indeed'])
/** Words opening an adverbial phrase ahead of the subject, closed by a comma: "In May, …", "After the vote, …". */
// prettier-ignore
const ADVERBIAL_OPENERS = new Set([
  'in', 'on', 'at', 'after', 'before', 'during', 'for', 'with', 'by', 'since', 'when', 'while', 'as', 'although',
  'though', 'despite', 'following', 'like', 'unlike', 'under', 'over', 'last', 'earlier', 'later', 'if', 'because',
  'once', 'meanwhile', 'however', 'still', 'yet', 'instead', 'overall', 'separately', 'similarly', 'nationally',
  'to', 'among', 'amid', 'across', 'throughout', 'within', 'from', 'at', 'until', 'in', 'by'
])
/** Words ending the head of the subject: after them come its complements. */
// prettier-ignore
const HEAD_ENDS = new Set([
  'of', 'from', 'in', 'at', 'for', 'with', 'on', 'who', 'whom', 'whose', 'which', 'that', 'including', 'like',
  'among', 'across', 'around', 'under', 'over', 'by', 'about', 'behind', 'such', 'to'
])
/** Words that make the head a clause, not a noun phrase. */
// prettier-ignore
const NOT_IN_HEAD = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may',
  'might', 'must', 'do', 'does', 'did', 'not', 'it', 'this', 'there', 'what', 'how', 'why', 'where', 'if', 'i', 'we',
  'you', 'me', 'us', 'him', 'them', 'my', 'our', 'your'
])
/** Documents and data that report findings: "Another chart shows", "the averages show", "Records indicate". */
// prettier-ignore
export const DOCUMENT_SUBJECTS = new Set([
  'poll', 'polls', 'polling', 'survey', 'surveys', 'study', 'studies', 'report', 'reports', 'analysis', 'analyses',
  'data', 'figures', 'numbers', 'statistics', 'records', 'documents', 'document', 'chart', 'charts', 'slide', 'graph',
  'table', 'map', 'average', 'averages', 'estimate', 'estimates', 'projection', 'projections', 'model', 'models',
  'research', 'findings', 'results', 'review', 'audit', 'census', 'tally', 'count', 'index', 'filing', 'filings',
  'memo', 'letter', 'emails', 'email', 'video', 'footage', 'photos', 'evidence', 'investigation', 'probe', 'paper',
  'ruling', 'lawsuit', 'complaint', 'indictment', 'ad', 'advert', 'statement', 'transcript', 'forecast', 'forecasts',
  // rankings, disclosures and rules that say something by what they list or require
  'ranking', 'rankings', 'disclosure', 'disclosures', 'regulation', 'regulations', 'ledger', 'ledgers', 'guidelines'
])
/** A digit of any script ("45 percent support"), a module constant: the build made an inline one per call. */
const NUMERIC = /\p{N}/u
/** Words after a sentence-opening -ing form that make it a participle: "Pointing to …", "Speaking at …". */
// prettier-ignore
const FUNCTION_WORDS = new Set(['to', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'out', 'at', 'on', 'in', 'about', 'for', 'with'])
/** Quantifiers that name people on their own: "No one expected", "Not everyone agrees", "Many say", "Another says". */
// prettier-ignore
const PEOPLE_QUANTIFIERS = new Set([
  'everyone', 'everybody', 'nobody', 'someone', 'somebody', 'anyone', 'anybody', 'many', 'most', 'some', 'few',
  'others', 'several', 'both', 'all', 'none', 'one', 'another'
])
/** Participles of being asked, after the people asked: "Voters polled last week", "Riders interviewed at …". */
const ASKED = new Set(['interviewed', 'surveyed', 'polled', 'questioned', 'asked', 'contacted', 'reached', 'quizzed'])
/** Words that may open a head before its noun: determiners and quantifiers. */
const QUANTITY = /^(?:percent|%|per|cent|half|third|thirds|quarter|majority|minority|plurality)$/u

/**
 * The whole noun phrase standing before the verb at tokens[cue], or null. `bare` says the verb is in
 * its base form ("support"), which only a plural subject takes.
 */
export function phraseSubject(text: string, tokens: readonly Token[], cue: number, bare: boolean): Subject | null {
  let end = cue
  let be = false
  while (end > 0 && tokens[end - 1].word && isAuxiliary(tokens[end - 1].lower)) {
    if (BE_FORMS.has(tokens[end - 1].lower) || /^(?:is|are|was|were)n['’]t$/u.test(tokens[end - 1].lower)) be = true
    end--
  }
  // "was endorsed by", "is expected": the passive's subject is not who holds the view.
  if (be && !tokens[cue].lower.endsWith('ing')) return null
  // ", however," or ", too," between the subject and its verb.
  if (end >= 3 && tokens[end - 1].text === ',' && tokens[end - 3].text === ',' && tokens[end - 2].word) end -= 3
  // "…, saying", "Hale, defending the plan": an -ing form is a verb only after a form of "be".
  if (tokens[cue].lower.endsWith('ing') && !be) return null
  // "the proposed deal", "to support": after a determiner or a preposition the word is no finite verb.
  if (end <= 0 || NOT_BEFORE_VERB.has(tokens[end - 1].lower)) return null
  if (!tokens[end - 1].word && tokens[end - 1].text !== ',') return null
  // "decided by 5-to-4 votes", "45 percent support": after a figure the word is a noun.
  if (NUMERIC.test(tokens[end - 1].text)) return null
  // Words inside a quotation are the quoted speaker's, attributed with the quote.
  if (insideQuotation(tokens, cue)) return null
  for (const start of clauseStarts(tokens, end)) {
    const subject = phraseAt(text, tokens, start, end, bare)
    if (subject) return subject
  }
  return null
}

/**
 * Whether token `at` stands inside a quotation (an odd count of marks before it): a loop, not a slice, a filter and a
 * regex per token, for ownSubjectBefore asks phraseSubject at every lower-case word of a sentence (several-people.ts).
 */
function insideQuotation(tokens: readonly Token[], at: number): boolean {
  let marks = 0
  for (let k = 0; k < at; k++) if (isDoubleQuoteMark(tokens[k])) marks++
  return marks % 2 === 1
}

/** "Teachers' unions": the apostrophe closing a plural owner, written against it, is part of the phrase. */
function pluralOwner(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]
  return (
    /^['’]$/u.test(tokens[k].text) &&
    before?.word === true &&
    before.end === tokens[k].start &&
    /s$/u.test(before.lower)
  )
}

function isAuxiliary(lower: string): boolean {
  return AUXILIARIES.has(lower) || /n['’]t$/u.test(lower) || (lower.length > 4 && lower.endsWith('ly'))
}

/** Where a clause ending at `end` may begin, nearest first: after a clause opener, then the sentence's subject. */
function clauseStarts(tokens: readonly Token[], end: number): number[] {
  const starts: number[] = []
  const floor = Math.max(0, end - MAX_PHRASE_TOKENS)
  // The comma opening an aside that a comma before the verb closes ("The mayor, opening the Museum of History
  // and Culture, said"): a clause opener inside it starts no subject; one before it does ("while Rubin, …, said").
  let asideOpen = end
  if (tokens[end - 1]?.text === ',') {
    asideOpen = end - 2
    while (asideOpen > floor && tokens[asideOpen].text !== ',') asideOpen--
  }
  for (let k = end - 1; k >= floor; k--) {
    const t = tokens[k]
    if (t.text === ';' || t.text === ':' || t.text === '—' || t.text === '–') {
      starts.push(k + 1)
      break
    }
    if (t.word && CLAUSE_OPENERS.has(t.lower) && k + 1 < end && k < asideOpen) starts.push(k + 1)
    // "His promises notwithstanding, independent analyses agree": a short clause after the last comma.
    // (Not when the verb follows a comma: "X, a group of bloggers, said" closes an aside, which is no subject.)
    if (t.text === ',' && k + 1 < end && end - k <= MAX_HEAD_TOKENS + 1 && !starts.length && tokens[end - 1].word) {
      // "…, a move nurses said would add six weeks": the reporting subject after the noun, not "a move nurses".
      const reporter = zeroRelative(tokens, k + 1)
      starts.push(reporter > 0 ? reporter : k + 1)
    }
  }
  const opening = sentenceSubjectStart(tokens, end)
  if (opening !== null && !starts.includes(opening)) starts.push(opening)
  return starts
}

/** The first token of the sentence's subject: after linking words and an opening adverbial phrase with its comma. */
function sentenceSubjectStart(tokens: readonly Token[], end: number): number | null {
  let s = 0
  while (s < end && (!tokens[s].word || LINKS.has(tokens[s].lower))) s++
  // "In May, …", "Initially, …", "To varying degrees, …": an adverbial and its comma come before the subject.
  const adverb = /ly$/u.test(tokens[s]?.lower ?? '') && tokens[s + 1]?.text === ','
  if (s < end && (ADVERBIAL_OPENERS.has(tokens[s].lower) || adverb)) {
    let comma = s + 1
    while (comma < end && tokens[comma].text !== ',') comma++
    if (comma >= end) return null
    s = comma + 1
  }
  return s < end && end - s <= MAX_PHRASE_TOKENS ? s : null
}

/** The subject phrase over tokens [start, end): a head naming a claimant, then complements the verb ignores. */
function phraseAt(text: string, tokens: readonly Token[], start: number, end: number, bare: boolean): Subject | null {
  if (!tokens[start]?.word) return null
  let head = start
  while (head < end && (tokens[head].word || pluralOwner(tokens, head)) && !HEAD_ENDS.has(tokens[head].lower)) head++
  if (head === start || head - start > MAX_HEAD_TOKENS) return null
  if (!complementsFit(tokens, head, end)) return null
  const words = tokens.slice(start, head)
  // "Riders interviewed at the transit mall said": a participle of being asked after the people is no verb of theirs;
  // the people are named by the whole phrase, as the prose reader names "Parents interviewed outside the school".
  const asked =
    words.length >= 2 && ASKED.has(words[words.length - 1].lower) && isPeoplePlural(words[words.length - 2].lower)
  if (asked) words.pop()
  // "Hale's running mate, former port director Tom Arden, plans": the name in apposition is the subject. Not a name
  // at the end of a phrase that leads to it ("The owners, a consortium led by the pension fund Maple Crest, said").
  if (tokens[head].text === ',') {
    const named = classifyPhrase(text, tokens, head + 1, end - 1)
    if (named?.kind === 'name' && named.nameWords.length >= 2 && !leadsOn(tokens, head + 1, named.mention.start)) {
      return named
    }
  }
  // "Donald Trump achieved 45 percent", "Pointing to the report": a verb form makes the head a clause.
  // "leaked documents show": an -ed word opening a longer head is an adjective.
  const verbLike = (t: Token, k: number): boolean =>
    (t.text === t.lower && /^[^-]+ed$/u.test(t.lower) && (k > 0 || words.length === 1)) ||
    (t === tokens[0] && /ing$/u.test(t.lower) && FUNCTION_WORDS.has(tokens[1]?.lower ?? ''))
  // "Not everyone finds …", "not all agree": a negated quantifier is still a subject.
  const negated = words[0].lower === 'not' && words.length > 1 && PEOPLE_QUANTIFIERS.has(words[1].lower)
  if (words.some((t, k) => (NOT_IN_HEAD.has(t.lower) && !(negated && k === 0)) || verbLike(t, k))) return null
  const last = words[words.length - 1].lower
  // "Trump's running mate, Tom Arden, plans": an owner, then a role and the name in apposition; but the
  // owner's document speaks as written ("the Herald's average shows").
  const owned = /['’]s$/u.test(words[0].lower) && !DOCUMENT_SUBJECTS.has(last)
  if (owned || /['’]s?$/u.test(last)) return null
  const plural =
    /s$/u.test(last) ||
    PEOPLE_QUANTIFIERS.has(last) ||
    DOCUMENT_SUBJECTS.has(last) ||
    last === 'percent' ||
    words.some((t) => t.lower === 'and')
  if (bare && !plural) return null
  const named = classifyPhrase(text, tokens, start, head)
  if (named && named.kind === 'name' && !/['’]s$/u.test(named.name) && !DOCUMENT_SUBJECTS.has(last)) return named
  if (named && named.kind === 'description' && classifyDescription(named.name).wellFormed) return named
  const known =
    DOCUMENT_SUBJECTS.has(last) ||
    PEOPLE_QUANTIFIERS.has(last) ||
    QUANTITY.test(last) ||
    isPeopleNoun(last) ||
    isPeopleNoun(last.replace(/ies$/u, 'y').replace(/s$/u, ''))
  if (!known) return null
  const mention = { start: words[0].start, end: (asked ? tokens[end - 1] : words[words.length - 1]).end }
  return writtenSubject(text, mention, { plural, group: DOCUMENT_SUBJECTS.has(last) })
}

/**
 * A preposition or relative word among tokens [from, before): the words before a name are a phrase leading to it
 * ("a consortium led by the pension fund Maple Crest"), not a title of the name's ("former port director").
 */
export function leadsOn(tokens: readonly Token[], from: number, before: number): boolean {
  for (let k = from; k < tokens.length && tokens[k].start < before; k++) if (HEAD_ENDS.has(tokens[k].lower)) return true
  return false
}

/**
 * What may stand between the head and the verb: nothing; a complement opened by a preposition or a
 * relative pronoun ("of the report", "that had leased the docks"); or an aside closed by a comma
 * before the verb ("…, including the dockers, have").
 */
function complementsFit(tokens: readonly Token[], head: number, end: number): boolean {
  if (head === end) return true
  const opener = tokens[head]
  if (opener.text === ',') return tokens[end - 1].text === ',' && end - head > 2
  if (!opener.word || !HEAD_ENDS.has(opener.lower)) return false
  // A complement runs to the verb without a full stop or a quote between.
  for (let k = head; k < end; k++) if (!tokens[k].word && /^[.;:!?"“”]$/u.test(tokens[k].text)) return false
  return true
}

/** A plural noun for people or bodies: "voters", "harbour traders" (its last word), "hopefuls", "businesses". */
export function isPeoplePlural(word: string): boolean {
  return (
    /s$/u.test(word) &&
    (isPeopleNoun(word) ||
      isPeopleNoun(word.replace(/ies$/u, 'y').replace(/(?:ses|s)$/u, (m) => (m === 'ses' ? 's' : ''))))
  )
}

/** A noun for people or a body ("voters", "firms", "the union"), singular or plural. */
function isPeopleNoun(word: string): boolean {
  const kind = classifyDescription(word)
  return (kind.wellFormed && (kind.person || kind.group)) || AGENT_PLURAL.test(word)
}
/** Plurals of agent nouns, which name people: "environmentalists", "regulators", "economists", "residents". */
const AGENT_PLURAL = /^[a-z-]{3,}(?:ists|ors|ians|ants|ents|eers|ers)$/u
