import { z } from 'zod';
import { changesSchema, emptyAsNull, entityIdSchema, optionalTextSchema, partialDateSchema, reliabilitySchema, shortTextSchema, webUrlSchema } from './common';

/** A source's own fields, whichever way they come in (see actor.ts). */
const sourceFields = z.strictObject({
  title: shortTextSchema,
  url: webUrlSchema.nullable().or(emptyAsNull),
  publisher: optionalTextSchema,
  publishedAt: partialDateSchema.nullable().or(emptyAsNull),
  /** ISO 639-1 code of the source's language, e.g. `fr`. */
  language: z.string().trim().toLowerCase().regex(/^[a-z]{2,3}$/, 'A language code such as fr or en'),
  /** Where in the publication the piece appeared, when the source says so. */
  section: optionalTextSchema,
  reliability: reliabilitySchema,
});

export const sourceInputSchema = sourceFields.extend({
  url: sourceFields.shape.url.default(null),
  publisher: sourceFields.shape.publisher.default(null),
  publishedAt: sourceFields.shape.publishedAt.default(null),
  section: sourceFields.shape.section.default(null),
});
export type SourceInput = z.infer<typeof sourceInputSchema>;

export const sourceUpdateSchema = changesSchema(sourceFields);

/** A source with its id: as an export, the demo data and the read API give it. */
export const sourceSchema = z.object({ id: entityIdSchema, ...sourceInputSchema.shape });
export type Source = z.infer<typeof sourceSchema>;
