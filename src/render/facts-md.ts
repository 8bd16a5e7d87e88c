import type { FactTable } from '../schema/index.js';
import { renderTemplate } from './templates.js';

/** A readable Markdown view of the fact table: people, quotes, numbers, dates. */
export function renderFactsMarkdown(table: FactTable): string {
  const entityName = new Map(table.entities.map((e) => [e.id, e.name]));
  const title = new Map(table.articles.map((a) => [a.id, a.title ?? a.id]));
  const by = <K extends string>(kind: K) => table.facts.filter((f) => f.kind === kind);
  return renderTemplate('facts.md.njk', {
    table,
    entityName: Object.fromEntries(entityName),
    articleTitle: Object.fromEntries(title),
    quotes: by('quote'),
    numbers: by('number'),
    dates: by('date'),
    roles: by('role'),
  });
}
