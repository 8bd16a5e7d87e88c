/** Words that make a capitalized phrase an organization ("Ministry of Defence", "The Daily Ledger"). */
export const ORG_KEYWORDS: ReadonlySet<string> = new Set([
  'ministry', 'office', 'council', 'service', 'services', 'agency', 'party', 'commission', 'committee', 'union', 'bank',
  'times', 'post', 'news', 'journal', 'herald', 'telegraph', 'guardian', 'tribune', 'gazette', 'press', 'radio', 'tv',
  'television', 'broadcasting', 'network', 'army', 'navy', 'forces', 'force', 'guard', 'police', 'department', 'bureau',
  'administration', 'authority', 'institute', 'institution', 'university', 'college', 'school', 'academy', 'foundation',
  'fund', 'trust', 'association', 'federation', 'league', 'organization', 'organisation', 'group', 'company', 'corporation',
  'corp', 'corp.', 'inc', 'inc.', 'ltd', 'ltd.', 'plc', 'llc', 'co.', 'holdings', 'industries', 'airlines', 'airways',
  'motors', 'bank', 'exchange', 'markets', 'capital', 'partners', 'ventures', 'technologies', 'systems', 'labs',
  'parliament', 'assembly', 'congress', 'senate', 'court', 'tribunal', 'cabinet', 'government', 'centre', 'center',
  'coalition', 'alliance', 'movement', 'front', 'brigade', 'battalion', 'regiment', 'command', 'directorate', 'secretariat',
  'club', 'fc', 'united', 'city', 'rovers', 'society', 'board', 'chamber', 'reserve', 'treasury', 'commerce',
  'hospital', 'clinic', 'church', 'mission', 'embassy', 'consulate', 'delegation', 'staff', 'unit', 'division',
  'programme', 'program', 'project', 'initiative', 'watch', 'international', 'worldwide', 'global', 'media', 'studios',
  'records', 'pictures', 'games', 'entertainment', 'pharmaceuticals', 'energy', 'oil', 'gas', 'petroleum', 'telecom',
  'communications', 'electric', 'steel', 'mining', 'insurance', 'securities', 'investments', 'bancorp', 'group', 'gmbh',
  'ag', 'sa', 'nv', 'spa', 'kremlin', 'pentagon', 'intelligence', 'commons', 'lords', 'bros', 'bros.', 'theatre',
  'theater', 'museum', 'gallery', 'rugby', 'football', 'cricket', 'hockey', 'athletics', 'racing', 'productions', 'distributors', 'advisors', 'advisers', 'societies', 'airline', 'brands',
  'mail', 'daily', 'weekly', 'review', 'magazine', 'newspaper', 'caucus', 'pac', 'observer', 'research', 'cruises', 'laboratory', 'laboratories',
  'library', 'zoo', 'orchestra', 'choir', 'band',
  // Heads of teams and bodies of volunteers or services ("Fell Rescue Team", "Health Partnership").
  'team', 'partnership', 'taskforce', 'consortium', 'collective', 'cooperative', 'co-operative', 'syndicate', 'charity',
  'squad', 'hospice', 'infirmary', 'constabulary', 'confederation', 'fellowship', 'lifeboat',
]);

/** Last words of newspapers' names: capitalized after "the" alone, the word stands for the paper ("the Post"). */
export const PRESS_WORDS: ReadonlySet<string> = new Set([
  'times', 'post', 'journal', 'herald', 'telegraph', 'guardian', 'tribune', 'gazette', 'mail', 'observer', 'globe', 'examiner',
  'inquirer', 'chronicle', 'register', 'sun', 'mirror', 'courier', 'dispatch', 'despatch', 'sentinel', 'ledger', 'advertiser',
  'enquirer', 'echo', 'argus', 'clarion', 'bugle',
]);

