/**
 * PolNeAR's indirect attributions scored row by row, the way ../shared/tools/polnear-eval.mjs scores claimants,
 * so that a bench can say which rows are missed and why (the shared scorer prints only the total).
 *
 * A row is a gold attribution with a source whose content holds no quotation mark and overlaps at least one claim;
 * it is right when some such claim has a claimant whose mention overlaps the gold source span, or whose name shares
 * a capitalised word with the gold source's text. Offsets of the engine's article text are mapped back to the
 * original file by finding the same words nearest the scaled offset, as the scorer does.
 */

/** One brat span: its parts as [start, end) pairs in the original file, and its text. */
export interface GoldSpan {
  parts: number[][]
  text: string
}

/** One brat event: the attribution's content, source and cue spans (`cue` is the cue's words joined). */
export interface GoldAttribution {
  content: GoldSpan[]
  source: GoldSpan[]
  cue: string
  cueSpans: GoldSpan[]
}

/** What the bench needs of `extract --json`: the claims, with their claimants' names and mentions. */
export interface ClaimJson {
  start: number
  text: string
  claimant: {
    name: string
    mention: { start: number; text: string } | null
    cue?: { start: number; text: string } | null
  } | null
}

/**
 * Why a row is wrong, read off positions alone (no reading of the sentence), so a bench can count the classes on
 * every run instead of a hand count going stale:
 * - `none-pronoun`: no claim over it has a claimant, and the corpus's source is a pronoun or a relative word
 *   (FORMAT.md gives no claimant for a pronoun with no one to refer to, rather than a guess);
 * - `none`: no claimant, any other source (a cue or a subject the readers miss, or an action left out on purpose);
 * - `pronoun`: a claimant, but the corpus's source is a pronoun or relative word: either the same person, named
 *   where the sentence first names them (the scorer counts only a mention at the pronoun itself), or another
 *   attribution (positions cannot tell which without resolving the pronoun);
 * - `same-cue`: our claimant's cue is the corpus's cue, but the subject read is another;
 * - `earlier` / `later`: our claimant comes from another attribution before or after the corpus's source (two
 *   attributions in one claim, or one nested in the other: FORMAT.md's first-or-outer rule picks one).
 */
export type MissKind = 'none-pronoun' | 'none' | 'pronoun' | 'same-cue' | 'earlier' | 'later'

export interface ClaimantRow {
  right: boolean
  source: string
  cue: string
  /** Null when the row is right. */
  miss: MissKind | null
}

const PRONOUN_SOURCE = /^(he|she|they|it|we|i|you|who|whom|which|that|his|her|its|their|our|my|your|him|them|us|me)$/i

