import { z } from 'zod';
import { TIE_TYPE_NAMES } from '../taxonomy';
import { claimCitationsSchema, recordedCitationsSchema } from './citation';
import { changesSchema, entityIdSchema, longTextSchema, nullableDateSchema } from './common';
import { rangeInOrder } from './date-range';

export const CONFIDENCE_LEVELS = ['low', 'moderate', 'high'] as const;
const confidenceSchema = z.enum(CONFIDENCE_LEVELS);
export type Confidence = z.infer<typeof confidenceSchema>;

export const tieTypeSchema = z.enum(TIE_TYPE_NAMES);

/** A claim that the subject stands in a typed, directed tie to the object: its own fields, whichever way they come in. */
const tieFields = z.strictObject({
  type: tieTypeSchema,
  subjectId: entityIdSchema,
  objectId: entityIdSchema,
  since: nullableDateSchema,
  until: nullableDateSchema,
  confidence: confidenceSchema,
  summary: longTextSchema,
});

const withDefaults = {
  since: tieFields.shape.since.default(null),
  until: tieFields.shape.until.default(null),
  summary: tieFields.shape.summary.default(''),
};

function tieRules(tie: { subjectId: string; objectId: string; since: string | null; until: string | null }, context: z.RefinementCtx) {
  if (tie.subjectId === tie.objectId) {
    context.addIssue({ code: 'custom', message: 'A tie links two different actors', path: ['objectId'], input: tie });
  }
  rangeInOrder('since', 'until')(tie, context);
}

/** `POST /api/ties`, backed by at least one citation. */
export const tieInputSchema = tieFields.extend({ ...withDefaults, citations: claimCitationsSchema }).superRefine(tieRules);
export type TieInput = z.infer<typeof tieInputSchema>;

/** The two ends stay: a new pair is a new claim. */
export const tieUpdateSchema = changesSchema(tieFields.omit({ subjectId: true, objectId: true }));

/** A tie with its id, as a Parley export and the demo data hold it. */
export const tieSchema = z
  .object({ id: entityIdSchema, ...tieFields.shape, ...withDefaults, citations: recordedCitationsSchema })
  .superRefine(tieRules);
export type Tie = z.infer<typeof tieSchema>;
