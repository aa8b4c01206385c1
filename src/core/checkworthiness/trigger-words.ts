/**
 * Which of several lists of trigger words a lower-cased text holds, found in one scan of it: a pattern
 * whose every match holds one of its list's words cannot match a text that holds none, so it need not
 * run. Used by the regex hand features (feature-triggers.ts) and the claim types (claim-type.ts).
 *
 * The scan is an Aho-Corasick automaton: one table step per character of the text, whatever the number of
 * words. (One regular expression of all the words, run again after each match, cost about five times as
 * much: the regex engine tried each place of the text against the whole alternation.)
 */
export class TriggerWords {
  /** Each character code's column in `next`: 0 for every character no trigger word holds. */
  private readonly columnOf = new Uint8Array(0x10000)
  private readonly columns: number
  /** next[state * columns + column]: the state after reading a character in that state. State 0: nothing read. */
  private readonly next: Int16Array
  /** Per state: the lists whose words end there (the word just read, or a word that ends it). */
  private readonly ends: (readonly number[] | undefined)[]

  /**
   * A word that begins with another trigger word is folded into the shorter one ('likely to' into
   * 'likely'): wherever it occurs the shorter one does too, so the same lists are marked.
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
    const listsOf = new Map<string, number[]>()
    for (const [word, owners] of wordsOf) {
      const shortest = words.filter((other) => word.startsWith(other)).reduce((a, b) => (b.length < a.length ? b : a))
      listsOf.set(shortest, [...new Set([...(listsOf.get(shortest) ?? []), ...owners])])
    }
    let columns = 1
    for (const word of listsOf.keys())
      for (let k = 0; k < word.length; k++) this.columnOf[word.charCodeAt(k)] ||= columns++
    if (columns > 0xff) throw new Error('trigger words: more than 255 different characters')
    this.columns = columns
    // The trie of the words (-1: no such child), then completed breadth-first into the automaton.
    const child: number[][] = [new Array<number>(columns).fill(-1)]
    const ends: number[][] = [[]]
    for (const [word, owners] of listsOf) {
      let state = 0
      for (let k = 0; k < word.length; k++) {
        const column = this.columnOf[word.charCodeAt(k)]
        if (child[state][column] < 0) {
          child[state][column] = child.length
          child.push(new Array<number>(columns).fill(-1))
          ends.push([])
        }
        state = child[state][column]
      }
      ends[state] = owners
    }
    // fallback[s]: the state of the longest proper suffix of s's text that is a trie state (read before s).
    const fallback = new Array<number>(child.length).fill(0)
    const queue: number[] = []
    for (let column = 0; column < columns; column++) {
      if (child[0][column] < 0) child[0][column] = 0
      else queue.push(child[0][column])
    }
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q]
      ends[state] = [...new Set([...ends[state], ...ends[fallback[state]]])]
      for (let column = 0; column < columns; column++) {
        const to = child[state][column]
        if (to < 0) child[state][column] = child[fallback[state]][column]
        else {
          fallback[to] = child[fallback[state]][column]
          queue.push(to)
        }
      }
    }
    // Numbered breadth-first, in a table of 16-bit numbers: a text keeps the automaton in its first few states
    // (nothing read, or one or two letters of a word), whose rows then sit together in the cache.
    const order = [0, ...queue]
    if (order.length > 0x7fff) throw new Error('trigger words: too many states')
    const place = new Array<number>(order.length)
    order.forEach((state, n) => (place[state] = n))
    this.next = Int16Array.from(order.flatMap((state) => child[state].map((to) => place[to])))
    this.ends = order.map((state) => (ends[state].length > 0 ? ends[state] : undefined))
  }

  /** Sets found[i] to 1 for every list i with a word in `lower` (other entries are left as they are). */
  mark(lower: string, found: Uint8Array): void {
    const { columnOf, columns, next, ends } = this
    let state = 0
    for (let at = 0; at < lower.length; at++) {
      state = next[state * columns + columnOf[lower.charCodeAt(at)]]
      const owners = ends[state]
      if (owners !== undefined) for (const i of owners) found[i] = 1
    }
  }
}
