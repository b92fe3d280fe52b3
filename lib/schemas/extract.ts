import { z } from 'zod';
import { claimInputs, placeholderIds } from '../extract/acceptance';
import { ANALYST_TYPE_NAMES } from '../taxonomy';
import { actorInputSchema } from './actor';
import { citationInputSchema, citationSchema } from './citation';
import { entityIdSchema } from './common';
import { meetingInputSchema, participantInputSchema } from './meeting';
import { sourceInputSchema } from './source';
import { tieInputSchema } from './tie';

/** The most characters of a report one extraction reads: a long article, well under the 256 KB a request may hold. */
export const MAX_REPORT_CHARACTERS = 100_000;

const reportTextSchema = z
  .string()
  .max(MAX_REPORT_CHARACTERS, `At most ${MAX_REPORT_CHARACTERS.toLocaleString('en')} characters: paste the report in parts`)
  .refine((text) => /[\p{L}\p{N}]/u.test(text), 'Paste the text of a report');

/** `POST /api/extract`: the report, and its language when the analyst knows it (detected otherwise). */
export const extractRequestSchema = z.strictObject({
  text: reportTextSchema,
  language: sourceInputSchema.shape.language.nullable().default(null),
});
export type ExtractRequest = z.infer<typeof extractRequestSchema>;

/** An actor a claim names: a recorded one, or one of the request's new actors, by its key. */
const actorReferenceSchema = z.union([z.strictObject({ id: entityIdSchema }), z.strictObject({ new: z.string().min(1).max(200) })]);
export type ActorReferenceInput = z.infer<typeof actorReferenceSchema>;

/** How a claim quotes the report: the exact words, and how credible the analyst grades them. */
const quotedFields = { quote: citationSchema.shape.quote, credibility: citationSchema.shape.credibility };

const acceptedTieSchema = z.strictObject({
  kind: z.literal('tie'),
  type: z.enum(ANALYST_TYPE_NAMES),
  subject: actorReferenceSchema,
  object: actorReferenceSchema,
  since: tieInputSchema.shape.since,
  until: tieInputSchema.shape.until,
  confidence: tieInputSchema.shape.confidence,
  summary: tieInputSchema.shape.summary,
  ...quotedFields,
});

const acceptedMeetingSchema = z.strictObject({
  kind: z.literal('meeting'),
  meetingKind: meetingInputSchema.shape.kind,
  title: meetingInputSchema.shape.title,
  date: meetingInputSchema.shape.date,
  location: meetingInputSchema.shape.location,
  summary: meetingInputSchema.shape.summary,
  participants: z
    .array(z.strictObject({ actor: actorReferenceSchema, role: participantInputSchema.shape.role }))
    .min(2, 'At least two participants')
    .max(100, 'At most 100 participants'),
  ...quotedFields,
});

export const acceptedClaimSchema = z.discriminatedUnion('kind', [acceptedTieSchema, acceptedMeetingSchema]);
export type AcceptedClaim = z.infer<typeof acceptedClaimSchema>;

const newActorSchema = actorInputSchema.extend({ key: z.string().min(1).max(200) });

/**
 * `POST /api/extract/accept`: the claims the analyst accepted from a report, written together. The report comes
 * again so that each quote is checked against it here, whatever the page sent; each claim is checked with the
 * rules of its form (a tie's two ends differ, each participant once, dates in order).
 */
export const acceptExtractionSchema = z
  .strictObject({
    text: reportTextSchema,
    source: citationInputSchema.shape.source,
    newActors: z.array(newActorSchema).max(100, 'At most 100 new actors').default([]),
    claims: z.array(acceptedClaimSchema).min(1, 'Accept at least one claim').max(100, 'At most 100 claims at once'),
  })
  .superRefine((request, context) => {
    const keys = request.newActors.map((actor) => actor.key);
    request.newActors.forEach((actor, index) => {
      if (keys.indexOf(actor.key) !== index) context.addIssue({ code: 'custom', path: ['newActors', index, 'key'], message: 'Each new actor once', input: actor.key });
    });
    const used = new Set<string>();
    const unresolved = new Set<number>();
    request.claims.forEach((claim, index) => {
      if (!request.text.includes(claim.quote)) {
        context.addIssue({
          code: 'custom',
          path: ['claims', index, 'quote'],
          message: 'Not in the report word for word: a quote must be the exact words of the text',
          input: claim.quote,
        });
      }
      const references = claim.kind === 'tie' ? [claim.subject, claim.object] : claim.participants.map((participant) => participant.actor);
      for (const reference of references) {
        if (!('new' in reference)) continue;
        used.add(reference.new);
        if (!keys.includes(reference.new)) {
          unresolved.add(index);
          context.addIssue({ code: 'custom', path: ['claims', index], message: `No new actor with the key "${reference.new}"`, input: reference.new });
        }
      }
    });
    request.newActors.forEach((actor, index) => {
      if (!used.has(actor.key)) context.addIssue({ code: 'custom', path: ['newActors', index], message: 'Named by none of the claims', input: actor.key });
    });
    // Each claim as its form would send it, new actors standing in under ids no recorded actor of the request has.
    const ids = placeholderIds(request);
    claimInputs(request, ids, 'source').forEach((claim, index) => {
      if (unresolved.has(index)) return;
      const parsed = (claim.kind === 'tie' ? tieInputSchema : meetingInputSchema).safeParse(claim.input);
      for (const issue of parsed.success ? [] : parsed.error.issues) {
        context.addIssue({ code: 'custom', path: ['claims', index, ...claimField(claim.kind, issue.path)], message: issue.message, input: claim.input });
      }
    });
  });
export type AcceptExtractionRequest = z.infer<typeof acceptExtractionSchema>;

/** A form's field as the accepting request names it: `subjectId` is `subject`, `citations.0.quote` is `quote`. */
function claimField(kind: 'tie' | 'meeting', path: PropertyKey[]): PropertyKey[] {
  const [first, ...rest] = path;
  if (first === 'subjectId') return ['subject'];
  if (first === 'objectId') return ['object'];
  if (first === 'citations') return rest.slice(1);
  if (first === 'participants' && rest[1] === 'actorId') return ['participants', rest[0]!, 'actor'];
  if (kind === 'meeting' && first === 'kind') return ['meetingKind'];
  return path;
}
