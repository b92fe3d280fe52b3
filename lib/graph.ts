import type { ActorKind } from './schemas/actor';
import type { Reliability } from './schemas/common';
import type { Confidence } from './schemas/relation';
import type { MeetingKind, ParticipantRole } from './schemas/meeting';
import type { RelationFamily, RelationType } from './taxonomy';

/** What the graph view draws: plain, serialisable objects (no driver types) shared by server and client. */
export interface GraphActor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
}

export interface GraphTie {
  id: string;
  type: RelationType;
  family: RelationFamily;
  subjectId: string;
  objectId: string;
  since: string | null;
  until: string | null;
  confidence: Confidence;
  citationCount: number;
  /** The best Admiralty grade among the sources cited, for the reliability filter. */
  bestReliability: Reliability | null;
}

export interface GraphMeeting {
  id: string;
  title: string;
  kind: MeetingKind;
  date: string | null;
  participants: { actorId: string; role: ParticipantRole }[];
  citationCount: number;
}

export interface GraphData {
  actors: GraphActor[];
  ties: GraphTie[];
  meetings: GraphMeeting[];
}

export interface ActorSearchHit {
  id: string;
  name: string;
  kind: ActorKind;
  /** The alias that matched, when the query matched an alias rather than the name. */
  matchedAlias: string | null;
  score: number;
}
