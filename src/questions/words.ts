/** Word lists the question builders use to judge text (data, not logic). */

/** Words that need a referent outside the sentence: a stem or cloze that has one is not self-contained. */
export const REFERENT_NEEDING = new Set([
  'he', 'she', 'him', 'his', 'her', 'hers', 'they', 'them', 'their', 'it', 'its',
  'this', 'these', 'those', 'that', 'such',
]);

/** Sentence openers that point back to an earlier sentence. */
export const BACK_REFERENCE_OPENERS = /^(?:this|these|those|that|the move|the decision|the step|the plan|the deal|the company|the firm|the group|such|it|he|she|they|his|her|their|its|but|and|also|however|meanwhile|instead|still|then|so|thus|there|here|again|later|earlier|afterwards|yet|nor|or|both|other|others|the other|the latter|the former|the same)\b/i;

/** Function words never worth blanking out in a cloze. */
export const STOPWORDS = new Set([
  'about', 'above', 'after', 'again', 'against', 'all', 'also', 'although', 'among', 'another', 'any', 'are', 'around',
  'because', 'been', 'before', 'being', 'below', 'between', 'both', 'but', 'can', 'cannot', 'could', 'did', 'does',
  'doing', 'done', 'down', 'during', 'each', 'either', 'else', 'even', 'ever', 'every', 'few', 'for', 'from',
  'further', 'had', 'has', 'have', 'having', 'here', 'how', 'however', 'into', 'its', 'itself', 'just', 'least',
  'less', 'like', 'many', 'may', 'might', 'more', 'most', 'much', 'must', 'neither', 'never', 'none', 'nor', 'not',
  'now', 'off', 'often', 'once', 'only', 'other', 'others', 'ought', 'our', 'ours', 'ourselves', 'out', 'over',
  'own', 'perhaps', 'quite', 'rather', 'really', 'same', 'shall', 'should', 'since', 'some', 'still', 'such',
  'than', 'that', 'the', 'their', 'theirs', 'them', 'themselves', 'then', 'there', 'these', 'they', 'thing',
  'things', 'this', 'those', 'though', 'through', 'together', 'too', 'toward', 'towards', 'under', 'until', 'upon',
  'very', 'was', 'were', 'what', 'whatever', 'when', 'where', 'whether', 'which', 'while', 'who', 'whom', 'whose',
  'why', 'will', 'with', 'within', 'without', 'would', 'yet', 'your', 'yours', 'going', 'want', 'wants', 'told',
  'said', 'says', 'saying', 'today', 'tomorrow', 'yesterday', 'there', 'where', 'everyone', 'everything', 'something',
  'anything', 'nothing', 'someone', 'anyone', 'already', 'always', 'almost', 'enough', 'across', 'behind', 'beyond',
  'beside', 'besides', 'despite', 'inside', 'outside', 'throughout', 'unless', 'whereas', 'whilst', 'amongst', 'onto',
  'itself', 'himself', 'herself', 'myself', 'yourself', 'anybody', 'everybody', 'nobody', 'somebody', 'these', 'those',
  'first', 'second', 'third', 'three', 'seven', 'eight', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty',
  'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million', 'billion', 'there', 'where', 'while',
]);

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];

/** Currency units shown as a symbol before the figure. */
export const CURRENCY_SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹' };

/** Units written straight after the figure: "548p", "50 cents". */
export const UNIT_SUFFIXES: Record<string, string> = { 'GBP pence': 'p', 'USD cents': ' cents', 'EUR cents': ' cents' };

/** "USD/bbl" -> "a barrel". */
export const PER_UNIT_WORDS: Record<string, string> = { bbl: 'a barrel', oz: 'an ounce', t: 'a tonne', kg: 'a kilo', l: 'a litre', h: 'an hour', kWh: 'per kWh' };

export const TRUE_FALSE_OPTIONS = ['True', 'False'] as const;

/** Words before a noun: a content word after one of these fills a noun's slot. */
export const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'their', 'his', 'her', 'its', 'my', 'your', 'this', 'that', 'these', 'those', 'every', 'each', 'no', 'some', 'any', 'many', 'more', 'most', 'several', 'two', 'three']);

/**
 * Quantity words and fixed function phrases, a closed class: never blanked or offered in a quote
 * cloze ("several", "thousands" among nouns; "according", "including" among verbs in -ing).
 */
