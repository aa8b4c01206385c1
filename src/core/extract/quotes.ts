/**
 * Direct quotes and who said them.
 *
 * 1. quote-marks.ts pairs the marks into outermost quotes (nested ones stay inside their parent,
 *    multi-paragraph speech is one quote); blockquote-credits.ts adds blockquotes credited "— Name".
 * 2. Each quote's attribution is read from its own sentence: after the closing mark when the quote
 *    ends like speech (`…,” wrote X`), else before the opening mark (`X said: “…”`, `X wrote,
 *    warning that … “…”`). A quote opened after a colon-ended sentence ("She told the court:") takes
 *    that sentence's attribution; an unattributed quote in the same paragraph as an attributed one is
 *    the same speaker's continuation (shown without mention or cue); a quote that is its whole
 *    sentence, after a sentence about one person, is that person's (prose-speakers.ts).
 * 3. Scare quotes are dropped: one to three words with no speech cue beside them (`the largest
 *    "neo-Panamax" vessels`), and any short term after "so-called", "dubbed" and the like.
 * 4. speakers.ts resolves pronouns and surnames to the speaker as first introduced in full. Before
 *    each quote, prose-speakers.ts reads the sentences since the last one, so a person introduced
 *    in reported speech ("Marcus Delaney … said the rise would …") is the "he" of the next quote.
 */
import type { Article, Claimant, Fact, Quote, Speaker, Span } from '../../shared/article'
import { textBlocks, type TextRange } from './sentences'
import { creditSubject } from './blockquote-credits'
import { nextBlockCredit, trailingCredit } from './quote-context'
import { isPlacedTitle, isQuotedTitle } from './quoted-titles'
import { SentenceWords } from './sentence-words'
import { governorSubject } from './clause-subjects'
import { governingCue, isEarlierQuotesAttribution } from './quote-governors'
import { SpeakerRegistry } from './speakers'
import { ProseSpeakers, type ProseIntroduction } from './prose-speakers'
import { claimantOf, span } from './claimants'
import type { ClausePart } from './clause-claims'
import { claimedAround, claimedSpeaker } from './claimed-speakers'
import { introducedSpeaker } from './sentence-before-speakers'
import { readAttribution, REGION_LIMIT, type QuoteAttribution } from './quote-attribution-order'
import { plausibleSubject } from './subject-plausibility'
import { type Subject } from './subjects'
import { RangeIndex } from './range-index'
import { isBeliefCue, isCharacterisingCue, isStatementCue } from './speech-cues'
import { ownedByBody, thingBefore } from './it-antecedents'
import {
  collectCandidates,
  endsAsQuestionOrExclamation,
  endsLikeSpeech,
  isPartial,
  orderedDisjoint,
  SCARE_QUOTE_MAX_WORDS,
  wordCount
} from './quote-candidates'

/** "Beside it", for a cue before a short quote: `she called the plan “dead on arrival”`. */
const SHORT_QUOTE_CUE_DISTANCE = 240
/** Words before a quoted term that mark it as a name for something, not speech. */
const TERM_MARKERS =
  /(?:so-? ?called|dubbed|termed|nicknamed|branded|known as|the words?|(?:term|phrase|slogan|hashtag|pseudonym|nickname|moniker|alias|label|handle)s?,?|titled|entitled)\s*$/iu
/** Before these, even a long quoted title is a work's name, not speech. */
const TITLE_MARKERS = /(?:titled|entitled)\s*$/iu

/** Quotes, and who each sentence of reported speech or quotation is attributed to. */
export interface Attributions {
  quotes: Quote[]
  /** The claimant of the sentence starting at `start` (as the splitter gave it), or null. */
  claimantAt(start: number): Claimant | null
  /** Its clauses when it joins attributions by different people (clause-claims.ts), or null. */
  partsAt(start: number): ClausePart[] | null
}

export function findQuotes(article: Article, sentences: TextRange[]): Quote[] {
  return findAttributions(article, sentences).quotes
}

