import type { Doc } from '../../doc.js';
import type { Span } from '../../schema/index.js';
import type { Extractor, NumberDraft } from '../types.js';
import { scanQuantities, type Quantity } from './scan.js';
import { isAge, isSignMoney, moneyContext, notAQuantity, phoneSpans } from './filters.js';
import { countsFor, markQuantityTokens, tokenize, type CountsResult } from './counts.js';

/** Only linking words between two figures: "$4 million, down 3%", "5 cents to $2.10", "9 miles wide and 20 long". */
/** "fell 2% over the year to $800,000", "rose 4% in the quarter to $90": a change, its period, then the level reached. */
const PERIOD_TO_GAP = /^\s+(?:over|in|during)\s+(?:the|that|this|its)\s+(?:(?:past|last|latest)\s+)?(?:day|week|fortnight|month|quarter|year|decade|period|session)\s+to\s+$/i;
const CHAIN_GAP = /^(?:\s|,|-|–|\b(?:to|at|from|or|up|down|and|by|than|versus|vs|wide|long|high|deep|tall|thick|across|heavy)\b)*$/i;

/**
 * "90,000 vans in Chile last year, up 2.5%" ("61,000 tickets in 2023, up 9%": a year in between too): a verbless change after the clause of the previous figure measures its thing;
 * so does the figure it is compared with ("40 cars, up from 12 a year earlier", "40 cars, compared with 12").
 */
