import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { splitSentences } from '../../src/segment/sentences.js';
import { segmentParagraphs } from '../../src/segment/index.js';
import { makeDoc } from '../../src/ingest/load.js';

const split = (text: string) => splitSentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['Mr. Smith went to Washington. He arrived on Monday.', ['Mr. Smith went to Washington.', 'He arrived on Monday.']],
    ['U.S. Defense Secretary Lloyd Doe will meet them.', ['U.S. Defense Secretary Lloyd Doe will meet them.']],
    ['The aid came from the U.S. The talks failed.', ['The aid came from the U.S.', 'The talks failed.']],
    ['It happened on Sept. 9, 2018, in the capital.', ['It happened on Sept. 9, 2018, in the capital.']],
    ['They left in Sept. The rain came later.', ['They left in Sept.', 'The rain came later.']],
    ['Gen. Ann Other and Lt. Col. Bo Roe spoke. Dr. Lee agreed.', ['Gen. Ann Other and Lt. Col. Bo Roe spoke.', 'Dr. Lee agreed.']],
    ['The meeting starts at 9 a.m. Monday in the hall.', ['The meeting starts at 9 a.m. Monday in the hall.']],
    ['The meeting started at 9 a.m. The vote came at noon.', ['The meeting started at 9 a.m.', 'The vote came at noon.']],
    ['"We will not stop." The minister left.', ['"We will not stop."', 'The minister left.']],
    ['“This is an escalation,” she said. “We need help.”', ['“This is an escalation,” she said.', '“We need help.”']],
    ['"Why now?" he asked. Nobody answered.', ['"Why now?" he asked.', 'Nobody answered.']],
    ['He paused... Then he spoke again.', ['He paused...', 'Then he spoke again.']],
    ['Wait… Then it ended.', ['Wait…', 'Then it ended.']],
    ['Prices rose 3.5 percent. Sales fell.', ['Prices rose 3.5 percent.', 'Sales fell.']],
    ['He lives at No. 10 Downing Street.', ['He lives at No. 10 Downing Street.']],
    ['Call 555 0134 ext. 22 for tickets. Tel. 555 0199 after six.', ['Call 555 0134 ext. 22 for tickets.', 'Tel. 555 0199 after six.']],
    ['The plug sits behind the ext. The lead is short.', ['The plug sits behind the ext.', 'The lead is short.']],
    ['She said no. The rest agreed.', ['She said no.', 'The rest agreed.']],
    ['He was ill. The doctor came.', ['He was ill.', 'The doctor came.']],
    ['John F. Kennedy spoke. J. Doe listened.', ['John F. Kennedy spoke.', 'J. Doe listened.']],
    ['The firm, Acme Inc. The rival, Bolt Corp. said nothing.', ['The firm, Acme Inc.', 'The rival, Bolt Corp. said nothing.']],
    ['Springfield, Ill., is a city. Smith et al. found it.', ['Springfield, Ill., is a city.', 'Smith et al. found it.']],
    ['It rose (by 5%.) Then fell.', ['It rose (by 5%.)', 'Then fell.']],
    ['In 2024. 40,000 people came.', ['In 2024.', '40,000 people came.']],
    ['Stop! Go now? Yes.', ['Stop!', 'Go now?', 'Yes.']],
    ['A headline without a full stop', ['A headline without a full stop']],
    ['   Leading and trailing space.   ', ['Leading and trailing space.']],
    ['e.g. this stays together.', ['e.g. this stays together.']],
    ['The case went to the SEC. The firm paid.', ['The case went to the SEC.', 'The firm paid.']],
    ['Sec. Blinken met St. John. Ft. Worth is next.', ['Sec. Blinken met St. John.', 'Ft. Worth is next.']],
    // A quoted question or exclamation followed by its attribution is one sentence.
    ['"Why now?" Jo Ames asked. Nobody answered.', ['"Why now?" Jo Ames asked.', 'Nobody answered.']],
    ['“Who pays?” Sen. Bo Roe said, pointing at the chart.', ['“Who pays?” Sen. Bo Roe said, pointing at the chart.']],
    ['"Enough!" He shouted. The room fell silent.', ['"Enough!" He shouted.', 'The room fell silent.']],
    ['"Why now?" Jo Ames asked for more time.', ['"Why now?"', 'Jo Ames asked for more time.']],
    ['"Stop!" The crowd kept walking.', ['"Stop!"', 'The crowd kept walking.']],
    // An opening bracket or quote before a lower-case word continues the sentence.
    ['They lied to the F.T.C. (at least, not openly). It ended.', ['They lied to the F.T.C. (at least, not openly).', 'It ended.']],
    ['He left. (The rest stayed.)', ['He left.', '(The rest stayed.)']],
    // A missing space after a full stop still ends the sentence, but not inside initialisms or names.
    ['It was a mistake.The board met, and agreed.', ['It was a mistake.', 'The board met, and agreed.']],
    ['He moved to the U.S.The end.', ['He moved to the U.S.The end.']],
    ['She uses Example.Com daily.', ['She uses Example.Com daily.']],
    // An ellipsis after a word that cannot end a sentence leaves something out mid-sentence.
    ['It has no hatred against ... Villagers in the hills, he said. Then he left.', ['It has no hatred against ... Villagers in the hills, he said.', 'Then he left.']],
    ['Places such as… Lakeside did well.', ['Places such as… Lakeside did well.']],
    ['He paused... Then he spoke.', ['He paused...', 'Then he spoke.']],
    // A closing quote after an initial or abbreviation ends the sentence.
    ['He was held in "Wing B." Others were freed.', ['He was held in "Wing B."', 'Others were freed.']],
    ['She joined "Acme Inc." The firm grew.', ['She joined "Acme Inc."', 'The firm grew.']],
    ['Sen. Jo Ames (D-Mont.) Others agreed.', ['Sen. Jo Ames (D-Mont.) Others agreed.']],
    // A list item's number at the start of a sentence or after a colon is no sentence end.
    ['1. Mix the flour. 2. Add water.', ['1. Mix the flour.', '2. Add water.']],
    ['The plan: 1. Cut taxes. Then wait.', ['The plan: 1. Cut taxes.', 'Then wait.']],
    ['He scored 12. The team lost.', ['He scored 12.', 'The team lost.']],
  ])('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('keeps every sentence inside its paragraph and in order', () => {
    const text = 'xx First one. Second one! Third? yy';
    const para = { start: 3, end: text.indexOf(' yy') };
    const spans = splitSentences(text, para);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['First one.', 'Second one!', 'Third?']);
    for (const s of spans) {
      expect(s.start).toBeGreaterThanOrEqual(para.start);
      expect(s.end).toBeLessThanOrEqual(para.end);
    }
  });

  it('returns nothing for a blank paragraph', () => {
    expect(splitSentences('     ', { start: 0, end: 5 })).toEqual([]);
  });

  it('splits the sample articles without breaking inside names, initialisms or dates', () => {
    for (const name of ['001_e6ea2559df1af3e1.txt', '003_cd1425d8513cda1d.txt', '004_d94bf1c66bf91e63.txt']) {
      const raw = readFileSync(`seeds/${name}`, 'utf8');
      const doc = makeDoc(raw, name, name, []);
      for (const s of doc.sentences) {
        const text = doc.text.slice(s.start, s.end);
        expect(text, text).not.toMatch(/(^|\s)(U\.S|Mr|Sept|Dr)\.$/);
        expect(text.trim()).toBe(text);
      }
    }
  });

  it('repairs a paragraph broken by page layout before splitting it', () => {
    const raw = readFileSync('seeds/004_d94bf1c66bf91e63.txt', 'utf8');
    const doc = makeDoc(raw, 'a.txt', 'a', []);
    const broken = doc.sentences.map((s) => doc.text.slice(s.start, s.end)).find((t) => t.includes('said on Oct 24'));
    expect(broken).toMatch(/said on Oct 24\s+that the first .* incursion in August\.$/);
  });
});

describe('segmentParagraphs', () => {
  it('gives the sentences of splitSentences, each with its paragraph number', () => {
    const text = 'Jo Doe arrived. She spoke first.\n\nThe vote was 9-2. Dr. Roe left at 5 p.m. Then it ended.';
    const paragraphs = [
      { start: 0, end: 32 },
      { start: 34, end: text.length },
    ];
    const expected = paragraphs.flatMap((p, paragraph) => splitSentences(text, p).map((s) => ({ start: s.start, end: s.end, paragraph })));
    expect(segmentParagraphs(text, paragraphs)).toEqual(expected);
    expect(expected.map((s) => text.slice(s.start, s.end))).toEqual(['Jo Doe arrived.', 'She spoke first.', 'The vote was 9-2.', 'Dr. Roe left at 5 p.m.', 'Then it ended.']);
    // Plain spans stay spans: no paragraph field.
    expect(splitSentences(text, paragraphs[0])[0]).toEqual({ start: 0, end: 15 });
  });
});
