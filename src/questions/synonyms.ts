/**
 * Which words could stand in for each other in a cloze gap, from what is available offline: the
 * articles' own usage (two words the articles put beside the same neighbour, "Norland
 * sailors" / "Norland naval crews", are used of one referent or one kind of thing) and a
 * small list of near-synonyms common in news writing. No thesaurus is bundled: the list is short
 * and general, and the usage signal catches what it does not.
 */

/**
 * Near-synonyms of news writing, by first five letters (the cloze code's stem): an option from
 * the answer's group would fit the gap as well as the answer does.
 */
const GROUPS: string[][] = [
  ['troops', 'soldiers', 'forces', 'units', 'personnel', 'servicemen', 'fighters', 'army', 'armies', 'military', 'battalions', 'brigades'],
  ['war', 'wars', 'conflict', 'conflicts', 'fighting', 'assault', 'assaults', 'invasion', 'offensive', 'attack', 'attacks', 'hostilities', 'aggression', 'battle', 'battles', 'combat', 'campaign', 'onslaught', 'incursion', 'threat', 'threats', 'pressure'],
  ['threat', 'threats', 'danger', 'dangers', 'risk', 'risks', 'menace', 'hazard'],
  ['changes', 'change', 'cuts', 'reforms', 'reform', 'savings', 'reductions', 'measures', 'overhaul', 'shake-up', 'restructuring'],
  ['rise', 'rises', 'increase', 'increases', 'growth', 'gain', 'gains', 'jump', 'boost', 'hike', 'surge', 'climb'],
  ['fall', 'falls', 'drop', 'drops', 'decline', 'declines', 'decrease', 'slump', 'dip', 'slide', 'reduction', 'fell', 'dropped', 'declined'],
  ['countries', 'country', 'nations', 'nation', 'states', 'borders', 'homelands', 'territories', 'territory', 'world', 'region', 'regions'],
  ['offer', 'bid', 'price', 'premium', 'valuation', 'terms'],
  ['period', 'periods', 'quarter', 'quarters', 'spell', 'stretch', 'phase', 'season', 'term', 'year', 'years', 'month', 'months', 'week', 'weeks', 'run'],
  ['company', 'companies', 'firm', 'firms', 'business', 'businesses', 'group', 'corporation', 'enterprise', 'enterprises'],
  ['profits', 'profit', 'earnings', 'income', 'revenue', 'revenues', 'takings', 'turnover', 'sales', 'returns'],
  ['costs', 'cost', 'spending', 'expenses', 'expenditure', 'bills', 'outlay', 'charges', 'prices', 'fees'],
  ['people', 'residents', 'citizens', 'public', 'population', 'inhabitants', 'locals', 'voters', 'civilians'],
  ['workers', 'staff', 'employees', 'workforce', 'jobs', 'labourers', 'personnel', 'crews', 'crew', 'teams', 'team'],
  ['leader', 'leaders', 'chief', 'head', 'boss', 'chairman', 'president'],
  ['talks', 'negotiations', 'discussions', 'meetings', 'dialogue', 'consultations'],
  ['deal', 'agreement', 'accord', 'treaty', 'pact', 'contract', 'settlement'],
  ['problems', 'problem', 'issues', 'issue', 'difficulties', 'difficulty', 'troubles', 'trouble', 'concerns', 'challenges', 'setback', 'setbacks', 'hitch', 'snag', 'snags', 'complication', 'complications', 'obstacle', 'obstacles', 'glitch'],
  ['rules', 'regulations', 'laws', 'law', 'legislation', 'guidelines', 'principles', 'standards'],
  ['plan', 'plans', 'proposal', 'proposals', 'scheme', 'schemes', 'strategy', 'programme', 'program', 'policy', 'policies', 'decisions', 'choices', 'reforms', 'moves', 'steps'],
  ['decisions', 'decision', 'choices', 'choice', 'judgements', 'judgments', 'rulings', 'calls', 'moves'],
  ['support', 'backing', 'help', 'aid', 'assistance'],
  ['growing', 'increasing', 'rising', 'mounting', 'deepening', 'expanding'],
  ['prevent', 'stop', 'halt', 'block', 'counter', 'curb', 'deter', 'fight', 'combat', 'thwart', 'avert', 'resist', 'oppose'],
  ['increase', 'raise', 'boost', 'lift', 'expand', 'broaden', 'widen', 'extend', 'deepen', 'grow', 'escalate', 'strengthen', 'bolster', 'intensify'],
  ['reduce', 'cut', 'lower', 'decrease', 'limit', 'curb', 'trim', 'ease', 'shrink'],
  ['support', 'back', 'help', 'aid', 'assist', 'sustain', 'underpin', 'fund', 'finance', 'cover', 'bolster'],
  ['confirm', 'verify', 'affirm', 'acknowledge'],
  ['ensure', 'guarantee', 'secure', 'safeguard', 'protect'],
  ['deployed', 'sent', 'moved', 'dispatched', 'stationed', 'positioned', 'transferred', 'based'],
  ['killed', 'wounded', 'injured', 'hurt', 'dead', 'died'],
  ['big', 'large', 'major', 'huge', 'significant', 'substantial', 'considerable', 'massive', 'serious', 'dramatic'],
  ['federal', 'national', 'nationwide', 'central'],
  ['small', 'minor', 'modest', 'slight', 'little', 'limited'],
  ['important', 'crucial', 'vital', 'key', 'essential', 'critical', 'significant'],
  ['difficult', 'hard', 'tough', 'challenging'],
  ['report', 'reports', 'statement', 'findings', 'study', 'review', 'analysis', 'research'],
  ['films', 'film', 'movies', 'movie', 'pictures', 'features'],
  ['phones', 'handsets', 'mobiles', 'devices'],
  ['habits', 'patterns', 'behaviour', 'behavior', 'lifestyles', 'routines', 'practices', 'trends'],
  ['photos', 'pictures', 'images', 'photographs', 'snaps'],
  ['songs', 'tracks', 'records', 'singles', 'tunes', 'music'],
  ['fans', 'supporters', 'audiences', 'audience', 'viewers', 'spectators', 'followers'],
  ['results', 'scores', 'outcomes', 'wins', 'victories'],
  // Freed from custody, a contract or a debt: a prisoner "released" or "freed" is one event.
  ['released', 'freed', 'discharged', 'liberated', 'cleared', 'exonerated', 'pardoned'],
  ['release', 'free', 'discharge', 'liberate'],
  // A narrative and its frame: "left out of the story", "left out of the picture".
  ['story', 'stories', 'picture', 'narrative', 'account', 'history', 'tale', 'record'],
  ['trend', 'trends', 'outlook', 'prospects', 'picture', 'performance', 'growth', 'situation', 'position'],
  ['changed', 'turned', 'shifted', 'moved', 'swung', 'improved', 'softened', 'brightened', 'rallied', 'recovered', 'lifted', 'eased'],
  ['worried', 'concerned', 'anxious', 'afraid', 'scared', 'nervous', 'fearful', 'frightened'],
  ['devastated', 'heartbroken', 'shattered', 'distraught', 'shocked', 'stunned', 'gutted', 'upset'],
  ['booked', 'reserved', 'full', 'taken', 'occupied', 'used'],
  ['flying', 'lurching', 'tumbling', 'crashing', 'sliding', 'falling', 'spilling'],
  ['customers', 'consumers', 'clients', 'users', 'buyers', 'subscribers', 'shoppers'],
];

/** A word and its singular ("troops" -> "troop"), lower-cased: the keys a word is looked up by. */
const keysOf = (w: string) => {
  const lower = w.toLowerCase();
  return lower.endsWith('s') ? [lower, lower.slice(0, -1)] : [lower];
};

/** The groups each listed word (and its singular) is in, so a look-up costs a map read or two. */
const BY_WORD = new Map<string, Set<number>>();
GROUPS.forEach((group, i) => {
  for (const w of group) {
    for (const k of keysOf(w)) {
      let set = BY_WORD.get(k);
      if (!set) BY_WORD.set(k, (set = new Set()));
      set.add(i);
    }
  }
});

/** Two words in one near-synonym group of news writing ("troops" / "soldiers", "conflict" / "assault"). */
export function listedSynonyms(a: string, b: string): boolean {
  const ga = BY_WORD.get(a.toLowerCase());
  const gb = BY_WORD.get(b.toLowerCase());
  if (!ga || !gb) return false;
  for (const g of ga) if (gb.has(g)) return true;
  return false;
}
