// `node bench/word-table.js [DIR...]` (after `npm run build`): what the people extractor's word
// table pays per new word. bench/stages.js cannot show it: its warm rounds find every word in the
// table already, while a one-off run over distinct text computes the word lists' answer
// (computeWordInfo) once for each distinct written word. Prints CPU ms per pass over the distinct
// words of the inputs (the first pass includes V8's warm-up), default the BBC development set.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeWordInfo } from '../dist/extract/people/vocabulary.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const inputs = process.argv.slice(2).length ? process.argv.slice(2) : [resolve(root, '../shared/eval/news/bbc')];
const files = (p) => (statSync(p).isDirectory() ? readdirSync(p).sort().flatMap((f) => files(join(p, f))) : [p]);
let text = '';
for (const input of inputs) for (const f of files(input)) text += `${readFileSync(f, 'utf8')}\n`;
// Roughly the tokenizer's words: letters and digits joined by . ' ’ -.
const words = [...new Set(text.match(/[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*/gu) ?? [])];
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const passes = [];
let sink = 0;
for (let pass = 0; pass < 5; pass++) {
  const t0 = cpu();
  for (const w of words) sink ^= computeWordInfo(w).cls;
  passes.push(cpu() - t0);
}
const best = Math.min(...passes.slice(1));
console.log(`${words.length} distinct words; CPU ms per pass: ${passes.map((ms) => ms.toFixed(0)).join(' ')} (warm best ${((best * 1000) / words.length).toFixed(2)} µs per word)`);
// Keeps the results used, so no pass can be optimised away.
if (sink === -1) console.log('');
