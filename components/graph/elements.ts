import type { ElementDefinition } from 'cytoscape';
import type { GraphData } from '@/lib/graph';
import { MEETING_KIND_LABELS } from '@/lib/schemas/meeting';

/** Element ids by what they are, so that an actor, a tie and a meeting never share one. */
export const elementId = {
  actor: (id: string) => `actor:${id}`,
  tie: (id: string) => `tie:${id}`,
  meeting: (id: string) => `meeting:${id}`,
  participation: (meetingId: string, actorId: string) => `participation:${meetingId}:${actorId}`,
};

/**
 * The Cytoscape elements of a view: actors and meetings as nodes; ties as edges from subject to object;
 * each meeting linked to its participants by an edge labelled with the role.
 */
export function toElements(graph: GraphData): ElementDefinition[] {
  const actorIds = new Set(graph.actors.map((actor) => actor.id));
  const elements: ElementDefinition[] = [];
  for (const actor of graph.actors) {
    elements.push({ group: 'nodes', data: { id: elementId.actor(actor.id), label: actor.name, kind: actor.kind, element: 'actor' } });
  }
  for (const tie of graph.ties) {
    if (!actorIds.has(tie.subjectId) || !actorIds.has(tie.objectId)) continue;
    elements.push({
      group: 'edges',
      data: {
        id: elementId.tie(tie.id),
        source: elementId.actor(tie.subjectId),
        target: elementId.actor(tie.objectId),
        label: tie.type,
        family: tie.family,
        element: 'tie',
      },
    });
  }
  for (const meeting of graph.meetings) {
    const present = meeting.participants.filter((participant) => actorIds.has(participant.actorId));
    if (present.length === 0) continue;
    elements.push({
      group: 'nodes',
      data: {
        id: elementId.meeting(meeting.id),
        label: meeting.title,
        kind: MEETING_KIND_LABELS[meeting.kind],
        element: 'meeting',
      },
    });
    for (const participant of present) {
      elements.push({
        group: 'edges',
        data: {
          id: elementId.participation(meeting.id, participant.actorId),
          source: elementId.meeting(meeting.id),
          target: elementId.actor(participant.actorId),
          label: participant.role,
          element: 'participation',
        },
      });
    }
  }
  return elements;
}
