import { describe, expect, it } from 'vitest';
import { factsFromDocs, generateQuiz, makeDoc } from '../../src/index.js';
import { withoutInvisibles } from '../../src/text/invisible.js';

const ZWSP = '\u200b';
const SHY = '\u00ad';
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;

const article = [
  'Bridge to close for repairs',
  '',
  `The Velden river bridge will close for 18 months from Monday, the state transport agency said on Friday. “Nobody wants this,” said Ana Lindqvist, the agency’s chief engineer. “But${ZWSP} I’d rather have a closed bridge than a collapsed one.”`,
  '',
  `Mayor Tomas Brandt said the city would ask for extra buses. “We will keep people moving,” Brandt said. “The detour adds twenty minutes for most com${SHY}muters.”`,
  '',
  `Omar Haddad, who runs a bakery by the bridge, said trade would fall. “Half my customers walk over that bridge every morning,” Haddad said. “I do not know how we will cope${ZWSP}.”`,
  '',
  `Jo Bell, a council member, said the repair was overdue. “We warned about the cracks three years ago,” Bell said.`,
].join('\n');

describe('invisible characters in the articles', () => {
  it('are left out of what a student reads, and kept in the quoted source', () => {
    const doc = makeDoc(article, 'bridge.txt', 'bridge', []);
    const table = factsFromDocs([doc], []);
    const quiz = generateQuiz(table, { seed: 'z', count: 20, texts: { bridge: article } });
    expect(quiz.questions.length).toBeGreaterThan(2);
    // The quiz does use quotes whose words in the file carry invisible characters.
    expect(quiz.questions.some((q) => q.sources.some((s) => INVISIBLE.test(s.text)))).toBe(true);
    for (const q of quiz.questions) {
      expect(q.stem).not.toMatch(INVISIBLE);
      expect(q.explanation).not.toMatch(INVISIBLE);
      for (const o of q.options) expect(o.text).not.toMatch(INVISIBLE);
      for (const s of q.sources) expect(article.slice(s.span.start, s.span.end)).toBe(s.text);
    }
    expect(withoutInvisibles(`com${SHY}muters${ZWSP}`)).toBe('commuters');
  });
});