/**
 * `wantsClaimant`: whether the claimant of a sentence (one of `sentences`) may be asked for; claimantAt()
 * answers null for the others without reading them. `until`: quotes starting at or after it are neither found nor
 * attributed, for a caller asking only the claimants of sentences ending by then (hand-claimants.ts); those are
 * the same, as a later quote neither covers them nor is read before them. `entities`: the article's (facts/entities.ts),
 * whose bodies and places no "he" or "she" stands for (speakers.ts).
 */
export function findAttributions(
  article: Article,
  sentences: TextRange[],
  wantsClaimant?: (sentence: TextRange) => boolean,
  until = Infinity,
  entities: readonly Fact[] = []
): Attributions {
  const text = article.text
  const blocks = textBlocks(article)
  const blockIndex = new RangeIndex(blocks)
  const valid = sentences.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end)
  const units = new RangeIndex(valid)
  const candidates = collectCandidates(text, blocks, blockIndex)
  const registry = new SpeakerRegistry(entities)
  const ordered = orderedDisjoint(valid)
  const sentenceWords = new SentenceWords(text, units)
  const prose = new ProseSpeakers(text, ordered, registry, wantsClaimant ?? (() => true), sentenceWords)
  const quotes: Quote[] = []
  /** Sentences holding a quote are claimed by its speaker; the first quote in a sentence wins. */
  const quoteClaimants = new Map<number, Claimant>()
  /**
   * A speaker named without a cue (read from the sentence before: "He then had a question for the crowd.") claims
   * the quote's sentences only where they name no claimant of their own (`“… Many have asked to buy it.”`).
   */
  const uncuedClaimants = new Map<number, Claimant>()
  let previous: { lastBlock: number; speaker: Speaker | null; mention: Span | null; cue: Span | null } | null = null
  /** The last block of the quote kept before this one (-1 before any): readAttribution's view of `previous`. */
  let previousBlock = -1
  /** The subject of the last attributed quote, and the sentence it was in, for a coordinated second verb. */
  const sameSentence: { start: number; subject: Subject | null } = { start: -1, subject: null }
  /** The closing mark of the last quote kept (-1 before any, or after a blockquote without marks). */
  let earlierClose = -1

  for (let n = 0; n < candidates.length; n++) {
    const c = candidates[n]
    if (c.start >= until) break
    prose.readUntil(c.open >= 0 ? c.open : c.start)
    const openSentence = units.containing(c.open) ?? blocks[c.firstBlock]
    const closeSentence = units.containing(c.close) ?? blocks[c.lastBlock]
    const prevClose = n > 0 ? candidates[n - 1].close + 1 : 0
    const nextOpen =
      n + 1 < candidates.length && candidates[n + 1].open > c.close ? candidates[n + 1].open : text.length
    const partial = c.open >= 0 && isPartial(text, c.open, Math.max(openSentence.start, prevClose))

    const blockEnd = blocks[c.lastBlock].end
    if (c.credit === null && c.close >= 0)
      c.credit =
        trailingCredit(text, c.close, Math.min(nextOpen, blockEnd)) ??
        nextBlockCredit(
          text,
          c.open,
          c.close,
          { start: blocks[c.firstBlock].start, end: blockEnd },
          blocks[c.lastBlock + 1]
        )
    // A title or scare quote left out before this one (`Hale, the author of “Tides,” said: “…”`) is part of
    // the words before it; only a quote kept closes them off.
    const beforeStart = Math.max(openSentence.start, earlierClose + 1, c.open - REGION_LIMIT)
    const { attribution, fromAfter }: QuoteAttribution =
      c.credit === null
        ? readAttribution(text, c, {
            units,
            blocks,
            openSentence,
            closeSentence,
            beforeStart,
            prevClose,
            nextOpen,
            partial,
            previousBlock,
            sameSentence,
            words: sentenceWords
          })
        : { attribution: null, fromAfter: false }

    const words = wordCount(text, c.start, c.end)
    const lead = text.slice(Math.max(0, c.open - 30), Math.max(0, c.open))
    if (c.credit === null && (TITLE_MARKERS.test(lead) || (words <= SCARE_QUOTE_MAX_WORDS && TERM_MARKERS.test(lead))))
      continue
    const place = { open: c.open, close: c.close, sentence: openSentence, earlierClose, words: sentenceWords }
    // The attribution of an earlier quote (`“…,” said Hale, whose office keeps “open doors”`) is not beside this one.
    const cueBeside =
      attribution !== null &&
      (fromAfter ||
        (c.open - attribution.cue.end <= SHORT_QUOTE_CUE_DISTANCE &&
          (words > SCARE_QUOTE_MAX_WORDS || !isEarlierQuotesAttribution(text, attribution.cue, place))))
    // A short phrase without an attribution beside it is a quote only when a word of saying governs it.
    // A longer quote with no attribution may still be governed: `Paul Ryan worried that it was “a …”`.
    let governor: TextRange | null = null
    const short = words <= SCARE_QUOTE_MAX_WORDS
    if (c.credit === null && c.open >= 0 && ((short && !cueBeside) || attribution === null))
      governor = governingCue(text, { ...place, sentence: { start: openSentence.start, end: closeSentence.end } })
    if (c.credit === null && short && !cueBeside && governor === null) continue
    if (c.credit === null && c.open >= 0 && isQuotedTitle(text, c.start, c.end, c.open, c.close, sentenceWords))
      continue
    if (c.credit === null && !fromAfter && isPlacedTitle(text, c.start, c.end, c.open, sentenceWords)) continue
    if (attribution) Object.assign(sameSentence, { start: openSentence.start, subject: attribution.subject })

    let speaker: Speaker | null = null
    let mention: Span | null = null
    let cue: Span | null = null
    // A phrase governed by a word of saying outside any attribution clause: that word's own subject.
    const subject: Subject | null = c.credit
      ? creditSubject(text, c.credit)
      : (attribution?.subject ??
        (governor ? governorSubject(text, openSentence.start, governor, governor.start > c.close) : null))
    if (subject && plausibleSubject(subject)) {
      // "McCaskill scolded him: “…,” she said.": people named before the pronoun, or before the quote
      // when the pronoun follows it (never the quote's own words).
      if (subject.kind === 'pronoun' && !attribution?.antecedent && c.open >= 0) {
        const end = subject.mention.start < c.open ? subject.mention.start : c.open
        prose.notePeopleBefore({ start: Math.max(openSentence.start, prevClose), end })
      }
      // "Stacy Baker says she thinks …": the person the sentence names is met before its pronoun.
      if (attribution?.antecedent && subject === attribution.subject) registry.resolve(attribution.antecedent)
      // "Thursday's memo … “…,” it stated.": an "it" no body has spoken before stands for the document just named.
      const thing =
        subject.kind === 'pronoun' && subject.name === 'it' && !registry.peek(subject)
          ? thingBefore(text, units, openSentence.start, blocks[Math.max(0, c.firstBlock - 1)].start)
          : null
      // "Its lawyers told the court the law would cause “chaos”": the people of the body named just before.
      speaker = registry.resolve(thing ?? ownedByBody(text, subject) ?? subject)
      if (speaker) mention = span(text, subject.mention)
    }
    if (attribution) cue = span(text, attribution.cue)
    else if (governor) cue = span(text, governor)
    let named = mention ? { mention, cue } : null
    // "He anticipated that the hardest task would be “…”": whom the quote's own sentence is attributed to, before
    // the speaker of an earlier quote in the paragraph, which this one does not continue.
    // A question or exclamation closing its sentence (`“Who will pay?”` as a paragraph) is a whole sentence too.
    const standalone =
      c.open === openSentence.start &&
      c.close + 1 === closeSentence.end &&
      (!endsLikeSpeech(text, c) || endsAsQuestionOrExclamation(text, c))
    const claimed: boolean = !speaker && !subject && c.open >= 0 && !standalone
    const around: ProseIntroduction | null = claimed ? claimedAround(text, registry, openSentence, c.open) : null
    speaker = around ? claimedSpeaker(registry, around.subject) : speaker
    if (around && speaker) {
      named = { mention: span(text, around.subject.mention), cue: around.cue ? span(text, around.cue) : null }
      mention = named.mention
      cue ??= named.cue
    }
    // A continuation keeps the speaker, with the mention and cue that named them at the quote it continues
    // ("“…,” she said. “…”"): every speaker shown has its evidence, and the quote's claim carries the same.
    if (!subject && !named && previous?.speaker && previous.lastBlock === c.firstBlock) {
      speaker = registry.reuse(previous.speaker)
      named = previous.mention ? { mention: previous.mention, cue: previous.cue } : null
      mention = named?.mention ?? null
      cue ??= named?.cue ?? null
    }

    // "Ada Berg, who chairs the panel, was blunt. “…”": a quote that is its whole sentence and does not
    // end like speech (`“…,” mused a co-host` has a credit of its own) is the person's the sentence before is about.
    const introduced: ReturnType<typeof introducedSpeaker> =
      !speaker && !subject && !named && c.open >= 0 && standalone
        ? introducedSpeaker(text, prose, registry, c.open)
        : null
    if (introduced) {
      const intro: ProseIntroduction = introduced.intro
      speaker = introduced.speaker
      named = { mention: span(text, intro.subject.mention), cue: intro.cue ? span(text, intro.cue) : null }
      mention = named.mention
      cue ??= named.cue
    }

    const outer = { start: c.open >= 0 ? c.open : c.start, end: c.close >= 0 ? c.close + 1 : c.end }
    // The subject that named this quote's speaker, for the prose reader to note after the people before it.
    const nameSubject = speaker && subject && mention?.start === subject.mention.start ? subject : null
    prose.quoteAt(outer.start, outer.end, nameSubject)
    if (speaker && named) {
      const claimant = claimantOf(text, speaker, named.mention, named.cue)
      for (const sentence of units.overlapping(outer.start, outer.end))
        if (!quoteClaimants.has(sentence.start) && !uncuedClaimants.has(sentence.start))
          (named.cue ? quoteClaimants : uncuedClaimants).set(sentence.start, claimant)
    }
    quotes.push({
      id: `q${quotes.length + 1}`,
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      speaker,
      mention,
      cue,
      partial
    })
    previous = { lastBlock: c.lastBlock, speaker, mention: named?.mention ?? null, cue: named?.cue ?? null }
    previousBlock = c.lastBlock
    earlierClose = c.close
  }
  // A sentence read changes only what is asked after it: past the last whose claimant may be asked, nothing asked.
  prose.readUntil(wantsClaimant ? (ordered.findLast(wantsClaimant)?.end ?? 0) : text.length)
  return {
    quotes,
    claimantAt: (start) => {
      const quoted = quoteClaimants.get(start)
      const own = prose.claimantAt(start)
      return (quoted ? saidFirst(quoted, own) : own) ?? uncuedClaimants.get(start) ?? null
    },
    partsAt: (start) => prose.partsAt(start)
  }
}

