/**
 * When a capitalised word is still a verb of saying. speech-cues.ts wants single-word verbs in lower case, since a
 * capitalised one is most often part of a name ("States", "Said Business School"). Two shapes of news copy write
 * the verb capitalised all the same:
 *
 *  - the inverted order opening a sentence, the speaker named right after and the quote introduced by a comma or
 *    a colon: `Said Ana Ruiz, who runs the ferry, “…”`, `Added Ruiz: “…”`;
 *  - the verb made from a brand's name, which copy capitalises as the brand: `“…!” Tom Reed Tweeted on Friday`.
 */
import { isCapitalised, type Token } from './tokens'

/**
 * Verbs of saying that open a sentence in the inverted order. Not "asked" or "noted", which open a clause of
 * their own more often ("Asked Tuesday whether …", "Noted author Ana Ruiz …").
 */
const OPENING_VERBS = new Set(['said', 'says', 'stated', 'wrote', 'writes', 'added', 'adds', 'continued', 'replied'])

/** Verbs made from a brand's name. */
const BRAND_VERBS = new Set(['tweeted', 'tweets', 'tweeting'])

/** Most words of the name after an opening verb: "Said Dorothy de la Cruz Ortega,". */
const MAX_NAME_WORDS = 5

/** Marks after which a token opens a sentence. */
const SENTENCE_ENDS = new Set(['.', '?', '!'])
/** Opening quotation marks: what was said starts there. */
const OPENING_MARKS = new Set(['“', '"', '«', '„', '‘'])

/** True when the capitalised word at `i` is a verb of saying all the same (the caller checks it is one). */
export function capitalisedCue(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i].lower
  const before = tokens[i - 1]
  if (BRAND_VERBS.has(word)) return before !== undefined && !SENTENCE_ENDS.has(before.text)
  if (!OPENING_VERBS.has(word) || (before !== undefined && !SENTENCE_ENDS.has(before.text))) return false
  // The rest, rarely run, is a function of its own, so that this front is compiled early and the rest only if it
  // is ever hot (cue-nouns.ts modifiedNoun says why).
  return nameThenSaid(tokens, i)
}

/** After a capitalised opening verb at `i`: the speaker's name, then the comma or colon before what was said. */
function nameThenSaid(tokens: readonly Token[], i: number): boolean {
  let k = i + 1
  while (k < tokens.length && k - i <= MAX_NAME_WORDS && tokens[k].word && isCapitalised(tokens[k])) k++
  if (k === i + 1 || (tokens[k]?.text !== ',' && tokens[k]?.text !== ':')) return false
  // "Said Hamdan, the harbour master, said …": a verb of saying of its own before the quote makes it a name.
  for (; k < tokens.length && !OPENING_MARKS.has(tokens[k].text) && !SENTENCE_ENDS.has(tokens[k].text); k++)
    if (tokens[k].word && tokens[k].text === tokens[k].lower && OPENING_VERBS.has(tokens[k].lower)) return false
  return true
}
