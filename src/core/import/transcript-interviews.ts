/**
 * Interviews printed as questions and answers ("Q: … / A: …"). The labels Q and A say who asks and who
 * answers, not who they are: the answerer is the person the header says the interview is with ("Q&A with
 * harbour chief Ruth Hale", "An interview with Ruth Hale"), and no one when it names nobody.
 */

/** "Q", "Q.", "Question": the label of the one who asks. */
export const isQuestionLabel = (label: string): boolean => /^(?:q|question)\.?$/iu.test(label.trim())
/** "A", "A.", "Answer": the label of the one who answers. */
export const isAnswerLabel = (label: string): boolean => /^(?:a|answer)\.?$/iu.test(label.trim())

/** The words announcing whom an interview is with: "Q&A with", "an interview with", "in conversation with". */
const WITH = /\b(?:q\s*&\s*a|q\s+and\s+a|interview|conversation)\s+with\s+/iu
/** A word of a name or a title before it: capitalised, or an initial ("J.", "O'Neill", "Jean-Luc"). */
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u
/** Lower-case words of a role that may come before a name: "harbour chief Ruth Hale". */
const MAX_ROLE_WORDS = 4

const MAX_NAME_CHARS = 120
const CLOSING_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', ')'])
function withoutClosingPunctuation(word: string): string {
  let end = word.length
  while (end > 0 && CLOSING_PUNCTUATION.has(word[end - 1])) end--
  return word.slice(0, end)
}

/**
 * The person a header line says the interview is with: the capitalised words closing the phrase after "with"
 * ("Q&A with Vice President Ruth Hale" → Vice President Ruth Hale; "with harbour chief Ruth Hale" → Ruth Hale).
 */
function intervieweeOf(line: string): string | null {
  const found = WITH.exec(line)
  if (!found) return null
  // A name and its role are a few words: a long header line is not read to its end.
  const raw = line.slice(found.index + found[0].length, found.index + found[0].length + MAX_NAME_CHARS).split(/\s+/u)
  const words = raw.map(withoutClosingPunctuation)
  let at = 0
  while (at < MAX_ROLE_WORDS && at < words.length && /^\p{Ll}+$/u.test(words[at])) at++
  const name: string[] = []
  for (let k = at; k < words.length && NAME_WORD.test(words[k]); k++) {
    name.push(words[k])
    // "… Ruth Hale, the harbour chief", "… Ruth Hale. Here is": punctuation after a word of two letters ends the name.
    if (/\p{L}{2}[.,;:!?)]$/u.test(raw[k])) break
  }
  // "an interview with CNN's Jake Tapper": an outlet's interviewer, not the one interviewed.
  if (name.some((word) => /['’]s$/u.test(word))) return null
  // At least a first name and a surname: "with POLITICO" or "with Hale" may be an outlet or a surname alone.
  return name.length >= 2 ? name.join(' ') : null
}

/** The interviewee the header names (the title first), or null. */
export function intervieweeIn(headerLines: readonly string[]): string | null {
  for (const line of headerLines) {
    const name = intervieweeOf(line)
    if (name) return name
  }
  return null
}
