/**
 * Which person a "he" or "she" most likely means, among the people met lately. Every mention adds
 * weight to its person; older mentions count for less; the pronoun's gender rules people out or in.
 * The weights are written by hand from how news copy refers to people, and each says why:
 */
export type MentionRole = 'speaker' | 'subject' | 'addressee' | 'writer' | 'object' | 'possessive'

/**
 * How strongly one mention makes its person the referent of a later pronoun. News copy keeps the
 * person who speaks as the topic ("“…,” Hale said. … “…,” she added."), so a speaker (of a quote or of
 * reported speech) outweighs anyone else; the subject of a sentence that says something else about
 * them ("Hale toured the pier.") comes next, and so does the person asked a question ("Hale asked Ortiz
 * whether …": the answer that follows is Ortiz's; noted after the asker, so the more recent of the two),
 * and so does the writer of a message read out ("a letter from Sue Kemp": what is read next is hers);
 * a person only named in passing, as an object ("… the lease held by Mrs. Okafor") or an owner
 * ("Okafor's plan"), is a candidate but a weak one.
 */
export const MENTION_WEIGHT: Record<MentionRole, number> = {
  speaker: 1,
  subject: 0.9,
  addressee: 0.9,
  writer: 0.9,
  object: 0.5,
  possessive: 0.5
}
/** Each person met more recently divides an older one's weight by this much: the latest speaker usually wins. */
const RECENCY_DECAY = 0.7
/**
 * A person whose gender the article has shown (title, role word, earlier pronoun, first name) and
 * which agrees with the pronoun counts this much more than one whose gender is unknown. Less than
 * one step of recency: the latest speaker of unknown gender still beats an earlier one who agrees.
 */
const AGREEMENT_BONUS = 1.2
/** People kept as candidates; a pronoun in news copy refers to someone met a few sentences back. */
const MAX_CANDIDATES = 12

export type Agreement = 'agrees' | 'unknown' | 'clashes'

interface Candidate<T> {
  item: T
  weight: number
}

export class SalienceList<T> {
  /** Most recent last; each person once. */
  private readonly items: Candidate<T>[] = []

  /** A new mention: the person moves to the front, keeping the stronger of their old and new weight. */
  add(item: T, weight: number): void {
    const at = this.items.findIndex((c) => c.item === item)
    const old = at >= 0 ? this.items.splice(at, 1)[0].weight : 0
    this.items.push({ item, weight: Math.max(old, weight) })
    if (this.items.length > MAX_CANDIDATES) this.items.shift()
  }

  /** Up to `count` candidates that `fits` accepts, the most recent first. */
  latest(count: number, fits: (item: T) => boolean): T[] {
    const found: T[] = []
    for (let i = this.items.length - 1; i >= 0 && found.length < count; i--)
      if (fits(this.items[i].item)) found.push(this.items[i].item)
    return found
  }

  /** The best candidate for a pronoun; those whose gender clashes with it are left out. */
  best(agreement: (item: T) => Agreement): T | null {
    let best: T | null = null
    let bestScore = 0
    let factor = 1
    for (let i = this.items.length - 1; i >= 0; i--, factor *= RECENCY_DECAY) {
      const { item, weight } = this.items[i]
      const agrees = agreement(item)
      if (agrees === 'clashes') continue
      const score = weight * factor * (agrees === 'agrees' ? AGREEMENT_BONUS : 1)
      if (score > bestScore) {
        best = item
        bestScore = score
      }
    }
    return best
  }
}
