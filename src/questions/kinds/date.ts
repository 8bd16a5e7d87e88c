import type { DateFact } from '../../schema/index.js';
import { groupBy } from '../group.js';
import { clozeSentence } from '../cloze.js';
import { type CalendarDate, type DateChoices, WEEKDAY_NAME, dateChoices, datesAt, formatCalendarDate, notAfter, parseCalendarDate } from '../distractors/dates.js';
import { balancedRanks, shuffled } from '../random.js';
import { corroboration, factKey } from '../fact-key.js';
import { normalize } from '../text.js';
import type { QuestionContext } from '../context.js';
import { eventClause, isPastVerb, surnameResolver } from '../clause.js';
import { REPORTING_VERBS } from '../words.js';
import type { Candidate, QuestionKindModule } from '../types.js';
import type { Rng } from '../random.js';

/** A date fact a quiz can use: a calendar date (day, month or year) of an event told as a whole clause. */
export function datedEvent(ctx: QuestionContext, fact: DateFact, fullName?: (subject: string) => string): { when: CalendarDate; event: string } | undefined {
  if (fact.type !== 'DATE' || !fact.event) return undefined;
  const when = parseCalendarDate(fact.value);
  const event = when ? eventClause(ctx, fact, fullName) : undefined;
  return when && event ? { when, event } : undefined;
}

/** Any year that is no leap year: it stands in for the year an undated article does not give. */
const NO_YEAR = 2001;

/** "in August" in an article with no publication date: a month (or a day of a month) of no known year. */
function yearlessDate(value: string): CalendarDate | undefined {
  const m = /^XXXX-(\d{2})(?:-(\d{2}))?$/.exec(value);
  return m ? parseCalendarDate(`${NO_YEAR}-${m[1]}${m[2] ? `-${m[2]}` : ''}`) : undefined;
}

/** Verbs of saying that head a statement; "expected" and "believed" report no words. */
const SAYING = new Set([...REPORTING_VERBS].filter((v) => v !== 'expected' && v !== 'believed' && v !== 'deny'));

/**
 * "X said that troops were sent": the date is the day of saying, while "When did this happen?"
 * would read as asking when the troops were sent. True when the event's first past-tense verb is one of saying.
 */
export function isStatement(event: string): boolean {
  for (const word of event.split(' ')) {
    const w = word.toLowerCase().replace(/[^\p{L}]+/gu, '');
    if (SAYING.has(w)) return true;
    if (isPastVerb(word)) return false;
  }
  return false;
}

const withoutYear = (d: CalendarDate) => formatCalendarDate(d).replace(/ \d{4}$/, '');

/** Dates grouped by event and by sentence: where an also-true date would be. */
function indexDates(all: DateFact[]): Map<string, DateFact[]> {
  return groupBy(all, (d) => [...(d.event ? [`event:${normalize(d.event)}`] : []), `sentence:${d.article}:${d.sentence.start}`]);
}

/** Dates that are also right: the same event dated elsewhere, other dates in the same sentence. */
function alsoTrue(index: Map<string, DateFact[]>, fact: DateFact): Set<string> {
  const related = [...(fact.event ? (index.get(`event:${normalize(fact.event)}`) ?? []) : []), ...(index.get(`sentence:${fact.article}:${fact.sentence.start}`) ?? [])];
  const out = new Set<string>();
  for (const d of related) {
    const when = parseCalendarDate(d.value);
    if (when && d.value !== fact.value) out.add(formatCalendarDate(when));
  }
  return out;
}

/** Words that put a dated event ahead of its report: "will open in 2027", "is due in June", "until next year". */
const AHEAD = /\b(?:will|would|shall|going to|due|expected|scheduled|set to|plan(?:s|ned)?|intends?|aims?|next|until|by the end of|upcoming)\b/i;

/**
 * The publication day, when the date is no later than it and its sentence tells the event as
 * past: wrong dates after the report was written would be false at sight. Undefined when the
 * article has no date or the sentence looks ahead ("is due to open in March").
 */
export function pastBound(ctx: QuestionContext, fact: DateFact, when: CalendarDate, statement = false): CalendarDate | undefined {
  const published = ctx.article(fact.article)?.published;
  const day = published ? parseCalendarDate(published) : undefined;
  if (!day || !notAfter(when, day)) return undefined;
  // "said on Tuesday that fares would rise": the date is the saying's, past whatever the words look ahead to.
  if (statement) return day;
  const raw = ctx.raw(fact.article);
  const sentence = raw === undefined ? fact.text : raw.slice(fact.sentence.start, fact.sentence.end);
  return AHEAD.test(sentence) ? undefined : day;
}

