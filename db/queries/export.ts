import 'server-only';
import { buildExportBundle, type ExportBundle } from '../../lib/export/bundle';
import { shownClaims } from '../../lib/picture';
import type { CitationDetails } from '../../lib/graph';
import { viewQueryString, type ViewState } from '../../lib/view-state';
import { readTransaction } from '../driver';
import { readCitations } from './claims';
import { getGraphOfView } from './graph';

/** The citations of the given ties and meetings, by claim id. */
export async function getCitations(claimIds: string[]): Promise<Map<string, CitationDetails[]>> {
  return readTransaction((tx) => readCitations(tx, claimIds));
}

/** What a view shows now, filters and hidden elements applied, with the citations and sources behind it. */
export async function getViewBundle(view: ViewState, origin: string): Promise<ExportBundle> {
  const visible = shownClaims(await getGraphOfView(view), view);
  const citations = await getCitations([...visible.ties.map((tie) => tie.id), ...visible.meetings.map((meeting) => meeting.id)]);
  return buildExportBundle(visible, citations, `${origin}/${viewQueryString(view)}`);
}
