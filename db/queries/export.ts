import 'server-only';
import { buildExportBundle, type ActorTexts, type ExportBundle, type MeetingTexts, type RecordTexts, type TieTexts } from '../../lib/export/bundle';
import type { CitationDetails, GraphData } from '../../lib/graph';
import { shownClaims } from '../../lib/picture';
import { viewQueryString, type ViewState } from '../../lib/view-state';
import { readTransaction } from '../driver';
import { readCitations } from './claims';
import { getGraphOfView } from './graph';

/** One record's texts, as `getRecordTexts` reads them. */
type TextsRow =
  | { kind: 'actor'; id: string; texts: ActorTexts }
  | { kind: 'tie'; id: string; texts: TieTexts }
  | { kind: 'meeting'; id: string; texts: MeetingTexts };

/** The citations of the given ties and meetings, by claim id. */
export async function getCitations(claimIds: string[]): Promise<Map<string, CitationDetails[]>> {
  return readTransaction((tx) => readCitations(tx, claimIds), 'largeRead');
}

/**
 * The fields the forms write that the graph does not carry (descriptions, countries, Wikidata ids, summaries,
 * locations), for the records of a graph, by id.
 */
export async function getRecordTexts(graph: GraphData): Promise<RecordTexts> {
  return readTransaction(async (tx) => {
    const result = await tx.run<TextsRow>(
      `CALL {
         UNWIND $actorIds AS id MATCH (a:Actor {id: id})
         RETURN 'actor' AS kind, id, {description: coalesce(a.description, ''), country: a.country, wikidataId: a.wikidataId} AS texts
         UNION ALL
         UNWIND $tieIds AS id MATCH (r:Tie {id: id})
         RETURN 'tie' AS kind, id, {summary: coalesce(r.summary, '')} AS texts
         UNION ALL
         UNWIND $meetingIds AS id MATCH (m:Meeting {id: id})
         RETURN 'meeting' AS kind, id, {location: m.location, summary: coalesce(m.summary, '')} AS texts
       }
       RETURN kind, id, texts`,
      {
        actorIds: graph.actors.map((actor) => actor.id),
        tieIds: graph.ties.map((tie) => tie.id),
        meetingIds: graph.meetings.map((meeting) => meeting.id),
      },
    );
    const texts = { actors: new Map(), ties: new Map(), meetings: new Map() } satisfies RecordTexts;
    const byKind = { actor: texts.actors, tie: texts.ties, meeting: texts.meetings } as const;
    for (const record of result.records) {
      const { kind, id, texts: recordTexts } = record.toObject();
      byKind[kind].set(id, recordTexts);
    }
    return texts;
  }, 'largeRead');
}

/** What a view shows now, filters and hidden elements applied, with the citations and sources behind it. */
export async function getViewBundle(view: ViewState, origin: string): Promise<ExportBundle> {
  const visible = shownClaims(await getGraphOfView(view), view);
  const [citations, texts] = await Promise.all([
    getCitations([...visible.ties.map((tie) => tie.id), ...visible.meetings.map((meeting) => meeting.id)]),
    getRecordTexts(visible),
  ]);
  return buildExportBundle(visible, citations, texts, `${origin}/${viewQueryString(view)}`);
}
