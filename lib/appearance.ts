/**
 * How the explorer draws its actors besides their kind's shape: what sets their size and their colour. A view's
 * link carries both (lib/view-state.ts); the measures themselves are computed in the browser (lib/measures.ts).
 */

export const VIEW_MEASURES = ['degree', 'betweenness', 'closeness', 'pagerank'] as const;
export type ViewMeasure = (typeof VIEW_MEASURES)[number];

/** `lines`: the lines and meeting nodes an actor is drawn with, as before any measure. */
export const SIZE_CHOICES = ['lines', ...VIEW_MEASURES] as const;
export type SizeChoice = (typeof SIZE_CHOICES)[number];

/** `kind`: the actor kind's colour; `community`: one colour per community of the view. */
export const COLOUR_CHOICES = ['kind', 'community', ...VIEW_MEASURES] as const;
export type ColourChoice = (typeof COLOUR_CHOICES)[number];

export const MEASURE_LABELS: Record<ViewMeasure, string> = {
  degree: 'Neighbours (degree)',
  betweenness: 'Brokerage (betweenness)',
  closeness: 'Closeness',
  pagerank: 'PageRank',
};

export const SIZE_LABELS: Record<SizeChoice, string> = { lines: 'Lines drawn', ...MEASURE_LABELS };
export const COLOUR_LABELS: Record<ColourChoice, string> = { kind: 'Actor kind', community: 'Community', ...MEASURE_LABELS };

/** What a measure says of an actor, finishing "the larger, the more …" in the legend. */
export const MEASURE_MEANINGS: Record<ViewMeasure, string> = {
  degree: 'actors in view it has a line or a meeting with',
  betweenness: 'often it lies on the shortest chains between two other actors in view (counted in steps, whatever their claims)',
  closeness: 'near it is to every other actor in view (the mean of 1 / steps)',
  pagerank: 'it is tied to actors that are themselves well tied (lines weighed by their claims)',
};

export function isViewMeasure(choice: SizeChoice | ColourChoice): choice is ViewMeasure {
  return (VIEW_MEASURES as readonly string[]).includes(choice);
}
