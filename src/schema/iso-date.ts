/** A calendar date as YYYY-MM-DD. Plain code (no zod) so that ingest can check dates without loading the schemas. */
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** YYYY-MM-DD and a real day of the calendar. */
export function isIsoDate(value: string): boolean {
  return ISO_DATE_PATTERN.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}
