import type { ExportBundle } from './bundle';

export const CSV_TABLES = ['actors', 'ties', 'meetings', 'citations'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

/**
 * One RFC 4180 field. A text that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading
 * apostrophe, so that a quote from a source can never execute in the analyst's spreadsheet.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(header: string[], rows: (string | number | null | undefined)[][]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A list in one cell: `Haniye | Haniyeh`. */
const LIST_SEPARATOR = ' | ';

export function toCsv(bundle: ExportBundle, table: CsvTable): string {
  const names = new Map(bundle.actors.map((actor) => [actor.id, actor.name]));
  const sources = new Map(bundle.sources.map((source) => [source.id, source]));
  switch (table) {
    case 'actors':
      return csv(
        ['id', 'name', 'kind', 'aliases', 'description', 'country', 'wikidata_id'],
        bundle.actors.map((actor) => [
          actor.id,
          actor.name,
          actor.kind,
          actor.aliases.join(LIST_SEPARATOR),
          actor.description,
          actor.country,
          actor.wikidataId,
        ]),
      );
    case 'ties':
      return csv(
        ['id', 'type', 'family', 'subject_id', 'subject_name', 'object_id', 'object_name', 'since', 'until', 'confidence', 'summary', 'citations'],
        bundle.ties.map((tie) => [
          tie.id,
          tie.type,
          tie.family,
          tie.subjectId,
          names.get(tie.subjectId),
          tie.objectId,
          names.get(tie.objectId),
          tie.since,
          tie.until,
          tie.confidence,
          tie.summary,
          tie.citations.length,
        ]),
      );
    case 'meetings':
      return csv(
        ['id', 'title', 'kind', 'date', 'location', 'summary', 'participants', 'citations'],
        bundle.meetings.map((meeting) => [
          meeting.id,
          meeting.title,
          meeting.kind,
          meeting.date,
          meeting.location,
          meeting.summary,
          meeting.participants.map((p) => `${p.actorId}:${p.role}`).join(LIST_SEPARATOR),
          meeting.citations.length,
        ]),
      );
    case 'citations':
      return csv(
        ['claim_kind', 'claim_id', 'quote', 'credibility', 'source_id', 'source_title', 'source_url', 'source_publisher', 'source_published_at', 'source_language', 'source_section', 'source_reliability'],
        [
          ...bundle.ties.flatMap((tie) => tie.citations.map((citation) => ['tie', tie.id, citation] as const)),
          ...bundle.meetings.flatMap((meeting) => meeting.citations.map((citation) => ['meeting', meeting.id, citation] as const)),
        ].map(([kind, id, citation]) => {
          const source = sources.get(citation.sourceId);
          return [
            kind,
            id,
            citation.quote,
            citation.credibility,
            citation.sourceId,
            source?.title,
            source?.url,
            source?.publisher,
            source?.publishedAt,
            source?.language,
            source?.section,
            source?.reliability,
          ];
        }),
      );
  }
}
