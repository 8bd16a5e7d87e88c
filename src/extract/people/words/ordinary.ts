/**
 * Ordinary English words that are hardly ever a person's name. Capitalized at a sentence start,
 * in a headline-style phrase or after a title ("President Always", a game), they are no name:
 * "Recent Velden films", "Crooked Jane Jones", "Dr Who". Given names are left out of this list
 * when the list is built (vocabulary.ts), so a word that is also a given name stays a name.
 */
export const ORDINARY_WORDS: ReadonlySet<string> = new Set([
  // adjectives and adverbs
  'recent', 'crooked', 'rival', 'forever', 'never', 'always', 'ever', 'together', 'alone', 'again', 'away',
  'certain', 'clear', 'possible', 'likely', 'unlikely', 'real', 'true', 'false', 'fake', 'big', 'small', 'huge', 'little',
  'minor', 'main', 'top', 'worst', 'better', 'worse', 'good', 'bad', 'poor', 'full',
  'empty', 'whole', 'entire', 'free', 'open', 'closed', 'public', 'private', 'secret', 'official', 'unofficial', 'special',
  'current', 'latest', 'future', 'past', 'present', 'modern', 'ancient', 'historic', 'classic', 'famous', 'popular',
  'angry', 'happy', 'sad', 'crazy', 'lying', 'sleepy', 'nasty', 'weak', 'tough', 'easy', 'simple',
  'dear', 'sure', 'much', 'very', 'quite', 'rather', 'really', 'actually', 'clearly', 'simply', 'finally', 'basically',
  'apparently', 'obviously', 'certainly', 'probably', 'possibly', 'unfortunately', 'fortunately', 'sadly', 'luckily',
  'instead', 'anyway', 'everywhere', 'somewhere', 'nowhere', 'anywhere', 'sometimes', 'often', 'usually', 'soon',
  // pronoun-like and determiners
  'everything', 'nothing', 'something', 'anything', 'everyone', 'everybody', 'someone', 'somebody', 'anyone', 'anybody',
  'nobody', 'whoever', 'whichever', 'nor',
  // nouns
  'session', 'sessions', 'speech', 'speeches', 'debate', 'debates', 'review', 'reviews', 'universe',
  'news', 'report', 'reports', 'update', 'updates', 'interview', 'statement', 'rally', 'rallies',
  'campaign', 'scandal', 'trial', 'issue', 'issues', 'problem', 'problems', 'question', 'questions', 'answer',
  'answers', 'truth', 'lies', 'money', 'jobs', 'people', 'person', 'man', 'woman', 'men', 'women', 'children',
  'kids', 'family', 'friends', 'fans', 'voters', 'demonstrators', 'protesters', 'nation', 'country',
  'america', 'american', 'world', 'life', 'death', 'hate', 'fear', 'change', 'freedom',
  'peace', 'war', 'time', 'times', 'night', 'morning', 'evening', 'weekend', 'today', 'tonight', 'history',
  'music', 'film', 'movie', 'game', 'games', 'show', 'shows', 'book', 'books', 'album', 'song', 'songs', 'video', 'photo',
  'photos', 'picture', 'pictures', 'villain', 'monster', 'ghost', 'devil',
  'dragon', 'wizard', 'robot', 'machine', 'computer', 'phone', 'internet', 'online', 'website', 'email', 'emails', 'data',
  'science', 'health', 'care', 'healthcare', 'economy', 'tax', 'taxes', 'trade', 'energy', 'climate', 'weather', 'water',
  'housing', 'school', 'schools', 'education', 'security', 'defence', 'defense', 'immigration', 'border', 'crime',
  'violence', 'terror', 'terrorism', 'police', 'military', 'army', 'navy', 'gun', 'guns', 'weapons', 'nuclear', 'oil', 'gas',
  'responsibility', 'accountability', 'transparency', 'integrity', 'leadership', 'strength', 'courage', 'victory', 'defeat',
  'success', 'failure', 'disaster', 'crisis', 'emergency', 'help', 'aid', 'relief', 'reform', 'progress', 'growth',
  'notes', 'memo', 'letter', 'letters', 'message', 'opinion', 'editorial', 'commentary', 'analysis', 'exclusive',
  'breaking', 'live', 'latest', 'more', 'less', 'most', 'least', 'plus', 'minus', 'total', 'number', 'numbers',
  // nouns that end titles of works and places ("The Jane Roe Story")
  'story', 'stories', 'tree', 'years', 'diary', 'diaries', 'tales', 'chronicles', 'files', 'legacy', 'affair',
  'experience', 'collection', 'edition', 'tour', 'factor', 'code',
]);

