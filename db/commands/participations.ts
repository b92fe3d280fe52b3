import 'server-only';
import type { ManagedTransaction } from 'neo4j-driver';
import type { ActorDeletionPreview } from '../../lib/records';
import { describeTie, type TieType } from '../../lib/taxonomy';
import { recountDegrees } from './degrees';
import { lockNodes, readStoredRecords } from './records';
import { writeRevisions } from './record-writes';
import { bumpVersions } from './revisions';
import type { WriteContext } from './write';

/**
 * Deleting an actor takes its ties with it, and the meetings it leaves with fewer than two participants; from the
 * meetings that keep two or more others it only withdraws. A withdrawn participation is kept as
 * `(:Meeting)-[:FORMER_PARTICIPANT {role, deletionId}]->(:Actor)`, which no read follows, so that restoring the
 * actor (the same `deletionId`) puts it back. Both changes are an `update` revision of the meeting, and a new
 * version, so that an edit form opened on the meeting before cannot silently undo them.
 */

/** The smallest meeting there is: fewer live participants than this and a meeting has nothing left to say. */
const MIN_PARTICIPANTS = 2;

/**
 * What deleting the actor would delete and change, now. Inside a deletion, lock the actor's meetings first (see
 * `lockMeetingsOf`), so that no participant comes or goes between this reading and the deletion.
 */
export async function readDeletionConsequences(tx: ManagedTransaction, actorId: string): Promise<ActorDeletionPreview> {
  const result = await tx.run<{
    ties: { id: string; type: TieType; subject: string; object: string }[];
    meetings: { id: string; title: string; others: number }[];
  }>(
    `MATCH (a:Actor {id: $actorId})
     RETURN COLLECT { MATCH (a)<-[:SUBJECT|OBJECT]-(r:Tie) WHERE r.deletedAt IS NULL
                      // A clause of its own: within one pattern, the link to the actor could not be walked twice.
                      MATCH (s:Actor)<-[:SUBJECT]-(r)-[:OBJECT]->(o:Actor)
                      WITH DISTINCT r, s, o ORDER BY r.id
                      RETURN {id: r.id, type: r.type, subject: s.name, object: o.name} } AS ties,
            COLLECT { MATCH (a)<-[:PARTICIPANT]-(m:Meeting) WHERE m.deletedAt IS NULL
                      WITH DISTINCT m ORDER BY m.id
                      RETURN {id: m.id, title: m.title,
                              others: COUNT { (m)-[:PARTICIPANT]->(other:Actor) WHERE other.id <> $actorId AND other.deletedAt IS NULL }} } AS meetings`,
    { actorId },
  );
  const record = result.records[0];
  if (!record) return { ties: [], meetingsDeleted: [], meetingsLeft: [] };
  const { ties, meetings } = record.toObject();
  return {
    ties: ties.map(({ id, type, subject, object }) => ({ id, title: describeTie(subject, type, object) })),
    meetingsDeleted: meetings.filter((meeting) => meeting.others < MIN_PARTICIPANTS).map(({ id, title }) => ({ id, title })),
    meetingsLeft: meetings.filter((meeting) => meeting.others >= MIN_PARTICIPANTS).map(({ id, title }) => ({ id, title })),
  };
}

/** Takes the write lock on the live meetings the actor takes part in. */
export async function lockMeetingsOf(tx: ManagedTransaction, actorId: string): Promise<void> {
  const result = await tx.run<{ id: string }>(
    'MATCH (:Actor {id: $actorId})<-[:PARTICIPANT]-(m:Meeting) WHERE m.deletedAt IS NULL RETURN DISTINCT m.id AS id',
    { actorId },
  );
  await lockNodes(tx, 'Meeting', result.records.map((record) => record.get('id')));
}

/** Withdraws the actor from these meetings, as part of the deletion `deletionId`. */
export async function withdrawFromMeetings(context: WriteContext, actorId: string, meetingIds: string[], deletionId: string): Promise<void> {
  if (meetingIds.length === 0) return;
  await changeMeetings(context, meetingIds, () =>
    context.tx.run(
      `UNWIND $meetingIds AS meetingId
       MATCH (m:Meeting {id: meetingId})-[p:PARTICIPANT]->(a:Actor {id: $actorId})
       CREATE (m)-[:FORMER_PARTICIPANT {role: p.role, deletionId: $deletionId}]->(a)
       DELETE p`,
      { meetingIds, actorId, deletionId },
    ),
  );
  await recountDegrees(context.tx, [actorId]);
}

/** Puts back the participations the deletion `deletionId` withdrew (unless the actor was added to the meeting again since). */
export async function rejoinMeetings(context: WriteContext, deletionId: string): Promise<void> {
  const { tx } = context;
  const result = await tx.run<{ meetingId: string; actorId: string }>(
    'MATCH (m:Meeting)-[:FORMER_PARTICIPANT {deletionId: $deletionId}]->(a:Actor) RETURN DISTINCT m.id AS meetingId, a.id AS actorId',
    { deletionId },
  );
  if (result.records.length === 0) return;
  const meetingIds = [...new Set(result.records.map((record) => record.get('meetingId')))];
  await changeMeetings(context, meetingIds, () =>
    tx.run(
      `MATCH (m:Meeting)-[former:FORMER_PARTICIPANT {deletionId: $deletionId}]->(a:Actor)
       CALL (m, former, a) {
         WITH m, former, a WHERE NOT EXISTS { (m)-[:PARTICIPANT]->(a) }
         CREATE (m)-[:PARTICIPANT {role: former.role}]->(a)
       }
       DELETE former`,
      { deletionId },
    ),
  );
  await recountDegrees(tx, result.records.map((record) => record.get('actorId')));
}

/** Changes the participants of meetings in `change`, each then at a new version with an `update` revision. */
async function changeMeetings(context: WriteContext, meetingIds: string[], change: () => Promise<unknown>): Promise<void> {
  const { tx } = context;
  await lockNodes(tx, 'Meeting', meetingIds);
  const before = await readStoredRecords(tx, 'Meeting', meetingIds);
  await change();
  await bumpVersions(tx, 'Meeting', meetingIds, context);
  const after = await readStoredRecords(tx, 'Meeting', meetingIds);
  await writeRevisions(
    tx,
    'Meeting',
    meetingIds.map((id) => ({ id, action: 'update' as const, before: before.get(id)!.ownFields, after: after.get(id)!.ownFields })),
    context,
  );
}
