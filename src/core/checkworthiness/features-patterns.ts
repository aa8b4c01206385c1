/**
 * Hand features found by a regular expression over the sentence (formats and multi-word
 * phrases). Each pattern is compiled once; `find` returns the exact text matched, or null.
 * Apostrophes are matched as both ' and ’ because news copy uses curly ones.
 *
 * Each pattern also names its triggers: lower-case strings of which every match holds at least one
 * (or any digit, `digit`). Most sentences hold none of a pattern's triggers, and one scan for all
 * of them (feature-triggers.ts) is cheaper than running twenty patterns that cannot match.
 */
import type { HandFeatureId } from './features-catalogue'
import { MONTH_NAMES, WEEKDAY_NAMES } from '../facts/dates'
import { FEELING_WORDS } from './features-lexicon'
import { SCHEDULED_AFTER_DUE_TO } from './word-senses'

export interface RegexFeature {
  id: HandFeatureId
  find(sentence: string): string | null
  /**
   * What any match must contain: a digit (`digit`) or one of `words` (lower case, as in the lower-cased
   * sentence). A pattern without triggers is always tried.
   */
  triggers?: Triggers
}

export interface Triggers {
  digit?: boolean
  words?: readonly string[]
  /** Words of which every match also holds one: the pattern is tried only on a sentence that holds both kinds. */
  also?: readonly string[]
}

const A = "['’]" // either apostrophe
const SPELLED = 'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred'
const UNITS =
  'km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|feet|foot|tons?|tonnes?|barrels?|gallons?|litres?|liters?|acres?|' +
  'hectares?|degrees?|kg|kilograms?|pounds?|mph|square (?:miles|kilomet(?:er|re)s)'
// Durations are kept apart from physical measures: "for four years" is common rhetoric in speech.
const DURATIONS = 'years?|months?|weeks?|days?|hours?|minutes?|decades?|centur(?:y|ies)'
/** What every unit and every duration above begins with. */
const UNIT_TRIGGERS =
  'km|kilomet|mile|met|feet|foot|ton|barrel|gallon|litre|liter|acre|hectare|degree|kg|kilogram|pound|mph|square'
const DURATION_TRIGGERS = 'year|month|week|day|hour|minute|decade|centur'

// Words that end in -est without being superlatives ("the interest", "the west").
const NOT_SUPERLATIVE: ReadonlySet<string> = new Set(
  (
    'interest rest west test request contest protest forest guest chest quest arrest nest harvest conquest honest ' +
    'modest earnest manifest suggest digest midwest southwest northwest priest crest pest vest zest invest unrest ' +
    'behest inquest bequest attest detest'
  ).split(' ')
)

function pattern(id: HandFeatureId, re: RegExp, triggers?: Triggers): RegexFeature {
  return {
    id,
    triggers,
    find(sentence) {
      const m = re.exec(sentence)
      return m === null ? null : m[0]
    }
  }
}

const SUPERLATIVE_RE =
  /\b(?:the|its|their|our|his|her|America's|world's)\s+(?:(?:single|very|second|third|fourth)\s+)?(?:most|least|first|only|best|worst|(\w{2,}est))\b/gi

const feelingList = [...FEELING_WORDS].join('|')

const DIGIT: Triggers = { digit: true }
const lowerWords = (alternatives: string): string[] => alternatives.toLowerCase().split('|')
/** A number written as a digit or spelled: what a measurement or a duration starts with. */
const QUANTITY: Triggers = { digit: true, words: lowerWords(SPELLED) }

