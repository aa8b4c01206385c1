/**
 * Speaker candidates from ordinary prose, so that a later "he said" or "they added" can refer to
 * someone who was introduced without a quote of their own:
 *
 *   Councillor Marcus Delaney, who chairs the committee, said the rise would hurt pensioners.
 *   "People were told in 2019 …," he said.                               → Marcus Delaney
 *
 *   One engineer at the plant told the Courier that staff had warned managers.
 *   "We wrote it up every quarter," they said.                           → One engineer at the plant
 *
 * Every sentence without an accepted quote is read in order. Its candidate is the subject of its
 * first speech verb (reported speech: "X said that …", "officials told …"), else a full name
 * opening the sentence ("Health minister Jane Doe visited the ward."). Sentences holding a quote
 * are left to the quote's own attribution, which registers its speaker the same way.
 * Reading one sentence is prose-subjects.ts; this module keeps the registry in step with the quote finder.
 */
import type { Claimant } from '../../shared/article'
import type { TextRange } from './sentences'
import { tokenize, type Token } from './tokens'
import type { SentenceWords } from './sentence-words'
import { openingSubjectOf } from './opening-subjects'
import { classifyPhrase, type Subject, subjectShaped } from './subjects'
import type { SpeakerRegistry } from './speakers'
import { claimantOf, claimantSubject, readClaimant } from './claimants'
import { openingWord } from './claimant-subject-trims'
import { documentPronoun } from './document-pronouns'
import { bodyBefore } from './body-pronouns'
import { ownedByPerson } from './it-antecedents'
import { peopleIn, putsQuestion, subjectLast, type PersonMention } from './prose-mentions'
import { notePeopleBeforePronoun, notePeopleBeforeQuote } from './sentence-people'
import { readProse, speechSubject, trustworthy } from './prose-subjects'
import { enterClaimant, enterOpeningPeople, enterOwnSubject, severalOpening } from './several-people'
import { clauseParts, type ClausePart } from './clause-claims'
import { relativeReportIn } from './relative-reports'
import { introducedBy, speakerClaimsFirst } from './prose-sentence-checks'
import { asPair, enterPair } from './pair-subjects'
import { enterPeopleBefore } from './plural-openings'

/** Singular pronouns that, opening a sentence, are its subject: "He then had a question for the crowd." */
const OPENING_PRONOUNS = new Set(['He', 'She'])
/** After an opening pronoun these join a longer subject, not a verb: "He and his aide …". */
const CONJUNCTIONS = new Set(['and', 'or', 'nor'])

/** A sentence of prose about one person: "Ada Berg, who chairs the panel, was blunt." */
export interface ProseIntroduction {
  sentence: TextRange
  subject: Subject
  cue: TextRange | null
}

/**
 * Reads the prose between quotes into the speaker registry, in step with the quote finder: before a
 * quote is attributed, every earlier sentence that holds no accepted quote is read.
 */
export class ProseSpeakers {
  private next = 0
  private readonly claimants = new Map<number, Claimant>()
  private readonly parts = new Map<number, ClausePart[]>()
  /** Accepted quotes in order, each with the subject that names its speaker when one does. */
  private readonly quoted: Array<TextRange & { speaker: Subject | null }> = []
  private quotedIndex = 0
  /** The last sentence read and the person it is about, when it named one: a quote right after may be theirs. */
  private last: ProseIntroduction | null = null
  /** The last sentence read and its tokens, when it holds no quote: its claimant may be the next quote's speaker. */
  private lastRead: { sentence: TextRange; tokens: readonly Token[] } | null = null
  /** "The two squabbled …": the two people met last, when the sentence being read opens on them (pair-subjects.ts). */
  private pair: Subject | null = null

  /**
   * `sentences` must be ordered and disjoint (as the splitter returns them). `wantsClaimant`: whether a
   * sentence's claimant can be asked for (extract() asks only for claims'); reading one is a third of this
   * reader's work, and it changes nothing else (the registry is only peeked at), so the others are not read.
   */
  constructor(
    private readonly text: string,
    private readonly sentences: readonly TextRange[],
    private readonly registry: SpeakerRegistry,
    private readonly wantsClaimant: (sentence: TextRange) => boolean,
    private readonly words: SentenceWords
  ) {}

