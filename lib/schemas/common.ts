import { z } from 'zod';

/** Stable, readable ids: `turkey`, `ibrahim-kalin`. Never reused, so they are safe to put in shared links. */
export const entityIdSchema = z
  .string()
  .min(1, 'Required')
  .max(120, 'At most 120 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Lower-case letters, digits and single dashes only');

/**
 * A date as precise as the source is: `2024`, `2024-07` or `2024-07-31`. The length says the precision,
 * and strings of this form sort in time order, which keeps range queries on plain string indexes.
 */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'A date as YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isCalendarDate, 'Not a calendar date');

/** Rejects days that do not exist, such as 2024-02-30. */
function isCalendarDate(value: string): boolean {
  if (value.length < 10) return true;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

export type PartialDate = z.infer<typeof partialDateSchema>;
export type DatePrecision = 'year' | 'month' | 'day';

export function datePrecision(date: PartialDate): DatePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** Admiralty (NATO STANAG 2511) grading of a source's reliability: A completely reliable … F cannot be judged. */
export const RELIABILITY_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export const reliabilitySchema = z.enum(RELIABILITY_GRADES);
export type Reliability = z.infer<typeof reliabilitySchema>;
export const RELIABILITY_LABELS: Record<Reliability, string> = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Reliability cannot be judged',
};

/** Admiralty grading of one piece of information: 1 confirmed … 6 truth cannot be judged. */
export const credibilitySchema = z.number().int().min(1, 'From 1 to 6').max(6, 'From 1 to 6');
export const CREDIBILITY_LABELS: Record<number, string> = {
  1: 'Confirmed by other sources',
  2: 'Probably true',
  3: 'Possibly true',
  4: 'Doubtful',
  5: 'Improbable',
  6: 'Truth cannot be judged',
};

/** Only web links: a stored `javascript:` or `data:` URL would run in a reader's browser. */
export const webUrlSchema = z
  .string()
  .max(2000, 'At most 2,000 characters')
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'An http:// or https:// address');

export const shortTextSchema = z.string().trim().min(1, 'Required').max(300, 'At most 300 characters');
export const longTextSchema = z.string().trim().max(5000, 'At most 5,000 characters');
