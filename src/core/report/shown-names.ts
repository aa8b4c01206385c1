/**
 * One spelling per body in everything a checker reads: the engine names a body as the article writes it, so one
 * named opening a sentence ("The Port Authority said …") and inside one ("…, according to the Port Authority") came
 * out under two names. The workspace's speaker filter and every report fold them by one key and show one name.
 */
import type { Item } from '../../shared/case'

/**
 * One key per name whatever the case of its opening "the": a body named at a sentence's start ("The Roper Center
 * for Public Opinion Research said") and inside one ("according to the Roper Center …") is one body, which the
 * speaker filter listed twice, each choice finding half of its items. Only the article's case is folded: "the
 * Hill" and "Hill" may be an outlet and a person.
 */
export function speakerKey(name: string): string {
  return name.startsWith('the ') ? `The${name.slice(3)}` : name
}

/**
 * The name shown for each key among the given names: the capitalised "The …" when any of them is written so (it
 * reads as a name in a list, and is the one the article uses for the body on its own), else the first written.
 */
export function shownNames(names: Iterable<string>): Map<string, string> {
  const shown = new Map<string, string>()
  for (const name of names) {
    const key = speakerKey(name)
    if (!shown.has(key) || name === key) shown.set(key, name)
  }
  return shown
}

/** Everyone the items are attributed to, speakers and claimants alike, as written in them. */
export function attributedNames(items: readonly Item[]): string[] {
  const names: string[] = []
  for (const item of items) {
    if (item.speaker?.name) names.push(item.speaker.name)
    if (item.claimant?.name) names.push(item.claimant.name)
  }
  return names
}

/** Who the items are attributed to, each under the one name shown for its key across all of them. */
export function nameShower(items: readonly Item[]): (name: string) => string {
  return showerOf(shownNames(attributedNames(items)).values())
}

/**
 * nameShower from the names already chosen, one per key (the speaker filter's list): the workspace keeps one
 * function while those names stay the same, so a status change does not draw every row of the item list again.
 */
export function showerOf(shown: Iterable<string>): (name: string) => string {
  const byKey = new Map<string, string>()
  for (const name of shown) byKey.set(speakerKey(name), name)
  return (name) => byKey.get(speakerKey(name)) ?? name
}

/** Shows a name as written: the default where no case gives the one spelling of each name (nameShower). */
export const asWritten = (name: string): string => name
