/** Word lists for finding the event of a date (data only, lower case). */

export const IRREGULAR_VERBS = new Set([
  'said', 'says', 'told', 'took', 'sent', 'met', 'began', 'begun', 'came', 'went', 'made', 'gave', 'won', 'lost', 'held',
  'left', 'saw', 'fell', 'rose', 'hit', 'spent', 'sold', 'bought', 'became', 'brought', 'built', 'chose', 'drew', 'drove',
  'found', 'flew', 'got', 'grew', 'heard', 'kept', 'knew', 'led', 'meant', 'paid', 'ran', 'shot', 'spoke', 'stood',
  'struck', 'thought', 'threw', 'wrote', 'broke', 'sought', 'fought', 'swore', 'beat', 'hid', 'laid', 'rode', 'sang',
  'sank', 'sat', 'slept', 'stole', 'taught', 'woke', 'withdrew', 'arose', 'forecast', 'shut', 'quit', 'cut', 'put', 'set',
  'let', 'dealt', 'felt', 'fled', 'froze', 'lent', 'overtook', 'undertook', 'overthrew', 'spread', 'split', 'upheld',
  'wound', 'unveiled', 'confirms', 'announces', 'warns', 'plans', 'visits', 'meets', 'signs', 'begins', 'ends', 'opens',
  'brings', 'sends', 'holds', 'takes', 'gives', 'makes', 'shows', 'calls', 'faces', 'marks',
]);

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
  'explained', 'wrote', 'tweeted', 'posted',
]);
