/**
 * Where a sentence may be cut into clauses that each hold an attribution of their own (clause-claims.ts reads who
 * makes each): a semicolon, a colon before a capital, a comma or dash before "and", "but", "while" … (a comma inside a
 * closing quote mark too: "… “a scandal,” but Ruiz argued …"), a dash before a
 * subject pronoun that no later dash closes ("… — he told the Herald that …"), the comma closing an opening "While …"
 * clause (also "But while …", "Yet even as …", "In a May debate, while …") or an opening phrase set on a relative
 * clause ("Like other owners who foresee a gain, Berg said …"), relative clauses closing the sentence ("…, who
 * also argued …", "…, which critics said was …") and an appositive given a stance by "by" ("…, a plan opposed by …"). Only places: whether a clause there holds an attribution is read by
 * clause-claims.ts.
 */
import type { Token } from './tokens'
import { CUE_FIRST_WORDS, cueAt } from './speech-cues'
import { CUE_FIRST } from './claimant-cues'
import { SUBJECT_RELATIVES } from './subject-words'
import { RELATIVES, reportedRelative } from './relative-reports'
import { dashBefore, DASHES } from './subject-asides'
import { COMPARISONS, opensShareClause } from './share-clauses'
import { LEADS_SUBORDINATOR, openerAt, phraseOpener } from './opening-clauses'
import { appositivePassiveAt } from './appositive-passives'

/**
 * After a comma, the words that may open a second attribution: "…, while Ruiz argued …", "…, though Ruiz insists"
 * (also "…, even though Ruiz insists": joinerAfter).
 */
const JOINERS = new Set(['and', 'but', 'while', 'whereas', 'though', 'although'])
/**
 * Without a comma, the joiners that still open a clause: "The board backs the plan but the union says …", "Hale
 * accuses Ruiz of lying while Ruiz suggests …"; "and" only before a subject pronoun ("Hale said … and she accused
 * …") or a word for other people and its verb ("… and others said …"), as "and" before a name most often joins two
 * names ("Hale and Ruiz said …", "said Hale and Ruiz argued").
 */
const BARE_JOINERS = new Set(['but', 'while', 'whereas'])
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i'])
/** Tokens after a bare joiner within which a cue must start for it to be tried ("but the union's leaders said"). */
const BARE_CUE_WINDOW = 8
/**
 * Words opening a clause set after the main one, in time or as its reason, that may hold an attribution of its own:
 * "Hale said the pier would close after Ruiz warned that it was unsafe", "… because she said it cost £2 million".
 * With or without a comma before them; read only after the sentence's own cue (clause-claims.ts).
 */
const SUBORDINATORS = new Set(['after', 'as', 'because', 'before', 'since', 'when', 'once', 'until'])
/**
 * The words that can open a boundary themselves when a word comes before them: a bare joiner ("but", "and"), a
 * relative ("which"), a subordinator ("after"), a share's comparison ("compared"). Every other reading below starts
 * at a punctuation mark or right after a comma or dash, so any other word after a word is passed by unasked: asked at
 * every word of every claim's sentence, reportedRelative and opensShareClause were half of boundaries()'s time.
 */
const OPENING_WORDS = new Set([...BARE_JOINERS, 'and', ...RELATIVES, ...SUBORDINATORS, ...COMPARISONS])
/** Boundaries tried in one sentence: a sentence of many clauses is a list, not two attributions. */
const MAX_BOUNDARIES = 4
/** Commas tried as the end of an opening "While …" clause ("While Hale said X, given Y, Ruiz argued …"). */
const MAX_OPENING_COMMAS = 4

