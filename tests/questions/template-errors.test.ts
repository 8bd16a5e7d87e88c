import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPhrasebook, unclosedBlock } from '../../src/questions/phrasebook.js';

describe('a template block left open', () => {
  it('is found at the line of its opening tag, innermost first', () => {
    expect(unclosedBlock('a\n{% for x in xs %}\n{{ x }}\n')).toEqual({ tag: 'for', line: 2 });
    expect(unclosedBlock('{% if a %}\n{% for x in xs %}{% endfor %}\n')).toEqual({ tag: 'if', line: 1 });
    expect(unclosedBlock('{% if a %}\n  {%- for x in xs -%}\nb\n{%- endfor %}\n')).toEqual({ tag: 'if', line: 1 });
  });

  it('is not confused by closed blocks, inline set, comments or raw text', () => {
    expect(unclosedBlock('{% if a %}x{% elif b %}y{% else %}z{% endif %}')).toBeUndefined();
    expect(unclosedBlock('{% set n = 3 %}{{ n }}')).toBeUndefined();
    expect(unclosedBlock('{# {% if a %} #}plain')).toBeUndefined();
    expect(unclosedBlock('{% raw %}{% if a %}{% endraw %}')).toBeUndefined();
    expect(unclosedBlock('{% set body %}\ntext\n')).toEqual({ tag: 'set', line: 1 });
  });

  it('gives a one-line error naming the file and the opening line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quizwire-tpl-'));
    try {
      mkdirSync(join(dir, 'questions'));
      writeFileSync(join(dir, 'questions', 'who-said.njk'), 'Line one\nLine two\n{% if quote %}\nWho said {{ quote }}?\n');
      let message = '';
      try {
        openPhrasebook(dir);
      } catch (e) {
        message = (e as Error).message;
      }
      expect(message).toMatch(/who-said\.njk line 3: template error: \{% if %\} is never closed/);
      expect(message.split('\n')).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
