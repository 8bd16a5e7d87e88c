/** The self-check page's fixed words (template variables, so `--templates` can also reword them). */
export const selfCheckLabels = {
  name: 'Name',
  date: 'Date',
  instructions: 'Choose one answer per question. In a browser you see at once whether it is right, with the source sentence.',
  score: 'Score',
  answered: 'answered',
  done: 'All questions answered.',
  right: 'Right.',
  wrong: 'Wrong.',
  answer: 'Answer',
  source: 'Source',
  reset: 'Start again',
  print: 'Print',
  version: 'Version',
} as const;
