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

/** C0 and C1 controls (tabs, line breaks, NUL, ESC…) and the Unicode line and paragraph separators. */
const CONTROL_CHARACTER = /[\p{Cc}\u2028\u2029]/u;
/**
 * Explicit direction overrides, embeddings and isolates: they reorder what follows them ("gpj.exe" shown as
 * "exe.jpg"). Arabic and Hebrew need none of them to run right to left; the marks U+200E, U+200F and U+061C stay.
 */
const DIRECTION_CONTROL = /[\u202a-\u202e\u2066-\u2069]/u;
/**
 * A character that draws something: a letter, digit, punctuation or symbol (emoji included), but not the Hangul
 * and Braille blanks, which are letters or symbols that show nothing. Zero-width characters (U+200B, U+2060,
 * U+FEFF, U+180E, ZWJ, ZWNJ), combining marks and spaces are not visible on their own, but are kept inside a name.
 */
const VISIBLE_CHARACTER = /(?![\u115f\u1160\u3164\uffa0\u2800])[\p{L}\p{N}\p{P}\p{S}]/u;

function codePointOf(text: string, pattern: RegExp): string {
  const found = text.match(pattern)![0];
  return `U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Why a name, title or label typed by a person cannot be stored as it is, or null when it can: it must not hide
 * control characters or reorder the text around it, and must show at least one character. Real scripts, right to
 * left included, with their combining marks and joiners, pass.
 */
export function unreadableTextProblem(text: string): string | null {
  if (CONTROL_CHARACTER.test(text)) return `No control characters such as tabs or line breaks (found ${codePointOf(text, CONTROL_CHARACTER)})`;
  if (DIRECTION_CONTROL.test(text)) {
    return `No text-direction overrides, embeddings or isolates (found ${codePointOf(text, DIRECTION_CONTROL)}); right-to-left scripts need none`;
  }
  if (text !== '' && !VISIBLE_CHARACTER.test(text)) return 'At least one visible character: this has only invisible ones';
  return null;
}

/**
 * The refinement every human-entered name, title and label field applies (`.superRefine(readableText)`), so that
 * the rule is written once; an empty text is left to the field's own `Required` or null.
 */
export function readableText(text: string, context: z.RefinementCtx<string>): void {
  const problem = unreadableTextProblem(text);
  if (problem) context.addIssue({ code: 'custom', message: problem, input: text });
}

/** A name, title or label typed by a person. */
const nameText = z.string().trim().max(300, 'At most 300 characters').superRefine(readableText);
export const shortTextSchema = nameText.min(1, 'Required');
export const longTextSchema = z.string().trim().max(5000, 'At most 5,000 characters');

/** An empty form field means "none". */
export const emptyAsNull = z.literal('').transform(() => null);

/** A name-like text that may be left out (a publisher, a place): an empty one is stored as none. */
export const optionalTextSchema = nameText.transform((text) => text || null).nullable();

export const nullableDateSchema = partialDateSchema.nullable();

/**
 * A change to a record: some of its fields, and the version it was made on, so that a save over someone else's
 * newer save is refused. Fields carry no defaults (the create schemas add them), so a field not sent stays as it is.
 */
export function changesSchema<Shape extends z.ZodRawShape>(fields: z.ZodObject<Shape, z.core.$strict>) {
  return z.strictObject({ version: z.number().int().min(1), changes: fields.partial() });
}