export interface Boundary {
  /** Where the clause before it ends (the comma or semicolon). */
  end: number
  /** Token index where the clause after it starts (after the joiner). */
  next: number
  /** A comma that may close the sentence's opening "While …" clause: tried until one opens an attribution. */
  opening?: boolean
  /** A comma before "who" or "which" closing the sentence: "…, said Ada Ruiz, who also argued that …". */
  relative?: boolean
  /** A relative clause reporting someone's words, its subject at this token: "…, which critics said was unlawful". */
  reporter?: number
  /** A joiner with no comma before it ("… but the union says …"): its clause's cue must follow with no comma. */
  bare?: boolean
  /** A clause after "after", "because" …: "… after Ruiz warned that …"; passed over until the sentence's cue is read. */
  subordinate?: boolean
  /** An appositive given someone's stance by a participle and "by": "…, a measure opposed by unions"; its participle. */
  appositive?: number
  /** A second share of a poll: "…, compared with 64 percent who say …" (share-clauses.ts); read as `subordinate` is. */
  share?: boolean
}

/** The places the sentence may be cut: a semicolon, or a comma and a joiner, with words after them. */
export function boundaries(tokens: readonly Token[]): Boundary[] {
  const found: Boundary[] = []
  // "While Hale said …, Ruiz argued …": which comma closes the opening clause is read by the clause after it.
  const opener = openerAt(tokens)
  let opening = opener >= 0
  // "Like other owners who foresee a gain, Berg said …, while …": a phrase ends at its first comma not opening a
  // relative clause, and the boundaries after it are the main clause's.
  const phrase = opener >= 0 && phraseOpener(tokens, opener)
  const openings: Boundary[] = []
  // Not counted as boundaries: a relative clause is no list of clauses.
  const relatives: Boundary[] = []
  // Read from the word after the opener: "And, while …" holds no boundary before it.
  for (let i = Math.max(1, opener + 1); i < tokens.length - 2 && found.length <= MAX_BOUNDARIES; i++) {
    const t = tokens[i]
    if (t.word && tokens[i - 1].word && !OPENING_WORDS.has(t.lower)) continue
    const reporter = opening ? -1 : reportedRelative(tokens, i)
    if (t.text === ';' || newClauseAfterColon(tokens, i)) {
      opening = false
      // "…; but Ruiz said …": a joiner after the semicolon opens the clause too.
      const next = JOINERS.has(tokens[i + 1].lower) ? i + 2 : i + 1
      if (tokens[next]?.word) found.push({ end: t.start, next })
    } else if ((t.text === ',' || DASHES.has(t.text)) && joinerAfter(tokens, i) > 0) {
      // "… lost £3 million — and he singled out …": a dash before the joiner ends the clause as a comma does.
      opening = false
      found.push({ end: t.start, next: i + 1 + joinerAfter(tokens, i) })
    } else if (t.text === ',' && markedJoiner(tokens, i) > 0) {
      // "… called it “a scandal,” and she accused …": a comma set inside the closing mark, as American style sets it,
      // ends the clause as one after the mark does; the clause before keeps the mark.
      opening = false
      const mark = i + closingMarkAfter(tokens, i)
      found.push({ end: tokens[mark].end, next: mark + 1 + joinerAfter(tokens, mark) })
    } else if (!opening && dashClause(tokens, i)) {
      found.push({ end: t.start, next: i + 1, bare: true })
    } else if (!opening && bareJoiner(tokens, i)) {
      found.push({ end: t.start, next: i + 1, bare: true })
    } else if (reporter >= 0) {
      // "… the election — meddling the congressman said …": cut before the comma or the dash opening the noun.
      const mark = tokens[i - 1].text === ',' ? i - 1 : dashBefore(tokens, i)
      relatives.push({ end: mark >= 0 ? tokens[mark].start : t.start, next: i, relative: true, reporter })
    } else if (
      !opening &&
      t.text === ',' &&
      SUBJECT_RELATIVES.has(tokens[i + 1].lower) &&
      tokens[i + 2].word &&
      reportedRelative(tokens, i + 1) < 0
    ) {
      relatives.push({ end: t.start, next: i + 1, relative: true })
    } else if (!opening && appositivePassiveAt(tokens, i) >= 0) {
      relatives.push({ end: t.start, next: i + 1, appositive: appositivePassiveAt(tokens, i) })
    } else if (!opening && opensShareClause(tokens, i)) {
      const end = tokens[i - 1].text === ',' || DASHES.has(tokens[i - 1].text) ? tokens[i - 1].start : t.start
      relatives.push({ end, next: i, share: true })
    } else if (!opening && t.word && SUBORDINATORS.has(t.lower) && subjectFits(tokens, i)) {
      // "…, even after Ruiz warned …", "… shortly after the board voted …": the clause is cut before the subordinator
      // and a word that leads it (else a claim ended on "shortly"), and its subject opens the next. Not "as soon as".
      const from = LEADS_SUBORDINATOR.has(tokens[i - 1].lower) && (i < 2 || tokens[i - 2].lower !== 'as') ? i - 1 : i
      // from > 0 first: a read before the first token deoptimised boundaries ("out of bounds") in every run.
      const end = from > 0 && tokens[from - 1].text === ',' ? tokens[from - 1].start : tokens[from].start
      relatives.push({ end, next: i + 1, subordinate: true })
    } else if (opening && t.text === ',' && tokens[i + 1].word) {
      openings.push({ end: t.start, next: i + 1, opening })
      opening = openings.length < MAX_OPENING_COMMAS && !(phrase && !SUBJECT_RELATIVES.has(tokens[i + 1].lower))
    }
  }
  // The opening clause's commas come before every other boundary: they are the clause's own.
  if (found.length > MAX_BOUNDARIES) return []
  return [...openings, ...[...found, ...relatives].sort((a, b) => a.end - b.end)]
}

