import type { QuestionContext, Person } from '../context.js';
import { type Rng, shuffled } from '../random.js';
import { normalize } from '../text.js';

function surname(name: string): string {
  const words = normalize(name).split(' ');
  return words[words.length - 1] ?? '';
}

/** Same person under another spelling or a shortened name ("Rutte" for "Mark Rutte"). */
export function samePerson(a: Person, b: Person): boolean {
  if (a.key === b.key) return true;
  for (const n of a.names) if (b.names.has(n)) return true;
  return surname(a.name) === surname(b.name);
}

/**
 * Wrong people for a who-question: same kind (person / organization) and the same story first,
 * then people who speak or have a role (comparable standing), then the rest.
 */
export function peopleDistractors(ctx: QuestionContext, answer: Person, articleId: string, exclude: Set<string>, rng: Rng, count = 3): Person[] {
  // Someone the story quotes or gives a role: a name-like string alone is too often an extraction slip.
  const pool = shuffled(rng, ctx.people).filter((p) => (p.quotes > 0 || p.roles.length > 0) && !exclude.has(p.key) && !samePerson(p, answer));
  const standing = (p: Person) =>
    (p.kind === answer.kind ? 8 : 0) + (p.articles.includes(articleId) ? 4 : 0) + (p.quotes > 0 ? 2 : 0) + (p.roles.length > 0 ? 1 : 0);
  const ranked = pool.map((p, i) => ({ p, s: standing(p), i })).sort((a, b) => b.s - a.s || a.i - b.i);
  const picked: Person[] = [];
  for (const { p } of ranked) {
    if (picked.length === count) break;
    if (p.kind !== answer.kind && picked.length < count - 1) continue;
    if (picked.some((q) => samePerson(p, q))) continue;
    picked.push(p);
  }
  return picked.length === count ? picked : [];
}
