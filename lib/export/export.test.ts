import { XMLParser } from 'fast-xml-parser';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { CitationDetails, GraphData, SourceSummary } from '../graph';
import { buildExportBundle, type RecordTexts } from './bundle';
import { csvField, toCsv } from './csv';
import { toGraphML } from './graphml';

const source: SourceSummary = {
  id: 'report',
  title: 'A report with "quotes", commas & <tags>',
  url: 'https://example.org/report?a=1&b=2',
  publisher: 'Example Press',
  publishedAt: '2024-07',
  language: 'fr',
  section: null,
  reliability: 'B',
};

const graph: GraphData = {
  actors: [
    { id: 'turkey', name: 'Turkey', kind: 'state', aliases: ['Türkiye', 'Turquie'] },
    { id: 'hamas', name: 'Hamas', kind: 'organization', aliases: ['حماس'] },
  ],
  ties: [
    {
      id: 'turkey-supports-hamas',
      type: 'SUPPORTS',
      family: 'verbal-cooperation',
      subjectId: 'turkey',
      objectId: 'hamas',
      since: '2024',
      until: null,
      confidence: 'moderate',
      citationCount: 1,
      bestReliability: 'B',
      cameoCode: null,
    },
  ],
  meetings: [
    {
      id: 'talks',
      title: 'Talks in Doha',
      kind: 'negotiation',
      date: '2024-07-31',
      participants: [
        { actorId: 'turkey', role: 'mediator' },
        { actorId: 'hamas', role: 'party' },
      ],
      citationCount: 1,
      bestReliability: 'B',
    },
  ],
};

const quote = '=HYPERLINK("http://evil") — « Il a dit, "assez" »\nsur deux lignes';
const citations = new Map<string, CitationDetails[]>([
  ['turkey-supports-hamas', [{ quote, credibility: 2, source }]],
  ['talks', [{ quote: 'Les pourparlers ont eu lieu.', credibility: 3, source }]],
]);
const texts: RecordTexts = {
  actors: new Map([['turkey', { description: 'A state, "bridging", East & West', country: 'TUR', wikidataId: 'Q43' }]]),
  ties: new Map([['turkey-supports-hamas', { summary: '-Political support, per the report' }]]),
  meetings: new Map([['talks', { location: 'Doha, Qatar', summary: 'Ceasefire talks.' }]]),
};
const bundle = buildExportBundle(graph, citations, texts, 'http://localhost:3000/?a=turkey,hamas', new Date('2026-11-29T10:00:00Z'));

describe('the export bundle', () => {
  it('keeps each claim with its citations and lists every source once', () => {
    expect(bundle.ties[0]!.citations).toEqual([{ sourceId: 'report', quote, credibility: 2 }]);
    expect(bundle.sources).toEqual([source]);
    expect(bundle.viewUrl).toBe('http://localhost:3000/?a=turkey,hamas');
  });

  it('carries what the forms write beyond what the graph draws, with empty values for records that have none', () => {
    expect(bundle.actors).toEqual([
      { ...graph.actors[0], description: 'A state, "bridging", East & West', country: 'TUR', wikidataId: 'Q43' },
      { ...graph.actors[1], description: '', country: null, wikidataId: null },
    ]);
    expect(bundle.ties[0]).toMatchObject({ summary: '-Political support, per the report' });
    expect(bundle.meetings[0]).toMatchObject({ location: 'Doha, Qatar', summary: 'Ceasefire talks.' });
  });
});

describe('CSV export', () => {
  const parse = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });

  it('parses back to the same values, quotes, commas and line breaks included', () => {
    const { data, errors } = parse(toCsv(bundle, 'citations'));
    expect(errors).toEqual([]);
    expect(data).toHaveLength(2);
    expect(data[0]).toMatchObject({ claim_kind: 'tie', claim_id: 'turkey-supports-hamas', source_title: source.title, source_url: source.url });
    // A leading "=" would run as a formula in a spreadsheet: it is kept as text.
    expect(data[0]!.quote).toBe(`'${quote}`);
  });

  it('writes one row per actor, tie and meeting', () => {
    expect(parse(toCsv(bundle, 'actors')).data).toEqual([
      {
        id: 'turkey',
        name: 'Turkey',
        kind: 'state',
        aliases: 'Türkiye | Turquie',
        description: 'A state, "bridging", East & West',
        country: 'TUR',
        wikidata_id: 'Q43',
      },
      { id: 'hamas', name: 'Hamas', kind: 'organization', aliases: 'حماس', description: '', country: '', wikidata_id: '' },
    ]);
    expect(parse(toCsv(bundle, 'ties')).data[0]).toMatchObject({
      subject_name: 'Turkey',
      object_name: 'Hamas',
      since: '2024',
      until: '',
      summary: "'-Political support, per the report",
    });
    expect(parse(toCsv(bundle, 'meetings')).data[0]).toMatchObject({
      location: 'Doha, Qatar',
      summary: 'Ceasefire talks.',
      participants: 'turkey:mediator | hamas:party',
    });
    expect(parse(toCsv(bundle, 'citations')).data[0]).toMatchObject({ source_section: '', source_language: 'fr', source_reliability: 'B' });
  });

  it('guards every formula prefix', () => {
    for (const prefix of ['=', '+', '-', '@']) expect(csvField(`${prefix}1+1`)).toBe(`'${prefix}1+1`);
    expect(csvField(-3)).toBe('-3');
  });
});

describe('GraphML export', () => {
  const xml = toGraphML(bundle);
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
  const graphElement = parsed.graphml.graph;
  const values = (element: { data: { key: string; '#text': string } | { key: string; '#text': string }[] }) =>
    Object.fromEntries([element.data].flat().map((entry) => [entry.key, String(entry['#text'])]));

  it('is well-formed XML with actors and meetings as nodes', () => {
    expect(graphElement.edgedefault).toBe('directed');
    const nodes = [graphElement.node].flat();
    expect(nodes.map((node: { id: string }) => node.id)).toEqual(['actor:turkey', 'actor:hamas', 'meeting:talks']);
    expect(values(nodes[0])).toMatchObject({ description: 'A state, "bridging", East & West', country: 'TUR', wikidata_id: 'Q43' });
    expect(values(nodes[1])).toMatchObject({ label: 'Hamas', kind: 'organization', aliases: 'حماس' });
    expect(values(nodes[2])).toMatchObject({ location: 'Doha, Qatar', summary: 'Ceasefire talks.' });
  });

  it('carries ties with their quotes and sources, and participation with roles', () => {
    const edges = [graphElement.edge].flat();
    const tie = edges.find((edge: { id: string }) => edge.id === 'tie:turkey-supports-hamas');
    expect(tie).toMatchObject({ source: 'actor:turkey', target: 'actor:hamas' });
    expect(values(tie)).toMatchObject({ type: 'SUPPORTS', family: 'verbal-cooperation', summary: '-Political support, per the report', quotes: quote, sources: source.title });
    // Every citation in full, each with its own credibility and the source's grading, for tools that read them back.
    expect(JSON.parse(values(tie).citations!)).toEqual([{ quote, credibility: 2, source }]);
    const participation = edges.find((edge: { id: string }) => edge.id === 'participation:talks:hamas');
    expect(values(participation)).toMatchObject({ role: 'party' });
    expect(graphElement.desc).toContain(source.title);
  });
});
