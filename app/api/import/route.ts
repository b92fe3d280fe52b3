import type { NextRequest } from 'next/server';
import { loadBatch, type LoadReport } from '@/db/bulk/load';
import { jsonResponse, parseRequest, PRIVATE_NO_STORE, respondWith } from '@/lib/api-response';
import { AppError } from '@/lib/errors';
import { parseImport } from '@/lib/import/parse';
import { ImportFormatError, importNotes, type ImportBatch, type ImportResult } from '@/lib/import/types';
import { PROGRESS_MEDIA_TYPE } from '@/lib/import/protocol';
import { readImportFiles } from '@/lib/import/upload';
import { importParamsSchema } from '@/lib/schemas/import';
import { searchParamsObject } from '@/lib/schemas/requests';
import { guardWrite } from '../guard';

/**
 * `POST /api/import?format=parley-json|parley-csv|icews|gdelt|polecat|acled&dryRun=true|false&sectors=keep|skip&statements=skip|keep` with the file as the body (or
 * several CSV tables as multipart `file` parts): what was, or on a dry run would be, created and matched, and
 * every row left out with its line and reason. A file that is not in the format at all is a 400, one over the
 * limit a 413. `guardWrite` makes its checks (same origin, signed in, rate limit) before any byte is read.
 */
export async function POST(request: NextRequest): Promise<Response> {
  return respondWith(async () => {
    const principal = await guardWrite(request);
    const { format, dryRun, sectors, statements } = parseRequest(importParamsSchema, searchParamsObject(request.nextUrl.searchParams));
    const batch = parseFiles(format, await readImportFiles(request), { sectors, keepStatements: statements });
    const load = (onProgress?: (progress: { done: number; total: number }) => void) =>
      loadBatch(batch, { principal, dryRun, onProgress }).then((report) => resultOf(batch, report));
    if (request.headers.get('accept')?.includes(PROGRESS_MEDIA_TYPE)) return progressResponse(load);
    return jsonResponse(await load());
  });
}

function parseFiles(...[format, files, options]: Parameters<typeof parseImport>): ImportBatch {
  try {
    return parseImport(format, files, options);
  } catch (error) {
    if (error instanceof ImportFormatError) throw new AppError('bad_request', error.message, [{ field: '(body)', message: error.message }]);
    throw error;
  }
}

function resultOf(batch: ImportBatch, report: LoadReport): ImportResult {
  return { ...report, format: batch.format, rows: batch.rows, notes: importNotes(batch.sectorEvents) };
}

/**
 * The import as newline-delimited JSON, so that the page can show how far it has got on a large file:
 * `{"type":"progress","done":500,"total":10000}` lines, then `{"type":"result","result":{…}}`, or
 * `{"type":"error","error":{code,message}}` if the database fails part-way (the chunks written stay written).
 */
function progressResponse(load: (onProgress: (progress: { done: number; total: number }) => void) => Promise<ImportResult>): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: object) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      try {
        send({ type: 'result', result: await load((progress) => send({ type: 'progress', ...progress })) });
      } catch (error) {
        if (!(error instanceof AppError)) console.error('Import failed', error);
        const safe = error instanceof AppError ? error : new AppError('internal', 'Something went wrong on the server; the error has been logged.');
        send({ type: 'error', error: { code: safe.code, message: safe.message } });
      }
      controller.close();
    },
  });
  return new Response(stream, {
    headers: {
      'Content-Type': `${PROGRESS_MEDIA_TYPE}; charset=utf-8`,
      // Each line must reach the browser when written, not when a compressing proxy has gathered enough.
      'Cache-Control': `${PRIVATE_NO_STORE}, no-transform`,
      'X-Accel-Buffering': 'no',
    },
  });
}
