import { isViewMeasure, type ColourChoice, type SizeChoice, type ViewMeasure } from '@/lib/appearance';
import { communityMembers, type CommunitySplit, type PairGraph, type ViewMeasures } from '@/lib/measures';
import { COMMUNITY_COLOURS, MEASURE_RAMP, OTHER_COMMUNITY_COLOUR } from './visual-style';

/**
 * How the analyst's size and colour choices draw the actors of a view: by actor id, the value that sizes each
 * (null: its lines, as before any choice) and its fill (null: its kind's colour); and what the legend says of it.
 */
export interface ActorAppearance {
  sizeBy: ReadonlyMap<string, number> | null;
  fill: ReadonlyMap<string, string> | null;
}

export interface CommunityEntry {
  colour: string;
  /** Its best-connected members in view, best first (at most COMMUNITY_NAMES). */
  names: string[];
  actors: number;
}

export type ColourLegend =
  | { by: 'community'; communities: CommunityEntry[]; others: { communities: number; actors: number } }
  | { by: 'measure'; measure: ViewMeasure; steps: { colour: string; from: number; to: number }[] };

export interface AppearanceLegend {
  /** The actors the measures were computed on: those in view. */
  actors: number;
  size: { measure: ViewMeasure; highest: { name: string; value: number } | null } | null;
  colour: ColourLegend | null;
}

/** How many members name a community in the legend. */
export const COMMUNITY_NAMES = 3;

interface AppearanceInput {
  measures: ViewMeasures | null;
  split: CommunitySplit | null;
  size: SizeChoice;
  colour: ColourChoice;
  name: (actorId: string) => string;
}

export const NO_APPEARANCE: ActorAppearance = { sizeBy: null, fill: null };

/** The fifth of the highest value a value falls in, from 0 to 4. */
function step(value: number, highest: number): number {
  return highest > 0 ? Math.min(MEASURE_RAMP.length - 1, Math.floor((value / highest) * MEASURE_RAMP.length)) : 0;
}

function highestOf(graph: PairGraph, values: Float64Array): { index: number; value: number } | null {
  let best: { index: number; value: number } | null = null;
  values.forEach((value, index) => {
    if (!best || value > best.value) best = { index, value };
  });
  return best && graph.ids.length > 0 ? best : null;
}

export function actorAppearance({ measures, split, size, colour, name }: AppearanceInput): { appearance: ActorAppearance; legend: AppearanceLegend | null } {
  if (!measures) return { appearance: NO_APPEARANCE, legend: null };
  const { graph, values } = measures;
  const ids = graph.ids;
  const legend: AppearanceLegend = { actors: ids.length, size: null, colour: null };
  let sizeBy: Map<string, number> | null = null;
  let fill: Map<string, string> | null = null;

  if (isViewMeasure(size)) {
    sizeBy = new Map(ids.map((id, i) => [id, values[size][i]!]));
    const highest = highestOf(graph, values[size]);
    legend.size = { measure: size, highest: highest && { name: name(ids[highest.index]!), value: highest.value } };
  }
  if (isViewMeasure(colour)) {
    const measured = values[colour];
    const highest = highestOf(graph, measured)?.value ?? 0;
    fill = new Map(ids.map((id, i) => [id, MEASURE_RAMP[step(measured[i]!, highest)]!]));
    legend.colour = {
      by: 'measure',
      measure: colour,
      steps: MEASURE_RAMP.map((ramp, index) => ({ colour: ramp, from: (highest * index) / MEASURE_RAMP.length, to: (highest * (index + 1)) / MEASURE_RAMP.length })),
    };
  } else if (colour === 'community' && split) {
    const members = communityMembers(graph, split, values.degree);
    const coloured = members.slice(0, COMMUNITY_COLOURS.length).filter((nodes) => nodes.length > 1);
    fill = new Map(ids.map((id) => [id, OTHER_COMMUNITY_COLOUR]));
    coloured.forEach((nodes, index) => nodes.forEach((i) => fill!.set(ids[i]!, COMMUNITY_COLOURS[index]!)));
    const rest = members.slice(coloured.length);
    legend.colour = {
      by: 'community',
      communities: coloured.map((nodes, index) => ({
        colour: COMMUNITY_COLOURS[index]!,
        names: nodes.slice(0, COMMUNITY_NAMES).map((i) => name(ids[i]!)),
        actors: nodes.length,
      })),
      others: { communities: rest.length, actors: rest.reduce((sum, nodes) => sum + nodes.length, 0) },
    };
  }
  return { appearance: { sizeBy, fill }, legend };
}
