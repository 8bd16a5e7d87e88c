/** A calendar date as YYYY-MM-DD. Plain code (no zod) so that ingest can check dates without loading the schemas. */
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** YYYY-MM-DD and a real day of the calendar. */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE_PATTERN.test(value)) return false;
  // Date.parse accepts "2026-02-31" (and rolls it over), so compare the day it lands on.
  const ms = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === value;
}
