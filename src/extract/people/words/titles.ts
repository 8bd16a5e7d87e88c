/**
 * Words that make up roles and titles ("Secretary General", "defense minister", "chief of staff").
 * All lower case; hyphenated titles are listed as written and also matched with spaces.
 */

/**
 * Everyday jobs and the words local news puts before or beside an ordinary person's name in place
 * of a post ("lorry driver Jo Roe", "Pensioner Jo Roe, 77,", "Jo Roe, a support worker,"): occupations
 * of shop, street, sea and home, and the few non-job descriptions news treats the same way
 * (neighbour, pensioner, retiree, volunteer). Words more often a company or a verb ("operator",
 * "developer", "cook", "guard") are left out. Heads in -ologist, -ician, -keeper, -worker and the
 * like are recognised by their ending (vocabulary.ts).
 */
export const EVERYDAY_HEADS: ReadonlySet<string> = new Set([
  'worker', 'driver', 'neighbour', 'neighbor', 'pensioner', 'retiree', 'volunteer', 'carer', 'caregiver', 'controller',
  'skipper', 'fisherman', 'fisherwoman', 'shopkeeper', 'mechanic', 'electrician', 'plumber', 'cleaner', 'waiter',
  'waitress', 'bartender', 'landlord', 'landlady', 'homeowner', 'tenant', 'motorist', 'commuter', 'shopper',
  'grocer', 'caretaker', 'janitor', 'labourer', 'laborer', 'welder',
  'hairdresser', 'florist', 'beekeeper', 'ranger', 'lifeguard', 'technician',
  'programmer', 'coordinator', 'co-ordinator', 'organiser', 'organizer', 'administrator', 'supervisor', 'instructor',
  'investigator', 'proprietor', 'landowner', 'crofter', 'rancher', 'herder', 'apprentice', 'intern',
  'headmaster', 'headmistress', 'housekeeper', 'postman', 'postwoman', 'policeman', 'policewoman', 'fireman', 'cameraman',
  'camerawoman', 'salesman', 'saleswoman', 'tradesman', 'craftsman', 'handyman', 'sportsman', 'sportswoman', 'yachtsman',
  'yachtswoman', 'stuntman', 'soldier', 'paralegal', 'veterinarian', 'optician', 'stylist',
  'dressmaker', 'blacksmith', 'winemaker', 'distiller', 'chauffeur', 'cabbie',
  'deckhand', 'crewman', 'crewmember', 'navigator', 'dispatcher', 'attendant',
  'receptionist', 'cashier', 'bookkeeper', 'auctioneer',
  'hawker', 'stallholder', 'doula', 'childminder',
  'nanny', 'au-pair', 'housewife', 'househusband', 'survivor', 'coxswain', 'harbourmaster', 'harbormaster', 'lockkeeper',
  'stationmaster', 'postmaster', 'postmistress', 'groundsman', 'greenkeeper', 'gamekeeper', 'lollipop-man', 'lollipop-lady',
  // Building trades and small traders of local news: "retired joiner Jo Roe", "Jo Roe, a market seller,".
  'joiner', 'carpenter', 'roofer', 'stonemason', 'bricklayer', 'glazier', 'seller', 'vendor', 'smallholder',
  'convener', 'convenor',
  'freshman', 'sophomore', 'undergraduate', 'postgraduate', 'trainee', 'workmate', 'teammate', 'colleague', 'flatmate', 'housemate', 'schoolmate', 'crewmate', 'shipmate',
]);

/** Occupations and posts of everyday news: "history teacher Jo Roe", "the referee, Jo Roe", "Jo Roe, a builder,", "her classmate Jo Roe". */
const EVERYDAY_OCCUPATIONS = [
  'teacher', 'schoolteacher', 'nurse', 'paramedic', 'firefighter', 'referee', 'umpire', 'specialist', 'cartographer',
  'sculptor', 'painter', 'architect', 'engineer', 'farmer', 'pharmacist', 'dentist', 'midwife', 'librarian', 'curator', 'surveyor', 'accountant',
  'psychologist', 'psychiatrist', 'epidemiologist', 'substitute', 'lecturer', 'tutor', 'chemist', 'biologist', 'physicist', 'geologist',
  'counsellor', 'counselor', 'builder', 'trader', 'cinematographer', 'climatologist', 'meteorologist', 'classmate', 'student', 'pupil',
  'agent', 'guide', 'resident',
];

