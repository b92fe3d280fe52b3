import 'server-only';
import type { CitationDetails, GraphData } from '../../lib/graph';
import type { ViewState } from '../../lib/view-state';
import { OVERVIEW_LIMIT } from '../../lib/schemas/requests';
import { readTransaction } from '../driver';
import { readCitations } from './claims';
import { getOverviewGraph, getViewGraph } from './graph';

/** The graph a view shows before filters: its chosen actors, or the overview when none were chosen. */
export async function getGraphOfView(view: ViewState): Promise<GraphData> {
  return view.actors === null ? getOverviewGraph({ limit: OVERVIEW_LIMIT }) : getViewGraph({ actorIds: view.actors });
}

/** The citations of the given ties and meetings, by claim id. */
export async function getCitations(claimIds: string[]): Promise<Map<string, CitationDetails[]>> {
  return readTransaction((tx) => readCitations(tx, claimIds));
}
