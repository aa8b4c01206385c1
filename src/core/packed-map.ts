/**
 * Array.prototype.map as a loop that pushes, for arrays that hot readers index. Why: once V8's optimising compiler
 * (TurboFan) inlines a `.map` call, the array it returns has holey elements, while the same call run before
 * optimisation returns a packed one. An array made by `.map` in a function that is only optimised after the first
 * articles (extract, classifyPhrase, headlineAttribution …) thus changes its elements kind mid-run, and every reader
 * already optimised for the packed kind (the cue readers, the name-word readers) is deoptimised ("wrong map") and
 * compiled again, articles later. An array built by push stays packed whichever tier runs the loop.
 */
export function packedMap<T, U>(items: readonly T[], each: (item: T, index: number) => U): U[] {
  const out: U[] = []
  for (let i = 0; i < items.length; i++) out.push(each(items[i], i))
  return out
}
