/**
 * The verbs that make someone a claim's claimant beyond "said", by class: statements, beliefs, stances, stated
 * intentions and what evidence finds. Plain actions are not here ("built", "visited", "decided to visit"): a
 * claim about what someone did is the article's own claim about them. The speech verbs themselves live in
 * speech-cues.ts; this lexicon only adds what a claimant may hold without a quote. Every verb is listed by its
 * base form and expanded to its -s, -ed and -ing forms; irregular forms are written after a bar ("seek|sought").
 * Written from general English usage, grouped so a newsroom can see why a word is in. Kept apart from the cue
 * reader (claimant-cues.ts) so the word lists can be read, and grown, on their own.
 */

// prettier-ignore
const STATEMENT_VERBS = [
  // saying, in its many manners (those missing from speech-cues.ts)
  'announce', 'assert', 'claim', 'comment', 'complain', 'concede', 'confirm', 'contend', 'declare', 'deny', 'disclose',
  'emphasize', 'emphasise', 'explain', 'insist', 'maintain', 'mention', 'note', 'predict', 'reaffirm', 'reiterate',
  'repeat', 'reply', 'respond', 'reveal', 'speak|spoke|spoken', 'state', 'stress', 'suggest', 'tell|told', 'testify',
  'tweet', 'underline', 'underscore', 'write|wrote|written', 'acknowledge', 'admit|admitted', 'allege', 'argue', 'boast',
  'brag|bragged', 'caution', 'concur|concurred', 'counter', 'describe', 'hint', 'imply', 'inform',
  'recall', 'remark', 'report', 'signal|signaled', 'talk', 'tout', 'warn', 'add', 'ask', 'answer', 'acknowledge',
  'charge', 'contest', 'clarify', 'express', 'voice', 'publish', 'post', 'characterize', 'characterise', 'portray',
  'label', 'brand', 'dub|dubbed', 'call', 'predict', 'estimate', 'speculate', 'theorize', 'theorise', 'surmise',
  'lament', 'bemoan', 'muse', 'joke', 'quip|quipped', 'scoff', 'grumble', 'gripe', 'rail', 'vent', 'confide',
  'concede', 'profess', 'proclaim', 'assure', 'reassure', 'promise', 'swear|swore|sworn', 'attest', 'certify',
  'reference', 'echo', 'utter', 'quote', 'invoke',
  // British spellings doubling the l: "signalled", "labelled"
  'signal|signalled', 'label|labelled',
  // talking a question over with others: "the candidates sparred over trade", "they debated whether …"
  'debate', 'discuss', 'spar|sparred', 'clash', 'quarrel', 'quarrel|quarrelled',
  // setting one thing against another in words: "the ad contrasts her record with his votes"
  'contrast',
  // a court's or a referee's finding in words: "…, ruling that the county had failed to test them"
  'rule',
  // telling over, putting forward or echoing in words: "recited the list of failures", "posited that …"
  'recite', 'articulate', 'posit', 'hypothesize', 'hypothesise', 'allude', 'parrot', 'exhort',
  // praising or attacking someone in words: "commended the crews", "vilified the port board as …"
  'commend', 'extol|extolled', 'trumpet', 'admonish', 'chastise', 'vilify|vilified', 'demonize',
  'demonise', 'malign', 'denigrate', 'impugn', 'smear', 'lampoon', 'eviscerate', 'skewer', 'pillory|pilloried',
  'heckle'
]

// prettier-ignore
const BELIEF_VERBS = [
  // what someone holds true, fears or expects: the belief is attributed like speech
  'believe', 'think|thought', 'feel|felt', 'fear', 'hope', 'expect', 'doubt', 'suspect', 'assume', 'worry', 'trust',
  'know|knew|known', 'reckon', 'suppose', 'consider', 'regard', 'view', 'deem', 'judge', 'conclude', 'presume', 'sense',
  'anticipate', 'foresee|foresaw|foreseen', 'envision', 'envisage', 'recognize', 'recognise', 'realize', 'realise',
  'understand|understood', 'accept', 'acknowledge', 'agree|agreed', 'disagree|disagreed', 'dispute', 'question',
  'wonder', 'insist', 'figure', 'bet|bet', 'guess',
  // knowing something found out: "the agency learned that the body had been moved", "voters noticed that …"
  'learn|learned', 'learn|learnt', 'notice', 'discover',
  // "what she perceives as unfair coverage"
  'perceive'
]

