/**
 * What "it" stands for when a quote is credited to it and no body has spoken yet: the body or
 * document the sentence before named, as subject or object ("Thursday's memo from the panel seemed
 * aimed at the critics. “So far, 59 of 75 witnesses …,” it stated." → Thursday's memo from the panel;
 * "She lifted a placard of her own. “Still here,” it read." needs a known noun, so stays unread).
 * Read only for such a quote, on the one or two sentences before it.
 */
import type { TextRange } from './sentences'
import type { RangeIndex } from './range-index'
import { tokenize, type Token } from './tokens'
import { classifyDescription, isGroupNoun } from './speaker-lexicon'
import { classifyPhrase, type Subject, subjectShaped } from './subjects'
import { nameRunEnd } from './name-runs'
import { openingSubjectOf } from './opening-subjects'
import { DOCUMENT_HEADS } from './document-heads'
import type { SpeakerRegistry } from './speakers'

/** Words that open the noun phrase of a body or document: "the memo", "a statement", "its website". */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'another'])
/** How many words before its noun a phrase may open: "the campaign's new 30-second ad". */
const MAX_PHRASE_WORDS = 6
/** Words after the noun that go on with the phrase: "the memo from the panel". */
const PHRASE_LINKS = new Set(['from', 'of', 'by'])

/** How many sentences before the quote's are looked at. */
const LOOKBACK_SENTENCES = 2

/** The body or document named in the sentences just before the one starting at `sentenceStart`, not before `floor`. */
export function thingBefore(text: string, units: RangeIndex, sentenceStart: number, floor: number): Subject | null {
  let at = sentenceStart
  for (let n = 0; n < LOOKBACK_SENTENCES; n++) {
    const sentence = units.before(at)
    if (!sentence || sentence.start < floor) return null
    const thing = thingIn(text, sentence)
    if (thing) return thing
    at = sentence.start
  }
  return null
}

/** The last noun phrase headed by a body or document noun in `sentence`, or null. */
export function thingIn(text: string, sentence: TextRange): Subject | null {
  const tokens = tokenize(text, sentence.start, sentence.end)
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k]
    if (!t.word || t.text !== t.lower || !isGroupNoun(t.lower) || isPluralNoun(t.lower)) continue
    const start = phraseStart(tokens, k)
    if (start < 0) continue
    return classifyPhrase(text, tokens, start, phraseEnd(tokens, k))
  }
  return null
}

/**
 * "it" and "its" stand for one thing: "… needed the same rules as the league. Its last survey …" is not the rules'.
 * A noun ending in "s" is plural unless it ends like "analysis", "census" or "address".
 */
const isPluralNoun = (lower: string): boolean => lower.endsWith('s') && !/(?:is|us|ss)$/u.test(lower)