/**
 * A quote's claim carries the quote's cue, but "A spokesperson said the council pays £2m and expected “a proper
 * conversation”" is what the spokesperson said: when the quote's cue is a state of mind ("expected", "hoped") or
 * only names the quoted phrase ("Mills said pay was part of it, pointing to overtime, which he described as “…”")
 * and the sentence names the same person at an earlier verb that reports a statement ("said", "told", "warned"),
 * that verb is the claim's cue and its mention the claim's (the first in reading order, docs/FORMAT.md). "Hale
 * attacked the plan, saying “…”" keeps "saying"; "Biden, recalling …, described himself as “…”" keeps "described".
 */
function saidFirst(quoted: Claimant, own: Claimant | null): Claimant {
  const weakerCue = (cue: string): boolean => isBeliefCue(cue) || isCharacterisingCue(cue)
  const earlier =
    own?.cue &&
    quoted.cue &&
    samePerson(own, quoted) &&
    own.cue.start < quoted.cue.start &&
    weakerCue(quoted.cue.text) &&
    isStatementCue(own.cue.text)
  return earlier ? own : quoted
}

/** The same words, or the same name read for a pronoun ("Derek Mills, said … which he described"). */
const samePerson = (a: Claimant, b: Claimant): boolean =>
  (a.mention.start === b.mention.start && a.mention.end === b.mention.end) || a.name === b.name
