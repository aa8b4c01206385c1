/**
 * The speakers met so far in an article, in reading order, and how a later mention refers back to
 * one of them. A speaker is always reported as first introduced in full: "Barotte wrote" and "he
 * added" both resolve to "Nicolas Barotte", with the description given at his introduction.
 * Candidates come from quotes and from prose (prose-speakers.ts: "X, who chairs …, said the rise …",
 * "One engineer told the paper that …"), in reading order; "previous" is the latest of either.
 *
 * Reference rules (checked on newsroom copy, where they hold far more often than not):
 *  - "he"/"she": the most salient single person who agrees with the pronoun (salience.ts weighs
 *    speaker over merely mentioned, recent over earlier; gender.ts says who agrees): usually the
 *    previous candidate ("a source said … he added"), but after "Tom Reyes said …" and "Alice Grant
 *    said …", "he said" goes back to Tom Reyes. A person of unknown gender agrees with both; a body or a place
 *    the article's entities name ("Portugal said …") with neither.
 *  - "they": the previous candidate when it is anonymous, plural or an organisation ("One engineer
 *    … told …", "officials said", singular "they" included); else the most recent anonymous or
 *    plural source; else the previous candidate.
 *    People merely mentioned in prose ("… met Mr. Hale.", "Smith's plan") are candidates too, weaker.
 *  - "it": the most recently quoted organisation.
 *  - a surname alone ("Barotte", "Mr. Barotte"): the most recent full name ending with it.
 *  - "the minister", "the correspondent": the most recent speaker whose description or name has
 *    that head noun; otherwise a new speaker.
 * Anything that cannot be resolved returns null: the quote then shows no speaker rather than a guess.
 */
import type { Claimant, Fact, Speaker } from '../../shared/article'
import type { Subject } from './subjects'
import { genderOf, pronounGender } from './gender'
import { MENTION_WEIGHT, SalienceList, type MentionRole } from './salience'
import { withWords } from './person-epithets'
import { entryOf, writerEntry, type Entry } from './speaker-entries'
import { SpeakerDescriptions } from './speaker-descriptions'

/** First name, middle name or initial, surname: "Vladimir V. Putin", "John Ellis Bush". */
const MAX_NAME_WORDS = 3

/** A headline's words run into one name ("Ada Berg Sides With Port Board On Levy"): longer than any name. */
const MAX_MENTION_WORDS = 5
/**
 * Capitalised short words a headline holds and a name never does after its first word (a name writes "of" and "for"
 * in lower case). Not the ones that are names too: "George Will", "Dae-jung In".
 */
// prettier-ignore
const HEADLINE_MINOR_WORDS = new Set([
  'The', 'A', 'With', 'To', 'That', 'On', 'About', 'Over', 'After', 'From', 'Into', 'Against', 'Among', 'Why', 'How',
  'When', 'Is', 'Are', 'Was', 'Were', 'Not', 'His', 'Her', 'Its', 'Their', 'He', 'She', 'It', 'They', 'For', 'Of'
])

/** Whether a name's words are a headline's run (a mention of it is no one's, nor an antecedent). */
function headlineRun(words: readonly string[]): boolean {
  if (words.length > MAX_MENTION_WORDS) return true
  for (let i = 1; i < words.length; i++) if (HEADLINE_MINOR_WORDS.has(words[i])) return true
  return false
}

/**
 * Look-ups are maps and "most recent" pointers updated on every use, so an article with tens of
 * thousands of quoted names resolves in linear time.
 */
export class SpeakerRegistry {
  private readonly entries: Entry[] = []
  private previous: Entry | null = null
  /** The writer, met at the first "I" outside quotation marks. */
  private writer: Entry | null = null
  private lastAnonymousOrPlural: Entry | null = null
  private lastGroup: Entry | null = null
  /** People met lately, speakers and mere mentions, weighed for "he" and "she". */
  private readonly recent = new SalienceList<Entry>()
  /** Full name (words joined) → entry; surname → most recently used full-name entry ending with it. */
  private readonly byFullName = new Map<string, Entry>()
  private readonly bySurname = new Map<string, Entry>()
  /** Lower-cased description-as-name ("one source in the French military") → entry. */
  private readonly byPhrase = new Map<string, Entry>()
  /** Which earlier entry a description ("the minister") or epithet refers to (speaker-descriptions.ts). */
  private readonly descriptions = new SpeakerDescriptions(this.entries, this.byPhrase)
  /**
   * The subject each claimant read against this registry was resolved from (claimants.ts claimantSubject). Held
   * here, for the one article, not in a module-wide WeakMap: its insert was a quarter of resolved()'s time.
   */
  readonly claimantSubjects = new Map<Claimant, Subject>()
  /** Names the article's entities read as an organisation or a place (no "he" or "she" stands for one), or a person. */
  private kinds: { bodies: Set<string>; people: Set<string> } | undefined

