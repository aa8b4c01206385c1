/**
 * Word lists and cue patterns entities.ts reads names by. Kept apart so the rules stay short and
 * the lists can grow without touching them. Every list is lower-cased unless it says otherwise.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean))

/** Capitalised only because they start a sentence: never the start of a name. */
export const SENTENCE_STOPWORDS = words(`
  the a an it its this that these those there their they them he she his her we our us i you your my me
  despite following further furthermore as on at in of for from by with without after before during while
  when where what who whom whose which why how if but and or nor yet so however meanwhile although though
  since until under over into onto about above below between among against through throughout across
  has have had is are was were will would could should can may might must do does did not no yes all some
  many most several each every both either neither other another such also still even just only then now
  today yesterday tomorrow here once instead indeed perhaps maybe according asked speaking faced given
  having being according unlike like whether let more less few fewer much another nearly almost around
  critics officials analysts experts residents witnesses sources police soldiers troops parallels
  later earlier afterwards eventually finally initially recently currently previously again thus hence
  nobody everybody everyone someone somebody anyone anybody nothing everything something
`)

/**
 * Plural nouns for people that open a sentence alone ("Researchers warned …", "Economists said …"): capitalised
 * only by their place, so no name, whatever verb follows. Alone only: "Doctors Without Borders" is a name.
 */
export const PEOPLE_PLURALS_AT_START = words(`
  researchers scientists economists academics scholars historians doctors nurses teachers students lawyers
  investigators prosecutors campaigners activists protesters protestors observers diplomats engineers workers
  employees parents patients survivors supporters opponents advocates lawmakers legislators ministers leaders
  authorities regulators inspectors pollsters strategists donors voters residents farmers
`)

/**
 * All-capital words that are page furniture or ordinary abbreviations, not organisations. The last lines are
 * acronyms of things a story measures or uses (scanners, tests, conditions, indices, kinds of body): "the MRI
 * waiting list" names no body a checker could call, as "NATO" or "the BBC" does.
 */
export const NOT_ORG_CAPS = words(`
  FILE PHOTO UPDATE UPDATED BREAKING EXCLUSIVE WATCH READ MORE LIVE VIDEO NOTE CORRECTION OK TV AM PM AD BC
  CEO CFO MP MPs MEP ID PDF FAQ COVID GDP VAT II III IV VI VII VIII IX XI XII XX XXI RIP HIV AIDS DNA SMS
  PHOTOS EDITOR EDITORS PICTURE ALSO SEE THE AND OF IN A I
  MRI CT ICU IVF PPE ECG BMI ADHD PTSD COPD RSV TB HPV MMR STI STIs GP GPs RNA PCR CPR
  CPI RPI GNP FDI IPO ETF PMI GST AGM NGO NGOs SUV SUVs EV EVs ATM ATMs GPS CCTV USB LED LNG AI IQ SEN SEND
`)

/** Person titles stripped from the front of a name ("President Macron" → "Macron"). Capitalised. */
export const TITLES = words(`
  President Prime Minister Dr Dr. Mr Mr. Mrs Mrs. Ms Ms. Miss Gen Gen. General Sen Sen. Senator Rep Rep.
  Gov Gov. Governor King Queen Prince Princess Pope Chancellor Sir Dame Lord Lady Judge Justice Colonel Col
  Col. Lt Lt. Lieutenant Captain Capt Capt. Sgt Sgt. Sergeant Professor Prof Prof. Rev Rev. Reverend Sheikh
  Imam Ayatollah Mayor Ambassador Commander Marshal Field Admiral Vice Deputy Foreign Defence Defense
  Interior Finance Health Home Secretary Chief Archbishop Bishop Cardinal Emir Sultan Crown Speaker
  Detective Inspector Superintendent Constable Corporal Private Major Brigadier Premier Attorney
  Councillor Cllr Councilor Alderman Alderwoman Commissioner Congressman Congresswoman Assemblyman Assemblywoman
  MP MEP MSP Prosecutor Coroner
`)

/** Abbreviated titles that keep their full stop ("Dr. Smith"). Capitalised, without the stop. */
export const ABBREVIATED_TITLES = words('Dr Mr Mrs Ms Gen Sen Rep Gov Col Lt Capt Sgt Prof Rev St Jr Sr')

