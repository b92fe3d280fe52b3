import type { ActorKind } from '@/lib/schemas/actor';
import type { RelationFamily } from '@/lib/taxonomy';

/** How each actor kind is drawn: the canvas and the legend read the same table, so they cannot disagree. */
export const ACTOR_KIND_STYLE: Record<ActorKind, { shape: string; color: string }> = {
  state: { shape: 'round-rectangle', color: '#2563eb' },
  organization: { shape: 'hexagon', color: '#ea580c' },
  agency: { shape: 'diamond', color: '#7c3aed' },
  person: { shape: 'ellipse', color: '#059669' },
  igo: { shape: 'octagon', color: '#0891b2' },
};

export const MEETING_STYLE = { shape: 'star', color: '#64748b' } as const;

export const FAMILY_COLOR: Record<RelationFamily, string> = {
  structure: '#475569',
  cooperation: '#16a34a',
  conflict: '#dc2626',
};
