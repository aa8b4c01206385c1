/**
 * Whether an article writes a word starting with a lower-case letter: a capitalised word at the start of a
 * sentence that the article also writes in lower case ("Critics said…", "critics") is a common word,
 * not a name. A word is a run of lower-case Latin letters ([a-z], U+00DF–U+00FF) that does not follow
 * a letter, an apostrophe or a hyphen ("don" of "don't" counts; "t", "mail" of "e-mail" and "onald" of
 * "McDonald" do not): the words of /(?<![A-Za-z\u00C0-\u024F'’-])[a-z\u00DF-\u00FF]+/g.
 *
 * Only the few words asked about are searched for (indexOf, then the characters on either side), rather
 * than every word of the article being collected into a set first: an article asks about a handful of
 * sentence-opening words, and collecting them all was 1.5% of extraction's CPU time on PolNeAR news.
 */

/** Starts or continues a word: a-z, U+00DF–U+00FF. */
const isWordChar = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 0xdf && code <= 0xff)

/** Before a word, keeps it from counting: any Latin letter (A-Z, a-z, U+00C0–U+024F), ' ’ or -. */
const blocksWord = (code: number): boolean =>
  (code >= 65 && code <= 90) ||
  (code >= 97 && code <= 122) ||
  (code >= 0xc0 && code <= 0x24f) ||
  code === 39 ||
  code === 0x2019 ||
  code === 45

/**
 * Whether `text` holds `word` as one of its lower-case words. A word's run starts only where nothing before
 * blocks it, so the run at such a place is exactly `word` when no word character follows it.
 */
export function writesInLowerCase(text: string, word: string): boolean {
  if (word === '') return false
  for (let i = 0; i < word.length; i++) if (!isWordChar(word.charCodeAt(i))) return false
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at > 0 && blocksWord(text.charCodeAt(at - 1))) continue
    const end = at + word.length
    if (end === text.length || !isWordChar(text.charCodeAt(end))) return true
  }
  return false
}