// prettier-ignore
const STANCE_VERBS = [
  // for or against someone or something
  'support', 'oppose', 'back', 'endorse', 'favor', 'favour', 'prefer|preferred', 'reject', 'defend', 'criticize',
  'criticise', 'praise', 'welcome', 'applaud', 'condemn', 'denounce', 'attack', 'blame', 'accuse', 'challenge',
  'object', 'protest', 'resist', 'embrace', 'champion', 'advocate', 'lobby', 'campaign', 'promote', 'dismiss',
  'downplay', 'slam|slammed', 'blast', 'hail', 'laud', 'decry|decried', 'deride', 'mock', 'ridicule', 'bash', 'fault',
  'credit', 'thank', 'congratulate', 'disavow', 'repudiate', 'renounce', 'celebrate', 'cheer', 'rebuff', 'scorn',
  'scold', 'rebuke', 'chide', 'berate', 'lambaste', 'excoriate', 'castigate', 'assail', 'target', 'knock',
  'question', 'dispute', 'contradict', 'refute', 'rebut|rebutted', 'disparage', 'belittle', 'insult', 'taunt',
  'vote', 'side', 'align', 'approve', 'disapprove', 'veto|vetoed', 'sanction', 'oppose', 'admire', 'respect',
  'trust', 'distrust', 'like', 'dislike', 'love', 'hate', 'despise', 'resent', 'regret|regretted', 'apologize',
  'apologise', 'recommend', 'advise', 'urge', 'implore', 'beg|begged', 'press', 'pressure', 'push', 'demand', 'request',
  'appeal', 'plead', 'encourage', 'discourage', 'warn', 'caution', 'invite', 'dare|dared', 'challenge',
  // liking or loathing something held as a view: "relishes the fight over the levy", "detests the new rules"
  'relish', 'cherish', 'detest', 'abhor', 'adore', 'revere', 'condone', 'spurn|spurned', 'snub|snubbed',
  'shun|shunned'
]

// prettier-ignore
const INTENTION_VERBS = [
  // stated plans, promises and refusals: what someone says they will or will not do
  'plan|planned', 'want', 'intend', 'aim', 'seek|sought', 'pledge', 'promise', 'vow', 'propose', 'offer', 'threaten',
  'refuse', 'decline', 'mean|meant', 'wish', 'commit|committed', 'resolve', 'vow', 'swear|swore|sworn', 'undertake|undertook|undertaken',
  'aspire', 'hope', 'expect', 'insist', 'demand', 'call', 'contemplate', 'weigh', 'mull|mulled', 'eye', 'consider'
]

// prettier-ignore
const EVIDENCE_VERBS = [
  // what documents, surveys, studies and data find: "the report found", "records show", "polls suggest"
  'show|showed|shown', 'find|found', 'indicate', 'reveal', 'suggest', 'estimate', 'project', 'forecast|forecast', 'predict',
  'conclude', 'determine', 'confirm', 'document', 'demonstrate', 'prove|proved|proven', 'report', 'list', 'cite', 'count',
  'record', 'measure', 'rank', 'rate', 'detail', 'outline', 'highlight', 'identify|identified', 'describe', 'note',
  'calculate', 'tally|tallied', 'put|put', 'place', 'give|gave|given', 'say|said', 'state', 'recommend', 'warn'
]

/** A lexicon entry's forms: base, -s, past (and a distinct past participle), -ing. */
function inflect(entry: string): string[] {
  const [base, past, participle] = entry.split('|')
  if (base.includes(' ')) return [base, ...(past ? [past] : [])]
  const forms = [base, past ?? pastOf(base), thirdPerson(base), presentParticiple(base, past)]
  return participle ? [...forms, participle] : forms
}

function thirdPerson(base: string): string {
  if (/(?:[sxzo]|sh|ch)$/u.test(base)) return `${base}es`
  if (/[^aeiou]y$/u.test(base)) return `${base.slice(0, -1)}ies`
  return `${base}s`
}

function pastOf(base: string): string {
  if (base.endsWith('e')) return `${base}d`
  if (/[^aeiou]y$/u.test(base)) return `${base.slice(0, -1)}ied`
  return `${base}ed`
}

/** "plan|planned" → "planning": a doubled consonant in the past is doubled before -ing too. */
function presentParticiple(base: string, past: string | undefined): string {
  if (past && past.endsWith(`${base[base.length - 1]}${base[base.length - 1]}ed`))
    return `${base}${base[base.length - 1]}ing`
  if (base.endsWith('ie')) return `${base.slice(0, -2)}ying`
  if (base.endsWith('e') && !base.endsWith('ee')) return `${base.slice(0, -1)}ing`
  return `${base}ing`
}

/** Which class a cue belongs to, so an explanation can say why it made a claimant. */
export type ClaimantCueClass = 'statement' | 'belief' | 'stance' | 'intention' | 'evidence'

const CLASSES: [ClaimantCueClass, readonly string[]][] = [
  ['statement', STATEMENT_VERBS],
  ['belief', BELIEF_VERBS],
  ['stance', STANCE_VERBS],
  ['intention', INTENTION_VERBS],
  ['evidence', EVIDENCE_VERBS]
]

/**
 * Every form → its class, and whether it is the bare base form ("support", "want"), which only a
 * plural or pronoun subject takes ("voters support", "they want"): after a singular noun it is a noun
 * itself ("the tax plan would …").
 */
export const SINGLE = new Map<string, { cls: ClaimantCueClass; bare: boolean }>()
for (const [cls, verbs] of CLASSES) {
  for (const entry of verbs) {
    const forms = inflect(entry)
    for (const form of forms) {
      const bare = form === forms[0] && form !== forms[1]
      const known = SINGLE.get(form)
      if (!known) SINGLE.set(form, { cls, bare })
      else if (!bare) known.bare = false
    }
  }
}
// "the business side of", "both sides of the aisle": these forms are nouns unless "with" follows (claimant-phrasal-cues.ts).
// "the GOP debates", "a clash over …": far more often nouns than verbs; "debated", "clashed" stay.
for (const noun of ['side', 'sides', 'debate', 'debates', 'clash', 'clashes']) SINGLE.delete(noun)
