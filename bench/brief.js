// Briefing benchmark: `npm run build && node bench/brief.js [inputs..]` (default: seeds).
// Times loading + fact table, buildBriefing, and renderBriefingPdf separately (best of runs).
import { loadArticles } from '../dist/ingest/load.js';
import { factsFromDocs } from '../dist/pipeline.js';
import { buildBriefing } from '../dist/brief/index.js';
import { renderBriefingPdf } from '../dist/render/pdf/briefing.js';

const inputs = process.argv.slice(2);
const RUNS = 5;
const best = { facts: Infinity, build: Infinity, render: Infinity };
let bytes = 0;
let articles = 0;
for (let i = 0; i < RUNS; i++) {
  let t = performance.now();
  const { docs, diagnostics } = loadArticles(inputs.length ? inputs : ['seeds']);
  const table = factsFromDocs(docs, diagnostics);
  best.facts = Math.min(best.facts, performance.now() - t);
  t = performance.now();
  const briefing = buildBriefing(table, docs);
  best.build = Math.min(best.build, performance.now() - t);
  t = performance.now();
  await renderBriefingPdf(briefing, { paper: 'a4' });
  best.render = Math.min(best.render, performance.now() - t);
  bytes = docs.reduce((n, d) => n + d.raw.length, 0);
  articles = docs.length;
}
const ms = (x) => `${x.toFixed(1)} ms`;
console.log(`${articles} articles, ${(bytes / 1024).toFixed(1)} KB: facts ${ms(best.facts)}, buildBriefing ${ms(best.build)}, renderBriefingPdf ${ms(best.render)} (best of ${RUNS})`);
