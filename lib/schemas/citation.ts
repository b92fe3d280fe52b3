import { z } from 'zod';
import { credibilitySchema, entityIdSchema } from './common';
import { sourceInputSchema } from './source';

/** The exact words of a source that back a claim, and how credible that piece of information is. */
export const citationSchema = z.object({
  sourceId: entityIdSchema,
  quote: z.string().trim().min(1, 'A quote is required').max(5000, 'At most 5,000 characters'),
  credibility: credibilitySchema,
});
export type Citation = z.infer<typeof citationSchema>;

/** A citation names an existing source, or brings a new one to create in the same transaction. */
export const citationInputSchema = z.strictObject({
  source: z.union([z.strictObject({ id: entityIdSchema }), z.strictObject({ new: sourceInputSchema })]),
  ...citationSchema.omit({ sourceId: true }).shape,
});
export type CitationInput = z.infer<typeof citationInputSchema>;

const MAX_CITATIONS = 50;

/** The citations of a new claim: every claim is sourced. */
export const claimCitationsSchema = z
  .array(citationInputSchema)
  .min(1, 'At least one citation: every claim is sourced')
  .max(MAX_CITATIONS, `At most ${MAX_CITATIONS} citations`);

/** The citations of a recorded claim (an export's, which may give them in a table of their own). */
export const recordedCitationsSchema = z.array(citationSchema).max(MAX_CITATIONS, `At most ${MAX_CITATIONS} citations`).default([]);
