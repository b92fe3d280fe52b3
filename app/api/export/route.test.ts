import { NextRequest } from 'next/server';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { useDemoDatabase } from '@/db/testing/demo-database';
import type { ExportBundle } from '@/lib/export/bundle';
import { GET } from './route';

const exportOf = (query: string) => GET(new NextRequest(`http://test/api/export?${query}`));

describe('GET /api/export (against Neo4j)', () => {
  useDemoDatabase();

  it('exports what the view shows, filters applied, with the sources named', async () => {
    const response = await exportOf('format=json&a=israel,ismail-haniyeh,hamas&types=ASSASSINATES,LEADS');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="parley-view-\d{4}-\d{2}-\d{2}\.json"/);
    const bundle = (await response.json()) as ExportBundle;
    expect(bundle.actors.map((actor) => actor.id).sort()).toEqual(['hamas', 'ismail-haniyeh', 'israel']);
    expect(bundle.ties.map((tie) => tie.id).sort()).toEqual(['ismail-haniyeh-leads-hamas', 'israel-assassinates-ismail-haniyeh']);
    expect(bundle.sources.map((source) => source.id)).toEqual(['gaza-ceasefire-turkey-fr']);
    expect(bundle.viewUrl).toBe('http://test/?a=israel,ismail-haniyeh,hamas&types=ASSASSINATES,LEADS');
  });

  it('leaves out what the analyst hid', async () => {
    const response = await exportOf('format=csv&table=actors&a=israel,hamas&hide=actor:hamas');
    const { data } = Papa.parse<Record<string, string>>(await response.text(), { header: true, skipEmptyLines: true });
    expect(data.map((row) => row.id)).toEqual(['israel']);
  });

  it('exports the overview when the view has no chosen actors', async () => {
    const response = await exportOf('format=csv&table=citations');
    const { data } = Papa.parse<Record<string, string>>(await response.text(), { header: true, skipEmptyLines: true });
    expect(new Set(data.map((row) => row.claim_id)).size).toBe(16);
  });

  it('answers 400 for an unknown format, a missing CSV table or a garbled view', async () => {
    for (const query of ['format=pdf', 'format=csv', 'format=json&a=Bad!', 'format=json&rel=Z']) {
      const response = await exportOf(query);
      expect(response.status, query).toBe(400);
      expect((await response.json()).error.message).toBeTruthy();
    }
  });
});
