/**
 * Word lists behind the check-worthiness hand features (see features.ts).
 * Kept apart so the feature logic stays readable. All entries are lower case;
 * apostrophes are the ASCII ' (the tokenizer folds curly ’ into it).
 */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/))

/** Spelled-out quantities. "one" is left out on purpose: "one of the things" is not a quantity. */
export const NUMBER_WORDS = words(`
  two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
  seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds
  thousand thousands million millions billion billions trillion trillions dozen dozens half twice
  thrice double triple quarter third
`)

/** Words that name a measured quantity: a sentence about them usually states a figure someone can look up. */
export const STATISTIC_WORDS = words(`
  percent percentage rate rates unemployment unemployed employment jobs job tax taxes taxpayers deficit deficits
  debt budget budgets gdp inflation average median income incomes wages wage salary salaries spending spent
  poverty crime murders homicides cost costs price prices growth majority minority casualties deaths dead killed
  died wounded troops soldiers population census revenue revenues surplus economy productivity interest
  premiums insurance uninsured medicare medicaid pension pensions welfare benefits emissions exports imports
  trade barrels gallons acres votes voters turnout poll polls survey figures statistics total totals
`)

/** Verbs that report a change in a quantity over time ("rose rapidly", "has increased"). */
export const CHANGE_VERBS = words(`
  rose risen fell fallen grew grown increased increases decreased decreases doubled tripled quadrupled halved
  declined dropped soared surged plunged plummeted shrank shrunk climbed slashed reduced raised cut cuts
  diminished expanded tripling doubling increasing decreasing declining rising falling
`)

/** Words of law, rules and official decisions: checkers verify who voted or signed what. */
export const LEGAL_WORDS = words(`
  law laws bill bills voted vote legislation legislative illegal illegally legal ban banned bans signed veto
  vetoed constitution constitutional unconstitutional court courts ruled ruling treaty treaties amendment
  regulation regulations regulated sanctions statute approved passed enacted repealed outlawed prohibited
  mandate mandated decree ordered convicted indicted sentenced charged
`)

/** Common irregular past-tense forms and past participles (regular ones are caught by the -ed rule). */
export const IRREGULAR_PAST = words(`
  was were had did said told wrote sent rose fell grew won lost made took gave came went became began left led
  met paid built bought brought caught fought found flew held kept knew laid lent meant ran saw sold shot
  spent spoke stood stole struck swore taught threw withdrew overthrew undertook sought fled broke chose drew
  froze hung rode shook spread stuck swept tore wrote drove hid overtook forbade arose awoke beat bore bound
  bred dealt dug fed felt forgave forgot got heard hurt lay lit mistook overcame oversaw rang rebuilt sank sat
  shut slept slid split sprang stung struck sued swam swung understood upheld woke wore won wound
  drawn shown given taken known seen written done gone grown thrown begun chosen spoken stolen broken driven
  flown forgotten hidden ridden sworn torn worn withdrawn overthrown undertaken overseen
`)

/**
 * Words ending in -ed that are not past-tense verbs, or are feelings (counted as feelings instead).
 * Without this list "need", "hundred" and "indeed" would look like events.
 */
export const NOT_PAST_ED = words(`
  need indeed speed seed feed breed proceed exceed succeed bed red shed hundred sacred naked wicked
  kindred creed greed weed bleed steed deed heed reed embed infrared tired scared worried excited
  pleased ashamed disappointed embarrassed interested concerned supposed so-called advanced detailed
  experienced talented educated limited related based united beloved aged dedicated committed determined
  prepared satisfied convinced delighted thrilled honored honoured frustrated armed skilled
  unprecedented unlimited unexpected unemployed
`)

/** Verbs and phrases that attribute words to someone: in news, "X said Y" asserts that X said it. */
export const REPORTING_VERBS = words(`
  said says told wrote writes added adds announced reported stated claimed claims explained explains confirmed
  denied insisted noted argued warned admitted acknowledged testified tweeted posted declared revealed
  disclosed alleged accused
`)

/** Pronouns that put the speaker or the listener in the sentence: typical of opinion and address. */
export const FIRST_PERSON = words(
  `i i'm i've i'd i'll me my mine myself we we're we've we'd we'll us our ours ourselves`
)
export const SECOND_PERSON = words(`you you're you've you'd you'll your yours yourself yourselves`)

/** Feeling words: a sentence that reports how the speaker feels gives a checker nothing to verify. */
export const FEELING_WORDS = words(`
  proud happy glad sad angry love loved hate afraid scared fear worried delighted honored honoured grateful
  thankful excited sorry ashamed disappointed pleased thrilled frustrated hopeful optimistic pessimistic
  heartbroken appalled outraged saddened
`)

/** Month and weekday names: dates, not named entities. */
export const CALENDAR_WORDS = words(`
  january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday
`)

/**
 * Capitalised words that start sentences without naming anything. The trained model ships a
 * larger data-derived list (words seen in lower case); this one covers the commonest openers.
 */
export const FUNCTION_WORDS = words(`
  the a an this that these those it its it's i we you he she they there here but and or so if when while as at
  in on for with by from of to after before despite following further however now then yes no well let our my
  your his her their what who why how where which all some many most one each every any both because since
  although though thank thanks look listen not nor also again today tonight yesterday tomorrow mr mrs ms dr
`)
