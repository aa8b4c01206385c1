/**
 * What kind of attribution a PolNeAR cue marks. The corpus annotates every attribution of its articles, not only
 * reported speech: "X said the bill would fail" and "X wrote that …" but also "X signed an agreement to …", "X cares
 * more than anything about …", "a law which abolished slavery". Factdesk gives a claim the claimant who made it (a
 * speaker, writer, thinker, or a document that finds or shows), so the bench splits the scorer's claimant rows by
 * the cue: a word of saying, writing, thinking or finding, or anything else (actions, states, stances).
 *
 * The lists are English words of communication and cognition written here from general knowledge (the classes
 * of say, tell, report, think, and the nouns of a statement or a document), deliberately generous (stance words
 * such as "support", "oppose", "criticise" count as saying): they are not fitted on the corpus. A generous list puts
 * more rows among the "saying" ones, so it can only raise the ceiling the bench gives (the share reached if every
 * "saying" row were right), never lower it.
 */

const SAYING_LEMMAS = [
  // say, tell and the verbs that report an utterance
  ...['say', 'tell', 'add', 'note', 'explain', 'announce', 'state', 'claim', 'argue', 'insist', 'contend', 'maintain'],
  ...['assert', 'declare', 'repeat', 'reply', 'respond', 'answer', 'counter', 'retort', 'ask', 'question', 'wonder'],
  ...['suggest', 'propose', 'urge', 'call', 'describe', 'warn', 'caution', 'predict', 'promise', 'pledge', 'vow'],
  ...['threaten', 'boast', 'brag', 'complain', 'criticize', 'criticise', 'praise', 'charge', 'allege', 'accuse'],
  ...['blame', 'deny', 'dispute', 'reject', 'acknowledge', 'admit', 'concede', 'confirm', 'agree', 'disagree'],
  ...['recall', 'testify', 'tweet', 'post', 'write', 'report', 'quote', 'cite', 'mention', 'point', 'stress'],
  ...['emphasize', 'emphasise', 'estimate', 'conclude', 'indicate', 'show', 'find', 'reveal', 'tout', 'defend'],
  ...['slam', 'blast', 'decry', 'lament', 'joke', 'quip', 'muse', 'object', 'protest', 'demand', 'recommend'],
  ...['advise', 'inform', 'brief', 'speak', 'talk', 'comment', 'remark', 'observe', 'mean', 'imply', 'characterize'],
  ...['label', 'dismiss', 'hail', 'signal', 'hint', 'forecast', 'project', 'calculate'],
  ...['support', 'oppose', 'favor', 'favour', 'back', 'endorse', 'welcome', 'attack', 'applaud', 'condemn'],
  // think, and the verbs of knowing, expecting and feeling about a proposition
  ...['believe', 'think', 'feel', 'know', 'expect', 'hope', 'fear', 'worry', 'doubt', 'suspect', 'consider'],
  ...['view', 'see', 'regard', 'assume', 'guess', 'reckon', 'understand', 'learn', 'realize', 'realise', 'want'],
  ...['wish', 'insinuate', 'judge', 'rule', 'accept', 'recognize'],
  // nouns of a statement, and of the documents that state things
  ...['statement', 'remarks', 'interview', 'speech', 'testimony', 'letter', 'study', 'survey', 'poll', 'analysis'],
  ...['memo', 'release', 'argument', 'opinion', 'belief', 'accusation', 'allegation', 'warning', 'criticism'],
  ...['message', 'email', 'complaint', 'data', 'figures', 'review', 'audit', 'filing', 'lawsuit', 'ruling'],
  ...['according', 'assessment', 'prediction', 'announcement', 'op-ed', 'column', 'editorial']
]

/** Forms the endings below do not make. */
const IRREGULAR = ['said', 'told', 'thought', 'felt', 'knew', 'known', 'wrote', 'written', 'found', 'saw', 'seen']
const IRREGULAR_MORE = ['shown', 'spoke', 'spoken', 'meant', 'understood', 'foresaw', 'forecast', 'ruled']

const LEMMAS = new Set(SAYING_LEMMAS)
const FORMS = new Set([...IRREGULAR, ...IRREGULAR_MORE])

/** The lemma a word could be an inflection of, by the regular English endings (criticizes, worried, hoping). */
function lemmaCandidates(word: string): string[] {
  const candidates = [word]
  for (const [ending, replacement] of [
    ['ies', 'y'],
    ['ied', 'y'],
    ['es', ''],
    ['s', ''],
    ['ed', ''],
    ['ed', 'e'],
    ['d', ''],
    ['ing', ''],
    ['ing', 'e']
  ])
    if (word.endsWith(ending)) candidates.push(word.slice(0, -ending.length) + replacement)
  // A doubled consonant before the ending: "admitted", "slammed", "regretting".
  const undoubled = /^(.*)([bdglmnprt])\2(?:ed|ing)$/.exec(word)
  if (undoubled) candidates.push(undoubled[1] + undoubled[2])
  return candidates
}

/** Whether a gold cue ("said", "told reporters", "in a statement", "signed an agreement") marks saying or thinking. */
export function isSayingCue(cue: string): boolean {
  const words = cue.toLowerCase().match(/[\p{L}-]+/gu) ?? []
  return words.some((word) => FORMS.has(word) || lemmaCandidates(word).some((lemma) => LEMMAS.has(lemma)))
}
