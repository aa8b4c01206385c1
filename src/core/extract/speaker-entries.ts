/**
 * What the speaker registry (speakers.ts) keeps of each speaker or person met in an article, and how an entry is
 * made from the subject that introduces it. Kept apart from the registry's look-ups so each can be read, and
 * grown, on its own.
 */
import type { Speaker } from '../../shared/article'
import type { Subject } from './subjects'
import { genderOf, type Gender } from './gender'

export interface Entry {
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

/** The writer's entry, made at the first "I" outside quotation marks. */
export function writerEntry(): Entry {
  return {
    speaker: WRITER,
    nameWords: [],
    named: false,
    plural: false,
    group: false,
    gender: null,
    writer: true
  }
}

/** A new entry for a name or description not met before (never a pronoun: those only refer back). */
export function entryOf(subject: Subject): Entry {
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
  return entry
}