  /** Read every unread sentence that ends at or before `offset`. */
  readUntil(offset: number): void {
    while (this.next < this.sentences.length && this.sentences[this.next].end <= offset) {
      const sentence = this.sentences[this.next++]
      this.last = null
      const tokens = this.words.of(sentence) // tokenised once for the quote, speaker, claimant and mention readers
      const quoted = this.holdsQuote(sentence)
      this.readSentence(sentence, tokens, quoted)
      // "Dock workers walked out. They say …": several people a sentence is about, claiming nothing (several-people.ts).
      if (!quoted) enterOpeningPeople(this.text, tokens, this.claimantSubjectAt(sentence.start), this.registry)
      // "Hale said …, and Ruiz added …": a claim per attribution, read with the sentence's people met, cut in no quote.
      if (this.wantsClaimant(sentence)) {
        const quotes = quoted ? this.quoted.slice(this.quotedIndex) : []
        const parts = clauseParts(this.text, sentence, tokens, this.registry, this.claimantAt(sentence.start), quotes)
        if (parts) this.parts.set(sentence.start, parts)
      }
    }
  }

  private readSentence(sentence: TextRange, tokens: readonly Token[], quoted: boolean): void {
    // A sentence holding a quote is attributed by it: its claimant reading may be about the quote's words.
    this.lastRead = null
    if (quoted) {
      this.noteClaimant(sentence, tokens, false)
      // "Ben Ortiz was asked whether his plan … would risk “…”": a later "he said" may be his (sentence-people.ts).
      notePeopleBeforeQuote(this.text, sentence, tokens, this.quoted[this.quotedIndex], this.registry)
      return
    }
    this.lastRead = { sentence, tokens }
    // "The two squabbled …": the two people met last, the sentence's subject and a later "they" (pair-subjects.ts).
    const prior = this.claimants.get(this.sentences[this.next - 2]?.start ?? -1)
    const before = this.sentences.slice(Math.max(0, this.next - 3), this.next - 1)
    this.pair = enterPair(this.text, tokens, this.registry, before, prior)
    const reading = readProse(this.text, sentence, tokens)
    if (!reading) {
      this.noteClaimant(sentence, tokens)
      // "Hale and Ruiz, who met the dockers, bring … They are hoping …": several people the sentence is about,
      // though it reports nothing of theirs, are whom a "they" after it stands for.
      const several = severalOpening(this.text, tokens, (name) => this.registry.peek(name) !== null)
      if (several) this.registry.resolve(subjectShaped({ ...several, plural: true, group: false }))
      this.notePeople(sentence, tokens, null)
      return
    }
    const { cue } = reading
    // "His campaign said …": the campaign of the person "his" stands for (it-antecedents.ts).
    const paired = asPair(reading.subject, this.pair)
    const subject = ownedByPerson(paired, this.registry) ?? paired
    // "Trump and other Republicans pointed at what they called …": the sentence's own subject (several-people.ts).
    enterOwnSubject(this.text, tokens, subject, this.registry)
    // A lone capitalised word ("France said") only refers back; it never introduces a person.
    // With a courtesy title or a role ("Mr. Obama", "Sen. Hale") it is a person, met here first.
    const titled = subject.kind === 'name' && !this.text.startsWith(subject.nameWords[0] ?? '', subject.mention.start)
    // "Her daughter, Claire, said …": a first name with who the person is beside it introduces them too.
    // "Ruth Hale and Tomas Ruiz replied …": names joined by "and" (no name words of their own) are several people,
    // met here, the antecedent of a later "they".
    const lone =
      subject.kind === 'name' &&
      subject.nameWords.length < 2 &&
      !subject.group &&
      !subject.plural &&
      !titled &&
      !introducedBy(subject)
    const speaker = lone ? this.registry.recall(subject) : this.registry.resolve(subject)
    // "Clinton now says …" before any full "Hillary Clinton": still her claim, under the name as written.
    // Not a word capitalised only for opening the sentence: "Having announced …", "Dozens of speakers …".
    const named = lone && cue && !openingWord(subject, tokens)
    const claimed = speaker ?? (named ? { name: subject.name, description: null, anonymous: false } : null)
    if (speaker && !subject.group && !subject.plural) this.last = { sentence, subject, cue }
    const first = cue && speakerClaimsFirst(this.text, tokens, subject, cue, this.wantsClaimant(sentence))
    if (claimed && cue && first)
      this.claimants.set(
        sentence.start,
        bodyBefore(this.text, sentence, tokens, this.sentences[this.next - 2], prior, this.registry) ??
          claimantOf(this.text, claimed, subject.mention, cue)
      )
    else this.noteClaimant(sentence, tokens)
    const people = this.notePeople(sentence, tokens, subject.mention)
    // "Sam Adler told Petrov the levy must go.": the one who speaks outranks those the sentence names after them,
    if (speaker && cue) this.registry.mention(subject, 'subject', true)
    // except the one a question is put to ("Hale asked Ortiz whether …"), who answers next (salience.ts).
    this.noteAddressees(people)
  }

