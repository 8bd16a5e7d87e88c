/** Word lists for finding the event of a date (data only, lower case). */

/** Irregular past forms: the head of a finished event ("met", "sent"). */
export const IRREGULAR_PAST = new Set([
  'said', 'told', 'took', 'sent', 'met', 'began', 'begun', 'came', 'went', 'made', 'gave', 'won', 'lost', 'held',
  'left', 'saw', 'fell', 'rose', 'hit', 'spent', 'sold', 'bought', 'became', 'brought', 'built', 'chose', 'drew', 'drove',
  'found', 'flew', 'got', 'grew', 'heard', 'kept', 'knew', 'led', 'meant', 'paid', 'ran', 'shot', 'spoke', 'stood',
  'struck', 'thought', 'threw', 'wrote', 'broke', 'sought', 'fought', 'swore', 'beat', 'hid', 'laid', 'rode', 'sang',
  'sank', 'sat', 'slept', 'stole', 'taught', 'woke', 'withdrew', 'arose', 'forecast', 'shut', 'quit', 'cut', 'put', 'set',
  'let', 'dealt', 'felt', 'fled', 'froze', 'lent', 'overtook', 'undertook', 'overthrew', 'spread', 'split', 'upheld',
  'wound', 'unveiled',
]);

/** Present-tense verbs news uses for scheduled or ongoing things ("the festival opens", "X faces a vote"). */
export const PRESENT_FORMS = new Set([
  'says', 'confirms', 'announces', 'warns', 'plans', 'visits', 'meets', 'signs', 'begins', 'ends', 'opens', 'brings',
  'sends', 'holds', 'takes', 'gives', 'makes', 'shows', 'calls', 'faces', 'marks',
]);

export const IRREGULAR_VERBS = new Set([...IRREGULAR_PAST, ...PRESENT_FORMS]);

/** Words ending in -ed that are rarely the verb of a clause. */
export const EVENT_STOP_ED = new Set([
  'united', 'armed', 'based', 'hundred', 'indeed', 'speed', 'need', 'seed', 'feed', 'shed', 'bred', 'embroiled',
  'so-called', 'detailed', 'limited', 'advanced', 'related', 'skilled', 'supposed', 'alleged', 'unprecedented',
  'unexpected', 'sophisticated', 'dedicated', 'concerned', 'interested', 'experienced', 'talented', 'married',
  'retired', 'renewed', 'sustained', 'combined', 'varied', 'assorted', 'registered', 'licensed', 'wicked', 'naked',
  'sacred', 'crooked', 'rugged', 'ragged', 'beloved', 'learned', 'aged', 'red', 'bed', 'exceed', 'proceed',
  'succeed', 'heed', 'breed', 'greed', 'weed', 'reed', 'deed', 'creed', 'steed', 'tweed',
]);

/** Verbs whose own meaning is thin: the event is what was said ("said that ..."). */
export const REPORTING_VERBS = new Set([
  'said', 'says', 'told', 'announced', 'confirmed', 'warned', 'claimed', 'reported', 'stated', 'added', 'noted',
  'declared', 'insisted', 'argued', 'suggested', 'revealed', 'disclosed', 'indicated', 'acknowledged', 'admitted',
  'explained', 'wrote', 'tweeted', 'posted', 'ruled', 'decided', 'concluded', 'found', 'agreed', 'promised', 'pledged',
  'predicted', 'estimated', 'testified', 'alleged', 'denied', 'conceded', 'signalled', 'signaled',
]);

/** Words that open a clause but belong to no event: dropped from its start. */
export const CLAUSE_OPENERS = new Set([
  'and', 'but', 'or', 'so', 'yet', 'then', 'also', 'however', 'meanwhile', 'still', 'thus', 'instead', 'now', 'indeed',
  'moreover', 'separately', 'later', 'earlier', 'finally', 'first', 'initially', 'previously', 'reportedly', 'just',
]);

/** Adverbs inside a verb group ("has also said"); never the verb itself. */
export const VERB_ADVERBS = new Set([
  'not', "n't", 'also', 'still', 'already', 'just', 'never', 'then', 'reportedly', 'first', 'later', 'initially',
  'previously', 'finally', 'officially', 'formally', 'publicly', 'only', 'again', 'recently', 'eventually', 'quickly',
  'technically', 'widely', 'probably', 'heavily', 'publicly', 'once', 'even', 'ever', 'jointly', 'successfully',
]);

