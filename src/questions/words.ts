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

export const TRUE_FALSE_OPTIONS = ['True', 'False'] as const;

/** Words before a noun: a content word after one of these fills a noun's slot. */
export const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'their', 'his', 'her', 'its', 'my', 'your', 'this', 'that', 'these', 'those', 'every', 'each', 'no', 'some', 'any', 'many', 'more', 'most', 'several', 'two', 'three']);

/** Words before a verb's base form: auxiliaries, modals and "to". */
export const VERB_MARKERS = new Set(['to', 'will', 'would', 'can', 'could', 'should', 'must', 'might', 'may', 'shall', 'did', 'do', 'does', "don't", 'not', 'cannot', 'never']);
