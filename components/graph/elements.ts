import type { ElementDefinition } from 'cytoscape';
import type { ChangeMarks } from '@/lib/changes';
import { elementRef, participationId } from '@/lib/element-refs';
import { describeLine, type FoldedGraph } from '@/lib/fold';
import { MEETING_KIND_LABELS } from '@/lib/schemas/meeting';
import { NO_APPEARANCE, type ActorAppearance } from './appearance';
import { ACTOR_KIND_STYLE } from './visual-style';

/** A line's width grows with the log of its claims: 1 claim 1.5 px, 8 claims 5 px, 64 claims 8.7 px, at most 9. */
export function lineWidth(count: number): number {
  return Math.min(9, 1.5 + 1.2 * Math.log2(count));
}

/**
 * An actor's size grows with its share of the view's highest value — its lines, or the measure chosen: hubs stand
 * out before any label is read.
 */
function actorSize(value: number, highest: number): number {
  return Math.round(20 + 22 * Math.sqrt(highest > 0 ? value / highest : 0));
}

/**
 * The Cytoscape elements of a folded view (lib/fold.ts): actors and meetings of three or more as nodes; lines
 * from source to target, as wide as they hold claims; each meeting node linked to its participants in view.
 * Actors carry their importance rank in the view (0 the most connected, or the highest by the measure that sizes
 * them), which decides whose labels show first, and their fill: their kind's colour unless `appearance` sets one;
 * elements that changed since the view's "changes since" moment carry `change` (added or edited).
 */
export function toElements(
  graph: Pick<FoldedGraph, 'actors' | 'lines' | 'meetings'>,
  appearance: ActorAppearance = NO_APPEARANCE,
  changes: ChangeMarks | null = null,
): ElementDefinition[] {
  // Null rather than absent: the canvas patches data onto elements it keeps, so a mark taken away must be overwritten.
  const changeOf = (id: string) => ({ change: changes?.[id] ?? null });
  const actorIds = new Set(graph.actors.map((actor) => actor.id));
  const claimsOf = new Map<string, number>();
  const addClaims = (id: string, count: number) => claimsOf.set(id, (claimsOf.get(id) ?? 0) + count);
  for (const line of graph.lines) {
    addClaims(line.sourceId, line.count);
    addClaims(line.targetId, line.count);
  }
  for (const meeting of graph.meetings) for (const participant of meeting.participants) addClaims(participant.actorId, 1);
  const { sizeBy, fill } = appearance;
  const sizeOf = (actor: FoldedGraph['actors'][number]) => (sizeBy ? (sizeBy.get(actor.id) ?? 0) : actor.degree);
  const ranked = [...graph.actors].sort(
    (a, b) => sizeOf(b) - sizeOf(a) || b.degree - a.degree || (claimsOf.get(b.id) ?? 0) - (claimsOf.get(a.id) ?? 0) || (a.name < b.name ? -1 : 1),
  );
  const rank = new Map(ranked.map((actor, index) => [actor.id, index]));

  const highest = graph.actors.reduce((max, actor) => Math.max(max, sizeOf(actor)), 0);
  const elements: ElementDefinition[] = [];
  for (const actor of graph.actors) {
    const size = actorSize(sizeOf(actor), highest);
    elements.push({
      group: 'nodes',
      data: {
        id: elementRef.actor(actor.id),
        label: actor.name,
        kind: actor.kind,
        element: 'actor',
        rank: rank.get(actor.id),
        degree: actor.degree,
        claims: claimsOf.get(actor.id) ?? 0,
        size,
        fill: fill?.get(actor.id) ?? ACTOR_KIND_STYLE[actor.kind].color,
        ...changeOf(elementRef.actor(actor.id)),
      },
    });
  }
  for (const line of graph.lines) {
    if (!actorIds.has(line.sourceId) || !actorIds.has(line.targetId)) continue;
    elements.push({
      group: 'edges',
      data: {
        id: line.id,
        source: elementRef.actor(line.sourceId),
        target: elementRef.actor(line.targetId),
        label: describeLine(line),
        type: line.type,
        family: line.family ?? 'meeting',
        element: line.kind === 'met' ? 'met' : 'tie',
        arrows: line.kind === 'met' ? 'none' : line.bothWays ? 'both' : 'forward',
        count: line.count,
        width: lineWidth(line.count),
        since: line.since,
        until: line.until,
        grade: line.bestReliability,
        ...changeOf(line.id),
      },
    });
  }
  for (const meeting of graph.meetings) {
    const present = meeting.participants.filter((participant) => actorIds.has(participant.actorId));
    if (present.length === 0) continue;
    elements.push({
      group: 'nodes',
      data: {
        id: elementRef.meeting(meeting.id),
        label: meeting.title,
        kind: MEETING_KIND_LABELS[meeting.kind],
        element: 'meeting',
        rank: graph.actors.length,
        size: 16,
        ...changeOf(elementRef.meeting(meeting.id)),
      },
    });
    for (const participant of present) {
      elements.push({
        group: 'edges',
        data: {
          id: participationId(meeting.id, participant.actorId),
          source: elementRef.meeting(meeting.id),
          target: elementRef.actor(participant.actorId),
          label: participant.role,
          element: 'participation',
        },
      });
    }
  }
  return elements;
}
