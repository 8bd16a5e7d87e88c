export * from './span.js';
export * from './article.js';
export * from './entity.js';
export * from './fact.js';
export * from './fact-table.js';
export * from './quiz.js';
