/** Zero-width spaces and joiners, word joiners, soft hyphens and byte-order marks: invisible in the file, noise on a sheet. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** Text for a reader: the file's invisible characters left out (facts keep the exact span). */
export function withoutInvisibles(s: string): string {
  return s.replace(INVISIBLE, '');
}
