import { z } from 'zod';
import { credibilitySchema, entityIdSchema, partialDateSchema, readableText, reliabilitySchema, shortTextSchema, webUrlSchema } from './common';

export const sourceSchema = z.object({
  id: entityIdSchema,
  title: shortTextSchema,
  url: webUrlSchema.nullable(),
  publisher: z.string().trim().max(300).superRefine(readableText).nullable(),
  publishedAt: partialDateSchema.nullable(),
  /** ISO 639-1 code of the source's language, e.g. `fr`. */
  language: z.string().regex(/^[a-z]{2,3}$/, 'A language code such as fr or en'),
  /** Where in the publication the piece appeared, when the source says so. */
  section: z.string().trim().max(300).superRefine(readableText).nullable(),
  reliability: reliabilitySchema,
});
export type Source = z.infer<typeof sourceSchema>;

/** The exact words of a source that back a claim, and how credible that piece of information is. */
export const citationSchema = z.object({
  sourceId: entityIdSchema,
  quote: z.string().trim().min(1, 'A quote is required').max(5000, 'At most 5,000 characters'),
  credibility: credibilitySchema,
});
export type Citation = z.infer<typeof citationSchema>;
