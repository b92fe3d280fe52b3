import { z } from 'zod';
import { claimCitationsSchema, recordedCitationsSchema } from './citation';
import { changesSchema, entityIdSchema, longTextSchema, nullableDateSchema, optionalTextSchema, shortTextSchema } from './common';

/** CAMEO-style consultation types (CAMEO 040–046); `consultation` is CAMEO 040, a meeting of no stated kind. */
export const MEETING_KINDS = ['consultation', 'phone_call', 'visit', 'hosted_visit', 'third_location', 'mediation', 'negotiation'] as const;
const meetingKindSchema = z.enum(MEETING_KINDS);
export type MeetingKind = z.infer<typeof meetingKindSchema>;
export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  consultation: 'Consultation',
  phone_call: 'Phone call',
  visit: 'Visit',
  hosted_visit: 'Hosted visit',
  third_location: 'Meeting at a third location',
  mediation: 'Mediation',
  negotiation: 'Negotiation round',
};

/** `participant` is for sources that name an actor at a meeting without saying in what capacity. */
export const PARTICIPANT_ROLES = ['host', 'mediator', 'party', 'observer', 'participant'] as const;
const participantRoleSchema = z.enum(PARTICIPANT_ROLES);
export type ParticipantRole = z.infer<typeof participantRoleSchema>;

export const participantInputSchema = z.strictObject({ actorId: entityIdSchema, role: participantRoleSchema });
type Participant = z.infer<typeof participantInputSchema>;
const participantsOf = (participant: z.ZodType<Participant>) =>
  z.array(participant).min(2, 'At least two participants').max(100, 'At most 100 participants');

/** A meeting's own fields, whichever way they come in. */
const meetingFields = z.strictObject({
  title: shortTextSchema,
  kind: meetingKindSchema,
  date: nullableDateSchema,
  location: optionalTextSchema,
  summary: longTextSchema,
  participants: participantsOf(participantInputSchema),
});

const withDefaults = {
  date: meetingFields.shape.date.default(null),
  location: meetingFields.shape.location.default(null),
  summary: meetingFields.shape.summary.default(''),
};

function eachParticipantOnce(meeting: { participants: Participant[] }, context: z.RefinementCtx) {
  if (new Set(meeting.participants.map((p) => p.actorId)).size !== meeting.participants.length) {
    context.addIssue({ code: 'custom', message: 'Each participant once', path: ['participants'], input: meeting });
  }
}

/** `POST /api/meetings`, backed by at least one citation. */
export const meetingInputSchema = meetingFields.extend({ ...withDefaults, citations: claimCitationsSchema }).superRefine(eachParticipantOnce);
export type MeetingInput = z.infer<typeof meetingInputSchema>;

export const meetingUpdateSchema = changesSchema(meetingFields);

/** A meeting with its id, as a Parley export and the demo data hold it. */
export const meetingSchema = z
  .object({
    id: entityIdSchema,
    ...meetingFields.shape,
    ...withDefaults,
    participants: participantsOf(z.object(participantInputSchema.shape)),
    citations: recordedCitationsSchema,
  })
  .superRefine(eachParticipantOnce);
export type Meeting = z.infer<typeof meetingSchema>;
