import { elementRef } from './element-refs';
import type { GraphData } from './graph';

export interface PreviewNode {
  id: string;
  label: string;
  kind: string;
  element: 'actor' | 'meeting';
  x: number;
  y: number;
}

export interface PreviewEdge {
  from: { x: number; y: number };
  to: { x: number; y: number };
  family: string | null;
}

export interface PreviewPicture {
  nodes: PreviewNode[];
  edges: PreviewEdge[];
}

/** The most nodes a link preview draws: beyond that a thumbnail is noise. */
const MAX_NODES = 60;

/**
 * Where to draw each element of a view in a width × height picture: the given positions (a snapshot's) scaled
 * to fit, or, without them, actors on a circle and each meeting between its participants.
 */
export function layoutPreview(
  graph: GraphData,
  size: { width: number; height: number; margin: number },
  positions?: Readonly<Record<string, { x: number; y: number }>>,
): PreviewPicture {
  const actors = graph.actors.slice(0, MAX_NODES);
  const shown = new Set(actors.map((actor) => actor.id));
  const meetings = graph.meetings.filter((meeting) => meeting.participants.filter((p) => shown.has(p.actorId)).length >= 2);
  const raw = new Map<string, { x: number; y: number }>();
  actors.forEach((actor, index) => {
    const angle = (index / actors.length) * Math.PI * 2 - Math.PI / 2;
    raw.set(elementRef.actor(actor.id), positions?.[elementRef.actor(actor.id)] ?? { x: Math.cos(angle), y: Math.sin(angle) });
  });
  for (const meeting of meetings) {
    const ends = meeting.participants.flatMap((p) => raw.get(elementRef.actor(p.actorId)) ?? []);
    const centre = { x: ends.reduce((sum, p) => sum + p.x, 0) / ends.length, y: ends.reduce((sum, p) => sum + p.y, 0) / ends.length };
    raw.set(elementRef.meeting(meeting.id), positions?.[elementRef.meeting(meeting.id)] ?? centre);
  }

  const xs = [...raw.values()].map((p) => p.x);
  const ys = [...raw.values()].map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min((size.width - 2 * size.margin) / (maxX - minX || 1), (size.height - 2 * size.margin) / (maxY - minY || 1));
  const place = (p: { x: number; y: number }) => ({
    x: size.margin + (p.x - minX) * scale + (size.width - 2 * size.margin - (maxX - minX) * scale) / 2,
    y: size.margin + (p.y - minY) * scale + (size.height - 2 * size.margin - (maxY - minY) * scale) / 2,
  });
  const at = new Map([...raw].map(([id, p]) => [id, place(p)]));

  const nodes: PreviewNode[] = [
    ...actors.map((actor) => ({ id: actor.id, label: actor.name, kind: actor.kind, element: 'actor' as const, ...at.get(elementRef.actor(actor.id))! })),
    ...meetings.map((meeting) => ({ id: meeting.id, label: '', kind: 'meeting', element: 'meeting' as const, ...at.get(elementRef.meeting(meeting.id))! })),
  ];
  const edges: PreviewEdge[] = [
    ...graph.ties
      .filter((tie) => shown.has(tie.subjectId) && shown.has(tie.objectId))
      .map((tie) => ({ from: at.get(elementRef.actor(tie.subjectId))!, to: at.get(elementRef.actor(tie.objectId))!, family: tie.family })),
    ...meetings.flatMap((meeting) =>
      meeting.participants
        .filter((p) => shown.has(p.actorId))
        .map((p) => ({ from: at.get(elementRef.meeting(meeting.id))!, to: at.get(elementRef.actor(p.actorId))!, family: null })),
    ),
  ];
  return { nodes, edges };
}
