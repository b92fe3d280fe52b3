import 'server-only';
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import type { Principal } from '../../lib/auth/roles';
import type { MeetingRecord } from '../../lib/records';
import { requireRole } from '../accounts/authorize';
import type { MeetingInput, meetingUpdateSchema, participantInputSchema } from '../../lib/schemas/meeting';
import { slugify } from '../../lib/slug';
import type { IdempotencyRequest } from '../../lib/write-api';
import { citationReferences, writeCitations } from './citations';
import { actorsOfClaims, countNewClaims, recountDegrees } from './degrees';
import { requireReferences, type Reference } from './records';
import { changeRecord, createRecord, runChange, runWrite, setProperties, type WriteContext } from './write';

type ParticipantInput = z.infer<typeof participantInputSchema>;

function participantReferences(participants: ParticipantInput[], fieldPrefix: string): Reference[] {
  return participants.map((participant, index) => ({ field: `${fieldPrefix}${index}.actorId`, label: 'Actor', id: participant.actorId }));
}

async function writeParticipants(tx: ManagedTransaction, id: string, participants: ParticipantInput[]): Promise<void> {
  await tx.run(
    `MATCH (m:Meeting {id: $id})
     UNWIND $participants AS participant
     MATCH (actor:Actor {id: participant.actorId})
     CREATE (m)-[:PARTICIPANT {role: participant.role}]->(actor)`,
    { id, participants },
  );
}

/** Replaces a meeting's participants; those who left and those who came have their degrees recounted. */
async function replaceParticipants(tx: ManagedTransaction, id: string, participants: ParticipantInput[]): Promise<void> {
  const before = await actorsOfClaims(tx, 'Meeting', [id]);
  await tx.run('MATCH (:Meeting {id: $id})-[p:PARTICIPANT]->() DELETE p', { id });
  await writeParticipants(tx, id, participants);
  await recountDegrees(tx, [...before, ...participants.map((participant) => participant.actorId)]);
}

/** Creates a meeting inside a larger write: on its own (`POST /api/meetings`), or with the other claims of an extraction. */
export async function insertMeeting(context: WriteContext, input: MeetingInput): Promise<MeetingRecord> {
  const { participants, citations, ...properties } = input;
  await requireReferences(context.tx, [...participantReferences(participants, 'participants.'), ...citationReferences(citations, 'citations.')]);
  return createRecord(context, 'Meeting', { base: slugify(input.title) || 'meeting', properties }, async (id) => {
    await writeParticipants(context.tx, id, participants);
    await countNewClaims(context.tx, [participants.map((participant) => participant.actorId)]);
    await writeCitations(context, 'Meeting', id, citations);
  });
}

/** `POST /api/meetings`: the meeting, its participants and all its citations (new sources included) in one transaction. */
export async function createMeeting({
  input,
  principal,
  idempotency,
}: {
  input: MeetingInput;
  principal: Principal | null;
  idempotency: IdempotencyRequest | null;
}): Promise<{ body: MeetingRecord; replayed: boolean }> {
  return runWrite({ writer: requireRole(principal, 'editor'), idempotency, input }, (context) => insertMeeting(context, input));
}

/** `PATCH /api/meetings/:id`: its own fields, and its participants (the list sent replaces the one stored). */
export async function updateMeeting({
  id,
  version,
  changes,
  principal,
}: z.infer<typeof meetingUpdateSchema> & { id: string; principal: Principal | null }): Promise<MeetingRecord> {
  const { participants, ...properties } = changes;
  return runChange(requireRole(principal, 'editor'), (context) =>
    changeRecord(context, 'Meeting', { id, version, changes }, async () => {
      await setProperties(context.tx, 'Meeting', id, properties);
      if (!participants) return;
      await requireReferences(context.tx, participantReferences(participants, 'changes.participants.'));
      await replaceParticipants(context.tx, id, participants);
    }),
  );
}
