import type { Extractor, NumberDraft } from '../types.js';
import { scanQuantities } from './scan.js';
import { isAge, notAQuantity, phoneSpans } from './filters.js';
import { countsFor, markQuantityTokens, tokenize, type CountsResult } from './counts.js';

/** Only linking words between two figures: "$4 million, down 3%", "5 cents to $2.10", "9 miles wide and 20 long". */
const CHAIN_GAP = /^(?:\s|,|-|–|\b(?:to|at|from|or|up|down|and|by|than|versus|vs|wide|long|high|deep|tall|thick|across|heavy)\b)*$/i;

/** "90,000 vans in Chile last year, up 2.5%": a verbless change after the clause of the previous figure measures its thing. */
const CHANGE_AFTER = /^[^,;:()\d]{0,40},\s*(?:up|down|(?:revised|raised|lowered|increased|cut|reduced)(?:\s+(?:up|down)(?:wards?)?)?)\s+(?:by\s+)?$/i;

/** What joins the two figures of a range (as the scanner joined them). */
const RANGE_JOIN = /^\s*(?:-|–|—|to|and|to-)\s*$/i;

const RESTATED = /^\s+of\s+[^(),;\d]{1,40}\(\s*$/;
const isCurrency = (unit: string | null) => !!unit && /^[A-Z]{3}$/.test(unit);

/**
 * Quantities: the figure with its qualifier ("more than"), unit ('%', ISO currency, 'km') and
 * what it counts. One pass per sentence: scan, drop what is not a quantity, read the words around.
 */
export const numbersExtractor: Extractor = {
  name: 'numbers',
  extract(doc) {
    const facts: NumberDraft[] = [];
    for (const s of doc.sentences) {
      const sentence = doc.text.slice(s.start, s.end);
      const quantities = scanQuantities(sentence);
      if (!quantities.length) continue;
      const phones = phoneSpans(sentence);
      const kept = quantities.filter((q) => !notAQuantity(sentence, q, phones));
      if (!kept.length) continue;
      for (const q of kept) if (isAge(sentence, q)) q.unit = 'year old';
      const tokens = tokenize(sentence);
      markQuantityTokens(tokens, kept);
      const first = facts.length;
      let previous: CountsResult | null = null;
      let last: { q: (typeof kept)[number]; what: CountsResult } | null = null;
      for (const q of kept) {
        // "$2 million (A$3 million)", "5 miles (8 km)": a conversion measures the same thing.
        // ("8 trillion rupiah ($1bn; £0.5bn)": a second conversion after a semicolon too.)
        // ("half of voters (48%)": a share restated in brackets after its "of" phrase.)
        const between = last ? sentence.slice(last.q.end, q.start) : '';
        const conversion: boolean = !!last && (/^\s*[(/]\s*$/.test(between) || (/^\s*;\s*$/.test(between) && isCurrency(q.unit) && isCurrency(last.q.unit) && q.unit !== last.q.unit) || (q.unit === '%' && RESTATED.test(between) && /^\s*\)/.test(sentence.slice(q.end))));
        const gap = last ? sentence.slice(last.q.end, q.start) : '';
        const chained = last && (CHAIN_GAP.test(gap) || ((q.unit === '%' || q.unit === last.q.unit) && CHANGE_AFTER.test(gap))) ? last.what : null;
        const what: CountsResult = conversion && last ? last.what : countsFor(sentence, tokens, q, previous, chained);
        if (!q.unit) previous = what;
        last = { q, what };
        facts.push({
          kind: 'number',
          span: { start: s.start + q.start, end: s.start + q.end },
          sentence: { start: s.start, end: s.end },
          extractor: `numbers/${q.rule}`,
          value: q.value,
          qualifier: q.qualifier,
          unit: q.unit,
          counts: what.counts,
          approximate: q.approximate,
          source: null,
        });
      }
      // "between 200 and 300 people", "33-35 million phones": the first figure of a range counts what the second does.
      for (let k = kept.length - 2; k >= 0; k--) {
        const a = kept[k];
        const b = kept[k + 1];
        const fa = facts[first + k];
        const fb = facts[first + k + 1];
        if (fb.counts && fa.counts !== fb.counts && a.unit === b.unit && a.rule.endsWith('-range') && b.rule.endsWith('-range') && RANGE_JOIN.test(sentence.slice(a.end, b.start))) fa.counts = fb.counts;
      }
    }
    return { facts };
  },
};
