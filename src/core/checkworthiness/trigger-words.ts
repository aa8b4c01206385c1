/**
 * Which of several lists of trigger words a lower-cased text holds, found in one scan of it: a pattern
 * whose every match holds one of its list's words cannot match a text that holds none, so it need not
 * run. Used by the regex hand features (feature-triggers.ts) and the claim types (claim-type.ts).
 */
export class TriggerWords {
  /** Trigger word → the lists it belongs to. */
  private readonly listsOf = new Map<string, number[]>()
  private readonly scan: RegExp

  /**
   * A word that begins with another trigger word is folded into the shorter one ('likely to' into
   * 'likely'): wherever it occurs the shorter one does too, and with no word the start of another, at
   * most one word matches at any place, so a scan that restarts one character after each match finds
   * every occurrence.
   */
  constructor(lists: readonly (readonly string[])[]) {
    const wordsOf = new Map<string, number[]>()
    lists.forEach((words, i) => {
      for (const word of words) {
        if (word !== word.toLowerCase() || word === '') throw new Error(`trigger '${word}' must be lower case`)
        wordsOf.set(word, [...(wordsOf.get(word) ?? []), i])
      }
    })
    const words = [...wordsOf.keys()]
    for (const [word, owners] of wordsOf) {
      const shortest = words.filter((other) => word.startsWith(other)).reduce((a, b) => (b.length < a.length ? b : a))
      this.listsOf.set(shortest, [...new Set([...(this.listsOf.get(shortest) ?? []), ...owners])])
    }
    const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    this.scan = new RegExp([...this.listsOf.keys()].map(escape).join('|') || '(?!)', 'g')
  }

  /** Sets found[i] to 1 for every list i with a word in `lower` (other entries are left as they are). */
  mark(lower: string, found: Uint8Array): void {
    const scan = this.scan
    scan.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = scan.exec(lower)) !== null) {
      for (const i of this.listsOf.get(m[0]) ?? []) found[i] = 1
      scan.lastIndex = m.index + 1
    }
  }
}
