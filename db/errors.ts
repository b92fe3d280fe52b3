import { Neo4jError, isRetryableError } from 'neo4j-driver';
import { AppError } from '../lib/errors';

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

export const DATABASE_UNAVAILABLE_MESSAGE =
  'The database is unavailable: Parley cannot reach Neo4j right now. It reconnects by itself once Neo4j is back.';

/**
 * A write refused by a uniqueness constraint, such as two requests that picked the same new id at once. Callers
 * that can recover retry the transaction (it then sees the winner); elsewhere it answers 409.
 */
export class UniqueConstraintViolation extends AppError {
  constructor() {
    super('conflict', 'Another request saved the same record at the same moment; try again.');
  }
}

/** Turns whatever a query threw into an AppError whose message is safe to show; internals go to the server log. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof Neo4jError) {
    if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') return new UniqueConstraintViolation();
    // A server shutting down drops connections mid-handshake (closed, EPIPE, reset): an outage too, not a fault of ours.
    const closedByServer =
      error.code === 'ProtocolError' && /closed by server|failed to connect|EPIPE|ECONNRESET|ECONNREFUSED/i.test(error.message);
    // Transactions a stopping database ends: the write did not happen, and can be sent again once it is back.
    const terminated = /Transaction\.(Terminated|LockClientStopped)$/.test(error.code);
    if (UNAVAILABLE_CODES.has(error.code) || isRetryableError(error) || closedByServer || terminated) {
      return new AppError('database_unavailable', DATABASE_UNAVAILABLE_MESSAGE);
    }
    if (/Connection acquisition timed out/.test(error.message)) {
      return new AppError('database_unavailable', 'The database is too busy to answer right now. Try again in a moment.');
    }
    if (error.code === 'Neo.ClientError.Security.Unauthorized') {
      return new AppError(
        'database_unavailable',
        'Neo4j refused Parley’s credentials: check NEO4J_USERNAME and NEO4J_PASSWORD.',
      );
    }
  }
  console.error('Unexpected database error', error);
  return new AppError('internal', 'Something went wrong on the server; the error has been logged.');
}
