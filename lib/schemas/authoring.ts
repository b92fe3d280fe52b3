import { z } from 'zod';
import { actorKindSchema } from './actor';
import {
  credibilitySchema,
  entityIdSchema,
  longTextSchema,
  partialDateSchema,
  reliabilitySchema,
  shortTextSchema,
  webUrlSchema,
} from './common';
import { meetingKindSchema, participantRoleSchema } from './meeting';
import { confidenceSchema, relationTypeSchema } from './relation';

/**
 * What analysts send to create and change records: the one set of schemas that the forms check in the browser
 * and the API checks again on the server. Ids of new records are made by the server; unknown keys are refused,
 * so a typo in a field name is an error and not silently ignored.
 */

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max.toLocaleString('en')} characters`)
    .transform((text) => text || null)
    .nullable()
    .default(null);

const optionalDate = partialDateSchema.nullable().default(null);

export const actorInputSchema = z.strictObject({
  name: shortTextSchema,
  kind: actorKindSchema,
  aliases: z
    .array(shortTextSchema)
    .max(100, 'At most 100 aliases')
    .default([])
    .transform((aliases) => [...new Set(aliases)]),
  description: longTextSchema.default(''),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, 'An ISO 3166 alpha-3 code such as TUR')
    .nullable()
    .default(null)
    .or(z.literal('').transform(() => null)),
  wikidataId: z
    .string()
    .trim()
    .regex(/^Q\d+$/, 'A Wikidata id such as Q43')
    .nullable()
    .default(null)
    .or(z.literal('').transform(() => null)),
});
export type ActorInput = z.infer<typeof actorInputSchema>;

export const sourceInputSchema = z.strictObject({
  title: shortTextSchema,
  url: webUrlSchema.nullable().default(null).or(z.literal('').transform(() => null)),
  publisher: optionalText(300),
  publishedAt: optionalDate.or(z.literal('').transform(() => null)),
  language: z.string().trim().toLowerCase().regex(/^[a-z]{2,3}$/, 'A language code such as fr or en'),
  section: optionalText(300),
  reliability: reliabilitySchema,
});
export type SourceInput = z.infer<typeof sourceInputSchema>;

/** A citation names an existing source, or brings a new one to create in the same transaction. */
export const citationInputSchema = z.strictObject({
  source: z.union([z.strictObject({ id: entityIdSchema }), z.strictObject({ new: sourceInputSchema })]),
  quote: z.string().trim().min(1, 'A quote is required').max(5000, 'At most 5,000 characters'),
  credibility: credibilitySchema,
});
export type CitationInput = z.infer<typeof citationInputSchema>;

const citationsSchema = z.array(citationInputSchema).min(1, 'At least one citation: every claim is sourced').max(50, 'At most 50 citations');

export const relationInputSchema = z
  .strictObject({
    type: relationTypeSchema,
    subjectId: entityIdSchema,
    objectId: entityIdSchema,
    since: optionalDate,
    until: optionalDate,
    confidence: confidenceSchema,
    summary: longTextSchema.default(''),
    citations: citationsSchema,
  })
  .refine((relation) => relation.subjectId !== relation.objectId, { message: 'A tie links two different actors', path: ['objectId'] })
  .refine((relation) => !relation.since || !relation.until || relation.since <= relation.until, {
    message: 'Ends before it starts',
    path: ['until'],
  });
export type RelationInput = z.infer<typeof relationInputSchema>;

export const participantInputSchema = z.strictObject({ actorId: entityIdSchema, role: participantRoleSchema });

export const meetingInputSchema = z
  .strictObject({
    title: shortTextSchema,
    kind: meetingKindSchema,
    date: optionalDate,
    location: optionalText(300),
    summary: longTextSchema.default(''),
    participants: z.array(participantInputSchema).min(2, 'At least two participants').max(100, 'At most 100 participants'),
    citations: citationsSchema,
  })
  .refine((meeting) => new Set(meeting.participants.map((p) => p.actorId)).size === meeting.participants.length, {
    message: 'Each participant once',
    path: ['participants'],
  });
export type MeetingInput = z.infer<typeof meetingInputSchema>;

/** Every change names the version it was made on, so that a save over someone else's newer save is refused. */
export const versionSchema = z.number().int().min(1);

export const actorUpdateSchema = z.strictObject({ version: versionSchema, changes: actorInputSchema.partial() });
export const sourceUpdateSchema = z.strictObject({ version: versionSchema, changes: sourceInputSchema.partial() });
export const relationUpdateSchema = z.strictObject({
  version: versionSchema,
  changes: z
    .strictObject({
      type: relationTypeSchema,
      since: optionalDate,
      until: optionalDate,
      confidence: confidenceSchema,
      summary: longTextSchema,
    })
    .partial(),
});
export const meetingUpdateSchema = z.strictObject({
  version: versionSchema,
  changes: z
    .strictObject({
      title: shortTextSchema,
      kind: meetingKindSchema,
      date: optionalDate,
      location: optionalText(300),
      summary: longTextSchema,
      participants: z.array(participantInputSchema).min(2, 'At least two participants').max(100),
    })
    .partial(),
});

/** The analyst's name on revisions, until accounts exist. */
export const editorNameSchema = z.string().trim().min(1, 'Your name is needed for the history').max(80, 'At most 80 characters');
