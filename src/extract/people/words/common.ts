/** Function words and common sentence openers: a capitalized one is not a name. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the this that these those there here it its it\'s i we you they he she his her hers their our your my me us them him ' +
    'in on at by for from to of with without about above after against along among around as before behind below beneath ' +
    'beside besides between beyond but despite during except inside into like near off onto out outside over past since ' +
    'through throughout till toward towards under underneath until unlike up upon via within and or nor so yet if ' +
    'although though because unless whereas while when whenever where wherever whether which who whom whose what whatever ' +
    'how why once then than also just only even still already again yes no not now today tonight tomorrow yesterday ' +
    'meanwhile however moreover furthermore nevertheless nonetheless instead otherwise therefore thus hence indeed ' +
    'all any both each either every few many more most much neither none other several some such another ' +
    'one two three four five six seven eight nine ten first second third last next old early earlier late later ' +
    'according asked speaking writing following after said says told added dear read see sign follow click share watch ' +
    'photo image video getty reuters copyright advertisement related more please thank thanks subscribe update updated ' +
    'breaking live opinion analysis comment editorial exclusive watch listen is are was were be been being has have had ' +
    'do does did will would shall should can could may might must let our ours overall recently currently ' +
    'ago amid among perhaps maybe almost nearly about around roughly some many both'
  ).split(' '),
);

export const MONTHS: ReadonlySet<string> = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);

export const WEEKDAYS: ReadonlySet<string> = new Set(
  'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun'.split(' '),
);

/** Subject pronouns that can stand for a person; the value is the gender they require. */
export const PERSON_PRONOUNS: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['he', 'm'], ['she', 'f'],
]);

/** Plural subject pronouns that can stand for a group or organization. */
export const GROUP_PRONOUNS: ReadonlySet<string> = new Set(['they']);

/** Possessive pronouns before an office noun ("his office said"). */
export const POSSESSIVE_PRONOUNS: ReadonlyMap<string, 'm' | 'f' | null> = new Map([
  ['his', 'm'], ['her', 'f'], ['its', null], ['their', null],
]);

/** Lower-case particles inside names ("Anna van den Berg", "Omar bin Tariq"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'dos', 'das', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'ter', 'ten', 'st', 'y',
  // "bint" (daughter of), "ole" (Maasai, son of), "wa" (Kikuyu, of), "ap" (Welsh), "zu", "vom", "dei", "degli", "do".
  'bint', 'ole', 'wa', 'ap', 'zu', 'vom', 'dei', 'degli', 'do',
]);

/** Verbs of saying right after a bare name ("Hollis said") mark it as a speaker. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'claimed', 'claims', 'warned', 'warns', 'wrote',
  'writes', 'argued', 'argues', 'insisted', 'insists', 'explained', 'explains', 'noted', 'notes', 'announced', 'announces',
  'confirmed', 'confirms', 'denied', 'denies', 'believes', 'believed', 'thinks', 'thought', 'urged', 'urges', 'asked',
  'asks', 'replied', 'replies', 'responded', 'responds', 'continued', 'continues', 'admitted', 'admits', 'acknowledged',
  'suggested', 'suggests', 'predicted', 'predicts', 'reported', 'reports', 'tweeted', 'posted', 'declared', 'declares',
  'stressed', 'stresses', 'emphasised', 'emphasized', 'called', 'calls', 'criticised', 'criticized', 'praised', 'praises',
  'dismissed', 'dismisses', 'accused', 'accuses', 'promised', 'promises', 'vowed', 'vows', 'pledged', 'pledges',
  'agreed', 'agrees', 'recalled', 'recalls', 'concluded', 'concludes', 'commented', 'comments', 'remarked', 'observed',
  'conceded', 'concedes', 'maintained', 'maintains', 'revealed', 'reveals',
]);

/** Capitalized words that are not names and not places or organizations ("Internet"). */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set([
  'god', 'allah', 'lord', 'mother', 'father', 'dad', 'mum', 'mom', 'sir', 'madam', 'north', 'south', 'east', 'west',
  'northern', 'southern', 'eastern', 'western', 'central', 'national', 'international', 'federal', 'royal', 'general',
  'minister', 'president', 'government', 'state', 'states', 'city', 'republic', 'kingdom', 'united', 'new', 'old',
  'great', 'high', 'supreme', 'first', 'second', 'third', 'global', 'world', 'premier', 'league', 'english', 'online',
  'x', 'twitter', 'facebook', 'instagram', 'tiktok', 'youtube', 'telegram', 'whatsapp', 'google', 'monday', 'ok',
  'gdp', 'gnp', 'cpi', 'ceo', 'cfo', 'coo', 'ipo', 'tv', 'pc', 'dvd', 'cd', 'hiv', 'aids', 'sars', 'mp', 'mps', 'pm', 'am',
  'id', 'ai', 'it', 'r&b', 'dj', 'vip', 'suv', 'pr', 'hq', 'faq', 'uk-based', 'us-based',
]);