  /** `entities`: the article's people, places and organisations (facts/entities.ts), sorted or not. */
  constructor(private readonly entities: readonly Fact[] = []) {}

  /** Resolve a subject to a speaker, introducing a new one when it names someone not yet met. */
  resolve(subject: Subject): Speaker | null {
    const entry = this.find(subject) ?? this.introduce(subject)
    if (entry === null) return null
    // The article's own pronoun is the best evidence of a person's gender from here on.
    if (subject.kind === 'pronoun' && entry.gender === null) entry.gender = pronounGender(subject.name)
    return this.use(entry)
  }

  /** Refer back to a speaker already met, never introducing one; null when there is none. */
  recall(subject: Subject): Speaker | null {
    const entry = this.find(subject)
    return entry ? this.use(entry) : null
  }

  /**
   * Who a subject refers to among the speakers met so far, without making it the latest one: a
   * claimant read from a sentence must not change whom the next "he said" refers to.
   */
  peek(subject: Subject): Speaker | null {
    const entry = this.find(subject)
    return entry ? { ...entry.speaker } : null
  }

  /**
   * Note a person described, not named, whose gender the words say ("My mother has softened with
   * age, but she still says …"): a candidate for the "she" after it in the same sentence.
   */
  describe(subject: Subject): void {
    if (subject.kind !== 'description' || subject.group || subject.plural) return
    const gender = genderOf('', subject.name)
    if (!gender) return
    const entry = this.find(subject) ?? this.introduce(subject)
    if (entry && !entry.group && !entry.plural) this.recent.add(entry, MENTION_WEIGHT.subject)
  }

  /**
   * Note a person merely mentioned in prose ("The board met Mrs. Okafor on Monday.", "Smith's plan"):
   * a candidate for a later "he"/"she", weaker than a speaker (salience.ts). `known` only refers back.
   */
  mention(subject: Subject, role: MentionRole, knownOnly = false): void {
    if (subject.kind !== 'name' || subject.group || headlineRun(subject.nameWords)) return
    const entry = this.find(subject) ?? (knownOnly ? null : this.introduce(subject))
    if (!entry || entry.group || entry.plural) return
    entry.gender ??= genderOf(subject.written ?? subject.name, subject.description)
    this.recent.add(entry, MENTION_WEIGHT[role])
    // "Critics, including state Sen. Ray Dunmore, argue …. Dunmore said": the surname alone stands for the full name
    // mentioned, unless a speaker already answers to it (a speaker is the likelier one meant). A run of more than
    // three words is no one's name but a headline's ("Chris Christie Calls Hillary Clinton ‘A Disgrace’").
    const words = entry.nameWords
    if (entry.named && words.length > 1 && words.length <= MAX_NAME_WORDS && !this.nameOwns(words.at(-1)!)) {
      this.bySurname.set(words.at(-1)!, entry)
    }
  }

  /** Whether a name of no more than three words answers to the surname: a longer run may be a headline's. */
  private nameOwns(surname: string): boolean {
    const owner = this.bySurname.get(surname)
    return owner !== undefined && owner.nameWords.length <= MAX_NAME_WORDS
  }

  /**
   * The surname alone stands for the entry from here on; a run longer than a name ("Ada Berg Praises Port Board
   * Chair Tom Ruiz", a headline's) takes it only from no one or from another run, never from the person the body
   * names in full ("Tom Ruiz"), so a later "Ruiz said" is his.
   */
  private ownSurname(entry: Entry): void {
    const surname = entry.nameWords.at(-1) ?? ''
    if (entry.nameWords.length <= MAX_NAME_WORDS || !this.nameOwns(surname)) this.bySurname.set(surname, entry)
  }

  /** Whom "his" or "her" owning a noun stands for: a person named whose gender the article has shown to agree. */
  owner(pronoun: 'he' | 'she'): Speaker | null {
    const entry = this.antecedent(pronoun)
    return entry?.named && entry.gender === pronounGender(pronoun) ? { ...entry.speaker } : null
  }

  /** The `count` people met last, named ones only, the most recent first: whom "the two" opening a sentence means. */
  lastNamed(count: number): Speaker[] {
    return this.recent.latest(count, (e) => e.named && !e.writer).map((e) => ({ ...e.speaker }))
  }

