/**
 * The desk's edits between two drafts, applied to the structured model (revisions-corpus.ts) so
 * the ground truth follows along: figures changed, sentences deleted and inserted, stock sentences
 * repeated or their first copy cut, paragraphs moved, split and merged, whitespace and quote-mark
 * clean-ups, swapped sentences, rewrites.
 */
import { BOILERPLATE, DELETED_COPIES, INSERTED_COPIES, type DraftModel, type Sentence } from './revisions-corpus'

/** The desk's edits, each applied to the model so the truth follows along. */
export function applyEdits(model: DraftModel, count: number): Record<string, number> {
  const tally: Record<string, number> = {}
  const edits: Array<[string, number, () => boolean]> = [
    ['number edited', 22, () => numberEdit(model)],
    ['sentence deleted', 10, () => removeAt(model, randomSentence(model))],
    ['first copy of a repeated sentence deleted', 8, () => deleteFirstCopy(model)],
    ['sentence inserted', 12, () => insertAt(model, model.sentence(-1, false))],
    ['repeated sentence inserted', 6, () => insertCopy(model)],
    ['paragraph moved', 8, () => moveParagraph(model)],
    ['paragraph split', 6, () => splitParagraph(model)],
    ['paragraphs merged', 6, () => mergeParagraphs(model)],
    ['whitespace changed', 8, () => whitespaceEdit(model)],
    ['quote marks straightened', 6, () => quoteStyle(model)],
    ['sentences swapped', 4, () => swapSentences(model)],
    ['sentence rewritten', 4, () => rewrite(model)]
  ]
  const total = edits.reduce((sum, [, weight]) => sum + weight, 0)
  for (let done = 0; done < count;) {
    let roll = model.int(total)
    const [name, , apply] = edits.find(([, weight]) => (roll -= weight) < 0)!
    if (!apply()) continue
    tally[name] = (tally[name] ?? 0) + 1
    done++
  }
  return tally
}

type Where = { p: number; s: number }

function randomSentence(model: DraftModel): Where {
  const p = model.int(model.paragraphs.length)
  return { p, s: model.int(model.paragraphs[p].length) }
}

function removeAt(model: DraftModel, { p, s }: Where): boolean {
  model.paragraphs[p].splice(s, 1)
  if (model.paragraphs[p].length === 0) model.paragraphs.splice(p, 1)
  return true
}

function insertAt(model: DraftModel, sentence: Sentence): boolean {
  const { p, s } = randomSentence(model)
  model.paragraphs[p].splice(s, 0, sentence)
  return true
}

function insertCopy(model: DraftModel): boolean {
  const text = BOILERPLATE[model.pick(INSERTED_COPIES)]
  const { p, s } = randomSentence(model)
  const paragraph = model.paragraphs[p]
  if (paragraph.some((sentence) => sentence.text === text)) return false
  paragraph.splice(s, 0, { text, family: 200, annotation: null })
  return true
}

/** Replaces [a, b) of a sentence; the annotation shifts, and changes when its own words did. */
function replaceIn(sentence: Sentence, a: number, b: number, replacement: string, wordsChange: boolean): void {
  sentence.text = sentence.text.slice(0, a) + replacement + sentence.text.slice(b)
  const note = sentence.annotation
  if (!note) return
  const delta = replacement.length - (b - a)
  if (b <= note.start && a < note.start) {
    note.start += delta
    note.end += delta
  } else if (a < note.end) {
    note.end += delta
    if (wordsChange && note.outcome === 'unchanged') note.outcome = 'changed'
  }
}

function numberEdit(model: DraftModel): boolean {
  const numeric = model.paragraphs.flat().filter((s) => /\d/.test(s.text))
  const sentence = numeric[model.int(numeric.length)]
  const match = sentence ? [...sentence.text.matchAll(/\d+/g)][0] : undefined
  if (!sentence || !match) return false
  const next = String(Number(match[0]) + 1 + model.int(400))
  replaceIn(sentence, match.index, match.index + match[0].length, next, true)
  return true
}

function deleteFirstCopy(model: DraftModel): boolean {
  const text = BOILERPLATE[model.pick(DELETED_COPIES)]
  const copies: Where[] = []
  model.paragraphs.forEach((paragraph, p) =>
    paragraph.forEach((sentence, s) => sentence.text === text && copies.push({ p, s }))
  )
  return copies.length >= 2 && removeAt(model, copies[0])
}

function moveParagraph(model: DraftModel): boolean {
  const [paragraph] = model.paragraphs.splice(model.int(model.paragraphs.length), 1)
  model.paragraphs.splice(model.int(model.paragraphs.length + 1), 0, paragraph)
  return true
}

function splitParagraph(model: DraftModel): boolean {
  const p = model.int(model.paragraphs.length)
  const paragraph = model.paragraphs[p]
  if (paragraph.length < 2) return false
  model.paragraphs.splice(p, 1, paragraph.slice(0, 1), paragraph.slice(1))
  return true
}

function mergeParagraphs(model: DraftModel): boolean {
  const p = model.int(model.paragraphs.length - 1)
  model.paragraphs.splice(p, 2, [...model.paragraphs[p], ...model.paragraphs[p + 1]])
  return true
}

function whitespaceEdit(model: DraftModel): boolean {
  const { p, s } = randomSentence(model)
  const sentence = model.paragraphs[p][s]
  const at = sentence.text.indexOf(' ', model.int(sentence.text.length))
  if (at < 0) return false
  replaceIn(sentence, at, at + 1, '  ', false)
  return true
}

function quoteStyle(model: DraftModel): boolean {
  const quoted = model.paragraphs.flat().filter((s) => s.text.includes('“'))
  const sentence = quoted[model.int(quoted.length)]
  if (!sentence) return false
  sentence.text = sentence.text.replace(/[“”]/g, '"') // same length: no offsets move
  return true
}

function swapSentences(model: DraftModel): boolean {
  const paragraph = model.paragraphs[model.int(model.paragraphs.length)]
  if (paragraph.length < 2) return false
  const s = model.int(paragraph.length - 1)
  if (paragraph[s].text === paragraph[s + 1].text) return false // an invisible swap
  ;[paragraph[s], paragraph[s + 1]] = [paragraph[s + 1], paragraph[s]]
  return true
}

function rewrite(model: DraftModel): boolean {
  const { p, s } = randomSentence(model)
  model.paragraphs[p][s] = model.sentence(model.paragraphs[p][s].family, false)
  return true
}
