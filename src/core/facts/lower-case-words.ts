/**
 * Every word an article writes starting with a lower-case letter: a capitalised word at the start of a
 * sentence that the article also writes in lower case ("Critics said…", "critics") is a common word,
 * not a name. A word is a run of lower-case Latin letters ([a-z], U+00DF–U+00FF) that does not follow
 * a letter, an apostrophe or a hyphen ("don" of "don't" counts; "t", "mail" of "e-mail" and "onald" of
 * "McDonald" do not). Read in one pass over the character codes: the regex it replaces,
 * /(?<![A-Za-z\u00C0-\u024F'’-])[a-z\u00DF-\u00FF]+/g, built an array of every word of the article first.
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

export function lowerCaseWords(text: string): Set<string> {
  const words = new Set<string>()
  let i = 0
  while (i < text.length) {
    if (!isWordChar(text.charCodeAt(i)) || (i > 0 && blocksWord(text.charCodeAt(i - 1)))) {
      i++
      continue
    }
    let end = i + 1
    while (end < text.length && isWordChar(text.charCodeAt(end))) end++
    words.add(text.slice(i, end))
    i = end
  }
  return words
}
