/**
 * Word lists for quote attribution. General English only: no names or phrases from any article.
 */

/** Verbs of saying that introduce direct or reported speech (base forms). */
export const SPEECH_VERBS = [
  'say', 'tell', 'add', 'write', 'ask', 'note', 'announce', 'report', 'argue', 'respond', 'tweet',
  'reply', 'claim', 'warn', 'insist', 'explain', 'state', 'declare', 'acknowledge', 'admit',
  'confirm', 'deny', 'urge', 'suggest', 'stress', 'emphasize', 'emphasise', 'recall', 'predict',
  'complain', 'concede', 'contend', 'maintain', 'observe', 'remark', 'assert', 'allege', 'caution',
  'vow', 'boast', 'joke', 'quip', 'post', 'testify', 'counter', 'retort', 'comment',
  'conclude', 'estimate', 'reveal', 'disclose', 'indicate', 'signal', 'charge',
  'lament', 'mention', 'reiterate', 'repeat', 'shout', 'scream', 'write', 'wonder', 'muse',
  'demand', 'propose', 'recount', 'speculate', 'predict', 'assure', 'tout', 'plead', 'proclaim',
  'accuse', 'inform', 'advise', 'remind', 'notify', 'agree', 'continue', 'find', 'recommend',
];

/** Verbs that need a colon or a following quotation to count as a speech cue ("X continued:"). */
export const COLON_ONLY_VERBS = new Set(['continue', 'agree', 'post']);

/** Verbs that take an object and an infinitive as what was said ("urged voters to stay home"). */
export const OBJECT_INFINITIVE_VERBS = new Set(['tell', 'ask', 'urge', 'warn', 'remind', 'advise', 'implore', 'beg', 'encourage', 'exhort', 'instruct', 'order', 'invite', 'challenge', 'caution']);

/** Verbs whose first complement is the addressee ("told reporters that ..."). */
export const ADDRESSEE_VERBS = new Set(['tell', 'ask', 'urge', 'warn', 'remind', 'assure', 'inform', 'advise', 'notify', 'promise', 'accuse']);

const IRREGULAR: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'writing', 'written'],
  // "finding" is mostly the noun ("the findings").
  find: ['find', 'finds', 'found'],
};

/**
 * What figures, records or a poll "show": a cue only for such a source (cues.ts), and kept out of
 * SPEECH_VERB_FORMS so that "to show" inside what was said ends nothing. "showing" is mostly a
 * participle of another subject ("a video showing ..."); "shown" is passive.
 */
export const SHOW_FORMS: ReadonlyMap<string, string> = new Map([['show', 'show'], ['shows', 'show'], ['showed', 'show']]);

/** Every inflection of a regular or irregular verb: base, -s, -ed, -ing. */
export function inflect(base: string): string[] {
  if (IRREGULAR[base]) return IRREGULAR[base];
  const forms = [base];
  if (/(s|sh|ch|x|z)$/.test(base)) forms.push(base + 'es');
  else if (/[^aeiou]y$/.test(base)) forms.push(base.slice(0, -1) + 'ies');
  else forms.push(base + 's');
  if (base.endsWith('e')) forms.push(base + 'd', base.slice(0, -1) + 'ing');
  else if (/[^aeiou]y$/.test(base)) forms.push(base.slice(0, -1) + 'ied', base + 'ing');
  else if (/^(admit|quip|commit|regret)$/.test(base)) forms.push(base + base.slice(-1) + 'ed', base + base.slice(-1) + 'ing');
  else forms.push(base + 'ed', base + 'ing');
  return forms;
}

/** Inflected form -> base form. */
export const SPEECH_VERB_FORMS: Map<string, string> = new Map(SPEECH_VERBS.flatMap((v) => inflect(v).map((f) => [f, v] as [string, string])));

/** Words between a subject and its verb that do not break the link ("X also said"). */
export const VERB_MODIFIERS = new Set([
  'also', 'later', 'then', 'previously', 'has', 'had', 'have', 'would', 'will', 'again', 'recently',
  'once', 'earlier', 'further', 'reportedly', 'repeatedly', 'often', 'publicly', 'privately',
  'separately', 'quickly', 'flatly', 'simply', 'just', 'first', 'initially', 'subsequently', 'went',
  'continued', 'to', 'went', 'on', 'already', 'even', 'finally', 'frequently', 'openly',
  'told', 'falsely', 'correctly', 'angrily', 'bluntly', 'confidently', 'curtly', 'candidly',
  'explicitly', 'famously', 'firmly', 'formally', 'immediately', 'jokingly', 'loudly', 'notably',
  'plainly', 'pointedly', 'proudly', 'quietly', 'rightly', 'sarcastically', 'sharply', 'softly',
  'strongly', 'tersely', 'wrongly', 'can', 'could', 'may', 'might', 'should', 'did', 'does', 'do',
  'not', 'never', 'specifically', 'directly', 'personally', 'similarly', 'likewise', 'too',
  'always', 'sometimes', 'usually', 'still', 'generally', 'typically', 'mostly', 'largely', 'long', 'continues', 'since',
]);

