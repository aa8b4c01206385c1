/**
 * The nouns that tell a person from an organisation, and a named source from an anonymous one, in a description
 * ("one source in the French military", "the ministry"): plain word lists a newsroom can extend without touching
 * logic. speaker-lexicon.ts reads descriptions with them; the words of capitalised names are in name-words.ts.
 */

/** Nouns naming unnamed people: with an indefinite determiner or none, they make a source anonymous. */
// prettier-ignore
export const ANONYMOUS_SINGULAR = new Set([
  'source', 'official', 'spokesperson', 'spokesman', 'spokeswoman', 'diplomat', 'aide', 'insider', 'person',
  'officer', 'staffer', 'employee', 'resident', 'witness', 'adviser', 'advisor', 'lawmaker', 'executive', 'member',
  'minister', 'soldier', 'commander', 'analyst', 'expert', 'worker', 'doctor', 'nurse', 'teacher', 'student',
  'driver', 'farmer', 'survivor', 'relative', 'neighbour', 'neighbor', 'friend', 'colleague', 'engineer',
  'technician', 'manager', 'surgeon', 'physician', 'paramedic', 'midwife', 'consultant', 'researcher', 'scientist',
  'inspector', 'contractor', 'guard', 'clinician', 'operator', 'dockworker', 'passenger', 'patient', 'parent',
  'volunteer', 'organiser', 'organizer', 'campaigner', 'whistleblower', 'listener', 'caller', 'viewer'
])
// prettier-ignore
export const ANONYMOUS_PLURAL = new Set([
  'sources', 'officials', 'spokespeople', 'diplomats', 'aides', 'insiders', 'people', 'officers', 'staffers',
  'employees', 'residents', 'witnesses', 'advisers', 'advisors', 'lawmakers', 'executives', 'members', 'ministers',
  'soldiers', 'commanders', 'analysts', 'experts', 'workers', 'doctors', 'nurses', 'teachers', 'students', 'drivers',
  'farmers', 'survivors', 'relatives', 'neighbours', 'neighbors', 'friends', 'colleagues', 'engineers', 'technicians',
  'managers', 'surgeons', 'physicians', 'paramedics', 'midwives', 'consultants', 'researchers', 'scientists',
  'inspectors', 'contractors', 'guards', 'clinicians', 'operators', 'dockworkers', 'passengers', 'patients',
  'parents', 'volunteers', 'organisers', 'organizers', 'campaigners', 'staff', 'critics', 'protesters',
  'investigators', 'prosecutors'
])
/** Words that make a source anonymous even with "the": "the source", "the insider". */
export const ALWAYS_ANONYMOUS = new Set(['source', 'sources', 'insider', 'insiders'])
// prettier-ignore
export const ANONYMITY_PHRASES = [
  'declined to be named', 'declined to be identified', 'not to be named', 'not to be identified', 'anonymity',
  'not authorized', 'not authorised', 'unnamed', 'anonymous'
]