/**
 * Verb-group adverbs that change what the event says ("first visited", "only met", "probably
 * arrived"): kept in the event's words when they stand between its subject and its verb.
 */
export const MEANING_ADVERBS = new Set([
  'first', 'initially', 'originally', 'only', 'again', 'once', 'finally', 'eventually', 'later', 'formally',
  'officially', 'publicly', 'jointly', 'probably', 'reportedly', 'allegedly', 'never',
]);

/** Auxiliaries and copulas: a verb group of only these says nothing ("was", "is", "will"). */
export const EMPTY_VERBS = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", 'has', 'have', 'had', 'do', 'does', 'did', 'will',
  'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "won't", "didn't", "doesn't", "wasn't",
  "weren't", "hasn't", "haven't", "hadn't", "isn't", "aren't", "can't", "couldn't", "wouldn't", "shouldn't",
]);

/** Subjects that point elsewhere: the event keeps only its verb phrase. */
export const PRONOUN_SUBJECTS = new Set(['he', 'she', 'it', 'they', 'this', 'that', 'these', 'those', 'who', 'which', 'one']);

/** Words of a speaker talking about themselves or their listener: the event is someone's speech. */
export const SPEECH_PRONOUNS = new Set(['i', 'we', 'you', 'me', 'us', 'my', 'our', 'your', 'ours', 'yours', "i'm", "we're", "you're", "i've", "we've", "i'd", "we'd", "i'll", "we'll"]);

/** Words before which a too-long event phrase can end without cutting a name or a number in half. */
export const SAFE_CUT_BEFORE = new Set([
  'in', 'on', 'at', 'for', 'with', 'from', 'by', 'into', 'onto', 'during', 'following', 'including', 'after', 'before',
  'amid', 'over', 'under', 'despite', 'while', 'near', 'across', 'against', 'through', 'within', 'without', 'via',
]);

/** Prepositions and determiners that cannot start a subject. */
export const NOT_SUBJECT_START = new Set([
  'in', 'on', 'at', 'for', 'with', 'from', 'by', 'into', 'during', 'after', 'before', 'since', 'until', 'over', 'under',
  'despite', 'amid', 'as', 'to', 'of', 'about', 'than', 'between', 'among', 'like', 'if', 'when', 'whether', 'there',
  'here', 'not', 'according',
]);

/** Words that may follow a date used as an adverb ("on Monday in Brussels", "in 2004, when ..."). */
export const AFTER_ADVERBIAL_DATE = new Set([
  'in', 'on', 'at', 'by', 'for', 'from', 'to', 'with', 'into', 'over', 'under', 'during', 'after', 'before', 'since',
  'until', 'amid', 'against', 'as', 'ahead', 'following', 'including', 'when', 'while', 'where', 'because', 'that',
  'which', 'who', 'and', 'or', 'but', 'than', 'alone', 'too', 'again', 'already', 'so', 'the', 'a', 'an', 'his', 'her',
  'its', 'their', 'this', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'after', 'only', 'just', 'via',
  'through', 'across', 'near', 'amid', 'despite', 'if', 'once', 'then', 'according', 'between', 'toward', 'towards',
  'about', 'around', 'of', 'not', 'all', 'both', 'some', 'most', 'many', 'more', 'up', 'down', 'out', 'off', 'back',
]);

/** Subordinators after which a clause without a verb names an event ("after the invasion in 2022"). */
export const NOMINAL_EVENT_AFTER = new Set(['after', 'before', 'since', 'following', 'until', 'during', 'amid']);

/** Determiners before a word that make it an adjective, not a verb ("a long-delayed bridge"). */
export const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'every', 'each', 'some', 'any', 'no']);

/** Irregular past participles that often follow a noun as its modifier ("a referendum held in 2014"). */
export const PARTICIPLES = new Set(['held', 'made', 'built', 'led', 'set', 'found', 'paid', 'sent', 'sold', 'won', 'lost', 'taken', 'given', 'seen', 'known', 'shown', 'brought', 'bought', 'taught', 'written', 'drawn', 'spent', 'put', 'cut', 'hit', 'shot', 'struck', 'laid']);

/** Modal verbs: a clause headed by one is hypothetical or still to come, not something that happened. */
export const MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'must', 'shall', 'should', "won't", "wouldn't", "couldn't", "can't", 'cannot', "shouldn't", "mustn't"]);

