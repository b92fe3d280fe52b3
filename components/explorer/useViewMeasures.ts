import { useMemo } from 'react';
import { isViewMeasure } from '@/lib/appearance';
import type { ViewPicture } from '@/lib/graph';
import { communities, measureGraph, viewGraph } from '@/lib/measures';
import type { ViewState } from '@/lib/view-state';
import { actorAppearance } from '../graph/appearance';

/**
 * The measures of the picture drawn (lib/measures.ts), computed in the browser once per picture — so that they
 * follow every filter, hidden element and fold — and only when something shows them: the size or colour chosen,
 * or the Analysis tab. Communities only when the actors are coloured by them.
 */
export function useViewMeasures(picture: ViewPicture | undefined, view: Pick<ViewState, 'size' | 'colour'>, analysisShown: boolean, names: ReadonlyMap<string, string>) {
  const network = useMemo(() => (picture ? viewGraph(picture) : null), [picture]);
  const wanted = analysisShown || isViewMeasure(view.size) || view.colour !== 'kind';
  const measures = useMemo(() => (network && wanted ? measureGraph(network) : null), [network, wanted]);
  const split = useMemo(() => (network && view.colour === 'community' ? communities(network) : null), [network, view.colour]);
  const drawn = useMemo(
    () => actorAppearance({ measures, split, size: view.size, colour: view.colour, name: (id) => names.get(id) ?? id }),
    [measures, split, view.size, view.colour, names],
  );
  return { measures, ...drawn };
}