/** Words after a capitalized name that make it a place ("Tula region", "Baikal Cosmodrome"). */
export const PLACE_KEYWORDS: ReadonlySet<string> = new Set([
  'region', 'oblast', 'province', 'state', 'county', 'district', 'city', 'town', 'village', 'peninsula', 'island', 'islands',
  'sea', 'ocean', 'river', 'lake', 'mountains', 'mountain', 'valley', 'bay', 'gulf', 'strait', 'coast', 'border', 'cosmodrome',
  'airport', 'airbase', 'base', 'square', 'street', 'avenue', 'road', 'bridge', 'station', 'port', 'harbour', 'harbor',
  'canal', 'desert', 'plain', 'plains', 'heights', 'hills', 'forest', 'park', 'stadium', 'arena', 'palace', 'castle',
  'crossing', 'territory', 'territories', 'oblast', 'krai', 'republic', 'kingdom', 'emirate', 'prefecture', 'governorate',
  'municipality', 'borough', 'capital', 'east', 'west', 'north', 'south', 'strip', 'bank', 'front', 'hall', 'abbey',
  'cathedral', 'tower', 'towers', 'wharf', 'quay', 'prison', 'jail', 'gaol', 'penitentiary', 'hotel', 'motel', 'barracks',
  'cemetery', 'mosque', 'synagogue', 'terminal', 'docks', 'mall', 'colliery', 'reservoir', 'tunnel', 'motorway', 'highway',
  'gardens',
]);

/** Capitalized words that make a phrase an event, law or thing, not a name ("Cold War"). */
export const OTHER_KEYWORDS: ReadonlySet<string> = new Set([
  'war', 'wars', 'cup', 'olympics', 'games', 'championship', 'championships', 'open', 'prize', 'award', 'awards', 'act',
  'bill', 'treaty', 'accord', 'accords', 'agreement', 'festival', 'day', 'week', 'year', 'summit', 'conference', 'forum',
  'election', 'elections', 'revolution', 'crisis', 'pandemic', 'virus', 'covid', 'covid-19', 'index', 'dollar', 'euro',
  'pound', 'yuan', 'rouble', 'ruble', 'yen', 'christmas', 'easter', 'ramadan', 'eid', 'new year', 'budget', 'plan',
  'doctrine', 'law', 'constitution', 'amendment', 'report', 'survey', 'poll', 'census', 'strategy', 'operation',
  'mission', 'program', 'programme', 'series', 'season', 'league', 'final', 'finals', 'trophy', 'medal', 'album', 'film',
  'movie', 'show', 'book', 'novel', 'song', 'ii', 'iii', 'iv', 'vi', 'xi', 'internet', 'web', 'online', 'brexit',
  'hurricane', 'storm', 'typhoon', 'cyclone', 'tsunami', 'earthquake', 'gdp', 'rally', 'marathon',
]);

/** Nouns for unnamed groups of sources ("senior officials", "analysts"). */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'officials', 'sources', 'analysts', 'experts', 'diplomats', 'lawmakers', 'legislators', 'critics', 'residents',
  'witnesses', 'protesters', 'protestors', 'investigators', 'prosecutors', 'economists', 'scientists', 'researchers',
  'activists', 'observers', 'authorities', 'leaders', 'ministers', 'politicians', 'campaigners', 'doctors', 'police',
  'spokesmen', 'aides', 'advisers', 'advisors', 'insiders', 'executives', 'traders', 'investors', 'voters', 'supporters',
  'opponents', 'commentators', 'historians', 'lawyers', 'officers', 'commanders', 'militants', 'rebels', 'unions',
  'bankers', 'regulators', 'senators', 'democrats', 'republicans', 'conservatives', 'liberals', 'delegates', 'organisers',
  'organizers', 'campaigners', 'spokespeople', 'demonstrators', 'marchers', 'tories', 'colleagues', 'friends', 'relatives', 'neighbours', 'neighbors', 'families', 'ministries', 'agencies', 'governments', 'prosecutors', 'pollsters',
]);

/** Nouns after "his"/"her"/"X's" that stand for an organization speaking for a person. */
export const OFFICE_NOUNS: ReadonlySet<string> = new Set([
  'office', 'government', 'administration', 'campaign', 'ministry', 'team', 'spokesman', 'spokeswoman', 'spokesperson',
  'party', 'cabinet', 'press office', 'lawyers', 'lawyer', 'aides', 'staff',
]);

/** Nouns that, after "the", stand for an organization named earlier ("the ministry said"). */
export const DEFINITE_ORG_NOUNS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'agency', 'commission', 'council', 'committee', 'office', 'bank', 'party', 'court', 'union',
  'army', 'service', 'bureau', 'authority', 'institute', 'university', 'foundation', 'federation', 'association', 'company',
  'corporation', 'group', 'firm', 'club', 'league', 'board', 'parliament', 'senate', 'assembly', 'tribunal', 'embassy',
]);

