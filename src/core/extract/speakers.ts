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
 *    said …", "he said" goes back to Tom Reyes. A person of unknown gender agrees with both.
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
import type { Speaker } from '../../shared/article'
import type { Subject } from './subjects'
import { nameFitsNoun } from './name-words'
import { modifiersFit, ownNameOf } from './nominal-names'
import { genderOf, pronounGender, type Gender } from './gender'
import { MENTION_WEIGHT, SalienceList, type MentionRole } from './salience'
import { headNoun, modifiersAgree, modifiersOf, remitFits, remitOf } from './description-heads'
import { packedMap } from '../packed-map'
import { epithetHead, epithetPerson, statesFit, withWords } from './person-epithets'

interface Entry {
  speaker: Speaker
  /** Name words without courtesy titles: the last one is the surname. */
  nameWords: string[]
  named: boolean
  plural: boolean
  group: boolean
  /** What the article says of their gender (title, role word, earlier pronoun, first name); null when nothing. */
  gender: Gender | null
  /** The writer of first-person copy ("I said"): never the antecedent of "he", "she" or "they". */
  writer?: boolean
  /** A named person's mentions, titles in, and descriptions ("Former Gov. Nikki Haley"): what an epithet is fitted to. */
  written?: string
}

/** Who "I" is outside quotation marks: the article's writer. */
const WRITER: Speaker = { name: 'the writer', description: null, anonymous: false }

