import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

const run = (...args: string[]) => spawnSync(process.execPath, ['bin/quizwire.js', ...args], { encoding: 'utf8' });

describe('quizwire CLI', () => {
  it('prints help', () => {
    const r = run('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('facts');
  });

  it("lists every registered output format and question kind in the quiz command's help", async () => {
    const { formatRenderers } = await import('../src/render/formats.js');
    const { questionKinds } = await import('../src/questions/registry.js');
    const help = run('quiz', '--help').stdout.replace(/\s+/g, '');
    for (const r of formatRenderers) expect(help).toMatch(new RegExp(`[(,:]${r.format}[,);]`));
    for (const k of questionKinds) expect(help).toMatch(new RegExp(`[(,]${k.kind}[,)]`));
  });

  it('writes the fact table as JSON that maps back to the files', async () => {
    const r = run('facts', 'seeds');
    expect(r.status).toBe(0);
    const table = JSON.parse(r.stdout);
    expect(table.schemaVersion).toBe(1);
    expect(table.articles).toHaveLength(5);
  });

  it('gives a one-line error and exit 2 for a missing path', () => {
    const r = run('facts', 'no/such/file.txt');
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('no/such/file.txt');
  });
});