/**
 * How many words of a joiner follow the comma or dash at `i` with a word after them ("…, though Ruiz insists", "…,
 * even though many observers doubt …"); 0 when none.
 */
function joinerAfter(tokens: readonly Token[], i: number): number {
  if (JOINERS.has(tokens[i + 1].lower)) return tokens[i + 2].word ? 1 : 0
  const even = tokens[i + 1].lower === 'even' && tokens[i + 2].lower === 'though'
  return even && i + 3 < tokens.length && tokens[i + 3].word ? 2 : 0
}

/**
 * How many tokens of a joiner follow the closing quote mark right after the comma at `i` ("…,” but she …", "…,''
 * and he …"); 0 when no closing mark, or no joiner, follows it.
 */
function markedJoiner(tokens: readonly Token[], i: number): number {
  const mark = closingMarkAfter(tokens, i)
  return mark > 0 ? joinerAfter(tokens, i + mark) : 0
}

/**
 * How many tokens make the closing quote mark set right against the comma at `i`: 1 for ” (or " with a space after
 * it, not opening a quote), 2 for '' (two apostrophes, as some papers write it); 0 when none.
 */
function closingMarkAfter(tokens: readonly Token[], i: number): number {
  const mark = tokens[i + 1]
  if (!mark || mark.start !== tokens[i].end) return 0
  if (mark.text === '”') return 1
  const after = tokens[i + 2]
  if (mark.text === '"') return after && after.start > mark.end ? 1 : 0
  return mark.text === "'" && after?.text === "'" && after.start === mark.end ? 2 : 0
}

/**
 * Whether token `i` joins two clauses without a comma before it (BARE_JOINERS): words on both sides, and a cue's
 * first word soon after with no punctuation before it, so that most bare "but"s ("not once but twice") are no
 * boundary to count. Not after "that" or a cue ("said that while he opposed …, he …": inside what was said), not
 * "all but two" (all except two), and not "while secretary of state, saying …" (no clause, the cue after a comma).
 */
