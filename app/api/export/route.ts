import type { NextRequest } from 'next/server';
import { getCitations, getGraphOfView } from '@/db/queries/export';
import { parseRequest, respondWith } from '@/lib/api-response';
import { AppError } from '@/lib/errors';
import { buildExportBundle } from '@/lib/export/bundle';
import { toCsv } from '@/lib/export/csv';
import { toGraphML } from '@/lib/export/graphml';
import { applyFilters } from '@/lib/filters';
import { exportParamsSchema } from '@/lib/schemas/export';
import { searchParamsObject } from '@/lib/schemas/requests';
import { parseViewState, viewQueryString } from '@/lib/view-state';

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
    const params = searchParamsObject(request.nextUrl.searchParams);
    const { format, table } = parseRequest(exportParamsSchema, { format: params.format, table: params.table });
    const { state: view, dropped } = parseViewState(request.nextUrl.searchParams);
    if (dropped.length) {
      throw new AppError('bad_request', 'Some view parameters are not valid.', dropped.map((message) => ({ field: 'view', message })));
    }
    const { visible } = applyFilters(await getGraphOfView(view), view.filters, view.hidden);
    const citations = await getCitations([...visible.ties.map((tie) => tie.id), ...visible.meetings.map((meeting) => meeting.id)]);
    const viewUrl = `${request.nextUrl.origin}/${viewQueryString(view)}`;
    const bundle = buildExportBundle(visible, citations, viewUrl);

    const body = format === 'json' ? JSON.stringify(bundle, null, 2) : format === 'graphml' ? toGraphML(bundle) : toCsv(bundle, table!);
    const stamp = bundle.exportedAt.slice(0, 10);
    const filename = format === 'csv' ? `parley-${table}-${stamp}.csv` : `parley-view-${stamp}.${format}`;
    return new Response(body, {
      headers: {
        'Content-Type': CONTENT_TYPES[format],
        'Content-Disposition': `attachment; filename="${filename}"`,
        'Cache-Control': 'no-store',
      },
    });
  });
}