export const REGEX_FEATURES: readonly RegexFeature[] = [
  pattern('year', /\b(?:1[89]\d\d|20\d\d)s?\b|['’]\d0s\b/, DIGIT),
  // Every match holds its sign or word (a digit alone, in a fifth of news sentences, ran it on every one).
  pattern('percent', /(?<!\d)\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)|\bpercentage points?\b/i, {
    words: ['%', 'percent', 'per cent']
  }),
  pattern(
    'money',
    /[$£€]\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|bn)\b)?|\b\d[\d,.]*(?:\s(?:million|billion|trillion))?\s(?:dollars|euros|pounds|cents)\b/i,
    { words: ['$', '£', '€', 'dollars', 'euros', 'pounds', 'cents'] }
  ),
  // A number, in digits or spelled, is in over a quarter of news sentences; a unit or a duration in few of them.
  pattern('measurement', new RegExp(`\\b(?:\\d[\\d,.]*|${SPELLED})[\\s-](?:${UNITS})\\b`, 'i'), {
    ...QUANTITY,
    also: lowerWords(UNIT_TRIGGERS)
  }),
  pattern('duration', new RegExp(`\\b(?:\\d[\\d,.]*|${SPELLED})[\\s-](?:${DURATIONS})\\b`, 'i'), {
    ...QUANTITY,
    also: lowerWords(DURATION_TRIGGERS)
  }),
  pattern(
    'date',
    new RegExp(
      `\\b(?:${MONTH_NAMES})\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?\\b|\\b\\d{1,2}\\s+(?:${MONTH_NAMES})\\b|` +
        `\\b(?:in|of|since|until|by|last|early|late|mid-?)\\s+(?:${MONTH_NAMES})\\b|\\b(?:on|last|this|next)\\s+(?:${WEEKDAY_NAMES})\\b|` +
        `\\blast\\s+(?:year|month|week|decade)\\b|\\b\\d+\\s+(?:years?|months?|days?)\\s+ago\\b`
    ),
    // Every match holds a month's or a weekday's name, 'last' or 'ago' (a digit, in a fifth of news sentences, ran it
    // on every one).
    { words: [...lowerWords(MONTH_NAMES), ...lowerWords(WEEKDAY_NAMES), 'last', 'ago'] }
  ),
  pattern(
    'comparison',
    /\b(?:more|less|fewer|greater|higher|lower|larger|smaller|bigger|faster|slower)\s+than\b|\b(?:at least|at most|as (?:many|much|few|little) as|up from|down from|compared (?:with|to)|twice as)\b/i,
    {
      words: [
        'than',
        'at least',
        'at most',
        'as many',
        'as much',
        'as few',
        'as little',
        'up from',
        'down from',
        'compared',
        'twice as'
      ]
    }
  ),
  {
    id: 'superlative',
    // 'est' stands for 'best' and any \w{2,}est.
    triggers: { words: ['most', 'least', 'first', 'only', 'worst', 'est'] },
    find(sentence) {
      SUPERLATIVE_RE.lastIndex = 0
      let m: RegExpExecArray | null
      while ((m = SUPERLATIVE_RE.exec(sentence)) !== null) {
        if (m[1] === undefined || !NOT_SUPERLATIVE.has(m[1].toLowerCase())) return m[0]
      }
      return null
    }
  },
  pattern(
    'causal',
    // "due to" before a verb is a schedule ("is due to appear"), no cause.
    new RegExp(
      `\\b(?:because(?: of)?|caused|causes|cause of|led to|leads to|resulted in|results in|due to(?!\\s+(?:${SCHEDULED_AFTER_DUE_TO})\\b)|as a result|therefore|thanks to|responsible for|contributed to)\\b`,
      'i'
    ),
    {
      words: [
        'because',
        'caused',
        'causes',
        'cause of',
        'led to',
        'leads to',
        'resulted in',
        'results in',
        'due to',
        'as a result',
        'therefore',
        'thanks to',
        'responsible for',
        'contributed to'
      ]
    }
  ),
  // A stated period: "since 2009", "over the past ten years" (the frame of a trend claim).
  pattern(
    'timeSpan',
    new RegExp(
      `\\b(?:since|between|from)\\s+(?:1[89]\\d\\d|20\\d\\d)(?:\\s*(?:and|to|[-–])\\s*(?:1[89]\\d\\d|20\\d\\d))?\\b|\\b(?:in|over|during|for)\\s+the\\s+(?:last|past)\\s+(?:(?:\\d+|${SPELLED})\\s+)?(?:${DURATIONS})\\b`,
      'i'
    ),
    // A year after 'since', 'between', 'from' (with the year that closes the period, so the reason reads "between
    // 2021 and 2025"); else 'the last' or 'the past'.
    { digit: true, words: ['last', 'past'] }
  ),
  // Absolutes a checker can test with one counter-example: "never", "for the first time", "in history".
  pattern(
    'absolute',
    /\b(?:never|nobody|no one|none of|every single|all-time|record (?:high|low|levels?)|for the first time|in (?:our |the )?(?:nation['’]s |country['’]s )?history)\b/i,
    {
      words: ['never', 'nobody', 'no one', 'none of', 'every single', 'all-time', 'record', 'first time', 'history']
    }
  ),
  // The speaker's own record: "I voted", "we created", "I've signed".
  pattern(
    'ownRecord',
    new RegExp(
      `\\b(?:I|we)(?:${A}ve)?\\s+(?:have\\s+|had\\s+|also\\s+|actually\\s+)?(?:voted|passed|signed|created|cut|balanced|reduced|lowered|raised|built|sponsored|introduced|negotiated|appointed|added|increased|brought|sent|vetoed|opposed|supported|proposed|spent|saved|doubled|eliminated)\\b`,
      'i'
    ),
    {
      words: lowerWords(
        'voted|passed|signed|created|cut|balanced|reduced|lowered|raised|built|sponsored|introduced|negotiated|' +
          'appointed|added|increased|brought|sent|vetoed|opposed|supported|proposed|spent|saved|doubled|eliminated'
      )
    }
  ),
  // A named law, plan or programme: "the Affordable Care Act", "Social Security", "the Paris Agreement".
  pattern(
    'namedPolicy',
    /\b(?:[A-Z][a-z]+\s+){1,4}(?:Act|Plan|Agreement|Accord|Treaty|Care|Security|Deal|Program|Programme|Reform|Amendment|Initiative)\b/,
    { words: lowerWords('Act|Plan|Agreement|Accord|Treaty|Care|Security|Deal|Program|Reform|Amendment|Initiative') }
  ),
  pattern('question', /\?/),
  pattern(
    'opinion',
    new RegExp(
      `\\b(?:I|we)\\s+(?:really\\s+|strongly\\s+|still\\s+|do\\s+|don${A}t\\s+)?(?:think|believe|feel|guess|suppose|hope|want|wish|trust|doubt)\\b|` +
        `\\b(?:I${A}m|I am|we${A}re|we are)\\s+(?:sure|convinced|confident|certain)\\b|\\bin my (?:opinion|view|judgment)\\b|` +
        `\\b(?:we|I)\\s+(?:must|should|need to|have to|ought to|${A}ve got to|have got to)\\b`,
      'i'
    ),
    {
      words: [
        ...lowerWords('think|believe|feel|guess|suppose|hope|want|wish|trust|doubt|sure|convinced|confident|certain'),
        'in my ',
        ...lowerWords('must|should|need to|have to|ought to|got to')
      ]
    }
  ),
  // Impersonal opinion: the writer's judgement dressed as a statement ("It is arguable that…").
  pattern(
    'arguable',
    new RegExp(
      `\\b(?:it is|it${A}s)\\s+(?:arguable|debatable|doubtful|unclear|questionable|(?:hard|difficult) to (?:see|say|imagine|believe|know)|` +
        `clear that|obvious that|time to|a shame|a disgrace)\\b|\\barguably\\b|\\b(?:hard|difficult) to (?:see|say|imagine)\\b|\\bremains to be seen\\b`,
      'i'
    ),
    { words: ['it is', "it's", 'it’s', 'arguably', 'hard to', 'difficult to', 'remains to be seen'] }
  ),
  pattern('recommendation', /\b(?:should|ought to|must)\b/i, { words: ['should', 'ought to', 'must'] }),
  // Modals are matched case-sensitively so the month "May" is not a hedge.
  pattern(
    'hedge',
    /\b(?:could|might|may|would|perhaps|maybe|possibly|probably|likely|unlikely|potentially|seems?|appears? to)\b|\b(?:Could|Might|Would|Perhaps|Maybe|Possibly|Probably)\b/,
    // 'may' stands for 'maybe', 'likely' for 'unlikely', 'seem' and 'appear' for their -s forms.
    { words: lowerWords('could|might|may|would|perhaps|possibly|probably|likely|potentially|seem|appear') }
  ),
  pattern(
    'prediction',
    new RegExp(
      `\\b(?:will|won${A}t|shall|going to|gonna|promises? to be|(?:is|are) (?:set|expected|likely) to)\\b|\\b\\w+${A}ll\\b`,
      'i'
    ),
    {
      words: [
        'will',
        "won't",
        'won’t',
        'shall',
        'going to',
        'gonna',
        'promise',
        'set to',
        'expected to',
        'likely to',
        "'ll",
        '’ll'
      ]
    }
  ),
  pattern(
    'feeling',
    new RegExp(
      `\\b(?:(?:I|we)(?:${A}m|${A}re| am| are| feel| felt| was| were)?\\s+(?:so\\s+|very\\s+|deeply\\s+|really\\s+)?)?(?:${feelingList})\\b`,
      'i'
    ),
    { words: lowerWords(feelingList) }
  ),
  pattern(
    'greeting',
    /\b(?:thank you|thanks|good (?:evening|morning|night|afternoon)|hello|congratulations|welcome|ladies and gentlemen)\b/i,
    {
      words: [
        'thank you',
        'thanks',
        'good evening',
        'good morning',
        'good night',
        'good afternoon',
        'hello',
        'congratulations',
        'welcome',
        'ladies and gentlemen'
      ]
    }
  ),
  pattern(
    'imperative',
    new RegExp(
      `^\\s*(?:["“'‘(]\\s*)?(?:let${A}s|let me|let us|look|listen|imagine|remember|think about|consider|tell me|please|don${A}t)\\b`,
      'i'
    ),
    // Tried on every sentence before: any match holds one of these words (let's, let me, let us; don't).
    { words: ['let', 'look', 'listen', 'imagine', 'remember', 'think about', 'consider', 'tell me', 'please', 'don'] }
  ),
  pattern('hypothetical', /^\s*(?:and |but |so |now )?if\b|\bunless\b|\bwhat if\b|\bsuppose\b/i, {
    words: ['if', 'unless', 'suppose']
  })
]
