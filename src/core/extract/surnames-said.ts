/**
 * Whether an article gives a word alone a verb of saying, as a person's surname ("Guzzinati said", "said Ms
 * Guzzinati"): company-names.ts asks it of the last word of each name that may be a brand, since a surname said alone
 * is a person's ("Laurie Guzzinati said …; Guzzinati said …"), not a business's.
 *
 * The text is read once, on the first question: the words a speech verb follows or precedes are collected, then each
 * surname is a set look-up. It was one regex over the whole text per distinct surname, so a long draft of made-up
 * brands (bench/hostile-inputs.ts) took 2.8 s at 128 KB and grew as surnames times length. The answers are the
 * regex's (surnameSaidScan below, still used for a surname the pass cannot hold): a word right before " said" whose
 * start the regex's prefix allows, and any word after "said " (or "said Ms ") that ends at a word boundary.
 */

/** Words longer than this are asked of the whole text (surnameSaidScan), so the pass stays linear in the text. */
const LONGEST = 40

/** " said", " told": the speech verbs a surname may come right before. */
const VERB_AFTER_NAME_RE = /\s(?:said|says|told|added|wrote)\b/gu
/** "said ", "added ": the speech verbs a surname may come right after. */
const VERB_BEFORE_NAME_RE = /\b(?:said|says|added) /gu
/** A title between the verb and the surname: "said Ms Guzzinati", "said Dr. Ode". */
const TITLE_RE = /M[rs]s?\.? |Dr\.? /uy
/**
 * Where a surname before a verb may start: the text's start, after a mark (and any spaces: '"I won't," Guzzinati
 * said'), or after one lower-case word ("and Guzzinati said"), not inside a longer name ("Laurie Guzzinati said").
 */
const NAME_START_RE = /(?<=^|[^\p{L}\s]\s*|\s\p{Ll}+\s)/uy
const SPACE_RE = /\s/u
/** What `\b` tells apart in a regex with the u flag and no i flag. */
const WORD_CHAR_RE = /\w/u

/** surnameSaid's question: whether the article gives `surname` alone a verb of saying. */
export type SurnameSaid = (surname: string) => boolean

/** The question for article `text`, answered from one pass over it (made on the first question). */
export function surnamesSaid(text: string): SurnameSaid {
  let said: ReadonlySet<string> | null = null
  const scanned = new Map<string, boolean>()
  return (surname) => {
    if (surname === '' || surname.length > LONGEST || SPACE_RE.test(surname)) {
      let answer = scanned.get(surname)
      if (answer === undefined) scanned.set(surname, (answer = surnameSaidScan(text, surname)))
      return answer
    }
    said ??= wordsSaid(text)
    return said.has(surname)
  }
}

/** Every word of at most LONGEST characters, holding no space, that surnameSaidScan would find given a verb. */
function wordsSaid(text: string): ReadonlySet<string> {
  const words = new Set<string>()
  for (const verb of text.matchAll(VERB_AFTER_NAME_RE)) {
    const end = verb.index
    for (let start = end - 1; start >= Math.max(0, end - LONGEST) && !SPACE_RE.test(text[start]); start--)
      if (!insidePair(text, start) && stickyTest(NAME_START_RE, text, start)) words.add(text.slice(start, end))
  }
  for (const verb of text.matchAll(VERB_BEFORE_NAME_RE)) {
    const start = verb.index + verb[0].length
    addWordsFrom(text, start, words)
    if (stickyTest(TITLE_RE, text, start)) addWordsFrom(text, TITLE_RE.lastIndex, words)
  }
  return words
}

/** The words starting at `start`, holding no space, that end at a word boundary. */
function addWordsFrom(text: string, start: number, words: Set<string>): void {
  const last = Math.min(text.length, start + LONGEST)
  for (let end = start + 1; end <= last && !SPACE_RE.test(text[end - 1]); end++)
    if (!insidePair(text, end) && isWordChar(text[end - 1]) !== isWordChar(text[end])) words.add(text.slice(start, end))
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR_RE.test(char)
}

/** Between the two halves of a surrogate pair, where a regex with the u flag never starts or ends a name. */
function insidePair(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  const before = text.charCodeAt(at - 1)
  return code >= 0xdc00 && code <= 0xdfff && before >= 0xd800 && before <= 0xdbff
}

function stickyTest(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at
  return re.test(text)
}

/** The question asked of the whole text by one regex. */
function surnameSaidScan(text: string, surname: string): boolean {
  const name = surname.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
  return new RegExp(
    `(?:^|[^\\p{L}\\s]\\s*|\\s\\p{Ll}+\\s)${name}\\s(?:said|says|told|added|wrote)\\b|\\b(?:said|says|added) (?:M[rs]s?\\.? |Dr\\.? )?${name}\\b`,
    'u'
  ).test(text)
}
