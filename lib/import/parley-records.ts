import { z } from 'zod';
import { actorKindSchema } from '../schemas/actor';
import {
  credibilitySchema,
  entityIdSchema,
  longTextSchema,
  partialDateSchema,
  readableText,
  reliabilitySchema,
  shortTextSchema,
  webUrlSchema,
} from '../schemas/common';
import { meetingKindSchema, participantRoleSchema } from '../schemas/meeting';
import { confidenceSchema, relationTypeSchema } from '../schemas/relation';
import { idKey, type ImportActor, type ImportMeeting, type ImportRelation, type ImportSource, type RowError } from './types';

/**
 * Records of a Parley export (JSON or CSV) as the import reads them: the fields the export writes, checked with
 * the rules of the authoring schemas. Fields the export adds for readers (a tie's family, citation counts, the
 * best reliability) are ignored; fields a file leaves out (the tables of older exports had no descriptions or
 * summaries) get their defaults.
 */

const nullableDate = partialDateSchema.nullable().default(null);

export const importedActorSchema = z.object({
  id: entityIdSchema,
  name: shortTextSchema,
  kind: actorKindSchema,
  aliases: z.array(shortTextSchema).max(100, 'At most 100 aliases').default([]),
  description: longTextSchema.default(''),
  country: z.string().regex(/^[A-Z]{3}$/, 'An ISO 3166 alpha-3 code such as TUR').nullable().default(null),
  wikidataId: z.string().regex(/^Q\d+$/, 'A Wikidata id such as Q43').nullable().default(null),
});

export const importedSourceSchema = z.object({
  id: entityIdSchema,
  title: shortTextSchema,
  url: webUrlSchema.nullable().default(null),
  publisher: z.string().trim().max(300).superRefine(readableText).nullable().default(null),
  publishedAt: nullableDate,
  language: z.string().trim().toLowerCase().regex(/^[a-z]{2,3}$/, 'A language code such as fr or en'),
  section: z.string().trim().max(300).superRefine(readableText).nullable().default(null),
  reliability: reliabilitySchema,
});

export const importedCitationSchema = z.object({
  sourceId: entityIdSchema,
  quote: z.string().trim().min(1, 'A quote is required').max(5000, 'At most 5,000 characters'),
  credibility: credibilitySchema,
});

export const importedTieSchema = z
  .object({
    id: entityIdSchema,
    type: relationTypeSchema,
    subjectId: entityIdSchema,
    objectId: entityIdSchema,
    since: nullableDate,
    until: nullableDate,
    confidence: confidenceSchema,
    summary: longTextSchema.default(''),
    citations: z.array(importedCitationSchema).max(50, 'At most 50 citations').default([]),
  })
  .refine((tie) => tie.subjectId !== tie.objectId, { message: 'A tie links two different actors', path: ['objectId'] })
  .refine((tie) => !tie.since || !tie.until || tie.since <= tie.until, { message: 'Ends before it starts', path: ['until'] });

export const importedMeetingSchema = z
  .object({
    id: entityIdSchema,
    title: shortTextSchema,
    kind: meetingKindSchema,
    date: nullableDate,
    location: z.string().trim().max(300).superRefine(readableText).nullable().default(null),
    summary: longTextSchema.default(''),
    participants: z
      .array(z.object({ actorId: entityIdSchema, role: participantRoleSchema }))
      .min(2, 'At least two participants')
      .max(100, 'At most 100 participants'),
    citations: z.array(importedCitationSchema).max(50, 'At most 50 citations').default([]),
  })
  .refine((meeting) => new Set(meeting.participants.map((p) => p.actorId)).size === meeting.participants.length, {
    message: 'Each participant once',
    path: ['participants'],
  });

/** Zod's issues as row errors, the field named under `prefix` (`ties.citations.0.quote`). */
export function rowErrors(line: number, prefix: string, error: z.ZodError): RowError[] {
  return error.issues.map((issue) => ({ line, field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'), message: issue.message }));
}

export function toImportActor(actor: z.infer<typeof importedActorSchema>, line: number): ImportActor {
  return { ...actor, key: idKey(actor.id), line };
}

export function toImportSource(source: z.infer<typeof importedSourceSchema>, line: number): ImportSource {
  return { ...source, key: idKey(source.id), line, importKey: null };
}

export function toImportRelation(tie: z.infer<typeof importedTieSchema>, line: number): ImportRelation {
  return {
    line,
    id: tie.id,
    importKey: null,
    type: tie.type,
    subjectKey: idKey(tie.subjectId),
    objectKey: idKey(tie.objectId),
    since: tie.since,
    until: tie.until,
    confidence: tie.confidence,
    summary: tie.summary,
    cameo: null,
    citations: tie.citations.map(({ sourceId, quote, credibility }) => ({ sourceKey: idKey(sourceId), quote, credibility })),
  };
}

export function toImportMeeting(meeting: z.infer<typeof importedMeetingSchema>, line: number): ImportMeeting {
  return {
    line,
    id: meeting.id,
    importKey: null,
    title: meeting.title,
    kind: meeting.kind,
    date: meeting.date,
    location: meeting.location,
    summary: meeting.summary,
    cameo: null,
    participants: meeting.participants.map(({ actorId, role }) => ({ actorKey: idKey(actorId), role })),
    citations: meeting.citations.map(({ sourceId, quote, credibility }) => ({ sourceKey: idKey(sourceId), quote, credibility })),
  };
}