/** A year next to the blank in a list or a range: "2010, _____ and 2012", "from _____ to 2019". */
const YEAR_BESIDE_BLANK = /\b\d{4}\s*(?:,|and|or|to|-|–|until|through)\s*_____|_____\s*(?:,|and|or|to|-|–|until|through)\s*\d{4}\b/;

/** When did the event happen; a sentence cloze when the text names the date but no event. */
export const dateKind: QuestionKindModule = {
  kind: 'date',
  candidates(ctx, rng) {
    const out: Candidate[] = [];
    // The answer's rank among its options is chosen over all the date questions at once (see balancedRanks):
    // an event told as past a day or two before its report has no later wrong date, and is the latest option.
    const pending: Array<{ candidate: Candidate; choices: DateChoices }> = [];
    const index = indexDates(ctx.factsOf('date'));
    const fullName = surnameResolver(ctx);
    for (const fact of ctx.factsOf('date')) {
      // The articles disagree on the date: no single right answer.
      if (fact.type !== 'DATE' || fact.conflictsWith?.length) continue;
      const dated = datedEvent(ctx, fact, fullName);
      const when = dated?.when ?? parseCalendarDate(fact.value);
      if (!when) {
        const yearless = fact.event ? yearlessEvent(ctx, fact, fullName, index, rng) : undefined;
        if (yearless) out.push(yearless);
        continue;
      }
      let stem: string;
      if (dated) {
        stem = ctx.phrases.pick('date', { event: dated.event, statement: isStatement(dated.event), source: ctx.attribution(fact, null) }, rng);
      } else {
        // Only when the blank is the written date itself ("in 2019", "on 3 May 2024").
        if (normalize(fact.text) !== normalize(formatCalendarDate(when))) continue;
        const cloze = clozeSentence(ctx, fact);
        // "in 2010, _____ and 2012": a year in a list or range beside other years is guessed from them.
        if (!cloze || YEAR_BESIDE_BLANK.test(cloze)) continue;
        stem = ctx.phrases.pick('date', { cloze, source: ctx.attribution(fact, null) }, rng);
      }
      const choices = dateChoices(when, alsoTrue(index, fact), rng, pastBound(ctx, fact, when, !!dated && isStatement(dated.event)), WEEKDAY_NAME.test(stem));
      if (choices.ranks.length === 0) continue;
      const candidate: Candidate = {
        kind: 'date',
        facts: [fact],
        keys: [factKey(fact)],
        score: 2 + corroboration(fact) + (dated ? 0.5 : 0),
        draft: { form: 'choice', stem, answer: formatCalendarDate(when), distractors: [] },
      };
      pending.push({ candidate, choices });
    }
    const ranks = balancedRanks(rng, pending.map((p) => p.choices.ranks));
    pending.forEach(({ candidate, choices }, i) => {
      if (candidate.draft.form === 'choice') candidate.draft.distractors = datesAt(choices, ranks[i]).map(formatCalendarDate);
      out.push(candidate);
    });
    return out;
  },
};

/** "When did this happen? August": a dated event in an article that names the month but not the year. */
function yearlessEvent(ctx: QuestionContext, fact: DateFact, fullName: (subject: string) => string, index: Map<string, DateFact[]>, rng: Rng): Candidate | undefined {
  const when = yearlessDate(fact.value);
  const event = when ? eventClause(ctx, fact, fullName) : undefined;
  if (!when || !event) return undefined;
  const answer = withoutYear(when);
  const forbidden = new Set<string>();
  for (const d of [...(index.get(`event:${normalize(fact.event!)}`) ?? []), ...(index.get(`sentence:${fact.article}:${fact.sentence.start}`) ?? [])]) {
    const other = yearlessDate(d.value);
    if (other && d.value !== fact.value) forbidden.add(formatCalendarDate(other));
  }
  // Shifts either way can meet in the same month of two years: the options must differ without the year.
  // (Each rank the answer can take is tried, in a drawn order, until one gives three different months.)
  const choices = dateChoices(when, forbidden, rng);
  let wrong: string[] = [];
  for (const rank of shuffled(rng, choices.ranks)) {
    wrong = [...new Set(datesAt(choices, rank).map(withoutYear))].filter((w) => w !== answer);
    if (wrong.length === 3) break;
  }
  if (wrong.length < 3) return undefined;
  const stem = ctx.phrases.pick('date', { event, statement: isStatement(event), source: ctx.attribution(fact, null) }, rng);
  return {
    kind: 'date',
    facts: [fact],
    keys: [factKey(fact)],
    score: 2 + corroboration(fact) + 0.5,
    draft: { form: 'choice', stem, answer, distractors: wrong },
  };
}