// prettier-ignore
export const PERSON_NOUNS = new Set([
  'correspondent', 'reporter', 'journalist', 'editor', 'columnist', 'writer', 'author', 'president', 'chancellor',
  'mayor', 'governor', 'senator', 'general', 'colonel', 'captain', 'chief', 'director', 'chairman', 'chairwoman',
  'chair', 'ambassador', 'commissioner', 'professor', 'researcher', 'scientist', 'economist', 'historian', 'lawyer',
  'attorney', 'prosecutor', 'barrister', 'solicitor', 'judge', 'spokesman', 'spokeswoman', 'secretary', 'leader',
  'activist', 'candidate',
  'mother', 'father', 'woman', 'man', 'victim', 'owner', 'manager', 'founder', 'coach', 'captain', 'pilot', 'officer',
  'police', 'critics', 'critic', 'lobbyist', 'lobbyists', 'reviewer', 'reviewers',
  // groups of people named by what they do or back
  'councillors', 'councilors', 'senators', 'legislators', 'economists', 'activists', 'leaders', 'voters', 'democrats',
  'republicans', 'supporters', 'opponents', 'advocates', 'lawyers', 'attorneys', 'judges', 'candidates', 'donors',
  'strategists', 'pollsters', 'historians', 'scholars', 'reporters', 'journalists', 'councillor', 'councilor',
  'legislator', 'strategist', 'pollster', 'spokesperson', 'nominee', 'nominees', 'allies', 'rivals', 'backers',
  'associates', 'loyalists', 'confidants', 'detractors', 'surrogates', 'defenders', 'operatives', 'hopeful', 'hopefuls',
  // kin, who speak for a person in the news: "Scott's family has called on police to …", "his widow said"
  'family', 'families', 'wife', 'husband', 'widow', 'widower', 'son', 'daughter', 'brother', 'sister', 'parents',
  // common English nouns of occupation, office and standing: "The billionaire businessman began by …, saying"
  'businessman', 'businesswoman', 'entrepreneur', 'billionaire', 'millionaire', 'investor', 'banker', 'developer',
  'neurosurgeon', 'dentist', 'counsel', 'justice', 'congressman', 'congresswoman', 'representative', 'delegate',
  'delegates', 'protester', 'protesters', 'demonstrator', 'demonstrators', 'marchers', 'veteran', 'veterans', 'host',
  'anchor', 'commentator', 'pundit', 'blogger', 'actor', 'actress', 'singer', 'comedian', 'celebrity', 'athlete',
  'player', 'priest', 'pastor', 'bishop', 'pope', 'pontiff', 'rabbi', 'imam', 'preacher', 'principal', 'dean',
  'sheriff', 'detective', 'agent', 'firefighter', 'grandmother', 'grandfather', 'mom', 'dad', 'teenager', 'rancher',
  'miner', 'novelist', 'poet', 'filmmaker', 'producer', 'publisher', 'moderator', 'interviewer', 'panelist',
  'incumbent', 'challenger', 'rival', 'opponent', 'ally', 'envoy', 'councilman', 'councilwoman', 'councilmember',
  'alderman', 'operative',
  'ceo', 'nun', 'monk', 'lawmaker',
  // people by where they come from or what they finished: "a Leeds native and college graduate" is a person, not
  // the college
  'native', 'natives', 'graduate', 'graduates', 'alumnus', 'alumna', 'alumni', 'retiree', 'retirees',
  // people by age, standing or outlook: "a young child, who said …", "conservatives argue" (plurals: a singular
  // before a name is its role, "said undecided voter Ana Ruiz of Derry")
  'child', 'children', 'boys', 'girls', 'kids', 'teenagers', 'adults', 'citizens', 'immigrants', 'gunmen',
  'millennials', 'conservatives', 'liberals', 'progressives', 'moderates', 'independents', 'evangelicals',
  // people by what they follow or use: "some fans were not fond of …", "Twitter users posted …"
  'fans', 'users'
])
// prettier-ignore
export const GROUP_NOUNS = new Set([
  'ministry', 'department', 'office', 'bureau', 'agency', 'government', 'company', 'firm', 'group', 'army', 'military',
  'police', 'council', 'committee', 'commission', 'party', 'campaign', 'embassy', 'kremlin', 'newspaper', 'paper',
  'magazine', 'broadcaster', 'report', 'statement', 'study', 'letter', 'memo', 'document', 'website', 'court', 'forum',
  'union', 'organisation', 'organization', 'association', 'bank', 'board', 'white', 'house', 'reuters', 'afp', 'ap',
  'bbc', 'presidency', 'palace', 'administration', 'authorities', 'junta', 'utility', 'utilities', 'institute',
  'university', 'hospital', 'trust', 'foundation', 'authority', 'corporation', 'regulator', 'port', 'airport',
  'school', 'college', 'charity', 'network', 'federation', 'coalition', 'alliance', 'consortium', 'airline', 'chamber',
  'insurer', 'team', 'teams', 'crew', 'jury', 'caucus', 'delegation', 'movement', 'circle', 'infirmary', 'hospice',
  // documents, surveys and investigations speak for whoever made them: "the survey found", "the filing says"
  'survey', 'poll', 'polls', 'census', 'audit', 'review', 'analysis', 'investigation', 'inquiry', 'probe',
  'transcript', 'complaint', 'lawsuit', 'filing', 'ruling', 'indictment', 'release', 'tweet', 'article', 'piece',
  'story', 'editorial', 'column', 'ad', 'advert', 'advertisement', 'video', 'book', 'memoir', 'memoirs', 'autobiography',
  'biography', 'diary', 'essay', 'op-ed', 'manifesto', 'data', 'figures', 'records', 'results', 'form', 'forms',
  'documents', 'email', 'emails', 'headline', 'guidelines', 'rules', 'law', 'bill', 'platform', 'brief', 'motion', 'website', 'station', 'channel', 'outlet',
  'publication', 'site', 'blog', 'programme', 'program', 'show',
  // a political action committee raising and spending money for candidates: "a super PAC backing Hale"
  'pac', 'pacs',
  // bodies in the plural: "several environmental groups granted …, saying"
  'groups', 'organisations', 'organizations', 'companies', 'firms', 'agencies', 'unions', 'charities', 'associations'
])
