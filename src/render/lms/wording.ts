/** Fixed words the exports add around the article text (one place to translate them). */
export const wording = {
  source: 'Source',
  answer: 'Answer',
  question: 'Question',
  version: 'Version',
  seed: 'seed',
  deckRoot: 'quizwire',
  categoryRoot: 'quizwire',
  defaultTitle: 'News quiz',
} as const;