/** Personal pronouns that can be a speaker. */
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

/** Determiners and quantifiers that may open a speaker noun phrase. */
export const DETERMINERS = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those',
  'one', 'two', 'three', 'four', 'five', 'several', 'some', 'many', 'other', 'another', 'both',
  'all', 'most', 'few', 'each', 'any', 'no', 'such', 'whose',
]);

/** Common nouns (singular and plural) that name a source of speech. */
export const SPEAKER_NOUNS = new Set(
  [
    'official', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'source', 'aide',
    'office', 'ministry', 'department', 'campaign', 'government', 'agency', 'police', 'statement',
    'report', 'analyst', 'expert', 'lawmaker', 'legislator', 'senator', 'representative',
    'congressman', 'congresswoman', 'minister', 'president', 'secretary', 'chief', 'director',
    'leader', 'adviser', 'advisor', 'diplomat', 'officer', 'commander', 'general', 'governor',
    'mayor', 'candidate', 'nominee', 'pollster', 'strategist', 'economist', 'researcher',
    'scientist', 'investigator', 'prosecutor', 'lawyer', 'attorney', 'judge', 'court', 'committee',
    'council', 'group', 'organization', 'organisation', 'company', 'firm', 'bank', 'party',
    'administration', 'military', 'army', 'navy', 'ministry', 'embassy',
    'witness', 'resident', 'voter', 'critic', 'supporter', 'opponent', 'activist', 'observer',
    'member', 'staff', 'staffer', 'team', 'people', 'person', 'man', 'woman', 'doctor', 'student',
    'teacher', 'worker', 'employee', 'manager', 'executive', 'founder', 'chairman', 'chairwoman',
    'chair', 'ceo', 'head', 'host', 'anchor', 'reporter', 'journalist', 'columnist', 'writer',
    'author', 'editor', 'newspaper', 'paper', 'outlet', 'network', 'channel', 'magazine', 'site',
    'website', 'poll', 'survey', 'study', 'document', 'memo', 'letter', 'email', 'filing', 'data',
    'record', 'figure', 'authority', 'regulator', 'union', 'association', 'alliance', 'coalition',
    'delegation', 'envoy', 'ambassador', 'negotiator', 'mediator', 'prime', 'premier', 'chancellor',
    'king', 'queen', 'prince', 'pope', 'bishop', 'priest', 'rabbi', 'imam', 'coach', 'player',
    'owner', 'partner', 'friend', 'relative', 'family', 'mother', 'father', 'son', 'daughter',
    'wife', 'husband', 'brother', 'sister', 'neighbor', 'neighbour', 'democrat', 'republican',
    'conservative', 'liberal', 'insider', 'operative', 'surrogate', 'backer', 'donor', 'consultant',
    'advocate', 'counsel', 'clerk', 'sheriff', 'trooper', 'detective', 'inspector', 'auditor',
    'watchdog', 'monitor', 'tribunal', 'panel', 'board', 'commission', 'institute', 'center',
    'centre', 'foundation', 'university', 'school', 'hospital', 'service', 'unit', 'force',
    'forces', 'intelligence', 'ministry', 'cabinet', 'parliament', 'congress', 'senate', 'house',
    'assembly', 'state', 'country', 'nation', 'city', 'county', 'region', 'province', 'bureau',
    'authorities', 'officials', 'sources', 'aides', 'analysts', 'experts', 'lawmakers',
    'legislators', 'senators', 'representatives', 'leaders', 'diplomats', 'officers', 'commanders',
    'critics', 'supporters', 'opponents', 'activists', 'observers', 'members', 'residents',
    'witnesses', 'voters', 'democrats', 'republicans', 'conservatives', 'liberals', 'people',
    'investigators', 'prosecutors', 'lawyers', 'attorneys', 'researchers', 'scientists', 'doctors',
    'polls', 'surveys', 'studies', 'documents', 'records', 'figures', 'reports', 'data', 'staffers',
    'economists', 'strategists', 'pollsters', 'insiders', 'operatives', 'donors', 'advisers',
    'advisors', 'allies', 'ally', 'candidates', 'rivals', 'rival', 'parents', 'students',
    'teachers', 'workers', 'employees', 'executives', 'families', 'fans', 'followers', 'clients',
    'customers', 'users', 'readers', 'viewers', 'spokesmen', 'spokeswomen', 'men', 'women',
    'percent', 'half', 'majority', 'minority', 'plurality', 'third', 'thirds', 'quarter', 'quarters',
  ].map((w) => w.toLowerCase()),
);