  /** The person the sentence ending right before `offset` (only spaces between) is about, or null. */
  introducedBefore(offset: number): ProseIntroduction | null {
    const last = this.last
    return last && last.sentence.end <= offset && this.text.slice(last.sentence.end, offset).trim() === '' ? last : null
  }

  /**
   * "He then had a question for the crowd.": the sentence read right before `offset` (only spaces between), when
   * it holds no quote and opens on "He" or "She" and a verb, is about the person that pronoun stands for; null
   * otherwise. Only a pronoun opening the sentence is its subject ("After he left, Hale …" is about Hale).
   */
  pronounOpeningBefore(offset: number): ProseIntroduction | null {
    const last = this.lastRead
    if (!last || last.sentence.end > offset || this.text.slice(last.sentence.end, offset).trim() !== '') return null
    const [first, next] = last.tokens
    if (!first || !OPENING_PRONOUNS.has(first.text) || !next?.word || next.text !== next.lower) return null
    if (CONJUNCTIONS.has(next.lower)) return null
    const subject = classifyPhrase(this.text, last.tokens, 0, 1)
    return subject ? { sentence: last.sentence, subject, cue: null } : null
  }

  /**
   * The sentence read right before `offset` (only spaces between) when it holds no quote, with its claimant by any
   * cue of the claimant reading (claimants.ts), read now if it was not read with the others; null when none.
   */
  claimedBefore(offset: number): { sentence: TextRange; claimant: Claimant | null } | null {
    const last = this.lastRead
    if (!last || last.sentence.end > offset || this.text.slice(last.sentence.end, offset).trim() !== '') return null
    const claimant =
      this.claimants.get(last.sentence.start) ?? readClaimant(this.text, last.sentence, this.registry, last.tokens)
    return { sentence: last.sentence, claimant }
  }

  /** The claimant of a sentence whose speaker reading found none (claimants.ts reads more kinds of cue). */
  private noteClaimant(sentence: TextRange, tokens: readonly Token[], enters = true): void {
    if (!this.wantsClaimant(sentence)) return
    const before = this.sentences[this.next - 2]
    // "Dock workers have joined the dispute. They are convinced …": the people before (plural-openings.ts).
    if (enters) enterPeopleBefore(this.text, tokens, before, this.claimants, this.registry)
    let claimant = readClaimant(this.text, sentence, this.registry, tokens)
    // "Senator Ruth Hale caused a stir when she endorsed Okafor": the people before its pronoun (prose-mentions.ts).
    if (notePeopleBeforePronoun(this.text, sentence, tokens, this.registry, claimant))
      claimant = readClaimant(this.text, sentence, this.registry, tokens) ?? claimant
    // "The regulator published its review. It has not criticised …": the body the sentence before opened on, which
    // outranks the last body the registry met for "It"; then "… published a report in May. It says …": the document.
    const beforeClaimant = before && this.claimants.get(before.start)
    const body = bodyBefore(this.text, sentence, tokens, before, beforeClaimant, this.registry)
    // Both first: a nullish claimant compared undefined with a number, and noteClaimant was deoptimised ("not a Smi").
    if (body && claimant && claimant.mention.start === body.mention.start) claimant = body
    claimant ??= documentPronoun(this.text, tokens, before) ?? body
    // "… behind a candidate whom most councillors oppose": a relative clause's report, the sentence's only one.
    claimant ??= relativeReportIn(this.text, sentence, tokens, this.registry)
    // "Trump and other Republicans pointed at what they called …": the sentence's own subject (several-people.ts).
    if (enters && claimant && enterOwnSubject(this.text, tokens, this.subjectOf(claimant), this.registry))
      claimant = readClaimant(this.text, sentence, this.registry, tokens) ?? claimant
    if (claimant) this.claimants.set(sentence.start, claimant)
    // "Ferry owners have long opposed the fees. They acknowledge …": the antecedent of a later "they".
    const read = claimant && this.subjectOf(claimant)
    const subject = read && (enters ? asPair(read, this.pair) : read)
    if (claimant && subject && subject !== read) this.claimants.set(sentence.start, { ...claimant, name: subject.name })
    if (subject && enters) enterClaimant(subject, this.registry)
  }