/** The determiner or owner's name opening the phrase whose noun is at `k`, or -1 when none is near. */
function phraseStart(tokens: readonly Token[], k: number): number {
  for (let i = k - 1; i >= 0 && k - i <= MAX_PHRASE_WORDS; i--) {
    const t = tokens[i]
    if (!t.word) return -1
    if (DETERMINERS.has(t.lower) || /['’]s$/u.test(t.text)) {
      // "Thursday's memo": the owner's name is part of the phrase.
      return t.text !== t.lower && i > 0 && tokens[i - 1].word && DETERMINERS.has(tokens[i - 1].lower) ? i - 1 : i
    }
  }
  return -1
}

/** The phrase goes on with one prepositional phrase naming its maker: "the memo from the panel". */
function phraseEnd(tokens: readonly Token[], k: number): number {
  if (!PHRASE_LINKS.has(tokens[k + 1]?.lower ?? '')) return k + 1
  let j = k + 2
  while (j < tokens.length && tokens[j].word && j - k <= MAX_PHRASE_WORDS && !isVerbish(tokens[j])) j++
  return j > k + 2 ? j : k + 1
}

/** A lower-case word ending like a finite verb closes the phrase: "seemed", "says". */
function isVerbish(t: Token): boolean {
  return t.text === t.lower && /(?:ed|es)$/u.test(t.lower) && t.lower.length > 4
}

/** The apostrophe closing a plural's possessive, tokenised on its own. */
const PLURAL_POSSESSIVE = new Set(['’', "'"])

/** "The Tax Policy Center, a research group, …": the capitalised name after "The" opening a sentence, before a comma. */
function namedBodyOpening(text: string, tokens: readonly Token[]): Subject | null {
  const lead = tokens.findIndex((t) => t.word)
  if (tokens[lead]?.text !== 'The') return null
  let end = nameRunEnd(tokens, lead + 1, tokens.length)
  // "The Football Supporters’ Association, which …": a plural's possessive inside the body's name.
  if (end > lead + 1 && PLURAL_POSSESSIVE.has(tokens[end]?.text ?? '') && tokens[end - 1].text.endsWith('s'))
    end = nameRunEnd(tokens, end + 1, tokens.length)
  return end > lead + 1 && tokens[end]?.text === ',' ? classifyPhrase(text, tokens, lead, end) : null
}

/** One body, named or described, opening the sentence of `tokens` as its subject; null otherwise. */
function bodyOpening(text: string, tokens: readonly Token[]): Subject | null {
  const subject = openingSubjectOf(text, tokens, 0, tokens.length)
  if (!subject || subject.kind === 'pronoun' || !subject.group || subject.plural) return null
  return subject.kind === 'description' ? (bodyNounPhrase(text, tokens, subject) ?? subject) : subject
}

/**
 * "The trust published the figures on Friday. Its website said …": a description read up to a later known noun
 * ("The trust published the figures") is cut after its first body noun when a lower-case word other than a link
 * follows it: the body is "The trust", and "its website" the trust's. Null when there is nothing to cut.
 */
function bodyNounPhrase(text: string, tokens: readonly Token[], subject: Subject): Subject | null {
  const first = tokens.findIndex((t) => t.start === subject.mention.start)
  for (let k = first + 1; first >= 0 && k + 1 < tokens.length && tokens[k + 1].end <= subject.mention.end; k++) {
    if (!tokens[k].word || !isGroupNoun(tokens[k].lower)) continue
    const next = tokens[k + 1]
    return next.word && next.text === next.lower && !PHRASE_LINKS.has(next.lower)
      ? classifyPhrase(text, tokens, first, k + 1)
      : null
  }
  return null
}

/** Longest look back, in characters, for the body a claimant's "its" stands for. */
const MAX_OWNER_LOOKBACK = 400
/** A sentence's end: its stop, any closing quotation mark, then a space or line break. */
const SENTENCE_END = /[.!?]["”’]?\s/gu

/**
 * "The district council on Monday approved the plan. Its leader confirmed …": a claimant described as a body's
 * ("its leader", "its chief executive", "its last report", "its board") is named as that body's ("The district
 * council's leader"), the body being the last one named in the sentence before or in this one before the mention
 * (thingIn). When the article named that body's holder earlier ("Its leader, Cllr Ann Hale, said …"), the holder
 * is who it is. Null when the description is not of a body's people, documents or boards, or neither a body nor a
 * holder is named there.
 */
export function ownedByBody(text: string, subject: Subject): Subject | null {
  if (subject.kind !== 'description' || !/^its\s/iu.test(subject.name)) return null
  const people = subject.name.slice(4)
  // "Its operator" is the body running "it", named before (company-names.ts), not one of its people.
  if (people.toLowerCase() === 'operator') return null
  const kind = classifyDescription(people)
  // "Its last report found …", "Its board said …": a body's document or its own body speaks for it, named as its.
  if (!kind.person && !kind.plural && !kind.group) return null
  const owner = ownerBefore(text, subject.mention.start)
  const holder = kind.plural || !kind.person ? null : holderBefore(text, subject.mention.start, people, owner)
  if (holder) return subjectShaped({ ...holder, mention: subject.mention, written: undefined })
  if (!owner) return null
  // "…, according to their own survey. Rents rose …, according to its annual housing survey": a document's "its" is
  // a body's, never another document's, nor a phrase someone else owns.
  if (!kind.person && !kind.plural && owner.kind === 'description' && !ownsDocuments(owner.name)) return null
  return subjectShaped({ ...subject, name: `${owner.name}'s ${people}` })
}

/** Whether a description may own a document: not a document itself, nor a phrase opened by someone's possessive. */
function ownsDocuments(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/u)
  return !POSSESSIVES.has(words[0]) && !words.some((w) => DOCUMENT_HEADS.has(w))
}
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your'])

/**
 * "Tom Reyes is running for governor. His campaign said …": a claimant described as a person's ("his campaign",
 * "her spokesman") is named as that person's ("Tom Reyes's campaign"), the person being whom the pronoun stands
 * for among the people met so far (the registry's "he" or "she"), when named and known to agree with it (a first
 * name, a title, an earlier pronoun): a wrong person shown is worse than the pronoun. Null otherwise.
 */
export function ownedByPerson(subject: Subject, registry: SpeakerRegistry): Subject | null {
  const owner = subject.kind === 'description' ? /^(his|her)\s/iu.exec(subject.name)?.[1].toLowerCase() : undefined
  if (!owner) return null
  const owned = subject.name.slice(owner.length + 1)
  const kind = classifyDescription(owned)
  if (!kind.person && !kind.group) return null
  const person = registry.owner(owner === 'his' ? 'he' : 'she')
  return person ? subjectShaped({ ...subject, name: `${person.name}'s ${owned}` }) : null
}

/** The body an "its" at `at` stands for: the last named in the sentence before or in this one (ownedByBody). */
function ownerBefore(text: string, at: number): Subject | null {
  const floor = Math.max(0, at - MAX_OWNER_LOOKBACK)
  const ends = [...text.slice(floor, at).matchAll(SENTENCE_END)].map((m) => floor + m.index + 1)
  const start = ends.length >= 2 ? ends[ends.length - 2] : floor
  // "The Justice Department had argued …. Its lawyers told …": "Its" opening a sentence is the body the sentence
  // before opened on, its subject, before any body named later in it ("… the job of the federal government").
  const last = ends.length > 0 ? ends[ends.length - 1] : -1
  const opens = last >= 0 && text.slice(last, at).trim() === ''
  // The sentence before starts after the stop before it or a line break (a headline has no stop).
  const prevStart = Math.max(start, text.lastIndexOf('\n', last - 1) + 1)
  const subjectBody = opens ? bodyOpening(text, tokenize(text, prevStart, last)) : null
  if (subjectBody) return subjectBody
  const described = thingIn(text, { start, end: at })
  // "The Tax Policy Center, a research group, estimated …. Its analysts said": the body's name, not its description.
  const before =
    ends.length > 0 && described && described.mention.start < ends[ends.length - 1] ? ends[ends.length - 1] : -1
  const named = before > start ? namedBodyOpening(text, tokenize(text, start, before)) : null
  const apposed = named && described && text.slice(named.mention.end, described.mention.start).trim() === ','
  const owner = apposed ? named : described
  if (owner && (owner.kind === 'description' || apposed)) return owner
  // "The Harbour Services Authority said …. Its chief executive said": a body's name opening the sentence before,
  // then its verb, when that sentence names no body's noun.
  if (described || ends.length === 0) return null
  const previous = tokenize(text, prevStart, last)
  const body = bodyOpening(text, previous)
  // "The Care Quality Commission, which inspects hospitals, said …. Its last report …": the name before the comma.
  return body?.kind === 'name' ? body : namedBodyOpening(text, previous)
}

/** Longest look back, in characters, for the person an earlier "its leader, Ann Hale," named. */
const MAX_HOLDER_LOOKBACK = 2000

/**
 * The person named earlier as the same body's `people` ("Its leader, Cllr Ann Hale, said", "Ann Hale, its
 * leader, said"), the latest first; a holder of another body's post ("the city council" after "the county
 * council") is not. Null when none is named.
 */
function holderBefore(text: string, at: number, people: string, owner: Subject | null): Subject | null {
  const tokens = tokenize(text, Math.max(0, at - MAX_HOLDER_LOOKBACK), at)
  const words = people.toLowerCase().split(/\s+/u)
  for (let k = tokens.length - words.length - 1; k > 0; k--) {
    if (tokens[k].lower !== 'its' || !words.every((w, i) => tokens[k + 1 + i].lower === w)) continue
    const after = k + 1 + words.length
    const named = (tokens[after]?.text === ',' && nameAt(text, tokens, after + 1)) || nameBefore(text, tokens, k)
    if (!named) continue
    const earlier = ownerBefore(text, tokens[k].start)
    if (!owner || !earlier || sameBody(owner, earlier)) return named
  }
  return null
}

/** A person's full name opening at token `i`, or null: "Cllr Ann Hale". */
function nameAt(text: string, tokens: readonly Token[], i: number): Subject | null {
  const end = nameRunEnd(tokens, i, tokens.length)
  const named = end > i ? classifyPhrase(text, tokens, i, end) : null
  return named?.kind === 'name' && !named.group && named.nameWords.length >= 2 ? named : null
}

/** A person's full name ending at the comma before token `k` ("Ann Hale, its leader"), or null. */
function nameBefore(text: string, tokens: readonly Token[], k: number): Subject | null {
  if (tokens[k - 1].text !== ',') return null
  for (let s = Math.max(0, k - 6); s < k - 2; s++)
    if (nameRunEnd(tokens, s, k - 1) === k - 1) return nameAt(text, tokens, s)
  return null
}

/** Whether two bodies' names may be one body's: "The council" and "the county council", not "the city council". */
function sameBody(a: Subject, b: Subject): boolean {
  const words = (body: Subject): string[] =>
    body.name
      .toLowerCase()
      .split(/\s+/u)
      .filter((w) => w !== 'the')
  const [short, long] = [words(a), words(b)].sort((x, y) => x.length - y.length)
  return short.every((w) => long.includes(w))
}