/** Lower-case modifiers allowed inside a speaker noun phrase ("a senior administration official"). */
export const SPEAKER_MODIFIERS = new Set([
  'senior', 'top', 'former', 'longtime', 'current', 'chief', 'deputy', 'acting', 'assistant',
  'press', 'defense', 'defence', 'foreign', 'state', 'federal', 'local', 'national', 'military',
  'intelligence', 'administration', 'campaign', 'government', 'police', 'health', 'security',
  'political', 'economic', 'independent', 'anonymous', 'unnamed', 'other', 'western', 'eastern',
  'military', 'retired', 'veteran', 'prominent', 'leading', 'high-ranking', 'key', 'close',
  'several', 'many', 'few', 'same', 'new', 'recent', 'latest', 'own', 'longtime', 'presidential',
  'congressional', 'legal', 'medical', 'public', 'private', 'white', 'house', 'news', 'online',
  'conservative', 'liberal', 'democratic', 'republican', 'progressive', 'ukrainian', 'russian',
  'of', 'for', 'at', 'in', 'and', 'to',
]);

/** Prepositions that may join two parts of a speaker phrase ("a spokesman for the ministry"). */
export const SPEAKER_LINKERS = new Set(['of', 'for', 'at', 'and', 'with', 'from']);

/** Capitalised words that open a sentence but are not part of a speaker phrase. */
export const NON_SPEAKER_STARTERS = new Set([
  'but', 'and', 'so', 'yet', 'however', 'then', 'now', 'also', 'still', 'meanwhile', 'instead',
  'later', 'earlier', 'today', 'yesterday', 'tonight', 'here', 'there', 'when', 'while', 'as',
  'if', 'because', 'although', 'though', 'after', 'before', 'since', 'in', 'on', 'at', 'for',
  'of', 'to', 'with', 'by', 'from', 'what', 'why', 'how', 'where', 'who', 'which', 'that', 'or',
  'nor', 'not', 'indeed', 'moreover', 'furthermore', 'separately', 'overall', 'finally',
  'having', 'asked', 'speaking', 'during', 'until', 'unless', 'once', 'like', 'unlike',
]);

/** Pronoun and noun addressees after "told"/"asked" ("told reporters that ..."). */
export const ADDRESSEE_WORDS = new Set([
  'him', 'her', 'them', 'us', 'me', 'you', 'reporters', 'journalists', 'lawmakers', 'supporters',
  'viewers', 'listeners', 'readers', 'audience', 'audiences', 'crowd', 'crowds', 'voters',
  'members', 'students', 'colleagues', 'allies', 'delegates', 'attendees', 'donors', 'senators',
  'congress', 'parliament', 'legislators', 'officials', 'investigators', 'police', 'prosecutors',
  'interviewers', 'host', 'hosts', 'everyone', 'anyone', 'people', 'fans', 'followers', 'staff',
]);

/**
 * Verbs that attribute only the quoted words that follow them in the sentence, never a reported
 * clause: `called the plan a "total failure"`, `dismissed the claims as "pure invention"`.
 */
export const QUOTE_ONLY_VERBS = [
  'call', 'describe', 'dub', 'label', 'brand', 'term', 'dismiss', 'decry', 'hail', 'slam',
  'criticize', 'criticise', 'blast', 'condemn', 'praise', 'welcome', 'characterize',
  'characterise', 'refer', 'cite', 'thank', 'mock', 'ridicule', 'denounce', 'reject',
];

/**
 * Verbs whose subject is a written text quoted just before them (`"Closed for good," the sign
 * reads`, `"Thank you," the letter ends`): cues only there, never for a reported clause.
 */
export const DOCUMENT_QUOTE_FORMS: ReadonlyMap<string, string> = new Map([
  ['reads', 'read'], ['read', 'read'], ['ends', 'end'], ['ended', 'end'], ['concludes', 'conclude'], ['concluded', 'conclude'],
  ['begins', 'begin'], ['began', 'begin'], ['continues', 'continue'], ['continued', 'continue'],
]);

/** Written texts that "read" or "end" with the words quoted before them. */
export const DOCUMENT_NOUNS = new Set([
  'notice', 'sign', 'letter', 'note', 'statement', 'message', 'banner', 'placard', 'poster', 'leaflet', 'flyer',
  'card', 'caption', 'inscription', 'plaque', 'email', 'e-mail', 'post', 'tweet', 'memo', 'text', 'headline',
  'petition', 'advert', 'advertisement', 'label', 'citation', 'telegram', 'obituary', 'website', 'page',
]);

/** Inflected form -> base form, for the quote-only verbs. */
export const QUOTE_ONLY_FORMS: Map<string, string> = new Map(
  QUOTE_ONLY_VERBS.flatMap((v) => inflect(v).map((f) => [f, v] as [string, string])),
);

