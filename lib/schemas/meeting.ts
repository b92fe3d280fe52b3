import { z } from 'zod';
import { entityIdSchema, longTextSchema, partialDateSchema, readableText, shortTextSchema } from './common';
import { citationSchema } from './source';

/** CAMEO-style consultation types (CAMEO 040–046); `consultation` is CAMEO 040, a meeting of no stated kind. */
export const MEETING_KINDS = ['consultation', 'phone_call', 'visit', 'hosted_visit', 'third_location', 'mediation', 'negotiation'] as const;
export const meetingKindSchema = z.enum(MEETING_KINDS);
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
export const participantRoleSchema = z.enum(PARTICIPANT_ROLES);
export type ParticipantRole = z.infer<typeof participantRoleSchema>;

export const meetingSchema = z
  .object({
    id: entityIdSchema,
    title: shortTextSchema,
    kind: meetingKindSchema,
    date: partialDateSchema.nullable(),
    location: z.string().trim().max(300).superRefine(readableText).nullable(),
    summary: longTextSchema,
    participants: z
      .array(z.object({ actorId: entityIdSchema, role: participantRoleSchema }))
      .min(2, 'At least two participants'),
    citations: z.array(citationSchema).min(1, 'At least one citation'),
  })
  .refine((meeting) => new Set(meeting.participants.map((p) => p.actorId)).size === meeting.participants.length, {
    message: 'Each participant once',
    path: ['participants'],
  });
export type Meeting = z.infer<typeof meetingSchema>;