export const QUANTIFIERS = new Set([
  'several', 'various', 'numerous', 'dozen', 'dozens', 'hundreds', 'thousands', 'millions', 'billions', 'trillion',
  'trillions', 'plenty', 'according', 'including', 'regarding', 'concerning', 'following',
]);

/** Words before a verb's base form: auxiliaries, modals and "to". */
export const VERB_MARKERS = new Set([
  'to', 'will', 'would', 'can', 'could', 'should', 'must', 'might', 'may', 'shall', 'did', 'do', 'does', "don't", 'not', 'cannot', 'never',
  "can't", "won't", "wouldn't", "couldn't", "shouldn't", "didn't", "doesn't", "mustn't",
]);

/** Auxiliaries that can head a finished event ("was elected", "had agreed"). */
export const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'did', 'has', 'have']);

/** Verbs that only report: the event is what was said, so something must follow them. */
export const REPORTING_VERBS = new Set([
  'said', 'told', 'announced', 'confirmed', 'warned', 'claimed', 'reported', 'stated', 'added', 'noted', 'declared',
  'insisted', 'argued', 'suggested', 'revealed', 'disclosed', 'indicated', 'acknowledged', 'admitted', 'explained',
  'wrote', 'tweeted', 'posted', 'denied', 'deny', 'expected', 'believed',
]);

/** Words a finished clause never ends on: the extraction cut it short ("called the plan a"). */
export const DANGLING_ENDS = new Set([
  'a', 'an', 'the', 'of', 'to', 'that', 'with', 'following', 'and', 'or', 'but', 'as', 'by', 'for', 'from', 'in', 'on',
  'at', 'into', 'onto', 'about', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'than',
  'was', 'were', 'had', 'has', 'have', 'is', 'are', 'be', 'been', 'being', 'will', 'would', 'could', 'can', 'did',
  'not', 'said', 'says', 'told', 'who', 'which', 'whose', 'where', 'when', 'after', 'before', 'since', 'while', 'if',
  'also', 'very', 'more', 'most', 'some', 'such', 'no', 'so', 'then',
]);

/** Capitalized words that open a sentence but never a subject ("On Monday, Okafor said"). */
export const NON_SUBJECT_CAPITALS = new Set([
  'on', 'in', 'at', 'by', 'last', 'earlier', 'later', 'meanwhile', 'but', 'and', 'yet', 'also', 'then', 'since', 'after',
  'before', 'during', 'when', 'while', 'as', 'however', 'speaking', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'this', 'that', 'these', 'those', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'his', 'her', 'their', 'its', 'there',
  'here', 'on', 'according', 'a', 'an', 'early', 'late', 'mid', 'next', 'today', 'yesterday', 'if', 'whether', 'unless',
  'although', 'though', 'because', 'once', 'with', 'without', 'for', 'from', 'to', 'of', 'so', 'now', 'still',
]);

/** One-word titles that many people hold: "President" alone does not say who. */
export const GENERIC_TITLES = new Set([
  'president', 'minister', 'secretary', 'chairman', 'chairwoman', 'chair', 'chief', 'director', 'spokesman',
  'spokeswoman', 'spokesperson', 'head', 'leader', 'official', 'executive', 'analyst', 'economist', 'manager', 'member',
  'officer', 'boss', 'governor', 'chancellor', 'senator', 'representative', 'deputy', 'commissioner', 'ambassador',
  // Said of many people in any story: "the champion", "the coach", "the author".
  'coach', 'champion', 'partner', 'player', 'star', 'founder', 'owner', 'editor', 'author', 'lawyer', 'adviser', 'advisor',
  'aide', 'staffer', 'employee', 'worker', 'expert', 'researcher', 'activist', 'justice', 'candidate', 'nominee',
]);

/** Words that open a new phrase: an event may stop right before one. */
export const PHRASE_STARTERS = new Set([
  'in', 'on', 'at', 'by', 'for', 'from', 'with', 'to', 'into', 'after', 'before', 'since', 'during', 'as', 'and', 'or',
  'but', 'that', 'which', 'who', 'where', 'when', 'while', 'because', 'although', 'amid', 'over', 'under', 'near',
  'across', 'following', 'despite', 'including', 'last', 'this', 'next', 'earlier', 'later', 'until', 'against', 'via',
]);

/** Date words that make the value a guess ("nearly three years ago" is not a year). */
export const VAGUE_DATE = /\b(?:ago|nearly|almost|about|around|roughly|some|over|under|more than|less than|up to|within|past|recent(?:ly)?)\b/i;

