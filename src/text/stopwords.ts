/** English function words and reporting filler that say nothing about what happened. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all almost also although am among an and another any are aren't around as at
  be became because become been before being below between both but by can cannot could couldn't did didn't do does
  doesn't doing don't down during each either else even ever every few for from further had hadn't has hasn't have
  haven't having he he'd he'll he's her here here's hers herself him himself his how how's however i i'd i'll i'm i've
  if in into is isn't it it's its itself just last least less let's like made make many may me might more most much
  must mustn't my myself near nearly neither never new next no nor not now of off often on once one only or other
  others our ours ourselves out over own per perhaps put rather really said same say saying says see seen shall shan't
  she she'd she'll she's should shouldn't since so some still such than that that's the their theirs them themselves
  then there there's these they they'd they'll they're they've this those though through thus to too told toward
  towards under until up upon us very via was wasn't we we'd we'll we're we've well were weren't what what's when
  when's where where's whether which while who who's whom whose why why's will with within without won't would
  wouldn't yet you you'd you'll you're you've your yours yourself yourselves mr mrs ms dr also added according
  including told tell tells get gets got go goes going went take takes took two three four five six seven eight nine ten`.split(/\s+/),
);

/** Words that make a sentence lean on the one before it ("He said ...", "This was ..."). */
export const DANGLING_STARTS: ReadonlySet<string> = new Set(
  `he she it they this that these those his her its their him them there but and also however meanwhile such`.split(/\s+/),
);
