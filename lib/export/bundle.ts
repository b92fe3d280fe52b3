import type { CitationDetails, GraphActor, GraphData, GraphMeeting, GraphTie, SourceSummary } from '../graph';

/** One citation as exported: the source is named by id, and listed once in `sources`. */
export interface ExportedCitation {
  sourceId: string;
  quote: string;
  credibility: number;
}

/** Everything a view shows, with what backs it: what the JSON export writes and the JSON import reads. */
export interface ExportBundle {
  format: 'parley-export';
  version: 1;
  exportedAt: string;
  /** The link of the view exported, so the file says where it came from. */
  viewUrl: string;
  actors: GraphActor[];
  ties: (GraphTie & { citations: ExportedCitation[] })[];
  meetings: (GraphMeeting & { citations: ExportedCitation[] })[];
  sources: SourceSummary[];
}

export function buildExportBundle(
  graph: GraphData,
  citations: ReadonlyMap<string, CitationDetails[]>,
  viewUrl: string,
  exportedAt: Date = new Date(),
): ExportBundle {
  const sources = new Map<string, SourceSummary>();
  const cite = (claimId: string): ExportedCitation[] =>
    (citations.get(claimId) ?? []).map(({ quote, credibility, source }) => {
      sources.set(source.id, source);
      return { sourceId: source.id, quote, credibility };
    });
  const ties = graph.ties.map((tie: GraphTie) => ({ ...tie, citations: cite(tie.id) }));
  const meetings = graph.meetings.map((meeting: GraphMeeting) => ({ ...meeting, citations: cite(meeting.id) }));
  return {
    format: 'parley-export',
    version: 1,
    exportedAt: exportedAt.toISOString(),
    viewUrl,
    actors: graph.actors,
    ties,
    meetings,
    sources: [...sources.values()].sort((a, b) => a.title.localeCompare(b.title)),
  };
}
