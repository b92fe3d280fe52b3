import { z } from 'zod';
import { RELATION_TYPE_NAMES } from '../taxonomy';
import { claimCitationsSchema, recordedCitationsSchema } from './citation';
import { changesSchema, entityIdSchema, longTextSchema, nullableDateSchema } from './common';
import { rangeInOrder } from './date-range';

export const CONFIDENCE_LEVELS = ['low', 'moderate', 'high'] as const;
const confidenceSchema = z.enum(CONFIDENCE_LEVELS);
export type Confidence = z.infer<typeof confidenceSchema>;

export const relationTypeSchema = z.enum(RELATION_TYPE_NAMES);

/** A claim that the subject stands in a typed, directed tie to the object: its own fields, whichever way they come in. */
const relationFields = z.strictObject({
  type: relationTypeSchema,
  subjectId: entityIdSchema,
  objectId: entityIdSchema,
  since: nullableDateSchema,
  until: nullableDateSchema,
  confidence: confidenceSchema,
  summary: longTextSchema,
});

const withDefaults = {
  since: relationFields.shape.since.default(null),
  until: relationFields.shape.until.default(null),
  summary: relationFields.shape.summary.default(''),
};

function tieRules(relation: { subjectId: string; objectId: string; since: string | null; until: string | null }, context: z.RefinementCtx) {
  if (relation.subjectId === relation.objectId) {
    context.addIssue({ code: 'custom', message: 'A tie links two different actors', path: ['objectId'], input: relation });
  }
  rangeInOrder('since', 'until')(relation, context);
}

/** `POST /api/relations`, backed by at least one citation. */
export const relationInputSchema = relationFields.extend({ ...withDefaults, citations: claimCitationsSchema }).superRefine(tieRules);
export type RelationInput = z.infer<typeof relationInputSchema>;

/** The two ends stay: a new pair is a new claim. */
export const relationUpdateSchema = changesSchema(relationFields.omit({ subjectId: true, objectId: true }));

/** A tie with its id, as a Parley export and the demo data hold it. */
export const relationSchema = z
  .object({ id: entityIdSchema, ...relationFields.shape, ...withDefaults, citations: recordedCitationsSchema })
  .superRefine(tieRules);
export type Relation = z.infer<typeof relationSchema>;