/** Words that open a reported clause after a verb of saying. */
export const COMPLEMENTIZERS = new Set(['that', 'whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who', 'which']);

/** Day, month and other time words that may sit between a verb and its clause ("said Monday that"). */
export const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today',
  'yesterday', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'month',
  'year', 'earlier', 'later', 'last', 'this', 'next', 'on', 'late', 'early', 'then', 'again',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'also', 'previously', 'recently', 'repeatedly', 'publicly', 'privately', 'now',
]);

/** Words that cannot open a reported clause (prepositions and conjunctions). */
export const NON_CLAUSE_STARTERS = new Set([
  'to', 'by', 'with', 'in', 'on', 'at', 'for', 'of', 'from', 'as', 'and', 'or', 'but', 'about',
  'into', 'during', 'after', 'before', 'under', 'over', 'through', 'via', 'against', 'without',
  'so', 'than', 'up', 'out', 'off', 'down', 'nothing', 'something', 'anything', 'so', 'yes', 'no',
  'goodbye', 'hello', 'sorry', 'thanks', 'ok', 'okay', 'otherwise', 'differently',
  // Prepositions of place: "told reporters outside the court." names where, not what.
  'outside', 'inside', 'near', 'behind', 'beside', 'beyond', 'within', 'amid', 'throughout', 'toward', 'towards',
]);

/** Particles inside names ("Anna van der Berg"). */
export const NAME_PARTICLES = new Set(['von', 'der', 'van', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'al', 'bin', 'ibn', 'ben', 'dos', 'das', 'st.']);

/** Prepositions that open an adverbial phrase after a verb ("said at a rally in Dover that"). */
export const PREPOSITIONS = new Set(['in', 'at', 'on', 'during', 'after', 'before', 'from', 'via', 'through', 'over', 'with', 'to', 'for', 'of', 'about', 'by', 'under', 'into']);

/** Labels that end in a colon but name no speaker ("Update:", "Read more:"). */
export const NON_SPEAKER_LABELS = new Set([
  'update', 'updated', 'note', 'editor', "editor's", 'editors', 'watch', 'photo', 'photos', 'video', 'related',
  'read', 'more', 'see', 'also', 'source', 'sources', 'credit', 'correction', 'clarification', 'disclosure',
  'warning', 'breaking', 'exclusive', 'opinion', 'analysis', 'listen', 'subscribe', 'follow', 'share',
  'advertisement', 'sponsored', 'tags', 'topics', 'q', 'a', 'question', 'answer', 'summary', 'background',
  'key', 'points', 'takeaways', 'quote', 'quotes', 'transcript', 'live', 'latest', 'the', 'graphic', 'map',
]);

/**
 * Verbs that take a bare clause ("said the plan failed"); any other verb of saying needs "that",
 * a colon or a quotation, because its object is usually a noun phrase ("claimed a victory").
 */
export const BARE_CLAUSE_VERBS = new Set([
  'say', 'tell', 'add', 'report', 'claim', 'note', 'argue', 'warn', 'insist', 'acknowledge',
  'admit', 'confirm', 'predict', 'estimate', 'suggest', 'explain', 'state', 'reply', 'complain',
  'contend', 'assert', 'allege', 'write', 'testify', 'recall', 'stress', 'emphasize', 'emphasise',
  'concede', 'agree', 'tweet', 'post', 'find', 'recommend', 'show', 'according to',
]);

/** Verbs whose bare clause may open with "a"/"an" ("said a deal was close"). */
export const INDEFINITE_CLAUSE_VERBS = new Set(['say', 'tell', 'add', 'report', 'according to']);

/** -s forms that are more often plural nouns ("other states", "campaign finance reports"). */
export const NOUN_LIKE_FORMS = new Set([
  'states', 'reports', 'remarks', 'claims', 'notes', 'comments', 'charges', 'posts', 'tweets',
  'estimates', 'signals', 'demands', 'vows', 'jokes', 'counters', 'repeats', 'replies', 'quips',
  'responds', 'cautions', 'mentions', 'reveals', 'denies', 'urges', 'calls', 'cites', 'labels',
  'brands', 'terms', 'blasts', 'slams', 'praises', 'welcomes', 'refers', 'thanks', 'rejects',
]);

/** Object pronouns never open a reported clause ("told him"). */
export const OBJECT_PRONOUNS = new Set(['him', 'them', 'me', 'us']);

/** Relative pronouns that open a clause about the noun phrase before them ("officials who ..."). */
export const WHO_THAT_WHICH = new Set(['who', 'that', 'which']);

/** Conjunctions that join a second verb or clause to the first ("and said", "but added"). */
export const AND_BUT = new Set(['and', 'but']);
