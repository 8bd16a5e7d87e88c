import { describe, expect, it } from 'vitest';
import { selectCandidates } from '../../src/questions/select.js';
import { streamFor } from '../../src/questions/random.js';
import type { Fact } from '../../src/schema/index.js';
import type { Candidate } from '../../src/questions/types.js';

let n = 0;
function make(article: string, keys: string[], shows: string[] = [], score = 3, kind: Candidate['kind'] = 'who-said'): Candidate {
  const i = ++n;
  return {
    kind,
    facts: [{ id: `f${i}`, article } as Fact],
    keys,
    shows,
    score,
    draft: { form: 'choice', stem: `stem ${i}`, answer: `A${i}`, distractors: [`B${i}`, `C${i}`, `D${i}`] },
  };
}

describe('selection', () => {
  it('lets two questions show the same fact; a question that asks it is ruled out by either', () => {
    const a = make('x', ['quote:one'], ['titled:e1', 'date:monday']);
    const b = make('x', ['quote:two'], ['titled:e1', 'date:monday']);
    const c = make('x', ['date:monday'], [], 1, 'date');
    const picked = selectCandidates([a, b, c], 3, streamFor('s'));
    expect(picked).toContain(a);
    expect(picked).toContain(b);
    expect(picked).not.toContain(c);
  });

  it('gives up one pick for two it was blocking when the quiz would end short', () => {
    // The best candidate asks a key that two others show; picking it alone leaves one question.
    const hub = make('x', ['k:hub'], [], 9);
    const left = make('x', ['k:left'], ['k:hub'], 1);
    const right = make('x', ['k:right'], ['k:hub'], 1);
    const picked = selectCandidates([hub, left, right], 3, streamFor('s'));
    expect(picked).toHaveLength(2);
    expect(picked).toEqual(expect.arrayContaining([left, right]));
  });

  it('keeps the pick when giving it up would not make the quiz longer', () => {
    const hub = make('x', ['k:hub'], [], 9);
    const left = make('x', ['k:left'], ['k:hub'], 1);
    expect(selectCandidates([hub, left], 3, streamFor('s'))).toEqual([hub]);
  });

  it('asks at least one question from every article that has a good candidate', () => {
    // Article "y" has one weak candidate of a kind the strong article also has; the count is small.
    const strong = [0, 1, 2, 3, 4].map((i) => make('x', [`k:x${i}`], [], 9, 'number'));
    const weak = make('y', ['k:y'], [], 0.1, 'number');
    for (const seed of ['a', 'b', 'c', 'd']) {
      const picked = selectCandidates([...strong, weak], 3, streamFor(seed));
      expect(picked).toHaveLength(3);
      expect(picked).toContain(weak);
    }
  });

  it('covers an article whose only candidate is blocked by a pick from an article asked twice', () => {
    const x1 = make('x', ['k:x1', 'k:shared'], [], 9);
    const x2 = make('x', ['k:x2'], [], 9);
    const y = make('y', ['k:y'], ['k:shared'], 0.1);
    const picked = selectCandidates([x1, x2, y], 2, streamFor('s'));
    expect(picked).toHaveLength(2);
    expect(picked).toEqual(expect.arrayContaining([x2, y]));
  });
});