const CHANGE_AFTER = /^(?:[^,;:()\d]|(?<![\d.,])(?:1[89]|20)\d\d(?![\d%]|[.,]\d)){0,40},\s*(?:(?:up|down|(?:revised|raised|lowered|increased|cut|reduced)(?:\s+(?:up|down)(?:wards?)?)?)\s+(?:(?:by|from)\s+)?|(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+)$/i;

/**
 * "3.1% in May, down from a peak of 8.2%", "52 minutes of reading against 38 minutes for boys", "growth of 2%, down from a previous forecast of 4%", "40% of pupils
 * could ..., down from 46% the year before": the figure a change is measured from is the same thing's earlier value,
 * however far back in the sentence the figure in the same measure is.
 */
const COMPARED_FROM = /(?:,\s*(?:(?:up|down|rising|falling|climbing|dropping)\s+from|compared\s+(?:with|to))|\s(?:against|versus|vs\.?))\s+(?:(?:a|an|the|its|their)\s+)?(?:[a-z-]+\s+){0,2}?(?:of\s+)?$/;
/** Cheap test first: the words COMPARED_FROM needs. */
const mayCompare = (s: string, from: number, to: number) => ['from', 'compared', 'against', 'vs', 'versus'].some((w) => s.lastIndexOf(w, to - w.length) >= from);

/** "fall to 3.1% of GDP in 2027 and to 2.2% by 2029": a conjunction and the preposition an earlier figure took. */
const PARALLEL_BEFORE = /(?:,|\b(?:and|or|then|but))\s+(?:then\s+)?(to|by|at)\s+$/i;

/** What joins the two figures of a range (as the scanner joined them). */
const RANGE_JOIN = /^\s*(?:-|–|—|to|and|to-|or)\s*$/i;

const RESTATED = /^\s+of\s+[^(),;\d]{1,40}\(\s*$/;

/** Between the figures of "two-, three- and four-bedroom": a hyphen left hanging, then a comma or a conjunction. */
const SUSPENDED_HYPHEN = /^-\s*(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|to)\s+)$/i;

/** Nouns that only say a figure is a count ("90,000 units"), not of what. */
const PLACEHOLDER_NOUNS = new Set(['units', 'items', 'pieces', 'examples', 'cases']);

/** Nothing counted follows a figure: the clause ends, or a conjunction or preposition opens the next part. */
const NOTHING_COUNTED_AFTER = /^\s*(?:[,.;:)!?]|$|(?:and|but|while|whereas|or|in|on|at|for|last|this|a|an|the|from|to|by|since|after|before|compared|against|than)\b)/i;
/** "compared to Zenco's $12.4bn", "against Ostra's 3%": a name's possessive right before a figure. */
const OWNER_BEFORE = /(?:^|[^\p{L}\p{N}])((?:\p{Lu}[\p{L}\p{N}&.-]*\s+){0,2}\p{Lu}[\p{L}\p{N}&.-]*['’]s?)\s*$/u;
/** "Velden exports", "Zenco's yearly sales": the owner's words opening what is counted. */
const OWNER_LEAD = /^(?:(?:\p{Lu}[\p{L}\p{N}&.-]*|the)\s+)*(?:\p{Lu}[\p{L}\p{N}&.-]*['’]s?\s+)?/u;
/** The word right before a figure ("sold" in "Zenco sold 3 million"). */
const WORD_BEFORE = /([\p{L}]+)\s+$/u;
/** Words before a figure that are no verb shared by two clauses: ranks ("number three"), articles, prepositions. */
const NOT_A_VERB = new Set(['number', 'no', 'top', 'bottom', 'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'from', 'by', 'for', 'with', 'and', 'or', 'than', 'about', 'over', 'under', 'around', 'some', 'only', 'just', 'nearly', 'almost', 'last', 'first', 'next', 'all', 'its', 'their', 'his', 'her']);
/** "... and Zenco employs ": a conjunction, a capitalised subject and a lower-case verb right before a figure. */
const NAME_CLAUSE_BEFORE = /\b(?:and|but|while|whereas)\s+(?:\p{Lu}[\p{L}\p{N}&.-]*\s+){1,3}\p{Ll}+\s+$/u;
const sameMeasure = (a: string | null, b: string | null) => (a ?? '').split('/')[0] === (b ?? '').split('/')[0];

/**
 * A figure that leaves what it counts to an earlier figure of its sentence, when nothing is counted
 * after it: "compared to Zenco's $12.4bn" is Zenco's market value (the owner, then the earlier
 * figure's noun without its own owner), "Acme sold 4m phones while Zenco sold 3m" counts phones
 * (the same verb before both figures). Null when the sentence does not say so.
 */
function elided(sentence: string, q: Quantity, earlier: Array<{ q: Quantity; what: CountsResult }>): CountsResult | null {
  if (!earlier.length || !NOTHING_COUNTED_AFTER.test(sentence.slice(q.end, q.end + 12))) return null;
  const before = sentence.slice(Math.max(0, q.start - 40), q.start);
  const owner = OWNER_BEFORE.exec(before);
  if (owner && /['’]s?$/.test(owner[1])) {
    for (let k = earlier.length - 1; k >= 0; k--) {
      const e = earlier[k];
      if (!e.what.counts || !sameMeasure(e.q.unit, q.unit)) continue;
      const thing = e.what.counts.replace(OWNER_LEAD, '');
      if (!/^\p{Ll}/u.test(thing)) return null;
      const noun = `${owner[1].replace(/\s+/g, ' ')} ${thing}`;
      return { noun, counts: noun };
    }
    return null;
  }
  const verb = WORD_BEFORE.exec(before)?.[1].toLowerCase();
  if (q.unit || !verb || NOT_A_VERB.has(verb)) return null;
  // ("Acme hired 300 people and Zenco employs 120": a clause of its own, a name and its verb, leaves the noun out too.)
  let ownClause: boolean | undefined;
  for (let k = earlier.length - 1; k >= 0; k--) {
    const e = earlier[k];
    if (e.q.unit || !e.what.noun || e.q.end > q.start) continue;
    const v = WORD_BEFORE.exec(sentence.slice(Math.max(0, e.q.start - 30), e.q.start))?.[1].toLowerCase();
    // ("Acme sold 4m phones and Zenco sold 3m": the noun came right after the earlier figure.)
    if ((v === verb || (!!v && !NOT_A_VERB.has(v) && (ownClause ??= NAME_CLAUSE_BEFORE.test(before)))) && /^\s+\p{Ll}/u.test(sentence.slice(e.q.end, e.q.end + 2)) && sentence.slice(e.q.end).trimStart().startsWith(e.what.noun)) return { noun: e.what.noun, counts: e.what.noun };
  }
  return null;
}
/** Text ending in a phone extension's abbreviation ("..., ext. "). */
const PHONE_EXT_BEFORE = /\d[\s,]+ext\.\s*$/i;
/** Two set scores in a row: "6-3 4-6", "7-5, 6-4". */
const SET_LIST = /(?<![\d-])[0-7][-–][0-7],?\s+[0-7][-–][0-7](?![\d-])/;
/** What a score line's figures count, when the sentence names it ("points", "runs"); votes in a vote. */
/** A score line before the outcome of a vote: "a 9-2 decision", "a 5-4 ruling", "a 7-2 majority". */
const VOTE_AFTER_SCORE = /(?<![\d.,-])\d{1,2}[-–]\d{1,2}\s+(?:decision|ruling|verdict|majority|judgment|judgement)\b/i;
const SCORE_NOUN = /\b(votes?|voted|voting|points|runs|goals|sets?|games|frames|tries|wickets|seats)\b/i;
/** A motion put to a vote: its score line counts votes ("the motion fell 31-44"). */
const MOTION_NOUN = /\b(?:motion|amendment|resolution|ballot|bill|referendum)s?\b/i;

/**
 * "won 3-2": each figure of a score line is one side's tally. Of votes when the sentence is about a
 * vote, of the scoring unit the sentence names, else of goals (a low score) or points (a high one).
 */
function scoreTally(sentence: string, high: number, sport: () => string | null): CountsResult {
  // ("a 9-2 decision", "a 6-3 ruling": a bench or board's vote, whatever else the sentence names.)
  const named = VOTE_AFTER_SCORE.test(sentence) ? 'votes' : SCORE_NOUN.exec(sentence)?.[1].toLowerCase() ?? (MOTION_NOUN.test(sentence) ? 'votes' : undefined);
  // ("6-3 4-6 7-5": a list of set scores counts games.)
  const noun = !named ? (sport() ?? (SET_LIST.test(sentence) ? 'games' : high > 15 ? 'points' : 'goals')) : named.startsWith('vot') ? 'votes' : /^sets?$/.test(named) ? 'games' : named;
  return { noun, counts: noun };
}

/** After a fraction: a determiner and the noun it is a part of ("half the class", "half a century"). */
const FRACTION_PART = /^\s+(?:the|a|an|his|her|its|their|our|my|your|this|these|those)\s+([\p{L}][\p{L}'’-]*)(?![\p{L}\p{N}'’-])/u;

/** Sports whose scores count points, and those whose set scores count games: named once in an article. */
const POINTS_SPORT = /\b(?:rugby|basketball|NBA|NFL|touchdowns?|Six Nations)\b/i;
const GAMES_SPORT = /\b(?:tennis|tie-?break|(?:first|second|third|fourth|fifth|final|opening|deciding) set)\b/i;
const isCurrency = (unit: string | null) => !!unit && /^[A-Z]{3}$/.test(unit);

/**
 * The headline as one more sentence: the cleaner blanks it in Doc.text, but a figure in it
 * ("Port strike enters day 12 as 4,000 walk out") is a fact of the article. Read from the file,
 * only where the file's text maps character by character onto the text coordinates (plain text,
 * or HTML written without markup or entities inside the title), so every span stays exact.
 */
function headlineSentence(doc: Doc): { span: Span; text: string } | null {
  const span = doc.titleSpan;
  if (!span || span.end <= span.start) return null;
  if (!doc.offsets) return { span, text: doc.raw.slice(span.start, span.end) };
  const rawStart = doc.offsets[span.start];
  if (doc.offsets[span.end] - rawStart !== span.end - span.start) return null;
  for (let i = span.start; i < span.end; i++) if (doc.offsets[i] !== rawStart + (i - span.start)) return null;
  const text = doc.raw.slice(rawStart, rawStart + (span.end - span.start));
  return /[<&]/.test(text) ? null : { span, text };
}

/**
 * Quantities: the figure with its qualifier ("more than"), unit ('%', ISO currency, 'km') and
 * what it counts. One pass per sentence: scan, drop what is not a quantity, read the words around.
 */
export const numbersExtractor: Extractor = {
  name: 'numbers',
  extract(doc) {
    const facts: NumberDraft[] = [];
    let sport: string | null | undefined;
    const sportOf = () => (sport === undefined ? (sport = POINTS_SPORT.test(doc.text) ? 'points' : GAMES_SPORT.test(doc.text) ? 'games' : null) : sport);
    // Signs of letters only said with money elsewhere in the article ("R30" in a sentence about fares): found once per sign.
    const signMoney = new Map<string, boolean>();
    const signSaidWithMoney = (sign: string) => {
      let yes = signMoney.get(sign);
      if (yes === undefined) {
        yes = doc.sentences.some((s) => {
          const text = doc.text.slice(s.start, s.end);
          for (let at = text.indexOf(sign); at >= 0; at = text.indexOf(sign, at + 1)) {
            if (/^ ?\d/.test(text.slice(at + sign.length, at + sign.length + 2)) && (at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]))) return moneyContext(text);
          }
          return false;
        });
        signMoney.set(sign, yes);
      }
      return yes;
    };
    const found = headlineSentence(doc);
    // (A headline the segmenter kept as a sentence is read with the body.)
    const headline = found && !doc.sentences.some((s) => s.start < found.span.end && s.end > found.span.start) ? found : null;
    for (let i = headline ? -1 : 0; i < doc.sentences.length; i++) {
      const s: Span = i < 0 ? headline!.span : doc.sentences[i];
      const sentence = i < 0 ? headline!.text : doc.text.slice(s.start, s.end);
      const quantities = scanQuantities(sentence);
      if (!quantities.length) continue;
      const phones = phoneSpans(sentence);
      // ("555-0143, ext. 2207": a segmenter that ends a sentence at "ext." leaves the extension opening the next one.)
      const extension = i >= 0 && s.start > 0 && PHONE_EXT_BEFORE.test(doc.text.slice(Math.max(0, s.start - 12), s.start));
      if (extension && quantities[0].kind === 'digits' && !quantities[0].unit && !sentence.slice(0, quantities[0].start).trim()) phones.push([quantities[0].coreStart, quantities[0].coreEnd]);
      // ("Years 7 to 11", "Rooms 4-6": the second end of a range whose first end is part of a name or a label is too.)
      let named: Quantity | null = null;
      const kept = quantities.filter((q) => {
        const why = notAQuantity(sentence, q, phones) ?? (isSignMoney(sentence, q, () => signSaidWithMoney(q.letterSign!)) ? null : 'sign-not-money');
        const follows = named !== null && q.rule.endsWith('-range') && RANGE_JOIN.test(sentence.slice(named.end, q.start));
        named = why === 'name' || why === 'label' ? q : null;
        return !why && !follows;
      });
      if (!kept.length) continue;
      for (const q of kept) if (isAge(sentence, q)) q.unit = 'year old';
      readFigures(sentence, s, kept, facts, sportOf);
    }
    return { facts };
  },
};

/**
 * What each kept figure of one sentence counts, and its fact (in `facts`): the sentence's second half of the
 * extractor. (A function of its own: one function of it all is costly for the optimising compiler to compile.)
 */
function readFigures(sentence: string, s: Span, kept: Quantity[], facts: NumberDraft[], sportOf: () => string | null): void {
  const tokens = tokenize(sentence);
  markQuantityTokens(tokens, kept);
  const first = facts.length;
  let previous: CountsResult | null = null;
  let last: { q: (typeof kept)[number]; what: CountsResult } | null = null;
  const read: Array<{ q: Quantity; what: CountsResult }> = [];
  for (const q of kept) {
    // "$2 million (A$3 million)", "5 miles (8 km)": a conversion measures the same thing.
    // ("8 trillion rupiah ($1bn; £0.5bn)": a second conversion after a semicolon too.)
    // ("half of voters (48%)": a share restated in brackets after its "of" phrase.)
    const between = last ? sentence.slice(last.q.end, q.start) : '';
    const conversion: boolean = !!last && (/^\s*[(/]\s*$/.test(between) || (/^\s*;\s*$/.test(between) && isCurrency(q.unit) && isCurrency(last.q.unit) && q.unit !== last.q.unit) || (q.unit === '%' && RESTATED.test(between) && /^\s*\)/.test(sentence.slice(q.end))));
    const gap = last ? sentence.slice(last.q.end, q.start) : '';
    const chained = last && (CHAIN_GAP.test(gap) || PERIOD_TO_GAP.test(gap) || ((q.unit === '%' || q.unit === last.q.unit) && gap.includes(',') && CHANGE_AFTER.test(gap))) ? last.what : null;
    const other = q.rule === 'score' ? kept[kept.indexOf(q) + (last?.q.rule === 'score' && last.q.end + 2 >= q.start ? -1 : 1)] : undefined;
    let what: CountsResult = q.rule === 'score' ? scoreTally(sentence, Math.max(q.value, other?.value ?? 0), sportOf) : conversion && last ? last.what : countsFor(sentence, tokens, q, previous, chained);
    if (!conversion && q.unit !== 'year old' && q.rule !== 'score') what = elided(sentence, q, read) ?? what;
    if (read.length && !conversion && q.unit !== 'year old' && q.rule !== 'score' && mayCompare(sentence, Math.max(0, q.start - 60), q.start) && COMPARED_FROM.test(sentence.slice(Math.max(0, q.start - 60), q.start)) && NOTHING_COUNTED_AFTER.test(sentence.slice(q.end, q.end + 12))) {
      for (let k = read.length - 1; k >= 0; k--) {
        const e = read[k];
        if (e.q.unit === q.unit || (!!q.unit && sameMeasure(e.q.unit, q.unit))) {
          if (e.what.counts) what = e.what;
          break;
        }
      }
    }
    // "would fall to 3.1% of GDP in 2027 and to 2.2% by 2029": a second figure after the same preposition, with nothing
    // counted after it, measures what the first does.
    const parallel = !conversion && !what.counts && q.unit && q.unit !== 'year old' ? PARALLEL_BEFORE.exec(sentence.slice(Math.max(0, q.start - 16), q.start)) : null;
    if (parallel) {
      for (let k = read.length - 1; k >= 0; k--) {
        const e = read[k];
        if (e.q.unit !== q.unit) continue;
        if (e.what.counts && new RegExp(`\\b${parallel[1]}\\s+$`, 'i').test(sentence.slice(Math.max(0, e.q.start - 6), e.q.start))) what = e.what;
        break;
      }
    }
    // "half the class", "half a century", "half their income": a fraction counts a part of the noun after the determiner.
    if (q.kind === 'fraction' && !q.unit) {
      const part = FRACTION_PART.exec(sentence.slice(q.end, q.end + 40));
      if (part) what = { noun: part[1], counts: part[1] };
    }
    // "Sales of ferry tickets jumped 30% to 90,000 units": a placeholder noun counts what the chained figure measures.
    if (chained?.counts && !q.unit && what.counts && PLACEHOLDER_NOUNS.has(what.counts.toLowerCase())) what = { noun: chained.counts, counts: chained.counts };
    read.push({ q, what });
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
    const range = a.unit === b.unit && a.rule.endsWith('-range') && b.rule.endsWith('-range') && RANGE_JOIN.test(sentence.slice(a.end, b.start));
    if (fb.counts && fa.counts !== fb.counts && range) fa.counts = fb.counts;
    // ("cooking times are 25-40 min": the second end counts what the first does when it reads nothing itself.)
    else if (range && !fb.counts && fa.counts) fb.counts = fa.counts;
    // "a 640bhp 5.2 litre V10 engine": two measures side by side describe the noun after the second.
    else if (a.unit && b.unit && a.unit !== b.unit && !a.unit.endsWith(' old') && fb.counts && /^\s+$/.test(sentence.slice(a.end, b.start)) && /^\s+\p{L}/u.test(sentence.slice(b.end, b.end + 2))) fa.counts = fb.counts;
    // "two-, three- and four-bedroom homes", "10- and 20-year bonds": a figure whose hyphen waits for the last one's word
    // counts (and measures in) what that one does.
    else if (!a.unit && SUSPENDED_HYPHEN.test(sentence.slice(a.end, b.start)) && (fb.counts || fb.unit)) {
      fa.counts = fb.counts;
      fa.unit = fb.unit;
    }
  }
  if (kept.length > 1 && sentence.includes(';')) gappedLists(sentence, kept, facts.slice(first));
}

/** What is left of a segment without its figures: commas, dashes, range words, "and", and a place ("in Ostra"). */
const GAPPED_REST = /^[\s,.\-–—]*(?:(?:and|or|to|from|between|(?:in|at|for)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})(?![\p{L}\p{N}])[\s,.\-–—]*)*$/u;

/**
 * "Homes from $1m to $2m stay 70 days; $2m to $3m, 99 days; and $3m to $4m, 163 days": a segment after a semicolon
 * made only of figures repeats the first segment's pattern with the verb and nouns left out. Each of its figures
 * counts what the figure in the same place of the first segment counts (same number of figures, same measures).
 */
function gappedLists(sentence: string, kept: Quantity[], facts: NumberDraft[]): void {
  const cuts: number[] = [];
  for (let at = sentence.indexOf(';'); at >= 0; at = sentence.indexOf(';', at + 1)) cuts.push(at);
  cuts.push(sentence.length);
  const segmentOf = (q: Quantity) => cuts.findIndex((c) => q.start < c);
  const model = kept.map((q, n) => n).filter((n) => segmentOf(kept[n]) === 0);
  if (!model.length || model.some((n) => !facts[n].counts)) return;
  for (let seg = 1; seg < cuts.length; seg++) {
    const members = kept.map((q, n) => n).filter((n) => segmentOf(kept[n]) === seg);
    if (members.length !== model.length || !members.every((n, k) => sameMeasure(kept[n].unit, kept[model[k]].unit))) continue;
    // Only figures and joining words: no verb, no noun of its own.
    let rest = '';
    let from = cuts[seg - 1] + 1;
    for (const n of members) {
      rest += sentence.slice(from, kept[n].start);
      from = kept[n].end;
    }
    rest += sentence.slice(from, cuts[seg]);
    if (!GAPPED_REST.test(rest)) continue;
    members.forEach((n, k) => (facts[n].counts = facts[model[k]].counts));
  }
}
