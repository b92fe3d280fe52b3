import { checkDatabase } from '@/db/queries/health';
import { AppError } from '@/lib/errors';

export const dynamic = 'force-dynamic';

/** 200 with the database's status when Neo4j answers; 503 with a message saying what is wrong when it does not. */
export async function GET(): Promise<Response> {
  try {
    const database = await checkDatabase();
    return Response.json({ status: 'ok', database }, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    const appError = error instanceof AppError ? error : new AppError('internal', 'The health check failed.');
    return Response.json(
      { status: 'unavailable', database: { status: 'down' }, ...appError.toJSON() },
      { status: appError.code === 'internal' ? 500 : 503, headers: { 'Cache-Control': 'no-store', 'Retry-After': '5' } },
    );
  }
}
