import { z } from 'zod';
import { actorKindSchema } from './actor';
import {
  credibilitySchema,
  entityIdSchema,
  longTextSchema,
  partialDateSchema,
  readableText,
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

// Fields are defined without defaults and the create schemas add them: an update's `.partial()` must leave a
// field that was not sent alone, not reset it to its default.
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max.toLocaleString('en')} characters`)
    .superRefine(readableText)
    .transform((text) => text || null)
    .nullable();

const optionalDate = partialDateSchema.nullable();
/** An empty form field means "none". */
const emptyAsNull = z.literal('').transform(() => null);

const actorFields = {
  name: shortTextSchema,
  kind: actorKindSchema,
  aliases: z
    .array(shortTextSchema)
    .max(100, 'At most 100 aliases')
    .transform((aliases) => [...new Set(aliases)]),
  description: longTextSchema,
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, 'An ISO 3166 alpha-3 code such as TUR')
    .nullable()
    .or(emptyAsNull),
  wikidataId: z
    .string()
    .trim()
    .regex(/^Q\d+$/, 'A Wikidata id such as Q43')
    .nullable()
    .or(emptyAsNull),
};

export const actorInputSchema = z.strictObject({
  ...actorFields,
  aliases: actorFields.aliases.default([]),
  description: actorFields.description.default(''),
  country: actorFields.country.default(null),
  wikidataId: actorFields.wikidataId.default(null),
});
export type ActorInput = z.infer<typeof actorInputSchema>;

const sourceFields = {
  title: shortTextSchema,
  url: webUrlSchema.nullable().or(emptyAsNull),
  publisher: optionalText(300),
  publishedAt: optionalDate.or(emptyAsNull),
  language: z.string().trim().toLowerCase().regex(/^[a-z]{2,3}$/, 'A language code such as fr or en'),
  section: optionalText(300),
  reliability: reliabilitySchema,
};

export const sourceInputSchema = z.strictObject({
  ...sourceFields,
  url: sourceFields.url.default(null),
  publisher: sourceFields.publisher.default(null),
  publishedAt: sourceFields.publishedAt.default(null),
  section: sourceFields.section.default(null),
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
    since: optionalDate.default(null),
    until: optionalDate.default(null),
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
    date: optionalDate.default(null),
    location: optionalText(300).default(null),
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

export const actorUpdateSchema = z.strictObject({ version: versionSchema, changes: z.strictObject(actorFields).partial() });
export const sourceUpdateSchema = z.strictObject({ version: versionSchema, changes: z.strictObject(sourceFields).partial() });
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
