// `npm run bench:stages [-- DIR...]`: where the time of `quizwire facts` goes, stage by stage,
// in-process and warm (one untimed pass first), on the BBC development set by default.
// Each row is CPU time of that stage alone over all articles, and the MB/s it would allow alone:
// the mean over rounds and the fastest round. process.cpuUsage counts every thread of the process,
// so V8's background compiling and GC from earlier stages land on whichever stage is running; the
// fastest round is the better figure for comparing two builds of one stage.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadArticles } from '../dist/ingest/load.js';
import { inferPublishedDates } from '../dist/ingest/published-date.js';
import { extractors } from '../dist/extract/registry.js';
import { docRefiners, tableRefiners } from '../dist/refine/registry.js';
import { buildEntities } from '../dist/refine/build-entities.js';
import { factsFromDocs } from '../dist/pipeline.js';
import { factsJsonPieces } from '../dist/render/facts-format.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const inputs = process.argv.slice(2).length ? process.argv.slice(2) : [resolve(root, '../shared/eval/news/bbc')];
for (const i of inputs) if (!existsSync(i)) throw new Error(`${i}: not found`);
const ROUNDS = Number(process.env.ROUNDS ?? 3);

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const totals = new Map();
const fastest = new Map();
let roundTotals = new Map();
const add = (name, s) => {
  totals.set(name, (totals.get(name) ?? 0) + s);
  roundTotals.set(name, (roundTotals.get(name) ?? 0) + s);
};
function timed(name, fn) {
  const t0 = cpu();
  const r = fn();
  add(name, cpu() - t0);
  return r;
}

let bytes = 0;
let coldSeconds = 0;
for (let round = 0; round <= ROUNDS; round++) {
  for (const [name, s] of roundTotals) fastest.set(name, Math.min(fastest.get(name) ?? Infinity, s));
  roundTotals = new Map();
  const record = round > 0;
  const t0 = cpu();
  const { docs, diagnostics } = loadArticles(inputs);
  if (record) add('load (ingest+clean+segment)', cpu() - t0);
  if (round === 0) bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.raw), 0);
  if (round === 0) {
    // Warm-up: the whole pipeline once, so regexes are compiled and code is optimised. Its cost
    // against a warm round shows what a one-off run pays for compilation (most of it optimising
    // JIT work on V8's helper threads, which process.cpuUsage counts).
    const table = factsFromDocs(docs, diagnostics);
    for (const _ of factsJsonPieces(table));
    coldSeconds = cpu() - t0;
    continue;
  }
  timed('published dates', () => inferPublishedDates(docs));
  const extractions = docs.map((doc) => ({ doc, mentions: [], facts: [], diagnostics: [] }));
  for (const extractor of extractors) {
    timed(`extract: ${extractor.name}`, () => {
      for (const ex of extractions) {
        const found = extractor.extract(ex.doc, ex);
        if (found.mentions) ex.mentions.push(...found.mentions);
        if (found.facts) ex.facts.push(...found.facts);
        if (found.diagnostics) ex.diagnostics.push(...found.diagnostics);
      }
    });
  }
  for (const refiner of docRefiners) timed(`refine: ${refiner.name}`, () => extractions.forEach((ex) => refiner.refine(ex)));
  timed('build entities', () => buildEntities(extractions));
  // The table refiners and toFacts are timed through a second whole run (toFacts is private).
  const tWhole = cpu();
  const table = factsFromDocs(docs, diagnostics);
  add('whole factsFromDocs (again)', cpu() - tWhole);
  let t = table;
  for (const refiner of tableRefiners) t = timed(`table: ${refiner.name} (again)`, () => refiner.refine(t, docs));
  timed('render json', () => {
    for (const _ of factsJsonPieces(table));
  });
}

for (const [name, s] of roundTotals) fastest.set(name, Math.min(fastest.get(name) ?? Infinity, s));
const mb = bytes / 1024 / 1024;
console.log(`${inputs.join(', ')}: ${mb.toFixed(2)} MB, ${ROUNDS} rounds, CPU seconds per round (mean, fastest)`);
console.log(`first (cold) round, load + factsFromDocs + JSON: ${coldSeconds.toFixed(3)} s`);
const w = Math.max(...[...totals.keys()].map((k) => k.length));
for (const [name, s] of totals) {
  const per = s / ROUNDS;
  const best = fastest.get(name);
  console.log(`${name.padEnd(w)}  ${per.toFixed(3).padStart(7)} s  ${(mb / per).toFixed(1).padStart(7)} MB/s   fastest ${best.toFixed(3)} s  ${(mb / best).toFixed(1).padStart(7)} MB/s`);
}
const warm = ['load (ingest+clean+segment)', 'whole factsFromDocs (again)', 'render json'].reduce((s, k) => s + (totals.get(k) ?? 0), 0) / ROUNDS;
console.log(`warm round, load + factsFromDocs + JSON: ${warm.toFixed(3)} s (the cold round pays ${(coldSeconds - warm).toFixed(3)} s more)`);