/** A present-tense verb group: scheduled, ongoing or a state, not an event of the past. */
export const PRESENT_AUXILIARIES = new Set(['is', 'are', 'am', 'do', 'does', "isn't", "aren't", "doesn't", "don't"]);

/**
 * Words whose "to" infinitive lies ahead of them ("voted to strike on 5 May", "was designed to cut
 * emissions by 2030", "is due to open in May"): the date belongs to the plan, aim or obligation.
 * A verb plans with any "to" after it; the others only right after a form of "be".
 */
export const PLAN_WORDS = new Set([
  'voted', 'promised', 'pledged', 'vowed', 'agreed', 'threatened', 'planned', 'decided', 'offered', 'proposed', 'asked',
  'urged', 'called', 'targeted', 'hoped', 'wanted', 'aimed', 'sought', 'refused', 'declined', 'intended', 'designed',
  'meant', 'expected', 'scheduled', 'set', 'due', 'supposed', 'going', 'likely', 'poised', 'slated', 'tipped', 'about',
  'bound', 'required', 'obliged',
]);

/**
 * Verbs whose object is a later thing ("forecast growth of 2% in 2005", "proposed a ban from
 * 2008"): a date after that object dates the thing forecast or proposed, not the forecasting.
 */
export const FUTURE_GOVERNING_VERBS = new Set([
  'expected', 'predicted', 'forecast', 'projected', 'hoped', 'wanted', 'planned', 'promised', 'pledged', 'proposed',
  'suggested', 'demanded', 'sought', 'intended', 'aimed', 'targeted', 'threatened', 'vowed', 'urged', 'scheduled',
  'budgeted', 'envisaged', 'anticipated',
]);

/**
 * Claims, forecasts and hopes in the present tense ("the report predicts", "the book claims", "is
 * confident"): a date in what they say belongs to a claim, not to something that happened.
 */
export const PRESENT_CLAIM_WORDS = new Set([
  'says', 'claims', 'alleges', 'suggests', 'argues', 'believes', 'thinks', 'insists', 'reports', 'shows', 'reveals',
  'states', 'estimates', 'expects', 'predicts', 'forecasts', 'calculates', 'reckons', 'projects', 'projecting', 'hopes',
  'hoping', 'reiterates', 'reiterating', 'confident', 'hopeful', 'optimistic',
]);

/** Claim words that are also plural nouns ("TV shows were", "the reports had"): before a verb they are nouns. */
export const NOUN_LIKE_CLAIMS = new Set(['shows', 'reports', 'states', 'claims', 'estimates', 'forecasts', 'hopes', 'projects']);

/**
 * Words in -ing that, after a plural noun, start no clause with a time of its own: nouns
 * ("rates funding") and states ("groups representing most farmers").
 */
export const ING_NO_CLAUSE = new Set([
  'representing', 'containing', 'involving', 'covering', 'comprising', 'totalling', 'totaling', 'owning', 'employing',
  'concerning', 'affecting', 'belonging', 'living', 'working', 'lacking', 'having', 'seeking', 'facing',
  'meeting', 'meetings', 'building', 'hearing', 'briefing', 'funding', 'spending', 'ruling', 'training', 'trading',
  'warning', 'opening', 'evening', 'morning', 'ceiling', 'offering', 'polling', 'housing', 'shooting', 'bombing',
  'killing', 'landing', 'filing', 'wedding', 'gathering', 'beginning', 'setting', 'feeling', 'listing', 'finding',
  'reading', 'ending', 'booking', 'recording', 'something', 'nothing', 'anything', 'everything', 'clothing',
  'shipping', 'banking', 'marketing', 'lending', 'pricing', 'rating', 'ratings', 'earnings', 'savings', 'dealing',
  'dealings', 'holdings', 'standing', 'timing', 'swing', 'thing', 'spring', 'during', 'including', 'according',
  'following', 'regarding', 'excluding', 'pending',
]);

/** Verbs whose "for" and a span of time give the length of a term ("jailed for six years"), not of the event. */
export const TERM_VERBS = new Set([
  'jailed', 'sentenced', 'banned', 'suspended', 'imprisoned', 'barred', 'exiled', 'elected', 're-elected', 'appointed',
  'signed', 'extended', 'renewed', 'hired', 'fined', 'detained', 'grounded',
]);