const QUOTE_MARK = /["“”«»]/

/** The brat standoff of one article. A span's text may run over a line break: its next line is no record. */
export function parseAnn(text: string): GoldAttribution[] {
  const spans = new Map<string, GoldSpan>()
  const events: Record<string, string[]>[] = []
  for (const line of text.split('\n')) {
    if (!/^[TE]\d+\t/.test(line)) continue
    const [id, meta, spanText] = line.split('\t')
    if (line.startsWith('T')) {
      const [, ...offsets] = meta.split(' ')
      const parts = offsets
        .join(' ')
        .split(';')
        .map((part) => part.trim().split(' ').map(Number))
      spans.set(id, { parts, text: spanText ?? '' })
      continue
    }
    const roles: Record<string, string[]> = {}
    for (const pair of meta.trim().split(/\s+/)) {
      const [role, target] = pair.split(':')
      ;(roles[role.replace(/\d+$/, '')] ??= []).push(target)
    }
    events.push(roles)
  }
  const resolve = (ids: string[] | undefined): GoldSpan[] =>
    (ids ?? []).map((id) => spans.get(id)).filter((span): span is GoldSpan => span !== undefined)
  return events
    .map((roles) => ({
      content: resolve(roles.Content),
      source: resolve(roles.Source),
      cue: resolve(roles.Cue)
        .map((span) => span.text)
        .join(' … '),
      cueSpans: resolve(roles.Cue)
    }))
    .filter((attribution) => attribution.content.length > 0)
}

const overlaps = (a0: number, a1: number, b0: number, b1: number): boolean => Math.min(a1, b1) - Math.max(a0, b0) > 0
const partsOverlap = (parts: number[][], start: number, end: number): boolean =>
  parts.some(([p0, p1]) => overlaps(p0, p1, start, end))

/** The scorer's name test: capitalised words, less articles, pronouns and courtesy titles. */
const NOT_NAMES = new Set(['the', 'a', 'an', 'he', 'she', 'they', 'it', 'we', 'i', 'mr', 'mrs', 'ms', 'dr'])
function capitalisedWords(text: string): Set<string> {
  const words = (text.match(/\b[A-Z][\p{L}'’.-]+/gu) ?? []).map((word) => word.replace(/[’']s$/, '').toLowerCase())
  return new Set(words.filter((word) => !NOT_NAMES.has(word)))
}

/** Where `text` stands in the original file: the occurrence nearest `hint`, or -1. */
function locate(original: string, text: string, hint: number): number {
  if (!text) return -1
  let best = -1
  let bestDistance = Infinity
  for (let at = original.indexOf(text); at >= 0; at = original.indexOf(text, at + 1)) {
    const distance = Math.abs(at - hint)
    if (distance < bestDistance) [best, bestDistance] = [at, distance]
  }
  return best
}

/** The claimant rows of one article: `original` is the file's text, `articleText` the engine's. */
export function claimantRows(
  original: string,
  articleText: string,
  gold: readonly GoldAttribution[],
  claims: readonly ClaimJson[]
): ClaimantRow[] {
  const scale = original.length / Math.max(1, articleText.length)
  const placed = claims.map((claim) => {
    const start = locate(original, claim.text, claim.start * scale)
    const mention = claim.claimant?.mention
    const mentionStart = mention ? locate(original, mention.text, mention.start * scale) : -1
    const cue = claim.claimant?.cue
    const cueStart = cue ? locate(original, cue.text, cue.start * scale) : -1
    return {
      claim,
      start,
      end: start < 0 ? -1 : start + claim.text.length,
      mentionStart,
      mentionEnd: mentionStart < 0 || !mention ? -1 : mentionStart + mention.text.length,
      cueStart,
      cueEnd: cueStart < 0 || !cue ? -1 : cueStart + cue.text.length
    }
  })
  const rows: ClaimantRow[] = []
  for (const attribution of gold) {
    if (attribution.source.length === 0 || attribution.content.some((span) => QUOTE_MARK.test(span.text))) continue
    const over = placed.filter(
      (p) => p.start >= 0 && attribution.content.some((span) => partsOverlap(span.parts, p.start, p.end))
    )
    if (over.length === 0) continue
    const source = attribution.source[0]
    const sourceWords = capitalisedWords(source.text)
    const right = over.some(
      (p) =>
        (p.mentionStart >= 0 && partsOverlap(source.parts, p.mentionStart, p.mentionEnd)) ||
        [...capitalisedWords(p.claim.claimant?.name ?? '')].some((word) => sourceWords.has(word))
    )
    rows.push({ right, source: source.text, cue: attribution.cue, miss: right ? null : missKind(attribution, over) })
  }
  return rows
}

interface PlacedClaimant {
  claim: ClaimJson
  mentionStart: number
  cueStart: number
  cueEnd: number
}

/** The class of a wrong row (see MissKind), judged on the first claim over it that has a claimant. */
function missKind(attribution: GoldAttribution, over: readonly PlacedClaimant[]): MissKind {
  const source = attribution.source[0]
  const pronoun = PRONOUN_SOURCE.test(source.text.trim())
  const ours = over.find((p) => p.claim.claimant !== null)
  if (!ours) return pronoun ? 'none-pronoun' : 'none'
  if (pronoun) return 'pronoun'
  if (ours.cueStart >= 0 && attribution.cueSpans.some((span) => partsOverlap(span.parts, ours.cueStart, ours.cueEnd)))
    return 'same-cue'
  const at = ours.mentionStart >= 0 ? ours.mentionStart : ours.cueStart
  return at >= 0 && at < source.parts[0][0] ? 'earlier' : 'later'
}