  /** Record that a quote carries this speaker without a mention (continuation of the same paragraph). */
  reuse(speaker: Speaker): Speaker {
    const entry = this.previous && this.previous.speaker.name === speaker.name ? this.previous : null
    return entry ? this.use(entry) : { ...speaker }
  }

  private use(entry: Entry): Speaker {
    // The writer stays out of "previous" and the salience list: a later "he" or "they" is someone else.
    if (entry.writer) return { ...entry.speaker }
    this.previous = entry
    if (!entry.plural && !entry.group) this.recent.add(entry, MENTION_WEIGHT.speaker)
    if (entry.named && entry.nameWords.length > 1) this.ownSurname(entry)
    if (entry.speaker.anonymous || entry.plural) this.lastAnonymousOrPlural = entry
    if (entry.group) this.lastGroup = entry
    return { ...entry.speaker }
  }

  private find(subject: Subject): Entry | null {
    switch (subject.kind) {
      case 'pronoun':
        return this.antecedent(subject.name)
      case 'name': {
        // "the Kentucky Republican", read as a body's name for its capitals: a person's epithet, even when met
        // before as a mention of its own.
        const epithet = this.descriptions.epithetName(subject)
        if (epithet) return epithet
        const entry = this.byName(subject)
        // "Mrs. Okafor" after "Ada Okafor": the title says what the full name did not.
        if (entry && !entry.gender) entry.gender = genderOf(subject.written ?? subject.name, null)
        // "Paul Ryan" in the headline, "House Speaker Paul Ryan" in the text: each title is kept for epithets.
        if (entry?.written !== undefined) entry.written = withWords(entry.written, subject)
        return entry
      }
      case 'description':
        return this.descriptions.byDescription(subject)
    }
  }

  private introduce(subject: Subject): Entry | null {
    if (subject.kind === 'pronoun') return null
    const entry = entryOf(subject)
    this.entries.push(entry)
    if (subject.kind === 'name' && entry.nameWords.length > 0) {
      const key = entry.nameWords.join(' ')
      if (!this.byFullName.has(key)) this.byFullName.set(key, entry)
    } else {
      this.byPhrase.set(subject.name.toLowerCase(), entry)
    }
    return entry
  }

  private antecedent(pronoun: string): Entry | null {
    if (pronoun === 'i') {
      this.writer ??= writerEntry()
      return this.writer
    }
    const previous = this.previous
    const wanted = pronounGender(pronoun)
    if (wanted) {
      // "Portugal said on Monday …. “…,” he said": a body or a place named as a speaker has no gender to clash, yet
      // is never a person's pronoun (asked only of an entry of no gender: most people named have one).
      return this.recent.best((e) =>
        e.gender === null ? (this.isBody(e) ? 'clashes' : 'unknown') : e.gender === wanted ? 'agrees' : 'clashes'
      )
    }
    if (pronoun === 'they') {
      if (previous && (previous.speaker.anonymous || previous.plural || previous.group)) return previous
      return this.lastAnonymousOrPlural ?? previous
    }
    if (pronoun === 'it') return this.lastGroup
    return null
  }

  /** Whether the article's entities read the entry's name as an organisation's or a place's, and never a person's. */
  private isBody(entry: Entry): boolean {
    this.kinds ??= nameKinds(this.entities)
    if (!this.kinds.bodies.has(entry.speaker.name)) return false
    // "Harbour Board Ranking Member Jo Pike", taken whole for a body by its first words, is the person the lone
    // "Pike" is elsewhere.
    return !this.kinds.people.has(entry.nameWords.at(-1) ?? '')
  }

  private byName(subject: Subject): Entry | null {
    const words = subject.nameWords
    if (words.length === 0) return this.byPhrase.get(subject.name.toLowerCase()) ?? null
    if (words.length === 1) return this.bySurname.get(words[0]) ?? this.byFullName.get(words[0]) ?? null
    return this.byFullName.get(words.join(' ')) ?? null
  }
}

/** The names an article's entities read as people's, and those read as an organisation's or a place's and nowhere
 * as a person's ("Trump" of "Trump Tower" is still the man). */
function nameKinds(entities: readonly Fact[]): { bodies: Set<string>; people: Set<string> } {
  const bodies = new Set<string>()
  const people = new Set<string>()
  for (const e of entities) {
    if (e.kind === 'organisation' || e.kind === 'place') bodies.add(e.text)
    else if (e.kind === 'person') people.add(e.text)
  }
  for (const name of people) bodies.delete(name)
  return { bodies, people }
}
