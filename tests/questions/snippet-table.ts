import { FactTable, type Entity, type Fact } from '../../src/schema/index.js';

/**
 * Small hand-made fact tables over invented one-article texts. Spans are found by searching the
 * text, so they are exact; a fact's sentence runs from the previous ". " or line break to the next ". ".
 */
export const ARTICLE = 'a1';

export type Finder = (s: string, nth?: number) => Pick<Fact, 'id' | 'article' | 'span' | 'text' | 'sentence' | 'corroboratedBy' | 'extractor'>;
let counter = 0;

export function finder(text: string): Finder {
  return (s, nth = 0) => {
    let start = -1;
    for (let i = 0; i <= nth; i++) start = text.indexOf(s, start + 1);
    if (start < 0) throw new Error(`"${s}" not in text`);
    const end = start + s.length;
    const stop = text.lastIndexOf('. ', start);
    const from = Math.max(stop < 0 ? 0 : stop + 2, text.lastIndexOf('\n', start) + 1);
    const dot = text.indexOf('. ', end);
    const to = dot < 0 ? text.length : dot + 1;
    return { id: `f${++counter}`, article: ARTICLE, span: { start, end }, text: s, sentence: { start: from, end: to }, corroboratedBy: [], extractor: 'test' };
  };
}

export function tableOf(text: string, facts: Array<(find: Finder) => Fact>, entities: Entity[] = []) {
  const find = finder(text);
  return {
    table: FactTable.parse({
      schemaVersion: 1,
      articles: [{ id: ARTICLE, path: 'a1.txt', outlet: 'The Velden Herald', publishedFrom: 'metadata', published: '2024-05-10' }],
      entities,
      facts: facts.map((f) => f(find)),
    }),
    texts: { [ARTICLE]: text },
  };
}

export const quote = (find: string, entity: string, name: string, direct: boolean) => (f: Finder): Fact => ({ ...f(find), kind: 'quote', direct, cue: 'said', speaker: { entity, name, mention: null } });
