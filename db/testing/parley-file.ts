/**
 * Records a test adds to the demo data, written as a Parley JSON export, so that they are stored the way the app
 * stores an import (the bulk loader: the ids given, revisions, degrees) rather than by Cypher of the test's own.
 * The integration tests load the file in process (./import), the end-to-end specs post it to `/api/import`.
 */

export interface SeedSource {
  id: string;
  title: string;
  reliability: 'A' | 'B' | 'C' | 'D' | 'E' | 'F';
}

export interface SeedActor {
  id: string;
  name: string;
  kind: 'person' | 'organization' | 'state';
}

interface SeedCitation {
  sourceId: string;
  quote: string;
  credibility?: number;
}

export interface SeedTie extends SeedCitation {
  id: string;
  type: string;
  subjectId: string;
  objectId: string;
  since?: string | null;
  until?: string | null;
  confidence?: 'low' | 'moderate' | 'high';
  summary?: string;
}

export interface SeedMeeting extends SeedCitation {
  id: string;
  title: string;
  kind: string;
  date: string | null;
  participants: { actorId: string; role: string }[];
}

export interface SeedRecords {
  /** Every source the ties and meetings cite, also those already recorded (which are matched by id, not changed). */
  sources: SeedSource[];
  actors?: SeedActor[];
  ties?: SeedTie[];
  meetings?: SeedMeeting[];
}

const citationOf = ({ sourceId, quote, credibility = 3 }: SeedCitation) => [{ sourceId, quote, credibility }];

/** The records as the text of a Parley JSON export. */
export function parleyExport({ sources, actors = [], ties = [], meetings = [] }: SeedRecords): string {
  return JSON.stringify({
    format: 'parley-export',
    version: 1,
    sources: sources.map((source) => ({ ...source, language: 'en' })),
    actors,
    ties: ties.map(({ sourceId, quote, credibility, ...tie }) => ({
      since: null,
      until: null,
      confidence: 'moderate',
      summary: '',
      ...tie,
      citations: citationOf({ sourceId, quote, credibility }),
    })),
    meetings: meetings.map(({ sourceId, quote, credibility, ...meeting }) => ({ ...meeting, citations: citationOf({ sourceId, quote, credibility }) })),
  });
}
