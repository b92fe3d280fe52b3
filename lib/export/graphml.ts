import type { SourceSummary } from '../graph';
import type { ExportBundle, ExportedCitation } from './bundle';

/** Text safe inside XML elements and attributes; characters XML 1.0 forbids are dropped. */
export function xmlEscape(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const KEYS = [
  ['label', 'node', 'label'],
  ['element', 'node', 'element'],
  ['kind', 'node', 'kind'],
  ['aliases', 'node', 'aliases'],
  ['description', 'node', 'description'],
  ['country', 'node', 'country'],
  ['wikidata_id', 'node', 'wikidataId'],
  ['date', 'node', 'date'],
  ['location', 'node', 'location'],
  ['edge_label', 'edge', 'label'],
  ['type', 'edge', 'type'],
  ['family', 'edge', 'family'],
  ['since', 'edge', 'since'],
  ['until', 'edge', 'until'],
  ['confidence', 'edge', 'confidence'],
  ['role', 'edge', 'role'],
  ['summary', 'all', 'summary'],
  ['quotes', 'all', 'quotes'],
  ['sources', 'all', 'sources'],
  ['citations', 'all', 'citations'],
] as const;

function data(key: string, value: string | null | undefined): string {
  return value ? `<data key="${key}">${xmlEscape(value)}</data>` : '';
}

/**
 * Every citation of a claim in full (quote, credibility and the source with its grading), as JSON in one
 * attribute: GraphML has no place for a citation of an edge, and `quotes`/`sources` are for reading, not parsing.
 */
function citationsJson(citations: ExportedCitation[], sources: ReadonlyMap<string, SourceSummary>): string {
  return JSON.stringify(citations.map(({ sourceId, quote, credibility }) => ({ quote, credibility, source: sources.get(sourceId) ?? { id: sourceId } })));
}

/**
 * GraphML that Gephi, yEd and NetworkX open: actors and meetings as nodes, ties as directed edges and
 * meeting participation as edges with the role; each claim carries its quotes and the sources that back them.
 */
export function toGraphML(bundle: ExportBundle): string {
  const sources = new Map(bundle.sources.map((source) => [source.id, source]));
  const sourceNames = (ids: string[]) => [...new Set(ids)].map((id) => sources.get(id)?.title ?? id).join(' | ');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...KEYS.map(([id, scope, name]) => `  <key id="${id}" for="${scope}" attr.name="${name}" attr.type="string"/>`),
    '  <graph id="parley-view" edgedefault="directed">',
    `    <desc>${xmlEscape(`Parley view ${bundle.viewUrl}, exported ${bundle.exportedAt}. Sources: ${bundle.sources.map((s) => s.title).join('; ')}`)}</desc>`,
  ];
  for (const actor of bundle.actors) {
    lines.push(
      `    <node id="actor:${xmlEscape(actor.id)}">${data('label', actor.name)}${data('element', 'actor')}${data('kind', actor.kind)}${data('aliases', actor.aliases.join(' | '))}${data('description', actor.description)}${data('country', actor.country)}${data('wikidata_id', actor.wikidataId)}</node>`,
    );
  }
  for (const meeting of bundle.meetings) {
    lines.push(
      `    <node id="meeting:${xmlEscape(meeting.id)}">${data('label', meeting.title)}${data('element', 'meeting')}${data('kind', meeting.kind)}${data('date', meeting.date)}${data('location', meeting.location)}${data('summary', meeting.summary)}${data('quotes', meeting.citations.map((c) => c.quote).join(' | '))}${data('sources', sourceNames(meeting.citations.map((c) => c.sourceId)))}${data('citations', citationsJson(meeting.citations, sources))}</node>`,
    );
  }
  for (const tie of bundle.ties) {
    lines.push(
      `    <edge id="tie:${xmlEscape(tie.id)}" source="actor:${xmlEscape(tie.subjectId)}" target="actor:${xmlEscape(tie.objectId)}">${data('edge_label', tie.type)}${data('type', tie.type)}${data('family', tie.family)}${data('since', tie.since)}${data('until', tie.until)}${data('confidence', tie.confidence)}${data('summary', tie.summary)}${data('quotes', tie.citations.map((c) => c.quote).join(' | '))}${data('sources', sourceNames(tie.citations.map((c) => c.sourceId)))}${data('citations', citationsJson(tie.citations, sources))}</edge>`,
    );
  }
  for (const meeting of bundle.meetings) {
    for (const participant of meeting.participants) {
      lines.push(
        `    <edge id="participation:${xmlEscape(meeting.id)}:${xmlEscape(participant.actorId)}" source="meeting:${xmlEscape(meeting.id)}" target="actor:${xmlEscape(participant.actorId)}">${data('edge_label', participant.role)}${data('role', participant.role)}</edge>`,
      );
    }
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
