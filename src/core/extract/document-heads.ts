/**
 * The words that make a source phrase a document or data rather than someone ("figures published by the council",
 * "the utility's annual report"), on their own so the workspace can tell them apart without the extraction's readers:
 * according-to.ts and the claimant readers read heads from here, the speaker filter groups names by it.
 */

/** Heads of a source phrase that name a document or data: "early results of …", "figures from …". */
// prettier-ignore
export const DOCUMENT_HEADS = new Set([
  'poll', 'polls', 'polling', 'survey', 'surveys', 'study', 'studies', 'report', 'reports', 'analysis', 'data',
  'figures', 'numbers', 'statistics', 'records', 'documents', 'results', 'estimates', 'projections', 'tally',
  'count', 'census', 'audit', 'review', 'research', 'findings', 'filings', 'tracker', 'transcript', 'memo',
  'estimate', 'forecast', 'index', 'average', 'averages', 'database', 'record', 'calculations', 'analyses', 'returns',
  'tallies', 'counts', 'ranking', 'rankings', 'disclosure', 'disclosures', 'regulation', 'regulations', 'ledger',
  'ledgers', 'guidelines', 'pricing', 'model', 'models'
])

/** Words after a name's head that tie it to its maker or subject: "figures published by …", "a report on …". */
// prettier-ignore
const AFTER_HEAD = new Set([
  'of', 'from', 'by', 'for', 'in', 'on', 'at', 'with', 'about', 'into', 'conducted', 'released', 'published', 'issued',
  'compiled', 'commissioned', 'taken', 'showing', 'that'
])

/**
 * Whether a claimant's or speaker's name, as the case holds it, is a document or data ("figures published by the
 * regional council", "The council's own forecasts", "a report") rather than a person or a body: its head, the last
 * word before a word tying it to its maker, is a document's. A capitalised head after the first word is a name's
 * ("Ana Records", "the Harbour Review"), not a document.
 */
export function namesDocument(name: string): boolean {
  const words = name.match(/[\p{L}\p{N}'’-]+/gu) ?? []
  let end = words.findIndex((word, k) => k > 0 && AFTER_HEAD.has(word))
  if (end < 0) end = words.length
  const head = words[end - 1] ?? ''
  if (end > 1 && head !== head.toLowerCase()) return false
  const lower = head.toLowerCase()
  return DOCUMENT_HEADS.has(lower) || (lower.endsWith('s') && DOCUMENT_HEADS.has(lower.slice(0, -1)))
}
