import { checkDatabase } from '@/db/queries/health';
import { AppError } from '@/lib/errors';

export const dynamic = 'force-dynamic';

/** What the health check says of a database it could not ask: one that accepts no connection, or one that does not reply. */
function databaseStatus(error: AppError): 'unreachable' | 'not answering' | 'busy' | 'failing' {
  if (error.code === 'database_unavailable') return 'unreachable';
  if (error.code === 'database_not_answering') return 'not answering';
  if (error.code === 'database_busy') return 'busy';
  return 'failing';
}

/** 200 with the database's status when Neo4j answers; 503 with a message saying what is wrong when it does not. */
export async function GET(): Promise<Response> {
  try {
    const database = await checkDatabase();
    return Response.json({ status: 'ok', database }, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    const appError = error instanceof AppError ? error : new AppError('internal', 'The health check failed.');
    return Response.json(
      { status: 'unavailable', database: { status: databaseStatus(appError) }, ...appError.toJSON() },
      { status: appError.code === 'internal' ? 500 : 503, headers: { 'Cache-Control': 'no-store', 'Retry-After': '5' } },
    );
  }
}