/** How many recent speakers a definite description ("the minister") is compared with. */
const DESCRIPTION_LOOKBACK = 50

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
  /** headNoun() of every description and name read so far: byDescription asks it of the same speakers again and again. */
  private readonly heads = new Map<string, string>()
  /** A body's own name per speaker name (ownNameOf), asked for each earlier body a description is compared with. */
  private readonly ownNames = new Map<string, string>()

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
    if (subject.kind !== 'name' || subject.group) return
    const entry = this.find(subject) ?? (knownOnly ? null : this.introduce(subject))
    if (!entry || entry.group || entry.plural) return
    entry.gender ??= genderOf(subject.written ?? subject.name, subject.description)
    this.recent.add(entry, MENTION_WEIGHT[role])
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
    if (entry.named && entry.nameWords.length > 1) this.bySurname.set(entry.nameWords.at(-1) ?? '', entry)
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
        const epithet = this.epithetName(subject)
        if (epithet) return epithet
        const entry = this.byName(subject)
        // "Mrs. Okafor" after "Ada Okafor": the title says what the full name did not.
        if (entry && !entry.gender) entry.gender = genderOf(subject.written ?? subject.name, null)
        // "Paul Ryan" in the headline, "House Speaker Paul Ryan" in the text: each title is kept for epithets.
        if (entry?.written !== undefined) entry.written = withWords(entry.written, subject)
        return entry
      }
      case 'description':
        return this.byDescription(subject)
    }
  }

  private introduce(subject: Subject): Entry | null {
    if (subject.kind === 'pronoun') return null
    const entry: Entry = {
      speaker: { name: subject.name, description: subject.description, anonymous: subject.anonymous },
      nameWords: subject.nameWords,
      named: subject.kind === 'name' && !subject.group,
      plural: subject.plural,
      group: subject.group,
      gender: subject.kind === 'name' ? genderOf(subject.written ?? subject.name, subject.description) : null,
      written: subject.written && subject.description ? `${subject.written} ${subject.description}` : subject.written
    }
    if (subject.kind === 'description' && !subject.group) entry.gender = genderOf('', subject.name)
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
      this.writer ??= {
        speaker: WRITER,
        nameWords: [],
        named: false,
        plural: false,
        group: false,
        gender: null,
        writer: true
      }
      return this.writer
    }
    const previous = this.previous
    const wanted = pronounGender(pronoun)
    if (wanted) {
      return this.recent.best((e) => (e.gender === null ? 'unknown' : e.gender === wanted ? 'agrees' : 'clashes'))
    }
    if (pronoun === 'they') {
      if (previous && (previous.speaker.anonymous || previous.plural || previous.group)) return previous
      return this.lastAnonymousOrPlural ?? previous
    }
    if (pronoun === 'it') return this.lastGroup
    return null
  }

  private byName(subject: Subject): Entry | null {
    const words = subject.nameWords
    if (words.length === 0) return this.byPhrase.get(subject.name.toLowerCase()) ?? null
    if (words.length === 1) return this.bySurname.get(words[0]) ?? this.byFullName.get(words[0]) ?? null
    return this.byFullName.get(words.join(' ')) ?? null
  }

  private headOf(phrase: string): string {
    let head = this.heads.get(phrase)
    if (head === undefined) this.heads.set(phrase, (head = headNoun(phrase)))
    return head
  }

  private ownName(name: string): string {
    let own = this.ownNames.get(name)
    if (own === undefined) this.ownNames.set(name, (own = ownNameOf(name)))
    return own
  }

  /** The one person named lately whom an epithet ("the kentucky republican") fits (person-epithets.ts), or null. */
  private epithet(phrase: string, head: string): Entry | null {
    const people: Entry[] = []
    for (let i = this.entries.length - 1; i >= 0 && i >= this.entries.length - DESCRIPTION_LOOKBACK; i--) {
      const e = this.entries[i]
      // A person's own name, not "Senate Republicans" (a name of several, read from a headline).
      if (e.named && !e.group && !e.plural && e.nameWords.length > 0 && e.written) people.push(e)
    }
    const written = packedMap(people, (e) => ({ written: e.written!, description: e.speaker.description }))
    const at = epithetPerson(phrase, head, written)
    return at < 0 ? null : people[at]
  }

  private epithetName(subject: Subject): Entry | null {
    const phrase = subject.name.toLowerCase()
    const head = phrase.slice(phrase.lastIndexOf(' ') + 1)
    return phrase.startsWith('the ') && epithetHead(head) ? this.epithet(phrase, head) : null
  }

  private byDescription(subject: Subject): Entry | null {
    const phrase = subject.name.toLowerCase()
    const same = this.byPhrase.get(phrase)
    if (same) return same
    if (!/^(?:the|this|that|these|those)\s/u.test(phrase)) return null
    const head = headNoun(phrase)
    if (head.length < 3) return null
    const modifiers = modifiersOf(phrase, head)
    const remit = remitOf(subject.name, head)
    const epithet = epithetHead(head) && !subject.plural ? this.epithet(phrase, head) : null
    if (epithet) return epithet
    for (let i = this.entries.length - 1; i >= 0 && i >= this.entries.length - DESCRIPTION_LOOKBACK; i--) {
      const e = this.entries[i]
      // "The Florida senator" is not "Sanders, the senator from Vermont", nor anyone whose state was never given.
      if (epithetHead(head) && !statesFit(phrase, `${e.written ?? e.speaker.name} ${e.speaker.description ?? ''}`))
        continue
      // "the Department for Transport" is no "Department for Education spokesperson": the remit after the head too.
      if (!remitFits(e.speaker.name, remit)) continue
      if (
        this.headOf(e.speaker.description ?? '') === head &&
        modifiersAgree(e.speaker.description!, phrase, head, e.named)
      )
        return e
      // "the Office for National Statistics", a name read as a description, is no "city's electoral services office";
      // "the Florida governor" is not "the former governor" met before: the words before the head must agree.
      if (
        !e.named &&
        this.headOf(e.speaker.name) === head &&
        (!/^\S+\s\p{Lu}/u.test(e.speaker.name) || modifiersFit(e.speaker.name, head, modifiers)) &&
        modifiersAgree(e.speaker.name, phrase, head)
      )
        return e
      // "The Washington Post … the newspaper wrote": the body's name fits the noun (and "the city's electoral
      // services office" is not the "Office for National Statistics": its modifiers must be in a name holding it).
      const own = this.ownName(e.speaker.name)
      if (e.group && nameFitsNoun(own, head) && modifiersFit(own, head, modifiers)) return e
    }
    return null
  }
}
