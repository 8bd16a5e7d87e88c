import { join } from 'node:path';
import { evalDoc, readJsonl } from './common.js';
import { peopleExtractor } from '../extract/people/index.js';
import { foldName } from '../extract/people/name-match.js';
import { STOP_WORDS } from '../extract/people/words/common.js';
import type { DocExtraction, Mention } from '../extract/types.js';
import { clusterMentions } from '../refine/cluster-mentions.js';
import { mentionForm } from '../refine/mention-forms.js';
import { resolveReferences } from '../refine/resolve-references.js';
import type { EvalSection } from './types.js';

interface GoldQuote {
  speaker: string | null;
  speaker_spans: [number, number][] | null;
  attribution_id: string;
}
interface GoldRecord {
  id: string;
  text: string;
  quotes: GoldQuote[];
}

/** A speaker written as a name ("Okafor", "The Daily Ledger"), not "sources" or "he". */
function nameLike(speaker: string): boolean {
  return speaker.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && !STOP_WORDS.has(w.toLowerCase().replace(/['’]s$/, '')));
}

function longestName(mentions: Mention[], cluster: number): string {
  return mentions.filter((m) => m.cluster === cluster && m.name).reduce((a, m) => (m.name.length > a.length ? m.name : a), '');
}

/**
 * Mention quality on PolNeAR speakers: how many name-like gold speaker spans our mentions cover,
 * and how many gold "he"/"she" speakers the resolver maps to a named entity, checked against the
 * nearest named gold speaker before it (a proxy: PolNeAR has no coreference).
 */
export const peopleEval: EvalSection = {
  name: 'people',
  run(opts) {
    const records = readJsonl<GoldRecord>(join(opts.dataDir, 'quotes', `${opts.split}.jsonl`), opts.limit);
    let names = 0;
    let covered = 0;
    let exact = 0;
    let pronouns = 0;
    let resolved = 0;
    let agrees = 0;
    let checkable = 0;
    let chars = 0;
    let headline = 0;
    let ms = 0;
    const errors: string[] = [];
    for (const r of records) {
      const t0 = performance.now();
      const doc = evalDoc(r.text, r.id);
      const ex: DocExtraction = { doc, mentions: [], facts: [], diagnostics: [] };
      const found = peopleExtractor.extract(doc, ex);
      ex.mentions.push(...(found.mentions ?? []));
      clusterMentions.refine(ex);
      resolveReferences.refine(ex);
      ms += performance.now() - t0;
      chars += r.text.length;
      const seen = new Set<string>();
      const goldNamed: { at: number; speaker: string }[] = [];
      const title = doc.titleSpan;
      // Headlines are not scanned for mentions (title case makes every word look like a name).
      const inTitle = (q: GoldQuote) => !!title && q.speaker_spans![0][0] < title.end && title.start < q.speaker_spans![0][1];
      const quotes = r.quotes.filter((q) => q.speaker && q.speaker_spans?.length && !seen.has(q.attribution_id) && seen.add(q.attribution_id));
      headline += quotes.filter(inTitle).length;
      quotes.splice(0, quotes.length, ...quotes.filter((q) => !inTitle(q)));
      for (const q of quotes) {
        const [s, e] = q.speaker_spans![0];
        const speaker = q.speaker!;
        if (nameLike(speaker)) {
          names++;
          goldNamed.push({ at: s, speaker });
          const inside = ex.mentions.filter((m) => m.name && mentionForm(m) === 'name' && m.start >= s && m.end <= e);
          if (inside.length) covered++;
          else if (opts.errors && errors.length < 200) errors.push(`people/missed-name ${r.id}: ${speaker}`);
          if (inside.some((m) => (m.start === s && m.end === e) || r.text.slice(s, e).replace(/^the\s+/i, '') === m.text)) exact++;
        }
      }
      goldNamed.sort((a, b) => a.at - b.at);
      for (const q of quotes) {
        const speaker = q.speaker!.toLowerCase();
        if (speaker !== 'he' && speaker !== 'she') continue;
        pronouns++;
        const [s] = q.speaker_spans![0];
        const m = ex.mentions.find((x) => x.start === s && mentionForm(x) === 'pronoun');
        if (m?.cluster === undefined) continue;
        resolved++;
        const name = longestName(ex.mentions, m.cluster);
        const before = goldNamed.filter((g) => g.at < s).pop();
        if (!before) continue;
        checkable++;
        const words = foldName(before.speaker).split(/[^\p{L}]+/u);
        const surname = foldName(name).split(' ').pop()!;
        if (words.includes(surname)) agrees++;
        else if (opts.errors && errors.length < 400) errors.push(`people/pronoun ${r.id}@${s}: resolved to ${name}; nearest named gold speaker before: ${before.speaker}`);
      }
    }
    const pct = (a: number, b: number) => (b ? a / b : null);
    return {
      rows: [
        { task: 'people', metric: 'name-like speaker spans covered by a mention', value: pct(covered, names), detail: `${covered}/${names} (body only; ${headline} headline speakers left out)` },
        { task: 'people', metric: 'name-like speaker spans matched exactly', value: pct(exact, names), detail: `${exact}/${names}` },
        { task: 'people', metric: 'he/she speakers resolved', value: pct(resolved, pronouns), detail: `${resolved}/${pronouns}` },
        { task: 'people', metric: 'resolved he/she = nearest named gold speaker', value: pct(agrees, checkable), detail: `${agrees}/${checkable}` },
        { task: 'people', metric: 'throughput MB/s (extract+cluster+resolve)', value: null, detail: `${(chars / 1e6 / (ms / 1000)).toFixed(2)} MB/s over ${(chars / 1e6).toFixed(2)} MB` },
      ],
      errors,
    };
  },
};
