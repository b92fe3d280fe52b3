import type { GraphActor, GraphMeeting, GraphTie } from './graph';
import type { ParticipantRole } from './schemas/meeting';
import { tieFamily, type TieType } from './taxonomy';

/**
 * Records of a view, as the graph queries answer them, for the tests of what is drawn from them. Each builder
 * fills what a test does not care about with a plausible value; the family always follows the type.
 */

export function graphActor(id: string, overrides: Partial<GraphActor> = {}): GraphActor {
  return { id, name: id.toUpperCase(), kind: 'state', aliases: [], ...overrides };
}

export function graphTie(
  id: string,
  { type = 'MEDIATES_FOR', ...overrides }: Partial<Omit<GraphTie, 'family'>> & { type?: TieType } = {},
): GraphTie {
  return {
    id,
    type,
    family: tieFamily(type),
    subjectId: 'qatar',
    objectId: 'hamas',
    since: null,
    until: null,
    confidence: 'high',
    citationCount: 1,
    bestReliability: 'B',
    cameoCode: null,
    ...overrides,
  };
}

export function graphMeeting(id: string, participants: string[], overrides: Partial<Omit<GraphMeeting, 'participants'>> & { role?: ParticipantRole } = {}): GraphMeeting {
  const { role = 'participant', ...rest } = overrides;
  return {
    id,
    title: 'Talks',
    kind: 'negotiation',
    date: null,
    participants: participants.map((actorId) => ({ actorId, role })),
    citationCount: 1,
    bestReliability: 'B',
    ...rest,
  };
}
