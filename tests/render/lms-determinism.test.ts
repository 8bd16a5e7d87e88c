import { describe, expect, it } from 'vitest';
import { deterministicZip } from '../../src/render/lms/zip.js';
import { classSet } from '../fixtures/lms/quizzes.js';
import { asBytes, renderFormat } from '../fixtures/lms/inspect.js';

const formats = ['gift', 'moodle', 'qti', 'qti12', 'anki', 'html'];

async function bytesOf(format: string, set = classSet()) {
  return (await renderFormat(format, set)).map((f) => ({ path: f.path, data: Buffer.from(asBytes(f)).toString('base64') }));
}

describe('deterministic exports', () => {
  it.each(formats)('%s: same quiz twice gives the same bytes; another quiz gives others', async (format) => {
    const first = await bytesOf(format);
    expect(await bytesOf(format)).toEqual(first);
    const other = classSet();
    other.quizzes[0].questions[0] = { ...other.quizzes[0].questions[0], stem: 'Another stem?' };
    expect(await bytesOf(format, other)).not.toEqual(first);
  });

  it('writes zip entries with a fixed time, the same in every time zone', () => {
    const saved = process.env.TZ;
    const offsets: number[] = [];
    const zipIn = (tz: string) => {
      process.env.TZ = tz;
      offsets.push(new Date(2000, 0, 1).getTimezoneOffset());
      return Buffer.from(deterministicZip([{ path: 'a.txt', data: 'x' }])).toString('base64');
    };
    try {
      expect(zipIn('Pacific/Kiritimati')).toBe(zipIn('America/Los_Angeles'));
      expect(offsets[0]).not.toBe(offsets[1]); // the time zone really changed
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