/** Common words that start a reported clause: lower-cased after "said that". */
export const CLAUSE_OPENERS = new Set([
  'the', 'a', 'an', 'there', 'it', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'he', 'she', 'they', 'we',
  'our', 'some', 'many', 'most', 'all', 'no', 'any', 'every', 'each', 'such', 'both', 'more', 'if', 'when', 'while',
  'after', 'before', 'although', 'adding', 'nobody', 'everyone', 'none', 'only',
  // Number words opening the clause ("said that nine embassies will close").
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'hundreds',
  'thousands', 'millions', 'dozens', 'several', 'half', 'nearly', 'almost', 'about', 'around', 'over', 'under', 'more', 'less', 'fewer',
]);

/** Role words that mean the same job, mapped to one word, so near-synonyms are caught ("NATO chief" = "NATO Secretary General"). */
export const ROLE_SYNONYMS: Array<[RegExp, string]> = [
  [/\bsecretary[\s-]+general\b/g, 'chief'],
  [/\bdirector[\s-]+general\b/g, 'chief'],
  [/\bchief executive(?: officer)?\b|\bceo\b|\bboss\b/g, 'chief'],
  [/\b(?:head|leader|chief)\b/g, 'chief'],
  [/\bpress secretary\b|\bspokes(?:man|woman|person)\b|\bspokes people\b/g, 'spokesperson'],
  [/\b(?:chair(?:man|woman|person)?)\b/g, 'chair'],
  [/\bsecretary\b/g, 'minister'],
  [/\bpremier\b/g, 'prime minister'],
  [/\bdefen[cs]e\b/g, 'defense'],
];

/** Role words that do not change which job it is. */
export const ROLE_NOISE = new Set(['the', 'a', 'an', 'of', 'for', 'former', 'deputy', 'acting', 'then', 'current', 'new', 'top', 'u', 's', 'us']);

/** Rank words that do not say which organization a job is in ("chief economist"). */
export const RANK_WORDS = new Set(['chief', 'senior', 'lead', 'principal', 'junior', 'assistant', 'associate', 'vice', 'general']);

/** Base-form verbs: a dated event that opens on one is a cut imperative, not a clause ("Put the bid ..."). */
export const BASE_VERBS = new Set([
  'keep', 'make', 'take', 'give', 'get', 'help', 'pay', 'bring', 'provide', 'allow', 'hold', 'put', 'meet', 'spend',
  'save', 'reach', 'hit', 'go', 'come', 'see', 'let', 'ensure', 'create', 'build', 'buy', 'sell', 'send', 'find',
]);

/** Titles of address: "Professor" alone does not say which one. */
export const ADDRESS_TITLES = new Set([
  'professor', 'prof', 'doctor', 'dr', 'mr', 'mrs', 'ms', 'miss', 'sir', 'lord', 'lady', 'dame', 'judge', 'general', 'colonel', 'captain', 'bishop', 'reverend', 'father',
  // Clergy and nobility: "Rabbi" or "Prince" alone says no more than "Mr".
  'rabbi', 'imam', 'pastor', 'cardinal', 'sheikh', 'prince', 'princess', 'king', 'queen', 'duke', 'duchess', 'earl', 'baron', 'baroness', 'count', 'countess',
]);


/**
 * Common nouns that head an organization's name and take "the" in running text ("the Velden
 * Harbour Authority", "the Green Party", "the Bank of Velden"), whatever word precedes
 * the name where the reports use it ("UN Harbour Authority").
 */
export const THE_ORG_HEADS = new Set([
  'organisation', 'organization', 'office', 'ministry', 'department', 'agency', 'bureau', 'council', 'committee',
  'commission', 'union', 'party', 'government', 'court', 'institute', 'institution', 'centre', 'center', 'association',
  'federation', 'board', 'authority', 'service', 'administration', 'foundation', 'fund', 'society', 'league', 'alliance',
  'coalition', 'senate', 'parliament', 'assembly', 'congress', 'tribunal', 'treasury', 'army', 'navy', 'network',
  'reserve', 'exchange', 'cabinet',
]);

/** Heads that take "the" only before "of" ("the Bank of Velden", but "Ostra Bank"). */
export const THE_OF_HEADS = new Set(['bank', 'university', 'college', 'school', 'church', 'house', 'chamber', 'republic', 'kingdom', 'museum', 'academy']);
