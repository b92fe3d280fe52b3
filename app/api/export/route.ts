import type { NextRequest } from 'next/server';
import { getViewBundle } from '@/db/queries/export';
import { parseRequest, parseViewRequest, PRIVATE_NO_STORE, respondWith } from '@/lib/api-response';
import { toCsv } from '@/lib/export/csv';
import { toGraphML } from '@/lib/export/graphml';
import { exportParamsSchema } from '@/lib/schemas/export';
import { searchParamsObject } from '@/lib/schemas/requests';
import { guardRead } from '../guard';

const CONTENT_TYPES = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  graphml: 'application/graphml+xml; charset=utf-8',
} as const;

/**
 * `GET /api/export?format=json|graphml|csv[&table=…]&<the view's own parameters>`: what the view shows, filters
 * and hidden elements applied, with the citations and sources behind it, as a file to download.
 */
export async function GET(request: NextRequest): Promise<Response> {
  return respondWith(async () => {
    await guardRead(request);
    const params = searchParamsObject(request.nextUrl.searchParams);
    const { format, table } = parseRequest(exportParamsSchema, { format: params.format, table: params.table });
    const bundle = await getViewBundle(parseViewRequest(request.nextUrl.searchParams), request.nextUrl.origin);

    const body = format === 'json' ? JSON.stringify(bundle, null, 2) : format === 'graphml' ? toGraphML(bundle) : toCsv(bundle, table!);
    const stamp = bundle.exportedAt.slice(0, 10);
    const filename = format === 'csv' ? `parley-${table}-${stamp}.csv` : `parley-view-${stamp}.${format}`;
    return new Response(body, {
      headers: {
        'Content-Type': CONTENT_TYPES[format],
        'Content-Disposition': `attachment; filename="${filename}"`,
        'Cache-Control': PRIVATE_NO_STORE,
      },
    });
  });
}
