export * from './schema/index.js';
export { QuizwireError } from './errors.js';
export { version } from './version.js';
export type { Doc } from './doc.js';
export { loadArticles, makeDoc } from './ingest/load.js';
export { factsFromFiles, factsFromDocs } from './pipeline.js';
export { renderFactsMarkdown } from './render/facts-md.js';
export { renderFactsCsv } from './render/facts-csv.js';
export { generateQuiz, type QuizOptions } from './questions/index.js';