/** Kin named beside a person: "his daughter, Jo Roe", "Jo Roe, a mother of three". */
export const KIN_WORDS: readonly string[] = [
  'mother', 'father', 'daughter', 'son', 'wife', 'husband', 'widow', 'widower', 'sister', 'brother', 'grandmother', 'grandfather',
  'cousin', 'aunt', 'uncle', 'niece', 'nephew', 'grandson', 'granddaughter',
];

/** Nouns that head a role: the last word of "UN Secretary General", "ministry spokeswoman". */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  'president', 'vice-president', 'president-elect', 'premier', 'chancellor', 'minister', 'secretary', 'secretary-general',
  'general', 'attorney-general', 'spokesman', 'spokeswoman', 'spokesperson', 'chief', 'leader', 'director', 'director-general',
  'chairman', 'chairwoman', 'chairperson', 'chair', 'governor', 'senator', 'sen', 'mayor', 'ambassador', 'envoy', 'commander',
  'commander-in-chief', 'king', 'queen', 'prince', 'princess', 'pope', 'emperor', 'judge', 'justice', 'officer', 'adviser',
  'advisor', 'executive', 'ceo', 'cfo', 'coo', 'head', 'representative', 'rep', 'congressman', 'congresswoman', 'lawmaker',
  'mp', 'mep', 'speaker', 'coach', 'manager', 'captain', 'founder', 'co-founder', 'economist', 'professor', 'prof', 'lawyer',
  'attorney', 'prosecutor', 'inspector', 'sheriff', 'lieutenant', 'colonel', 'sergeant', 'admiral', 'marshal', 'commissioner',
  'candidate', 'nominee', 'correspondent', 'editor', 'columnist', 'analyst', 'strategist', 'diplomat', 'official', 'aide',
  'deputy', 'councillor', 'councilman', 'councilwoman', 'president-elect', 'chief-of-staff', 'spokesman', 'archbishop',
  'bishop', 'cardinal', 'rabbi', 'imam', 'sheikh', 'emir', 'sultan', 'ayatollah', 'dictator', 'owner', 'partner', 'boss',
  'striker', 'midfielder', 'defender', 'goalkeeper', 'champion', 'winger', 'player', 'actor', 'actress', 'singer', 'star',
  'director', 'producer', 'writer', 'novelist', 'author', 'researcher', 'scientist', 'physician', 'doctor', 'surgeon',
  'chancellor', 'treasurer', 'comptroller', 'auditor', 'regulator', 'negotiator', 'mediator', 'delegate', 'consul',
  'superintendent', 'constable', 'commissioner', 'magistrate', 'ombudsman', 'registrar', 'dean', 'rector', 'provost',
  'principal', 'headteacher', 'trustee', 'steward', 'clerk', 'whip', 'secretary-of-state', 'rapper', 'film-maker',
  'filmmaker', 'comedian', 'presenter', 'broadcaster', 'designer', 'artist', 'musician', 'drummer', 'guitarist', 'bassist',
  'vocalist', 'poet', 'playwright', 'composer', 'conductor', 'chef', 'photographer', 'journalist', 'host', 'businessman',
  'businesswoman', 'tycoon', 'billionaire', 'entrepreneur', 'banker', 'investor', 'activist', 'campaigner', 'frontman',
  'singer-songwriter', 'dancer', 'athlete', 'cyclist', 'boxer', 'golfer', 'jockey', 'trainer', 'empress', 'saint',
  'anchor', 'anchorman', 'anchorwoman', 'newsreader', 'reporter', 'moderator', 'pollster', 'historian', 'consultant',
  // Written short before a name, like "Sen." and "Rep.": "Gov. Jane Roe", "Gen. Ray Dee".
  'gov', 'gen', 'capt', 'col', 'sgt', 'adm', 'cmdr',
  // Police and council ranks written short in Canadian and British news: "Const. Jo Roe", "Coun. Jo Roe", "Det. Jo Roe".
  'const', 'cst', 'coun', 'cllr', 'det', 'supt', 'insp', 'cpl',
  // Nigerian and South Asian police ranks written as letters before a name: "SP Jo Roe" (Superintendent of Police), "ASP", "DSP", "CSP".
  'sp', 'asp', 'dsp', 'csp',
  // Cycling: "his directeur sportif, Jo Roe" (the team's sporting director; the French words are the English term).
  'sportif',
  ...EVERYDAY_OCCUPATIONS,
  'solicitor', 'barrister', 'member', 'councilor', 'council-member', 'councilmember', 'economist',
  ...KIN_WORDS,
  ...EVERYDAY_HEADS,
]);

