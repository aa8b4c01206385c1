/**
 * Words that end in a colon without being a speaker: newsroom keys ("Note:", "Update:") that make
 * no transcript, and discourse words that open a sentence in a long answer ("Similarly: …",
 * "Result: $139 billion…"), which would otherwise start a turn by a speaker called "Similarly".
 */

/** Labels that introduce prose in articles: one of these makes no transcript. */
// prettier-ignore
export const NOT_SPEAKERS = new Set([
  'note', 'notes', 'update', 'updated', 'correction', 'clarification', 'disclaimer', 'warning', 'ps', 'nb',
  "editor's note", 'editor’s note', 'read more', 'summary', 'example', 'photo', 'picture', 'image', 'video', 'watch',
  'listen', 'related', 'see also', 'also read', 'caption', 'credit', 'sources', 'contact', 'email', 'phone', 'tel',
  'web', 'website', 'twitter', 'facebook', 'instagram', 'key points', 'background', 'context', 'why it matters',
  'the bottom line', 'bottom line', 'what we know', 'timeline', 'fact check', 'verdict', 'claim', 'rating',
  'our ruling', 'ruling', 'conclusion', 'breaking', 'exclusive', 'analysis', 'opinion', 'comment', 'editorial',
  'transcript', 'speakers', 'participants', 'moderators', 'moderator', 'panelists', 'guests', 'guest', 'host',
  'hosts', 'location', 'time', 'tip', 'important'
])
/** Role words that are a label when a turn follows ("HOST: Welcome back") but a header when listing names. */
export const HEADER_ROLE_LABELS = new Set([
  'moderator',
  'moderators',
  'host',
  'hosts',
  'guest',
  'guests',
  'speakers',
  'participants',
  'panelists',
  'panel',
  'candidates'
])

/**
 * Words that link one thought to the next and may end in a colon mid-answer. General English,
 * not a corpus's: sentence adverbs, ordinals, and nouns that announce what follows.
 */
// prettier-ignore
export const DISCOURSE_WORDS = new Set([
  'similarly', 'however', 'therefore', 'thus', 'hence', 'moreover', 'furthermore', 'meanwhile', 'likewise',
  'nevertheless', 'nonetheless', 'consequently', 'accordingly', 'instead', 'otherwise', 'besides', 'indeed',
  'first', 'firstly', 'second', 'secondly', 'third', 'thirdly', 'fourth', 'fifth', 'finally', 'lastly', 'next',
  'then', 'now', 'so', 'but', 'and', 'also', 'again', 'still', 'yet', 'here', 'there', 'today', 'tonight',
  'yesterday', 'tomorrow', 'remember', 'look', 'fact', 'facts', 'truth', 'result', 'results', 'reason', 'reasons',
  'problem', 'solution', 'point', 'lesson', 'translation', 'quote', 'example', 'for example',
  'for instance', 'in fact', 'in short', 'in other words', 'in sum', 'in summary', 'in conclusion', 'to sum up',
  'the result', 'the problem', 'the point', 'the truth', 'the reason', 'the answer', 'the lesson', 'the fact',
  'bottom line', 'first of all', 'above all', 'after all', 'number one', 'number two', 'number three', 'one', 'two',
  'three', 'yes', 'no', 'okay', 'well', 'anyway'
])
