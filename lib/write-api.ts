import type { NextRequest } from 'next/server';
import type { ZodType, output } from 'zod';
import { fieldIssues, jsonResponse, parseRequest } from './api-response';
import { AppError } from './errors';
import { deleteParamsSchema, searchParamsObject } from './schemas/requests';
import { readBodyBytes } from './request-body';

/** What the write routes read from a request besides its body, and how they answer a create. */

export const MAX_BODY_BYTES = 256 * 1024;
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
export const REPLAY_HEADER = 'Idempotent-Replay';

/** A POST that may be a retry: the key the client chose, and the request it was chosen for. */
export interface IdempotencyRequest {
  key: string;
  /** Method and path: a key is only ever replayed for the same route. */
  scope: string;
}

/** The optional `Idempotency-Key` header: 1–200 visible ASCII characters, such as a UUID the form made. */
export function readIdempotency(request: NextRequest): IdempotencyRequest | null {
  const key = request.headers.get(IDEMPOTENCY_HEADER);
  if (key === null) return null;
  if (!/^[\x21-\x7e]{1,200}$/.test(key)) {
    throw headerError(IDEMPOTENCY_HEADER, 'From 1 to 200 visible ASCII characters, such as a UUID');
  }
  return { key, scope: `${request.method} ${request.nextUrl.pathname}` };
}

function headerError(header: string, message: string): AppError {
  return new AppError('bad_request', `The ${header} header is not valid.`, [{ field: header, message }]);
}

/**
 * The JSON body, checked with its schema. Anything but `application/json`, a body over 256 KB, text that is not
 * UTF-8 JSON, and fields the schema does not know or accept are answered 400 before anything is written.
 */
export async function readJsonBody<Schema extends ZodType>(request: Request, schema: Schema): Promise<output<Schema>> {
  const mediaType = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') {
    throw bodyError('Send the body as JSON, with the header Content-Type: application/json.');
  }
  const text = await readLimitedText(request);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw bodyError('The body is not valid JSON.');
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError('bad_request', 'Some fields are not valid.', fieldIssues(parsed.error));
  return parsed.data;
}

/** The body as UTF-8 text, refused past MAX_BODY_BYTES. */
async function readLimitedText(request: Request): Promise<string> {
  const bytes = await readBodyBytes(request, MAX_BODY_BYTES, () => bodyError(`The body is larger than ${MAX_BODY_BYTES / 1024} KB.`));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw bodyError('The body is not UTF-8 text.');
  }
}

function bodyError(message: string): AppError {
  return new AppError('bad_request', message, [{ field: '(body)', message }]);
}

/** `DELETE …?version=N[&withClaims=true]`. */
export function readDeleteParams(request: NextRequest): { version: number; withClaims: boolean } {
  return parseRequest(deleteParamsSchema, searchParamsObject(request.nextUrl.searchParams));
}

/** 201 with what was created; a replayed request gets 200, the first answer and `Idempotent-Replay: true`. */
export function createdResponse<T>({ body, replayed }: { body: T; replayed: boolean }): Response {
  return replayed ? jsonResponse(body, { status: 200, headers: { [REPLAY_HEADER]: 'true' } }) : jsonResponse(body, { status: 201 });
}
