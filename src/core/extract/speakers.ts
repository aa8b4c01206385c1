/**
 * The speakers met so far in an article, in reading order, and how a later mention refers back to
 * one of them. A speaker is always reported as first introduced in full: "Barotte wrote" and "he
 * added" both resolve to "Nicolas Barotte", with the description given at his introduction.
 *
 * Reference rules (checked on newsroom copy, where they hold far more often than not):
 *  - "he"/"she": the speaker of the previous quote when that speaker is a single person (named or
 *    not: "a source said … he added"); otherwise the most recently quoted named person.
 *  - "they": the most recently quoted anonymous or plural source, else the previous quote's speaker.
 *  - "it": the most recently quoted organisation.
 *  - a surname alone ("Barotte", "Mr. Barotte"): the most recent full name ending with it.
 *  - "the minister", "the correspondent": the most recent speaker whose description or name has
 *    that head noun; otherwise a new speaker.
 * Anything that cannot be resolved returns null: the quote then shows no speaker rather than a guess.
 */
import type { Speaker } from '../../shared/article'
import type { Subject } from './subjects'

interface Entry {
  speaker: Speaker
  /** Name words without courtesy titles: the last one is the surname. */
  nameWords: string[]
  named: boolean
  plural: boolean
  group: boolean
}

/** How many recent speakers a definite description ("the minister") is compared with. */
const DESCRIPTION_LOOKBACK = 50

/**
 * Look-ups are maps and "most recent" pointers updated on every use, so an article with tens of
 * thousands of quoted names resolves in linear time.
 */
export class SpeakerRegistry {
  private readonly entries: Entry[] = []
  private previous: Entry | null = null
  private lastNamed: Entry | null = null
  private lastAnonymousOrPlural: Entry | null = null
  private lastGroup: Entry | null = null
  /** Full name (words joined) → entry; surname → most recently used full-name entry ending with it. */
  private readonly byFullName = new Map<string, Entry>()
  private readonly bySurname = new Map<string, Entry>()
  /** Lower-cased description-as-name ("one source in the French military") → entry. */
  private readonly byPhrase = new Map<string, Entry>()

  /** Resolve a subject to a speaker, introducing a new one when it names someone not yet met. */
  resolve(subject: Subject): Speaker | null {
    const entry = this.find(subject) ?? this.introduce(subject)
    if (entry === null) return null
    return this.use(entry)
  }

  /** Record that a quote carries this speaker without a mention (continuation of the same paragraph). */
  reuse(speaker: Speaker): Speaker {
    const entry = this.previous && this.previous.speaker.name === speaker.name ? this.previous : null
    return entry ? this.use(entry) : { ...speaker }
  }

  private use(entry: Entry): Speaker {
    this.previous = entry
    if (entry.named) {
      this.lastNamed = entry
      if (entry.nameWords.length > 1) this.bySurname.set(entry.nameWords[entry.nameWords.length - 1], entry)
    }
    if (entry.speaker.anonymous || entry.plural) this.lastAnonymousOrPlural = entry
    if (entry.group) this.lastGroup = entry
    return { ...entry.speaker }
  }

  private find(subject: Subject): Entry | null {
    switch (subject.kind) {
      case 'pronoun':
        return this.antecedent(subject.name)
      case 'name':
        return this.byName(subject)
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
      group: subject.group
    }
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
    const previous = this.previous
    if (pronoun === 'he' || pronoun === 'she') {
      if (previous && !previous.plural && !previous.group) return previous
      return this.lastNamed
    }
    if (pronoun === 'they') return this.lastAnonymousOrPlural ?? previous
    if (pronoun === 'it') return this.lastGroup
    return null
  }

  private byName(subject: Subject): Entry | null {
    const words = subject.nameWords
    if (words.length === 0) return this.byPhrase.get(subject.name.toLowerCase()) ?? null
    if (words.length === 1) return this.bySurname.get(words[0]) ?? this.byFullName.get(words[0]) ?? null
    return this.byFullName.get(words.join(' ')) ?? null
  }

  private byDescription(subject: Subject): Entry | null {
    const phrase = subject.name.toLowerCase()
    const same = this.byPhrase.get(phrase)
    if (same) return same
    if (!/^(the|this|that|these|those)\s/u.test(phrase)) return null
    const head = phrase.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).pop() ?? ''
    if (head.length < 3) return null
    const hasHead = (words: string): boolean => words.toLowerCase().split(/[^\p{L}\p{N}]+/u).includes(head)
    for (let i = this.entries.length - 1; i >= 0 && i >= this.entries.length - DESCRIPTION_LOOKBACK; i--) {
      const e = this.entries[i]
      if (hasHead(e.speaker.description ?? '') || (!e.named && hasHead(e.speaker.name))) return e
    }
    return null
  }
}
