import type { Diagnostic } from '../schema/index.js';

/**
 * Diagnostics the user should see on stderr: problems with the input itself. Removed boilerplate,
 * how an HTML page was read, and extractor notes stay in the fact table only.
 */
export const WARNING_RULES = new Set(['decode', 'front-matter', 'language', 'skipped']);

export function isWarning(d: Diagnostic): boolean {
  return WARNING_RULES.has(d.rule);
}

/** One line per warning, each prefixed so it is clearly not part of the output. */
export function formatWarnings(diagnostics: readonly Diagnostic[] | undefined): string {
  return (diagnostics ?? [])
    .filter(isWarning)
    .map((d) => `quizwire: warning: ${d.message.replace(/\s*[\r\n]+\s*/g, ' ')}\n`)
    .join('');
}
