/**
 * Two figures for the same thing that differ the way typing slips and loose rounding make them
 * differ: digits swapped ("321 homes" / "312 homes"), one digit off ("1,184" / "1,194"), or a round
 * figure in one place and an exact one that it does not honestly round to, or that it rounds
 * without saying so ("£6.2 million" / "£6,240,000" with no "about"). Pure arithmetic on the
 * figures' values; which pairs are compared at all is consistency.ts's business.
 */

export type Closeness = 'transposed' | 'one-digit' | 'rounded'

/**
 * Swapped or mistyped digits are only told apart from two honest counts in figures of at least
 * this many digits ("321"/"312"): "45"/"54" per cent or years of age collide by chance too often.
 */
export const MIN_SLIP_DIGITS = 3
/** A round figure needs at least this many significant digits to stand for an exact one: "50 per cent" rounds anything from 45 to 54. */
export const MIN_ROUND_SIGNIFICANT = 2

/** How two different amounts of the same thing are close, or null when they are simply different. */
export function closeness(a: number, b: number): Closeness | null {
  if (!Number.isFinite(a) || !Number.isFinite(b) || a === b || a <= 0 || b <= 0) return null
  if (roundsTo(a, b) || roundsTo(b, a)) return 'rounded'
  if (magnitude(a) !== magnitude(b)) return null
  // Both written out to the same last place: 301,000 and 310,000 → "301000", "310000".
  const last = Math.min(magnitude(a) - significant(a) + 1, magnitude(b) - significant(b) + 1)
  const da = String(Math.round(a / 10 ** last))
  const db = String(Math.round(b / 10 ** last))
  if (da.length !== db.length || da.length < MIN_SLIP_DIGITS) return null
  const differing: number[] = []
  for (let i = 0; i < da.length; i++) if (da[i] !== db[i]) differing.push(i)
  if (
    differing.length === 2 &&
    differing[1] === differing[0] + 1 &&
    da[differing[0]] === db[differing[1]] &&
    da[differing[1]] === db[differing[0]]
  ) {
    return 'transposed'
  }
  // A last digit one off (865 / 866) is far more often a count that moved than a slip.
  if (differing.length === 1 && differing[0] < da.length - 1) return 'one-digit'
  return null
}

/**
 * `round` is `exact` rounded to its own last significant place: 320 rounds 321 (to the ten),
 * 6,200,000 rounds 6,240,000 (to the hundred thousand). The exact figure must carry at least one
 * more significant digit, so 300 and 400 never "round" each other.
 */
function roundsTo(exact: number, round: number): boolean {
  const unit = placeOfLastSignificant(round)
  if (significant(round) < MIN_ROUND_SIGNIFICANT || significant(exact) <= significant(round)) return false
  return Math.abs(exact - round) < unit / 2 - 1e-9 * unit
}

/** The significant digits as a string: 6,240,000 → "624", 0.35 → "35", 321 → "321". */
function digits(value: number): string {
  return (
    String(value)
      .replace('.', '')
      .replace(/^0+/, '')
      .replace(/(?<!0)0+$/, '') || '0'
  )
}

function significant(value: number): number {
  return digits(value).length
}

/** Power of ten of the leading digit: 321 → 2, 6,240,000 → 6. */
function magnitude(value: number): number {
  return Math.floor(Math.log10(value) + 1e-12)
}

/** Place value of the last significant digit: 320 → 10, 6,200,000 → 100,000, 2.5 → 0.1. */
export function placeOfLastSignificant(value: number): number {
  return 10 ** (magnitude(value) - significant(value) + 1)
}
