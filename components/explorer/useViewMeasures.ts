import { useEffect, useMemo, useState } from 'react';
import { isViewMeasure } from '@/lib/appearance';
import type { communities as findCommunities } from '@/lib/communities';
import type { ViewPicture } from '@/lib/graph';
import { measureGraph, viewGraph } from '@/lib/measures';
import type { ViewState } from '@/lib/view-state';
import { actorAppearance } from '../graph/appearance';

/**
 * The measures of the picture drawn (lib/measures.ts), computed in the browser once per picture — so that they
 * follow every filter, hidden element and fold — and only when something shows them: the size or colour chosen,
 * or the Analysis tab. Communities only when the actors are coloured by them, with graphology loaded then (it is
 * not among the page's first scripts).
 */
export function useViewMeasures(picture: ViewPicture | undefined, view: Pick<ViewState, 'size' | 'colour'>, analysisShown: boolean, names: ReadonlyMap<string, string>) {
  const network = useMemo(() => (picture ? viewGraph(picture) : null), [picture]);
  const wanted = analysisShown || isViewMeasure(view.size) || view.colour !== 'kind';
  const measures = useMemo(() => (network && wanted ? measureGraph(network) : null), [network, wanted]);
  const byCommunity = view.colour === 'community';
  const [communities, setCommunities] = useState<{ find: typeof findCommunities } | null>(null);
  useEffect(() => {
    if (byCommunity && !communities) void import('@/lib/communities').then((module) => setCommunities({ find: module.communities }));
  }, [byCommunity, communities]);
  const split = useMemo(() => (network && byCommunity && communities ? communities.find(network) : null), [network, byCommunity, communities]);
  const drawn = useMemo(
    () => actorAppearance({ measures, split, size: view.size, colour: view.colour, name: (id) => names.get(id) ?? id }),
    [measures, split, view.size, view.colour, names],
  );
  return { measures, ...drawn };
}
