import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = join(process.cwd(), 'bin/quizwire.js');
const run = (args: string[], cwd: string) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });

const english =
  'The council met on Tuesday and approved the budget. "We are pleased," the mayor said. About 300 people attended the meeting in March 2024.';
const noFacts = 'The weather was mild and the streets were quiet. People walked in the park and talked about the garden.';

let dir: string;
const at = (...p: string[]) => join(dir, ...p);
const write = (name: string, data: string | Uint8Array) => {
  writeFileSync(at(name), data);
  return name;
};

/** An error run: exit 2, one line on stderr naming the file, no stack trace, nothing on stdout. */
function expectUserError(r: ReturnType<typeof run>, names: string | RegExp) {
  expect(r.status, r.stderr).toBe(2);
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^quizwire: /);
  if (typeof names === 'string') expect(lines[0]).toContain(names);
  else expect(lines[0]).toMatch(names);
  expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  expect(r.stdout).toBe('');
}

function warnings(r: ReturnType<typeof run>): string[] {
  return r.stderr.split('\n').filter((l) => l.startsWith('quizwire: warning: '));
}

describe('quizwire facts on bad input', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'quizwire-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('missing path', () => {
    expectUserError(run(['facts', 'no/such/file.txt'], dir), 'no/such/file.txt: no such file or folder');
  });

  it('a device is an error, not an endless read', () => {
    expectUserError(run(['facts', '/dev/zero'], dir), '/dev/zero: not a regular file');
  });

  it.each([
    ['empty.txt', '', 'empty.txt: the file is empty'],
    ['blank.txt', '  \n\t\n   \n', 'blank.txt: the file has only whitespace'],
    ['photo.txt', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]), 'photo.txt: this is a PNG image'],
    ['blob.txt', Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 131 + 7) % 256)), 'blob.txt: looks like a binary file'],
  ])('%s is an error', (name, data, message) => {
    expectUserError(run(['facts', write(name, data)], dir), message);
  });

  it('a 50 MB file is an error, found before reading it', () => {
    const name = write('huge.txt', Buffer.alloc(50 * 1024 * 1024, 'All work and no play. '));
    expectUserError(run(['facts', name], dir), /huge\.txt: 50\.0 MB is too large for a news article/);
  });

  it('invalid UTF-8 is read as Windows-1252 with a warning', () => {
    const name = write('legacy.txt', Buffer.concat([Buffer.from('The caf'), Buffer.from([0xe9]), Buffer.from(` reopened. ${english}`)]));
    const r = run(['facts', name], dir);
    expect(r.status, r.stderr).toBe(0);
    expect(warnings(r)).toEqual(['quizwire: warning: legacy.txt: not valid UTF-8, read as Windows-1252; save it as UTF-8 to be sure']);
    expect(JSON.parse(r.stdout).articles).toHaveLength(1);
  });

  it('UTF-16 without a BOM is read with a warning', () => {
    const r = run(['facts', write('wide.txt', Buffer.from(english, 'utf16le'))], dir);
    expect(r.status, r.stderr).toBe(0);
    expect(warnings(r)[0]).toMatch(/wide\.txt: no byte-order mark, read as UTF-16LE/);
    const table = JSON.parse(r.stdout);
    for (const f of table.facts) expect(english.slice(f.span.start, f.span.end)).toBe(f.text);
  });

  it('a non-English article gives a warning, --quiet silences it', () => {
    const french =
      'Le gouvernement a annoncé lundi une nouvelle série de mesures pour soutenir les entreprises touchées par la crise. Selon le ministre, ces aides seront versées dès le mois prochain aux commerçants et aux artisans.';
    const name = write('fr.txt', french);
    const r = run(['facts', name], dir);
    expect(r.status).toBe(0);
    expect(warnings(r)).toHaveLength(1);
    expect(warnings(r)[0]).toMatch(/fr\.txt: does not look like English/);
    const quiet = run(['facts', name, '--quiet'], dir);
    expect(quiet.status).toBe(0);
    expect(quiet.stderr).toBe('');
  });

  it.each([
    ['quiz', ['--out', 'o-quiz']],
    ['brief', ['--out', 'o-brief.pdf']],
    ['all', ['--out', 'o-all']],
    ['class', ['--out', 'o-class', '--students', '2']],
  ])('%s warns about an input file as facts does, and --quiet silences it', (command, extra) => {
    const french =
      'Le conseil municipal a voté mardi un budget de trois millions pour rénover les écoles de la ville. Selon le maire, les travaux commenceront au printemps prochain.';
    mkdirSync(at(`warn-${command}`));
    writeFileSync(at(`warn-${command}`, 'fr.txt'), french);
    writeFileSync(at(`warn-${command}`, 'en.txt'), english);
    const r = run([command, `warn-${command}`, ...extra], dir);
    expect(r.status, r.stderr).toBe(0);
    expect(warnings(r)).toHaveLength(1);
    expect(warnings(r)[0]).toMatch(/fr\.txt: does not look like English/);
    const quiet = run([command, `warn-${command}`, ...extra, '--quiet'], dir);
    expect(quiet.status, quiet.stderr).toBe(0);
    expect(quiet.stderr).toBe('');
  });

  it('front matter with a bad date gives a warning and the article is still read', () => {
    const r = run(['facts', write('fm.md', `---\ntitle: Budget\npublished: 31/31/2024\n---\n${english}\n`)], dir);
    expect(r.status).toBe(0);
    expect(warnings(r)).toEqual(["quizwire: warning: fm.md: front matter 'published: 31/31/2024' is not a YYYY-MM-DD date; ignored it"]);
    expect(JSON.parse(r.stdout).articles[0]).toMatchObject({ title: 'Budget', publishedFrom: 'unknown' });
  });

  it.each([
    ['deeply nested HTML', 'deep.html', `<html><body>${'<div>'.repeat(3000)}<p>${english}</p>${'</div>'.repeat(3000)}</body></html>`],
    ['HTML with script and style', 'script.html', `<html><head><style>body{}</style><script>var x = "<p>fake</p>";</script></head><body><article><p>${english}</p></article><script>track("said 99");</script></body></html>`],
    ['an article with no quotes, numbers or dates', 'plain.txt', noFacts],
    ['unbalanced quote marks', 'quotes.txt', `“He said “no. "Then ” it ended. ‘Odd’’ quotes “ everywhere.\n\n“${english}`],
  ])('%s works and every fact maps back to the file', (_what, name, data) => {
    write(name, data);
    const r = run(['facts', name], dir);
    expect(r.status, r.stderr).toBe(0);
    const table = JSON.parse(r.stdout);
    expect(table.articles).toHaveLength(1);
    const raw = readFileSync(at(name), 'utf8');
    for (const f of table.facts) expect(raw.slice(f.span.start, f.span.end)).toBe(f.text);
    // Script and style content never becomes a fact.
    const factTexts = table.facts.map((f: { text: string }) => f.text).join('\n');
    expect(factTexts).not.toContain('fake');
    expect(factTexts).not.toContain('99');
  });

  it('a folder with a bad file skips it with a warning', () => {
    mkdirSync(at('mixed'));
    writeFileSync(at('mixed', 'good.txt'), english);
    writeFileSync(at('mixed', 'empty.txt'), '');
    const r = run(['facts', 'mixed'], dir);
    expect(r.status, r.stderr).toBe(0);
    expect(warnings(r)).toEqual(['quizwire: warning: skipped mixed/empty.txt: the file is empty; give an article with some text.']);
    expect(JSON.parse(r.stdout).articles.map((a: { id: string }) => a.id)).toEqual(['good']);
  });

  describe('--out', () => {
    it('an unwritable --out is an error and leaves nothing behind', () => {
      const input = write('in.txt', english);
      write('a-file', 'x');
      expectUserError(run(['facts', input, '--out', 'a-file/facts.json'], dir), /a-file: cannot create the output folder/);
      mkdirSync(at('outdir'));
      expectUserError(run(['facts', input, '--out', 'outdir'], dir), 'outdir: is a folder');
      expect(readdirSync(at('outdir'))).toEqual([]);
    });

    it('refuses to overwrite an input and leaves it untouched', () => {
      const input = write('keep.txt', english);
      const before = statSync(at(input)).mtimeMs;
      expectUserError(run(['facts', input, '--out', input], dir), 'keep.txt: is one of the input articles');
      expect(readFileSync(at(input), 'utf8')).toBe(english);
      expect(statSync(at(input)).mtimeMs).toBe(before);
    });

    it('quiz and all refuse to overwrite an article named like one of their outputs', () => {
      mkdirSync(at('shared'));
      writeFileSync(at('shared', 'quiz.md'), english);
      writeFileSync(at('shared', 'story.txt'), english);
      expectUserError(run(['quiz', 'shared/quiz.md', 'shared/story.txt', '--out', 'shared', '--format', 'md'], dir), 'quiz.md: is one of the input articles');
      expectUserError(run(['all', 'shared/quiz.md', 'shared/story.txt', '--out', 'shared'], dir), 'quiz.md: is one of the input articles');
      expect(readFileSync(at('shared', 'quiz.md'), 'utf8')).toBe(english);
      expect(readdirSync(at('shared')).sort()).toEqual(['quiz.md', 'story.txt']);
    });

    it('a run into a folder inside its input folder does not read its own outputs next time', () => {
      mkdirSync(at('class-folder'));
      writeFileSync(at('class-folder', 'story.txt'), english);
      for (let i = 0; i < 2; i++) {
        const r = run(['all', 'class-folder', '--out', 'class-folder/out'], dir);
        expect(r.status, r.stderr).toBe(0);
        const table = JSON.parse(readFileSync(at('class-folder', 'out', 'facts.json'), 'utf8'));
        expect(table.articles.map((a: { id: string }) => a.id)).toEqual(['story']);
      }
    });

    it('writes the whole file and no temporary file', () => {
      mkdirSync(at('good-out'));
      const r = run(['facts', write('ok.txt', english), '--out', 'good-out/facts.json', '--format', 'md'], dir);
      expect(r.status, r.stderr).toBe(0);
      expect(readdirSync(at('good-out'))).toEqual(['facts.json']);
    });
  });

  it('5,000 articles: all read, no progress line when stderr is not a terminal', () => {
    mkdirSync(at('many'));
    for (let i = 0; i < 5000; i++) writeFileSync(at('many', `a${String(i).padStart(4, '0')}.txt`), `Story ${i}\n\n${english}\n`);
    const r = run(['facts', 'many', '--format', 'csv', '--out', 'many.csv'], dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const jsonRun = run(['facts', 'many'], dir);
    expect(JSON.parse(jsonRun.stdout).articles).toHaveLength(5000);
  });
});
