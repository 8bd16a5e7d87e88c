import { describe, expect, it } from 'vitest';
import { clusterName, extract, refine } from './doc-helper.js';

function resolved(text: string, context: string): string | null {
  const ex = refine(extract(text));
  const at = text.indexOf(context);
  const i = ex.mentions.findIndex((m) => m.start === at);
  if (i < 0) throw new Error(`no mention at ${context}`);
  return clusterName(ex, i);
}

describe('a post before the comma and a rank before the name', () => {
  it.each([
    'The press officer in the district, SP Kemi Aladura, said extra patrols had been sent. Calm had returned by noon, she added.',
    'The spokeswoman, Supt. Kemi Aladura, said extra patrols had been sent. Calm had returned by noon, she added.',
    'The press officer, Inspector Kemi Aladura, said extra patrols had been sent. Calm had returned by noon, she added.',
  ])('the post names the person, so the next "she" is hers: %s', (text) => {
    expect(resolved(text, 'she added')).toBe('Kemi Aladura');
  });

  it('an opening participle is no antecedent', () => {
    const text = 'Responding, the Commissioner for Works, Hon. Tade Olumo, said the road would open. He said the cost was met.';
    expect(resolved(text, 'He said')).toBe('Tade Olumo');
  });
});

describe('"A said ..., but B insisted ...": the later speaker', () => {
  it('takes the speaker of the "but" clause for the next "he said"', () => {
    const text = 'The minister said he would meet the unions on Friday, but Dorran insisted the strike would go on. "We will not go back until this is settled," he said.';
    expect(resolved(text, 'he said')).toBe('Dorran');
  });

  it('keeps the subject when the "but" clause has no speaker', () => {
    const text = 'Carl Dorran said the mill would stay open, but the talks failed. "We tried," he said.';
    expect(resolved(text, 'he said')).toBe('Carl Dorran');
  });
});
