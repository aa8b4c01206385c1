/**
 * A bounded approximate matcher: Myers' bit-parallel edit distance (1999) for patterns of at most
 * 32 characters, run over a window of the text. It answers "where does something like these 32
 * characters end, with how many edits". Whitespace and quote styles are folded first, so they
 * never count as edits.
 */

/** Patterns longer than one machine word are cut by the caller (head and tail of a passage). */
export const MAX_PATTERN = 32

/** Pattern bitmasks by UTF-16 code unit, reused across calls and cleared after each (no allocation). */
const PEQ = new Int32Array(65536)

export interface ApproxHit {
  /** Offset in the text just after the match. */
  end: number
  errors: number
}

/** One folded char code per char, so offsets stay identical to the raw text. */
function fold(code: number): number {
  if (code === 0x201c || code === 0x201d || code === 0x201e || code === 0xab || code === 0xbb || code === 0x201f)
    return 0x22
  if (code === 0x2018 || code === 0x2019 || code === 0x201a || code === 0x201b || code === 0x2039 || code === 0x203a)
    return 0x27
  if (code === 9 || code === 10 || code === 13 || code === 160 || code === 0x202f || (code >= 0x2000 && code <= 0x200a))
    return 0x20
  return code
}

/**
 * Every end offset in [from, to) where `pattern` matches with at most `maxErrors` edits, keeping
 * only the best end of each cluster (ends closer than the pattern length are one match).
 */
export function approxSearch(text: string, pattern: string, from: number, to: number, maxErrors: number): ApproxHit[] {
  const length = Math.min(pattern.length, MAX_PATTERN)
  if (length === 0) return []
  const peq = PEQ
  const used: number[] = []
  for (let i = 0; i < length; i++) {
    const code = fold(pattern.charCodeAt(i))
    if (peq[code] === 0) used.push(code)
    peq[code] |= 1 << i
  }
  const highBit = 1 << (length - 1)
  let positive = -1 // Pv: vertical +1 deltas, all set
  let negative = 0 // Mv: vertical -1 deltas
  let score = length
  const hits: ApproxHit[] = []
  for (let j = Math.max(0, from); j < Math.min(to, text.length); j++) {
    const equal = peq[fold(text.charCodeAt(j))]
    const xv = equal | negative
    const xh = (((equal & positive) + positive) ^ positive) | equal
    let ph = negative | ~(xh | positive)
    let mh = positive & xh
    if (ph & highBit) score++
    else if (mh & highBit) score--
    ph <<= 1
    mh <<= 1
    positive = mh | ~(xv | ph)
    negative = ph & xv
    if (score <= maxErrors) addHit(hits, { end: j + 1, errors: score }, length)
  }
  for (const code of used) peq[code] = 0
  return hits
}

function addHit(hits: ApproxHit[], hit: ApproxHit, clusterWidth: number): void {
  const last = hits[hits.length - 1]
  if (last && hit.end - last.end < clusterWidth) {
    if (hit.errors < last.errors) hits[hits.length - 1] = hit
    return
  }
  hits.push(hit)
}