/** Demonyms, religions and compass words: adjectives before a noun, not names on their own. */
export const DEMONYMS = words(`
  french malian russian american british english scottish welsh irish german italian spanish portuguese
  dutch belgian swiss austrian polish czech slovak hungarian romanian bulgarian greek turkish ukrainian
  belarusian georgian armenian syrian iraqi iranian afghan pakistani indian chinese japanese korean
  vietnamese thai indonesian filipino australian canadian mexican brazilian argentine argentinian chilean
  colombian venezuelan cuban egyptian libyan tunisian algerian moroccan nigerian nigerien burkinabe chadian
  sudanese ethiopian somali kenyan ugandan rwandan congolese cameroonian ghanaian senegalese mauritanian
  ivorian israeli palestinian lebanese jordanian saudi emirati qatari yemeni kurdish arab arabic islamic
  muslim christian jewish catholic protestant sunni shia shiite european african asian western eastern
  northern southern central north south east west soviet nordic scandinavian latin sahelian jihadist
  tuareg fulani berber norwegian swedish danish finnish estonian latvian lithuanian serbian croatian
  bosnian albanian kosovan macedonian slovenian moldovan kazakh uzbek tajik burmese bangladeshi nepalese
  malaysian singaporean taiwanese anglo franco sub-saharan
`)

/** Month and day names: dates, not names, when they stand alone. */
export const CALENDAR_WORDS = words(`
  january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday
`)

/** Abbreviated months, dates only before a day ("Oct. 3", "Sept 12"). Capitalised. */
export const MONTH_ABBREVIATIONS = words('Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec')

/** Organisations every newsroom names without a cue, parties among them. Lower-cased. */
export const KNOWN_ORGANISATIONS = words(`
  al-qaeda al-qaida daesh isis isil taliban hamas hezbollah hizbollah boko wagner kremlin pentagon nato un
  eu who imf opec interpol europol reuters bbc cnn afp ap bloomberg google apple microsoft meta facebook
  twitter tesla unicef unhcr unesco ecowas asean fbi cia mi5 mi6 kgb fsb gru amnesty greenpeace fifa uefa
  deloitte kpmg pwc mazars bdo mckinsey accenture
  labour conservatives tories democrats republicans gop snp dup ukip
`)

/** Multi-word organisations known without a cue, matched at the start of a name. Lower-cased. */
export const KNOWN_ORGANISATION_PREFIXES = [
  'islamic state',
  'al qaeda',
  'boko haram',
  'al-shabaab',
  'white house',
  'downing street',
  'red cross',
  'red crescent',
  'european union',
  'united nations',
  'world bank',
  'world health organization',
  'security council',
  'human rights watch',
  'amnesty international',
  'médecins sans frontières',
  'wagner group',
  'grant thornton',
  'companies house',
  // Parties by the names newsrooms use alone ("The Conservatives said Labour had promised …"); a party's
  // adjective before a role ("Labour councillor Owen Pryce") is read before this list.
  'liberal democrats',
  'lib dems',
  'plaid cymru',
  'sinn féin',
  'sinn fein',
  'reform uk'
]

/**
 * Capitalised prepositions that, second in a name after a plural noun, make it a body's ("Doctors Without
 * Borders", "Mothers Against Drunk Driving", "Parents For Safer Streets"): no person's name is built so, and such a
 * body says and warns as a person does, so only its name tells it apart.
 */
export const BODY_NAME_LINKS = words('Without Against For Beyond Across Sans')

/** Heads of bodies' names that are common surnames too: after a known first name they end a person's name. */
export const SURNAME_HEADS = words('Power Post Chambers')

/** Capitalised words that make the whole name an organisation ("Bank of England", "Labour Party"). */
export const ORGANISATION_HEADS = words(`
  Party Ministry Department Force Forces Army Navy Group Bank University Council Commission Committee
  Agency Authority Office Administration Institute Foundation Association Union League Federation Organisation
  Organization Corporation Corp Corp. Inc Inc. Ltd Ltd. LLC plc PLC Company Co. Holdings Front Movement
  Brigade Brigades Battalion Regiment Command Police Constabulary Service Services Court Parliament Assembly Senate
  Congress Government Cabinet Times Post News Herald Journal Tribune Gazette Guardian Telegraph Press
  Network Broadcasting Television Radio Airlines Airways Motors Industries Energy Petroleum Pharmacy Pharmacies
  Pharmaceuticals Technologies Systems Laboratories Hospital School College Academy Museum Club FC Trust
  Board Bureau Centre Center Coalition Alliance Fund Reserve Operation Infirmary Hospice Forum
  Water Power Electric Electricity Gas Utilities Rail Railway Railways Transit Transport Telecom Media
  Courier Chronicle Observer Mail Express Standard Review Record Echo Mirror Mercury Dispatch Sentinel
  Research Polling Consulting Consultancy Partners Associates Analytics Insights Library Libraries
  Homes Ferries Buses Hotels Stores Terminals Rovers Wanderers Athletic Albion Rangers Hotspur
  Society Societies Institution Partnership Cooperative Co-operative Charity Renewables Inspectorate Tribunal
  Ombudsman Regulator Consortium Confederation Chamber Chambers
`)

/** Last words after which a name is a body's branch in a country: "Cancer Research UK", "Age UK". Capitalised. */
export const COUNTRY_BRANCH_ENDS = words('UK US USA')

