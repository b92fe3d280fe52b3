import 'server-only';
import { buildExportBundle, type ExportBundle } from '../../lib/export/bundle';
import { applyFilters } from '../../lib/filters';
import type { CitationDetails, OverviewGraph, ViewGraph } from '../../lib/graph';
import { viewQueryString, type ViewState } from '../../lib/view-state';
import { OVERVIEW_LIMIT } from '../../lib/schemas/requests';
import { readTransaction } from '../driver';
import { readCitations } from './claims';
import { getOverviewGraph, getViewGraph } from './graph';

/** The graph a view shows before filters: its chosen actors (of which none is left out), or the overview. */
export async function getGraphOfView(view: ViewState): Promise<ViewGraph & OverviewGraph> {
  if (view.actors === null) return { ...(await getOverviewGraph({ limit: OVERVIEW_LIMIT })), missing: [] };
  return { ...(await getViewGraph({ actorIds: view.actors })), omitted: 0 };
}

/** The citations of the given ties and meetings, by claim id. */
export async function getCitations(claimIds: string[]): Promise<Map<string, CitationDetails[]>> {
  return readTransaction((tx) => readCitations(tx, claimIds));
}

/** What a view shows now, filters and hidden elements applied, with the citations and sources behind it. */
export async function getViewBundle(view: ViewState, origin: string): Promise<ExportBundle> {
  const { visible } = applyFilters(await getGraphOfView(view), view.filters, view.hidden);
  const citations = await getCitations([...visible.ties.map((tie) => tie.id), ...visible.meetings.map((meeting) => meeting.id)]);
  return buildExportBundle(visible, citations, `${origin}/${viewQueryString(view)}`);
}