/**
 * Lower-case nouns right before a capitalized name that make it a company or other body, never a
 * person ("mortgage firm Acme Corp", "phone company Zentel", "budget airline Blue Sky").
 */
export const ORG_NOUNS_BEFORE: ReadonlySet<string> = new Set([
  'firm', 'firms', 'company', 'companies', 'giant', 'giants', 'housebuilder', 'homebuilder', 'shipbuilder', 'steelmaker',
  'toymaker', 'planemaker', 'refiner', 'utility', 'telecoms', 'telco', 'group', 'conglomerate', 'multinational', 'corporation',
  'broker', 'brokerage', 'maker', 'makers', 'carmaker', 'automaker', 'chipmaker', 'drugmaker', 'retailer', 'retailers',
  'supermarket', 'supermarkets', 'chain', 'airline', 'airlines', 'carrier', 'operator', 'operators', 'bank', 'banks',
  'lender', 'insurer', 'insurers', 'publisher', 'publishers', 'network', 'channel', 'newspaper', 'newspapers', 'magazine',
  'tabloid', 'daily', 'weekly', 'website', 'site', 'label', 'studio', 'studios', 'developer', 'manufacturer',
  'manufacturers', 'supplier', 'suppliers', 'provider', 'providers', 'brewer', 'distributor', 'franchise', 'charity',
  'organisation', 'organization', 'agency', 'consultancy', 'think-tank', 'watchdog', 'regulator', 'club', 'side', 'band',
  'startup', 'start-up', 'subsidiary', 'unit', 'division', 'outlet', 'outlets', 'station', 'stations', 'app', 'service',
  'party', 'union', 'association', 'institute', 'university', 'college', 'school', 'hospital', 'prison', 'court',
  'networks', 'lenders', 'carriers', 'chains', 'broadcasters',
]);

/** "rival Acme said": before a name with no given name, a hint of an organization. */
export const ORG_HINTS_BEFORE: ReadonlySet<string> = new Set(['rival', 'rivals', 'competitor', 'competitors', 'partner']);

/** Nouns before "in"/"of" that make what follows a company ("shares in Acme", "takeover of Zentel"). */
export const STAKE_NOUNS: ReadonlySet<string> = new Set([
  'shares', 'stake', 'stakes', 'shareholders', 'shareholding', 'holding', 'investors', 'takeover', 'acquisition', 'owner',
  'owners', 'subsidiary', 'division', 'unit',
]);

/** Lower-case nouns right after a name, or a few words after its possessive, that make it a company ("Acme shares", "Acme's quarterly profits"). */
export const ORG_NOUNS_AFTER: ReadonlySet<string> = new Set([
  'shares', 'shareholders', 'stock', 'profits', 'profit', 'earnings', 'revenues', 'revenue', 'turnover', 'sales',
  'subsidiary', 'subsidiaries', 'chairman', 'boss', 'bosses', 'ceo', 'workforce', 'employees', 'plant', 'plants',
  'factory', 'factories', 'stores', 'outlets', 'headquarters', 'shareholder', 'dividend', 'dividends', 'losses',
  'directors', 'director', 'executives', 'investors', 'bondholders', 'creditors', 'takeover', 'merger',
]);

/** Nouns for a company's results: "Zentel reported record profits" makes its subject a company. */
export const RESULT_NOUNS: ReadonlySet<string> = new Set([
  'profit', 'profits', 'earnings', 'revenue', 'revenues', 'turnover', 'sales', 'loss', 'losses', 'dividend', 'dividends',
]);

/**
 * Last words of company names whose first words alone name the company too ("Blue Arc Radio" ...
 * "Blue Arc said"): a bare use of those first words is the organization.
 */
export const CORPORATE_TAILS: ReadonlySet<string> = new Set([
  'corp', 'corp.', 'corporation', 'inc', 'inc.', 'plc', 'ltd', 'ltd.', 'llc', 'co.', 'holdings', 'industries', 'airlines',
  'airways', 'motors', 'energy', 'radio', 'records', 'studios', 'pictures', 'entertainment', 'telecom', 'communications',
  'electric', 'steel', 'mining', 'insurance', 'securities', 'investments', 'pharmaceuticals', 'petroleum', 'technologies',
  'systems', 'labs', 'brands', 'foods', 'stores', 'cruises', 'research', 'gmbh', 'ag', 'sa', 'nv',
]);