/** Nouns of a person's nationality, party or side used before a name ("Spaniard Costa", "Democrat Jane Roe"). */
export const DESCRIPTOR_NOUNS: ReadonlySet<string> = new Set([
  'spaniard', 'briton', 'brit', 'frenchman', 'frenchwoman', 'englishman', 'englishwoman', 'scotsman', 'scotswoman',
  'welshman', 'welshwoman', 'irishman', 'irishwoman', 'dutchman', 'dutchwoman', 'dane', 'swede', 'norwegian', 'finn',
  'pole', 'czech', 'slovak', 'turk', 'kurd', 'arab', 'israeli', 'iraqi', 'iranian', 'afghan', 'pakistani', 'kiwi', 'aussie',
  'yank', 'yankee', 'democrat', 'democrats', 'republican', 'republicans', 'tory', 'tories', 'socialist', 'communist',
  'liberal', 'conservative', 'progressive', 'independent', 'libertarian', 'nationalist', 'unionist', 'loyalist',
  'republican-turned-democrat', 'veteran', 'newcomer', 'rookie', 'youngster', 'teenager', 'striker', 'midfielder',
  'defender', 'goalkeeper', 'winger', 'captain', 'skipper', 'champion', 'hopeful', 'frontrunner', 'front-runner',
  'billionaire', 'millionaire', 'tycoon', 'mogul', 'magnate', 'socialite', 'heiress', 'actor', 'actress', 'singer',
  'rapper', 'comedian', 'novelist', 'author', 'writer', 'journalist', 'columnist', 'blogger', 'activist', 'candidate',
  'nominee', 'challenger', 'incumbent', 'rival', 'opponent', 'critic', 'ally', 'defendant', 'suspect', 'victim', 'widow',
  'whistleblower',
]);

/**
 * Verbs a headline-style phrase puts after a name ("Jane Roe Speaks Out", "Roe Slams Plan"): a
 * capitalized one ends the name. Also ordinary words (ORDINARY_WORDS takes them in).
 */
export const HEADLINE_VERBS: ReadonlySet<string> = new Set([
  'given', 'notice', 'hold', 'having', 'being', 'getting', 'making', 'taking', 'including', 'excluding',
  'says', 'say', 'reveals', 'reveal', 'calls', 'call', 'speaks', 'speak', 'slams', 'slam', 'blasts', 'blast', 'hits', 'backs',
  'wins', 'win', 'loses', 'lose', 'urges', 'urge', 'warns', 'warn', 'claims', 'denies', 'admits', 'vows', 'plans', 'seeks',
  'wants', 'want', 'needs', 'need', 'gets', 'get', 'makes', 'make', 'takes', 'take', 'goes', 'go', 'comes', 'come',
  'tells', 'tell', 'asks', 'ask', 'looks', 'look', 'thinks', 'think', 'knows', 'know', 'sees', 'see', 'meets', 'meet',
  'joins', 'join', 'leaves', 'leave', 'quits', 'quit', 'faces', 'face', 'fights', 'fight', 'attacks', 'attack', 'defends',
  'defend', 'responds', 'respond', 'explains', 'explain', 'announces', 'announce', 'launches', 'launch', 'releases',
  'release', 'supports', 'support', 'opposes', 'oppose', 'endorses', 'endorse', 'praises', 'praise', 'mocks', 'mock',
  'accuses', 'accuse', 'blames', 'blame', 'rejects', 'reject', 'refuses', 'refuse', 'agrees', 'agree', 'stop', 'stops',
  'start', 'starts', 'keep', 'keeps', 'let', 'lets', 'try', 'tries', 'remember', 'imagine', 'consider', 'note', 'watch',
  'listen', 'read', 'meanwhile', 'suppose', 'shop', 'vote', 'votes', 'elect', 'beat', 'beats', 'dump', 'ditch',
]);
