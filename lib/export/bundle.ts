import type { CitationDetails, GraphActor, GraphData, GraphMeeting, GraphTie, SourceSummary } from '../graph';

/** One citation as exported: the source is named by id, and listed once in `sources`. */
export interface ExportedCitation {
  sourceId: string;
  quote: string;
  credibility: number;
}

/**
 * The fields the forms write that the graph does not draw (and so does not carry), read for the export alone,
 * by record id: without them an export, and an import of it, would lose what analysts wrote.
 */
export interface ActorTexts {
  description: string;
  country: string | null;
  wikidataId: string | null;
}
export interface TieTexts {
  summary: string;
}
export interface MeetingTexts {
  location: string | null;
  summary: string;
}
export interface RecordTexts {
  actors: ReadonlyMap<string, ActorTexts>;
  ties: ReadonlyMap<string, TieTexts>;
  meetings: ReadonlyMap<string, MeetingTexts>;
}

export type ExportedActor = GraphActor & ActorTexts;
export type ExportedTie = GraphTie & TieTexts & { citations: ExportedCitation[] };
export type ExportedMeeting = GraphMeeting & MeetingTexts & { citations: ExportedCitation[] };

/** Everything a view shows, with what backs it: what the JSON export writes and the JSON import reads. */
export interface ExportBundle {
  format: 'parley-export';
  version: 1;
  exportedAt: string;
  /** The link of the view exported, so the file says where it came from. */
  viewUrl: string;
  actors: ExportedActor[];
  ties: ExportedTie[];
  meetings: ExportedMeeting[];
  sources: SourceSummary[];
}

const NO_ACTOR_TEXTS: ActorTexts = { description: '', country: null, wikidataId: null };
const NO_TIE_TEXTS: TieTexts = { summary: '' };
const NO_MEETING_TEXTS: MeetingTexts = { location: null, summary: '' };

export function buildExportBundle(
  graph: GraphData,
  citations: ReadonlyMap<string, CitationDetails[]>,
  texts: RecordTexts,
  viewUrl: string,
  exportedAt: Date = new Date(),
): ExportBundle {
  const sources = new Map<string, SourceSummary>();
  const cite = (claimId: string): ExportedCitation[] =>
    (citations.get(claimId) ?? []).map(({ quote, credibility, source }) => {
      sources.set(source.id, source);
      return { sourceId: source.id, quote, credibility };
    });
  return {
    format: 'parley-export',
    version: 1,
    exportedAt: exportedAt.toISOString(),
    viewUrl,
    actors: graph.actors.map((actor) => ({ ...actor, ...(texts.actors.get(actor.id) ?? NO_ACTOR_TEXTS) })),
    ties: graph.ties.map((tie) => ({ ...tie, ...(texts.ties.get(tie.id) ?? NO_TIE_TEXTS), citations: cite(tie.id) })),
    meetings: graph.meetings.map((meeting) => ({
      ...meeting,
      ...(texts.meetings.get(meeting.id) ?? NO_MEETING_TEXTS),
      citations: cite(meeting.id),
    })),
    sources: [...sources.values()].sort((a, b) => a.title.localeCompare(b.title)),
  };
}