/**
 * The last word that makes a name a place ("Kestrel Bay", "Marrow River", "Tiananmen Square").
 * Only names of two words or more: "the Bay" alone is a common noun.
 */
export const PLACE_HEADS_LAST = words(`
  Bay Point River Lake Harbour Harbor Port Island Islands Isle Valley Mountain Mountains Street Road
  Avenue Boulevard Lane County Province Region District Coast Creek Falls Heights Square Bridge Beach
  Peninsula Gulf Sea Ocean Strait Canal Forest Canyon Desert Plain Plains Delta Estuary Reservoir Dam
  Quarter Borough Township Parish Village Town City Headland Cove Sound Fjord Glacier Springs Wharf Quay
`)

/** Places more often than not but also surnames ("Damon Hill", "Park Ji-sung"): a place unless a cue says a person. */
export const AMBIGUOUS_PLACE_HEADS = words(
  'Hill Hills Park Field Fields Wood Woods Green Ford Marsh Moor Vale Hall Mill Lock Cross Weir'
)

/**
 * First words of a category's name with its letter or grade ("Band D" for council tax, "Category A", "Grade II",
 * "Plan B"): named like people, they are no person, place or organisation.
 */
export const CATEGORY_HEADS = words('Band Grade Category Class Tier Level Stage Phase Plan Type Group')

/** First words that make a name a place ("Lake Victoria", "Mount Kenya", "Port Louis", "River Trent"). */
export const PLACE_HEADS_FIRST = words('Lake Mount Port Cape Fort Isle Gulf Bay Strait Loch River')

/**
 * First words of the names of weather systems ("Storm Henk", "Hurricane Ida", "Typhoon Haiyan"):
 * named like people, they are neither people nor places, and their second word alone ("Henk swept
 * east") is not a surname either.
 */
export const WEATHER_HEADS = words('Storm Hurricane Typhoon Cyclone')

/**
 * Last words of the names of events, days, awards, laws' parts, agreements, schemes and benefits ("Democratic
 * National Convention", "Election Day", "Second Amendment", "Paris Agreement", "Nobel Peace Prize", "Warm Home
 * Discount", "Universal Credit", "Child Benefit", "National Living Wage"): named like people, they are no person,
 * place or body (a law's "Act" is read alone: entity-kinds.ts). Left out, being also the last word of bodies: Report
 * (the Drudge Report), Survey (the U.S. Geological Survey), Forum, Conference, Initiative; and Deal (Nathan Deal).
 */
export const EVENT_AND_SCHEME_HEADS = words(`
  Amendment Amendments Clause Doctrine Agreement Treaty Accord Pledge Day Week Convention Summit Debate Debates
  Games Olympics Championship Championships Festival Show Prize Award Awards Trophy Plan Program Programme Scheme
  Discount Allowance Payment Relief Credit Benefit Guarantee Wage Parade Carnival Marathon
`)

/**
 * Government bodies whose remit runs on past "and" after "of"/"for": "Department for Culture, Media and Sport",
 * "Office of Rail and Road".
 */
export const REMIT_HEADS = words('Department Ministry Office')

/**
 * Last words of bodies named by two areas or two halves of a remit ("Devon and Cornwall Police", "Brighton and Hove
 * Council", "Maritime and Coastguard Agency", "Citizenship and Immigration Services", "National Oceanic and
 * Atmospheric Administration").
 */
export const SHARED_AREA_HEADS = words(
  'Police Constabulary Council Service Services Authority Agency Trust Administration'
)

/** Heads after which "of", "in", "for" continue the name ("Bank of England", "Islamic State in …"). */
export const JOINING_HEADS = words(`
  State Bank University Ministry Department Council Commission Committee Office Institute Court Republic
  Kingdom Gulf Bay Sea Strait Cape Lake Mount Isle Isles Duke Duchess Church Museum College School
  Federation Union League Association Society Organisation Organization Party Front Movement Mission
  Force Forces Army Group Board Bureau Centre Center Chamber House Secretary Islands Province City
  Friends Confederation Chambers
`)

/**
 * Heads of bodies named for a cause, joined to it by "of" or "for" only: "the Philly Coalition for Real Justice",
 * "the Foundation for Middle East Peace"; after "in" comes where one stands ("the Black Caucus Foundation in
 * Washington"). Not "Campaign": headlines in capitals put it inside runs that name no body.
 */
export const CAUSE_HEADS = words('Coalition Alliance Foundation Fund Partnership Agency Network')

