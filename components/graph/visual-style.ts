import type { ActorKind } from '@/lib/schemas/actor';
import type { TieFamily } from '@/lib/taxonomy';

/** How each actor kind is drawn: the canvas and the legend read the same table, so they cannot disagree. */
export const ACTOR_KIND_STYLE: Record<ActorKind, { shape: string; color: string }> = {
  state: { shape: 'round-rectangle', color: '#2563eb' },
  organization: { shape: 'hexagon', color: '#ea580c' },
  agency: { shape: 'diamond', color: '#7c3aed' },
  person: { shape: 'ellipse', color: '#059669' },
  igo: { shape: 'octagon', color: '#0891b2' },
};

export const MEETING_STYLE = { shape: 'star', color: '#64748b' } as const;

/** How a line is drawn: colour, dash pattern (null: solid) and the shape at its target end. */
export interface LineStyle {
  color: string;
  /** Dash and gap lengths in pixels, as Cytoscape's `line-dash-pattern` and SVG's `stroke-dasharray` read them. */
  dash: readonly number[] | null;
  arrow: 'triangle' | 'diamond' | 'triangle-tee' | 'none';
}

/**
 * How each family of ties is drawn, read by the canvas, the legend, the detail badges and the preview image.
 * Colour is never the only cue: each family has its own dash and arrow shape too. The colours stand 4.5:1 against
 * white (edge labels in them, white text on badges of them) and stay apart under colour-blindness simulations:
 * blue-green and vermilion rather than green and red, which deuteranopia turns into one olive
 * (`visual-style.test.ts` checks both).
 */
export const FAMILY_STYLE: Record<TieFamily, LineStyle> = {
  structure: { color: '#475569', dash: null, arrow: 'diamond' },
  // Cooperation is blue and violet, conflict orange and red: the two sides are never confused, under any of the
  // simulations. Within a side, words dash and deeds are solid and darker, so that verbal and material differ by
  // dash whatever the eye (a blue-green beside a plum, as before, read as one purple to a normal eye).
  'verbal-cooperation': { color: '#2563eb', dash: [8, 4], arrow: 'triangle' },
  'material-cooperation': { color: '#6d28d9', dash: null, arrow: 'triangle' },
  'verbal-conflict': { color: '#c2410c', dash: [8, 4], arrow: 'triangle-tee' },
  'material-conflict': { color: '#991b1b', dash: null, arrow: 'triangle-tee' },
};

/** A meeting's line to each participant: a dotted grey, lighter than any tie but still 3:1 on white. */
export const PARTICIPATION_STYLE: LineStyle & { labelColor: string } = { color: '#7c8aa0', dash: [2, 3], arrow: 'none', labelColor: '#64748b' };

/** The family colours as CSS custom properties (`--family-cooperation`), for the badges the style sheets draw. */
export const FAMILY_CSS_VARIABLES = Object.fromEntries(
  Object.entries(FAMILY_STYLE).map(([family, style]) => [`--family-${family}`, style.color]),
) as Record<`--family-${TieFamily}`, string>;

/**
 * Colours of the communities of a view, largest first: Okabe and Ito's set, told apart under every common
 * colour-blindness. Past them, the smaller communities share OTHER_COMMUNITY_COLOUR. Shapes still say the kind.
 */
export const COMMUNITY_COLOURS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#d55e00', '#56b4e9', '#f0e442', '#882255'] as const;
export const OTHER_COMMUNITY_COLOUR = '#cbd5e1';

/** An actor coloured by a measure: five steps of viridis (ordered light to dark for every eye), in fifths of the highest. */
export const MEASURE_RAMP = ['#d2e21b', '#5ec962', '#21918c', '#3b528b', '#440154'] as const;

/**
 * Records changed since the view's "changes since" moment: a ring round nodes (solid when added, dashed when edited)
 * and a halo under lines, in colours no family, the selection or a path uses.
 */
export const CHANGE_STYLE = { added: '#16a34a', edited: '#0891b2' } as const;