function bareJoiner(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]
  const before = tokens[i - 1]
  if (!t.word || !before.word || !tokens[i + 1].word) return false
  if (!(BARE_JOINERS.has(t.lower) || (t.lower === 'and' && opensOnPronoun(tokens, i + 1)))) return false
  if (before.lower === 'that' || CUE_FIRST_WORDS.has(before.lower)) return false
  if (t.lower === 'but' && EXCEPTING.has(before.lower)) return false
  for (let k = i + 2; k < i + 2 + BARE_CUE_WINDOW && k < tokens.length; k++) {
    const w = tokens[k]
    if (!w.word && !/^[.’'-]$/u.test(w.text)) return false
    if (CUE_FIRST_WORDS.has(w.lower) || CUE_FIRST.has(w.lower)) return true
  }
  return false
}
/**
 * Whether the clause after a bare "and" opens on a subject pronoun ("… and she accused …"), or on a word for other
 * people right before its verb ("Some councillors said they would abstain and others said they would vote against",
 * "… and many have argued …"). Not a word for people with words of its own ("and many of his aides said", "and
 * others in the party would claim": most often a subject joined to the one before) nor after a pronoun ("she and
 * others"), nor a determiner ("and some sense of …": after "some", "many" … only an auxiliary or a verb of saying).
 */
function opensOnPronoun(tokens: readonly Token[], k: number): boolean {
  if (SUBJECT_PRONOUNS.has(tokens[k].lower)) return true
  if (!OTHER_PEOPLE.has(tokens[k].lower) || OBJECT_PRONOUNS.has(tokens[k - 2]?.lower ?? '')) return false
  const verb = tokens[k + 1]?.lower ?? ''
  if (AUXILIARIES.has(verb) || cueAt(tokens, k + 1)?.kind === 'verb') return true
  // "and others back the levy": "others" is no determiner, so any cue after it is its verb.
  return tokens[k].lower === 'others' && CUE_FIRST.has(verb)
}
const OTHER_PEOPLE = new Set(['others', 'some', 'many', 'most', 'few', 'several'])
/** Pronouns before "and" that a word for other people joins as one subject: "she and others would claim …". */
const OBJECT_PRONOUNS = new Set([...SUBJECT_PRONOUNS, 'him', 'her', 'them', 'us', 'me', 'you'])
// prettier-ignore
const AUXILIARIES = new Set([
  'have', 'has', 'had', 'are', 'were', 'will', 'would', 'could', 'may', 'might', 'also', 'still', 'do', 'did'
])
/** Words before a "but" meaning "except": "all but two said …", "nobody but the chair said …". */
const EXCEPTING = new Set(['all', 'none', 'nothing', 'anything', 'everything', 'everyone', 'anyone', 'nobody', 'one'])

/**
 * Whether a subject may open the clause after the subordinator at `i`: any word, but after "as" only a name ("as
 * Ruiz warned") or "he", "she" or "they" ("as she argued"), as "as president", "as an agent", "as the father of …"
 * describe.
 */
function subjectFits(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]
  return next.word && (tokens[i].lower !== 'as' || CAPITAL_RE.test(next.text) || AS_PRONOUNS.has(next.lower))
}

/**
 * "Berg has attacked the levy for weeks: He said it cost the port £2 million.": a colon before a capitalised word
 * opens a clause of its own, as a semicolon does; not after a cue ("Hale wrote: The levy …"), where what follows is
 * what was said.
 */
function newClauseAfterColon(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1].lower
  return (
    tokens[i].text === ':' &&
    CAPITAL_RE.test(tokens[i + 1].text) &&
    !CUE_FIRST_WORDS.has(before) &&
    !CUE_FIRST.has(before)
  )
}
const CAPITAL_RE = /^\p{Lu}/u
const AS_PRONOUNS = new Set(['he', 'she', 'they'])

/**
 * "… on the levy — he told the Herald that …": a dash before a subject pronoun opens a clause of its own when no dash
 * after it closes an aside ("the levy — he said — would …"); read as after a bare joiner (no comma before the cue).
 */
const dashClause = (tokens: readonly Token[], i: number): boolean =>
  DASHES.has(tokens[i].text) &&
  SUBJECT_PRONOUNS.has(tokens[i + 1]?.lower ?? '') &&
  !tokens.slice(i + 1).some((t) => DASHES.has(t.text))
