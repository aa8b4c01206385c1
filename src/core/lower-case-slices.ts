/**
 * Lower-cased slices of one text, cut from the text lower-cased once. Why: a draft with a curly quote or a dash is
 * held as a two-byte string, and toLowerCase() of a two-byte slice goes through ICU's case mapping in a runtime call,
 * one per slice; extraction lower-cased every sentence that way, for its check-worthiness score and again for a
 * claim's type. Lower-casing the text once and slicing gives the same strings when the mapping is the same code unit
 * by code unit, which ICU's default lower-casing is but for two things: "İ" (U+0130) becomes two code units, which the
 * lengths show (no mapping shortens a text), and the capital sigma (U+03A3) becomes "σ" or "ς" by its neighbours,
 * which may lie outside the slice. A text with a sigma, or with a surrogate pair (whose mapping a slice might cut),
 * is lower-cased slice by slice, as before.
 */
const CASED_BY_CONTEXT_RE = /[\u03a3\ud800-\udfff]/

/** `lowerCased(start, end)` === text.slice(start, end).toLowerCase(), for any slice. */
export function lowerCaseSlices(text: string): (start: number, end: number) => string {
  const lowered = text.toLowerCase()
  if (lowered.length !== text.length || CASED_BY_CONTEXT_RE.test(text))
    return (start, end) => text.slice(start, end).toLowerCase()
  return (start, end) => lowered.slice(start, end)
}
