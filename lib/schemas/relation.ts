import { z } from 'zod';
import { RELATION_TYPE_NAMES } from '../taxonomy';
import { entityIdSchema, longTextSchema, partialDateSchema } from './common';
import { citationSchema } from './source';

export const CONFIDENCE_LEVELS = ['low', 'moderate', 'high'] as const;
export const confidenceSchema = z.enum(CONFIDENCE_LEVELS);
export type Confidence = z.infer<typeof confidenceSchema>;

export const relationTypeSchema = z.enum(RELATION_TYPE_NAMES);

/** A claim that the subject stands in a typed, directed tie to the object, backed by at least one citation. */
export const relationSchema = z
  .object({
    id: entityIdSchema,
    type: relationTypeSchema,
    subjectId: entityIdSchema,
    objectId: entityIdSchema,
    since: partialDateSchema.nullable(),
    until: partialDateSchema.nullable(),
    confidence: confidenceSchema,
    summary: longTextSchema,
    citations: z.array(citationSchema).min(1, 'At least one citation'),
  })
  .refine((relation) => relation.subjectId !== relation.objectId, {
    message: 'A tie links two different actors',
    path: ['objectId'],
  })
  .refine((relation) => !relation.since || !relation.until || relation.since <= relation.until, {
    message: 'Ends before it starts',
    path: ['until'],
  });
export type Relation = z.infer<typeof relationSchema>;
