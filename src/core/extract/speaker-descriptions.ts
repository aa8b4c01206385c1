/**
 * Which speaker met earlier a description refers to, for the speaker registry (speakers.ts): "the minister", "the
 * newspaper", "the Kentucky Republican" go back to the most recent of the last 50 entries whose description or name
 * has that head noun, or, for an epithet, to the one person named lately whom it fits (person-epithets.ts). Kept
 * apart from the registry's names and pronouns so each can be read, and grown, on its own.
 */
import type { Subject } from './subjects'
import type { Entry } from './speaker-entries'
import { nameFitsNoun } from './name-words'
import { modifiersFit } from './nominal-names'
import { ownNameOf } from './description-phrases'
import { headNoun, modifiersAgree, modifiersOf, remitFits, remitOf } from './description-heads'
import { packedMap } from '../packed-map'
import { epithetHead, epithetPerson, statesFit } from './person-epithets'

/** A name whose second word is capitalised: "Ada Berg". */
const TWO_NAME_WORDS = /^\S+\s\p{Lu}/u

/** After its determiner, capitalised words on both sides of "and": "The Maritime and Coastguard Agency". */
const NAME_WITH_AND_RE = /^\S+\s(?:\p{Lu}\S*\s)+and\s\p{Lu}/u

/** How many recent speakers a definite description ("the minister") is compared with. */
const DESCRIPTION_LOOKBACK = 50

export class SpeakerDescriptions {
  /** headNoun() of every description and name read so far: byDescription asks it of the same speakers again and again. */
  private readonly heads = new Map<string, string>()
  /** A body's own name per speaker name (ownNameOf), asked for each earlier body a description is compared with. */
  private readonly ownNames = new Map<string, string>()

  /**
   * @param entries the registry's entries in the order met (read, never changed, here)
   * @param byPhrase lower-cased description-as-name ("one source in the French military") → entry
   */
  constructor(
    private readonly entries: readonly Entry[],
    private readonly byPhrase: ReadonlyMap<string, Entry>
  ) {}

  /** "the Kentucky Republican", read as a body's name for its capitals: the person it is an epithet of, if any. */
  epithetName(subject: Subject): Entry | null {
    const phrase = subject.name.toLowerCase()
    const head = phrase.slice(phrase.lastIndexOf(' ') + 1)
    return phrase.startsWith('the ') && epithetHead(head) ? this.epithet(phrase, head) : null
  }

  byDescription(subject: Subject): Entry | null {
    const phrase = subject.name.toLowerCase()
    const same = this.byPhrase.get(phrase)
    if (same) return same
    if (!/^(?:the|this|that|these|those)\s/u.test(phrase)) return null
    const head = headNoun(phrase)
    // "The Maritime and Coastguard Agency", a body's name read as a description for its "and", has its head cut at
    // "and" ("maritime"): it is no "Maritime and Transport union" met before, but a body of its own.
    if (head.length < 3 || NAME_WITH_AND_RE.test(subject.name)) return null
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
        (!TWO_NAME_WORDS.test(e.speaker.name) || modifiersFit(e.speaker.name, head, modifiers)) &&
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
}