/**
 * Title heads that describe what someone does rather than name an office: written with a capital
 * only at the start of a sentence ("Rapper Jay Dee said"); in mid-sentence a capitalized one is
 * part of a name or a title ("the Star Quest series").
 */
export const DESCRIPTIVE_HEADS: ReadonlySet<string> = new Set([
  'star', 'striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'player', 'actor', 'actress', 'singer', 'rapper',
  'comedian', 'presenter', 'host', 'novelist', 'author', 'writer', 'artist', 'musician', 'drummer', 'guitarist', 'bassist',
  'vocalist', 'poet', 'playwright', 'composer', 'chef', 'photographer', 'journalist', 'columnist', 'dancer', 'athlete',
  'cyclist', 'boxer', 'golfer', 'jockey', 'frontman', 'singer-songwriter', 'film-maker', 'filmmaker', 'designer', 'producer',
  'tycoon', 'billionaire', 'businessman', 'businesswoman', 'entrepreneur', 'champion', 'anchor', 'anchorman', 'anchorwoman',
  'newsreader', 'reporter',
  ...EVERYDAY_OCCUPATIONS,
  // Not "father": "Father Jo Roe" mid-sentence is a priest's title.
  ...KIN_WORDS.filter((w) => w !== 'father'),
  ...EVERYDAY_HEADS,
]);

/** Words that modify a title head: "former", "deputy", "defense" in "former deputy defense minister". */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'former', 'ex', 'retired', 'deputy', 'vice', 'acting', 'interim', 'senior', 'junior', 'top', 'assistant', 'associate', 'executive',
  'prime', 'foreign', 'defense', 'defence', 'finance', 'interior', 'health', 'press', 'general', 'national', 'security',
  'first', 'late', 'then', 'incoming', 'outgoing', 'new', 'chief', 'state', 'economy', 'economic', 'trade', 'justice',
  'education', 'energy', 'environment', 'agriculture', 'labor', 'labour', 'transport', 'transportation', 'treasury',
  'home', 'culture', 'sports', 'military', 'intelligence', 'army', 'navy', 'air', 'force', 'commerce', 'industry',
  'communications', 'information', 'digital', 'science', 'technology', 'development', 'housing', 'immigration',
  'budget', 'chief', 'managing', 'operating', 'financial', 'technical', 'regional', 'local', 'provincial', 'federal',
  'presidential', 'royal', 'supreme', 'opposition', 'party', 'government', 'cabinet', 'parliamentary', 'shadow',
  'team', 'club', 'company', 'campaign', 'policy', 'political', 'legal', 'media', 'public', 'special', 'lead', 'principal',
  'permanent', 'high', 'grand', 'lord', 'crown', 'co', 'majority', 'minority', 'floor', 'house', 'senate', 'white',
  'directeur', 'police', 'fire', 'county', 'city', 'district', 'state', 'world', 'olympic', 'european', 'chief-executive', 'international',
]);

/** After "X of": words that continue a role ("Secretary of State", "chief of staff", "Minister of Defence"). */
export const ROLE_DOMAINS: ReadonlySet<string> = new Set([
  'state', 'staff', 'defense', 'defence', 'justice', 'health', 'finance', 'foreign', 'affairs', 'interior', 'commerce',
  'energy', 'education', 'agriculture', 'labor', 'labour', 'transportation', 'transport', 'treasury', 'homeland',
  'security', 'veterans', 'housing', 'the', 'exchequer', 'police', 'operations', 'research', 'communications',
  'national', 'public', 'economy', 'trade', 'industry', 'culture', 'sport', 'sports', 'environment', 'information',
]);

