/**
 * A quote inside someone's reported speech is theirs: in `Trump said on Friday that Clinton once
 * described the deal as “the gold standard”` the article puts the whole clause, the quoted words
 * with it, in Trump's mouth, as it does for a claim (docs/FORMAT.md, claimants: the outer one). The
 * inner verb is part of what was said; it is often no attribution at all (`Ryan said the recent
 * shootings demand that Americans engage in “more listening”`).
 *
 * The outer verb must be one of saying proper ("said", "told", "wrote", "argued" …), and the inner
 * verb's subject must open its complement: right after it, or after "that" and the time, place or
 * manner words between ("said during a rally in Ohio that"). Anything that starts another clause
 * between them (`a woman asked for a photo and Clinton said, “…”`, a comma, a quotation mark)
 * leaves the nearer verb its own.
 */
import type { Token } from './tokens'
import { lastCueIn, type CueMatch } from './speech-cues'

/** Verbs of saying proper that are never inverted but report a clause: "told reporters that …". */
const TELLING = new Set(['told', 'tells', 'tell'])
/**
 * Participles of saying proper, whose subject is the main clause's: "A spokesperson denied this,
 * saying the first report had found only “surface staining”" puts the report's words in the
 * spokesperson's mouth, as "said" would.
 */
const SAYING_PARTICIPLES = new Set([
  'saying',
  'adding',
  'writing',
  'telling',
  'noting',
  'insisting',
  'arguing',
  'stating'
])
/** Words that start another clause, or end this one, between the outer verb and the inner subject. */
const CLAUSE_BREAKERS = new Set([
  'and',
  'but',
  'or',
  'while',
  'when',
  'after',
  'before',
  'because',
  'as',
  'if',
  'who',
  'which'
])
/** Marks that end the outer verb's complement, or set off a clause inside it ("…, a man yelled"). */
const CLAUSE_MARKS = new Set([',', ';', ':', '.', '?', '!', '“', '”', '"', '(', ')', '—', '–'])
/** Longest stretch of words between the outer verb and the inner subject: "said in an interview on Sunday that". */
const MAX_GAP_TOKENS = 12

/**
 * The verb of saying whose complement holds the cue at `inner`, its subject opening at token
 * `subjectAt`; null when there is none.
 */
export function outerReportCue(tokens: readonly Token[], inner: CueMatch, subjectAt: number): CueMatch | null {
  if (inner.kind === 'lead-in') return null
  const outer = lastCueIn(tokens, 0, Math.min(inner.first, subjectAt))
  if (!outer || !saysProperly(tokens, outer)) return null
  if (subjectAt <= outer.last || subjectAt - outer.last - 1 > MAX_GAP_TOKENS) return null
  for (let k = outer.last + 1; k < subjectAt; k++) {
    const t = tokens[k]
    if (t.word ? CLAUSE_BREAKERS.has(t.lower) : CLAUSE_MARKS.has(t.text)) return null
  }
  return outer
}

function saysProperly(tokens: readonly Token[], cue: CueMatch): boolean {
  if (cue.kind === 'participle') return SAYING_PARTICIPLES.has(tokens[cue.first].lower)
  return saysAsVerb(tokens, cue)
}

/**
 * Whether the cue is a verb of saying proper: one that can be inverted ("said", "argued") or one of telling ("told");
 * not a verb of wanting or backing ("wants", "backs"). Also read by yielding-cues.ts (a dash aside yields only to one).
 */
export function saysAsVerb(tokens: readonly Token[], cue: CueMatch): boolean {
  return cue.kind === 'verb' && (cue.invertible || TELLING.has(tokens[cue.first].lower))
}