const ROLE_NOUNS =
  'correspondent|reporter|journalist|editor|minister|president|spokesman|spokeswoman|spokesperson|leader|' +
  'chief|director|professor|analyst|author|writer|columnist|official|commander|ambassador|senator|lawyer|' +
  'judge|economist|researcher|scientist|activist|candidate|chairman|chairwoman|chair|secretary|mayor|' +
  'governor|general|colonel|coach|captain|founder|owner|actor|singer|photographer|historian|expert|adviser|' +
  'advisor|negotiator|envoy|diplomat|lawmaker|legislator|prosecutor|premier|chancellor|executive|manager|' +
  'head|deputy|officer|colleague|doctor|surgeon|nurse|teacher|pastor|priest|imam|rapper|striker|player'

/** "defense correspondent Nicolas Barotte": a role noun right before the name. */
export const ROLE_WORDS_BEFORE = words(ROLE_NOUNS.replace(/\|/g, ' '))
/** "Nicolas Barotte, the defense correspondent": a role in apposition. Sticky: tested right after the name. */
export const PERSON_ROLE_AFTER_RE = new RegExp(
  `,\\s(?:the|a|an|who|its|his|her)\\s(?:[\\p{L}’'-]+\\s){0,4}?(?:${ROLE_NOUNS})s?\\b`,
  'uy'
)
/** "Barotte wrote", "Macron said": a speech verb right after the name. */
export const SPEECH_AFTER_RE =
  /,?\s(?:said|says|told|tells|wrote|writes|added|adds|explained|explains|argued|argues|claimed|claims|insisted|insists|warned|warns|noted|notes|stated|asked|replied|tweeted|posted|announced|confirmed|denied|recalled|admitted)\b/uy

/** "French newspaper Le Figaro", "militant group X": the word right before the name. */
export const ORG_WORDS_BEFORE = words(`
  newspaper magazine broadcaster channel agency company firm group party militia organisation organization
  charity bank union network website outlet daily weekly paper airline carrier manufacturer giant insurer
  retailer club movement thinktank tabloid
  consultancy think-tank watchdog regulator utility nonprofit non-profit foundation institute association
  federation consortium conglomerate startup start-up lender
`)
/** "groups like Wagner", "groups such as Hamas": the plural noun before the list word. */
export const ORG_LIST_NOUNS = words(
  'groups organisations organizations militias parties companies firms newspapers outlets'
)
/**
 * "Northbay, the regional utility, said…": an organisation's noun in apposition, ending its
 * phrase (so "Helen Okafor, the utility's chief executive" stays a person's role). Sticky.
 */
/** What follows a dateline's place on its line: its dash, a comma ("PARIS, June 9 —"), or the agency ("(Reuters) -"). */
export const DATELINE_TAIL_RE = /[ \t\u00a0]*(?:[—–(]|[-,][ \t\u00a0])/y

export const ORG_APPOSITION_AFTER_RE =
  /,\s(?:the|a|an|its)\s(?:[\p{L}-]+\s){0,3}?(?:utility|company|firm|operator|regulator|agency|charity|newspaper|broadcaster|group|council|authority|bank|insurer|retailer|supplier|provider|union|party|ministry|department|airline|manufacturer|developer|publisher|consultancy|watchdog|thinktank|think-tank|haulier|carrier|lender)(?=[,.;:)]|\s(?:that|which|based|whose|said|says|told|has|had|is|was|operating|serving|running|representing)\b)/uy

/** "the Barkhane force", "the Wagner group". */
export const ORG_CUE_AFTER_RE =
  /\s(?:force|forces|group|militia|movement|brigade|battalion|faction|network|party|coalition|alliance|company|corporation|newspaper|agency|organisation|organization)\b/uy

/** "the towns of Sávaré, Sokolo, and Kalumba", "the town of Bandiagara": the noun before "of". */
export const PLACE_NOUNS_BEFORE_OF = words(`
  town towns city cities village villages region regions province provinces district districts state states
  county counties municipality commune communes island islands port suburb suburbs neighbourhood
  neighborhood neighbourhoods neighborhoods capital
`)
/**
 * "in X", "near X": a place when X is not a known person or organisation. Not "at": "a professor at Harvard", "an
 * analyst at Goldman Sachs" name employers far more often than places.
 */
export const PLACE_PREPOSITIONS = words('in near outside inside throughout across towards via')
/** "near X said", "working at X told": a name one of these governs is its object, never a speech verb's subject. */
export const GOVERNING_PREPOSITIONS = new Set([...PLACE_PREPOSITIONS, 'at'])
/** "the line to Tavistock", "flights to Kigali": where a route or a journey goes is a place. */
export const ROUTE_NOUNS_BEFORE_TO = words(`
  line lines road roads route routes railway rail trains train bus buses ferry ferries flight flights journey
  journeys link crossing motorway
`)
/** Separators inside a list of places ("Sávaré, Sokolo, and Kalumba"). */
export const LIST_SEPARATOR_RE = /^(?:,\s(?:and\s|or\s)?|\s(?:and|or)\s)$/u