/** Honorifics before a name: not part of the name, but they tell us a person follows. */
export const HONORIFICS: ReadonlyMap<string, 'm' | 'f' | null> = new Map([
  ['mr', 'm'], ['mr.', 'm'], ['mrs', 'f'], ['mrs.', 'f'], ['ms', 'f'], ['ms.', 'f'], ['miss', 'f'], ['dr', null], ['dr.', null],
  ['sir', 'm'], ['dame', 'f'], ['lord', 'm'], ['lady', 'f'], ['prof', null], ['prof.', null], ['rev', null], ['rev.', null],
  ['mx', null], ['madam', 'f'], ['monsieur', 'm'], ['madame', 'f'], ['herr', 'm'], ['frau', 'f'], ['gen.', null], ['sen.', null],
  ['baroness', 'f'], ['baron', 'm'], ['viscount', 'm'], ['earl', 'm'], ['duke', 'm'], ['duchess', 'f'], ['countess', 'f'],
  ['marquess', 'm'], ['rep.', null], ['gov.', null], ['lt.', null], ['col.', null], ['sgt.', null], ['capt.', null], ['adm.', null],
  // West African styles: "Hon. Jo Roe" (a lawmaker or commissioner), "Alhaji Jo Roe", "Alhaja Jo Roe" (pilgrims).
  ['hon', null], ['hon.', null], ['alhaji', 'm'], ['alhaja', 'f'],
  ['const.', null], ['cst.', null], ['coun.', null], ['cllr', null], ['cllr.', null], ['det.', null], ['supt.', null], ['insp.', null], ['cpl.', null],
]);

/** Titles that also tell the gender of whoever holds them. */
export const GENDERED_TITLES: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['spokesman', 'm'], ['spokeswoman', 'f'], ['chairman', 'm'], ['chairwoman', 'f'], ['congressman', 'm'],
  ['congresswoman', 'f'], ['king', 'm'], ['queen', 'f'], ['prince', 'm'], ['princess', 'f'], ['councilman', 'm'],
  ['councilwoman', 'f'], ['actress', 'f'], ['emperor', 'm'], ['empress', 'f'], ['businessman', 'm'], ['businesswoman', 'f'],
  ['female', 'f'], ['male', 'm'], ['widow', 'f'], ['widower', 'm'], ['lady', 'f'], ['duchess', 'f'], ['duke', 'm'], ['baroness', 'f'], ['countess', 'f'],
  ['anchorwoman', 'f'], ['anchorman', 'm'], ['policewoman', 'f'], ['policeman', 'm'], ['sportswoman', 'f'], ['sportsman', 'm'],
  // Kin: "his daughter, Jo Roe" is a woman, "her son, Jo Roe" a man.
  ['mother', 'f'], ['daughter', 'f'], ['wife', 'f'], ['sister', 'f'], ['grandmother', 'f'], ['granddaughter', 'f'], ['aunt', 'f'],
  ['niece', 'f'], ['stepmother', 'f'], ['stepdaughter', 'f'], ['girlfriend', 'f'], ['fiancee', 'f'], ['father', 'm'], ['son', 'm'],
  ['husband', 'm'], ['brother', 'm'], ['grandfather', 'm'], ['grandson', 'm'], ['uncle', 'm'], ['nephew', 'm'], ['stepfather', 'm'],
  ['stepson', 'm'], ['boyfriend', 'm'], ['fiance', 'm'], ['waitress', 'f'], ['hostess', 'f'], ['heiress', 'f'],
]);

/** Title abbreviations and the word a reader expects written out ("Sen." -> "Senator"), keyed in lower case. */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['sen', 'Senator'], ['rep', 'Representative'], ['gov', 'Governor'], ['lt', 'Lieutenant'], ['gen', 'General'],
  ['sgt', 'Sergeant'], ['col', 'Colonel'], ['capt', 'Captain'], ['adm', 'Admiral'], ['cmdr', 'Commander'], ['maj', 'Major'],
  ['supt', 'Superintendent'], ['insp', 'Inspector'], ['det', 'Detective'], ['prof', 'Professor'], ['pres', 'President'],
  ['atty', 'Attorney'], ['amb', 'Ambassador'], ['cpl', 'Corporal'], ['pvt', 'Private'], ['sec', 'Secretary'],
  ['asst', 'Assistant'], ['dept', 'Department'],
]);
