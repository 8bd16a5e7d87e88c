export { buildBriefing, type BriefingOptions } from './build-briefing.js';
export * from './model.js';