  /**
   * People named in a quote's own sentence before its pronoun subject ("Ruth Hale hit Berg on fares,
   * and she claimed …"): that sentence is read only after its quote, too late for the pronoun.
   */
  notePeopleBefore(range: TextRange): void {
    if (range.end <= range.start) return
    const tokens = tokenize(this.text, range.start, range.end)
    // "Ada Berg said she felt … because “…,” she said.": the sentence's own speaker, met before its pronoun.
    // A surname alone only refers back to someone met, as in readUntil().
    const reading = speechSubject(this.text, tokens)
    const named = reading?.subject
    if (named?.kind === 'name' && !named.group && !named.plural) {
      const speaker = named.nameWords.length >= 2 ? this.registry.resolve(named) : this.registry.recall(named)
      // "When Hale asked Ortiz how …, he said “…”": the one asked answers, so is met after the asker (salience.ts).
      if (speaker && reading?.cue && putsQuestion(this.text, reading.cue))
        this.noteAddressees(this.notePeople(range, tokens, named.mention))
      if (speaker) return
    }
    this.notePeople(range, tokens, null)
    // "My mother has softened with age, but she still says …": a person described, not named.
    const opening = openingSubjectOf(this.text, tokens, 0, tokens.length)
    if (opening?.kind === 'description' && trustworthy(opening)) this.registry.describe(opening)
  }

  /** People named in the sentence besides its speaker: weaker candidates for a later "he"/"she". */
  private notePeople(
    sentence: TextRange,
    tokens: readonly Token[],
    speaker: TextRange | null
  ): readonly PersonMention[] {
    const people = subjectLast(peopleIn(this.text, sentence, speaker, tokens))
    for (const { subject, role, introduces } of people) this.registry.mention(subject, role, !introduces)
    return people
  }

  /** The people a question is put to, noted again: more recent than its asker. */
  private noteAddressees(people: readonly PersonMention[]): void {
    for (const p of people) if (p.role === 'addressee') this.registry.mention(p.subject, p.role, !p.introduces)
  }

  /** The subject the claimant of a sentence read was read from, when it has one. */
  private claimantSubjectAt(sentenceStart: number): Subject | undefined {
    const claimant = this.claimants.get(sentenceStart)
    return claimant && this.subjectOf(claimant)
  }

  /** The subject a claimant read against this article's registry was read from (claimants.ts claimantSubject). */
  private subjectOf(claimant: Claimant): Subject | undefined {
    return claimantSubject(claimant, this.registry)
  }

  /** Who a sentence of reported speech already read is attributed to ("X said that …"), or null. */
  claimantAt(sentenceStart: number): Claimant | null {
    return this.claimants.get(sentenceStart) ?? null
  }

  /** The clauses of a sentence read that joins attributions by different people (clause-claims.ts), or null. */
  partsAt(sentenceStart: number): ClausePart[] | null {
    return this.parts.get(sentenceStart) ?? null
  }

  /** An accepted quote spans [start, end): sentences overlapping it are attributed with the quote. */
  quoteAt(start: number, end: number, speaker: Subject | null = null): void {
    this.quoted.push({ start, end, speaker })
  }

  private holdsQuote(sentence: TextRange): boolean {
    while (this.quotedIndex < this.quoted.length && this.quoted[this.quotedIndex].end <= sentence.start)
      this.quotedIndex++
    const quote = this.quoted[this.quotedIndex]
    return quote !== undefined && quote.start < sentence.end
  }
}
