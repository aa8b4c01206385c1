/**
 * Word lists cue-nouns.ts reads to tell a word spelt like a cue from the noun it is ("drew criticism", "the Sanders
 * campaign manager"). Word lists only, so a newsroom can extend them without the grammar.
 */

/** Verbs whose object a word spelt like a cue is when it follows them: "drew criticism", "received support". */
// prettier-ignore
export const OBJECT_VERBS = new Set([
  'drew', 'draws', 'drawn', 'faced', 'faces', 'received', 'receives', 'won', 'wins', 'earned', 'earns', 'garnered',
  'sparked', 'sparks', 'prompted', 'prompts', 'triggered', 'triggers', 'attracted', 'attracts', 'fielded',
  // "hit record levels", "reached record numbers", "set a record", "broke records".
  'hit', 'hits', 'reached', 'reaches', 'set', 'sets', 'broke', 'breaks', 'topped', 'tops'
])

/** Words for growth before a noun: "increasing attacks", "mounting calls", "growing support". */
export const GROWING = new Set(['increasing', 'mounting', 'growing', 'rising', 'renewed', 'fresh'])

/** Adverbs that with a participle make an adjective of it: "politically charged", "racially motivated". */
// prettier-ignore
export const DOMAIN_ADVERBS = new Set([
  'emotionally', 'racially', 'politically', 'ideologically', 'highly', 'ethnically', 'religiously', 'sexually'
])

/** -s forms of cues that are never nouns, so never the noun a word before them modifies. */
// prettier-ignore
export const VERB_ONLY_FORMS = new Set([
  'says', 'adds', 'insists', 'warns', 'argues', 'admits', 'denies', 'suggests', 'explains', 'confirms', 'tells',
  'agrees', 'contends', 'maintains', 'concedes', 'acknowledges', 'believes', 'thinks'
])

/** Words after which an -ing word is a verb: a form of "be" or a verb of beginning or going on. */
// prettier-ignore
export const ING_VERB_BEFORE = new Set([
  'is', 'are', 'was', 'were', 'been', 'be', 'began', 'begun', 'begins', 'started', 'starts', 'kept', 'keeps',
  'continued', 'continues', 'stopped', 'spent'
])

/** Nouns for a campaign's or a body's staff after the name's noun: "Sanders campaign manager", "Hale campaign aides". */
// prettier-ignore
export const STAFF_NOUNS = new Set(['manager', 'chairman', 'chairwoman', 'chair', 'spokesman', 'spokeswoman', 'spokesperson',
  'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'official', 'officials', 'staff', 'staffer', 'staffers',
  'strategist', 'strategists', 'director', 'chief', 'officer'])

/** Irregular past forms that are plain verbs, never a noun's head: "the Reyes campaign spent", "… sent out". */
// prettier-ignore
export const PAST_VERBS = new Set(['spent', 'sent', 'ran', 'paid', 'bought', 'made', 'took', 'gave', 'got', 'held',
  'brought', 'lost', 'won', 'began', 'built', 'kept', 'left', 'sold', 'went', 'came', 'chose', 'drew', 'put', 'hired'])
