import { AppError, type FieldIssue } from './errors';
import type { ZodError } from 'zod';

export function jsonError(error: AppError): Response {
  return Response.json(error.toJSON(), {
    status: error.status,
    headers: error.code === 'database_unavailable' ? { 'Retry-After': '5' } : undefined,
  });
}

/** Field-level messages from a failed zod parse, named by their dotted path. */
export function fieldIssues(error: ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ field: issue.path.join('.') || '(request)', message: issue.message }));
}

export function badRequest(error: ZodError, message = 'Some parameters are not valid.'): AppError {
  return new AppError('bad_request', message, fieldIssues(error));
}

/** Runs a route handler's work and answers JSON, turning errors into their status and a safe message. */
export async function respond<T>(work: () => Promise<T>, init?: ResponseInit): Promise<Response> {
  try {
    return Response.json(await work(), init);
  } catch (error) {
    if (error instanceof AppError) return jsonError(error);
    console.error('Unhandled error in a route handler', error);
    return jsonError(new AppError('internal', 'Something went wrong on the server; the error has been logged.'));
  }
}
