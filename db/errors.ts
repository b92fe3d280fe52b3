import { Neo4jError, isRetryableError } from 'neo4j-driver';
import { AppError } from '../lib/errors';

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

export const DATABASE_UNAVAILABLE_MESSAGE =
  'The database is unavailable: Parley cannot reach Neo4j right now. It reconnects by itself once Neo4j is back.';

export const DATABASE_BUSY_MESSAGE = 'The database was busy with conflicting writes; try again.';

export const DATABASE_NOT_ANSWERING_MESSAGE =
  'The database is not answering: Neo4j accepted the request but did not reply in time. Parley carries on by itself once it answers again.';

/**
 * A read past its deadline while Neo4j answers: the read asks for more than can be read in that time (on a large
 * graph, a view of hubs with tens of thousands of claims among them). Asking again would not help; asking for less would.
 */
export function readTooLong(deadlineMs: number): AppError {
  return new AppError(
    'read_too_long',
    `This took longer than the ${deadlineMs / 1000} s Parley gives a read, though the database is answering: it asks for more than can be read in that time. Ask for less — fewer actors, a filter, a shorter time window — and try again.`,
  );
}

export const WRITE_OUTCOME_UNKNOWN_MESSAGE =
  'The database did not answer in time, so whether this change was saved is unknown. Sending it again is safe: a ' +
  'new record sent with the same Idempotency-Key is made only once, and an edit or a delete that was saved is ' +
  'refused the second time (its version or the record has changed) instead of being done twice.';

export const TOO_MANY_WAITING_MESSAGE =
  'Parley is already waiting on the database for as many requests as it lets wait; try again in a moment.';

/** A database call past its deadline (db/driver.ts): for a write, the transaction may still commit on the server. */
export function notAnswering(mode: 'READ' | 'WRITE'): AppError {
  return mode === 'WRITE'
    ? new AppError('database_not_answering', WRITE_OUTCOME_UNKNOWN_MESSAGE, [], { outcome: 'unknown' })
    : new AppError('database_not_answering', DATABASE_NOT_ANSWERING_MESSAGE);
}

const DATABASE_TOO_BUSY_MESSAGE = 'The database is too busy to answer right now. Try again in a moment.';

/**
 * A write refused by a uniqueness constraint, such as two requests that picked the same new id at once. Callers
 * that can recover retry the transaction (it then sees the winner); elsewhere it answers 409.
 */
export class UniqueConstraintViolation extends AppError {
  constructor() {
    super('conflict', 'Another request saved the same record at the same moment; try again.');
  }
}

/**
 * Transient errors of writes that got in each other's way (two transactions locking the same records in opposite
 * order, a lock held too long, a transaction that ran over a schema change). Managed transactions retry every
 * transient error for `maxTransactionRetryTime` (db/connection.ts), so one that gets here outlived those retries:
 * the database is reachable but busy, and the same request can be sent again.
 */
const WRITE_CONFLICT = /^Neo\.TransientError\.Transaction\.(DeadlockDetected|LockAcquisitionTimeout|Outdated|ConstraintsChanged)$/;
/** Transient errors that mean the database, not the request, cannot go on: it is stopping, starting or gone. */
const DATABASE_GONE =
  /^Neo\.TransientError\.(Database\.DatabaseUnavailable|General\.DatabaseUnavailable|Cluster\..*|Transaction\.(Interrupted|LeaseExpired|BookmarkTimeout))$/;

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
    if (UNAVAILABLE_CODES.has(error.code) || closedByServer || terminated || DATABASE_GONE.test(error.code)) {
      return new AppError('database_unavailable', DATABASE_UNAVAILABLE_MESSAGE);
    }
    if (WRITE_CONFLICT.test(error.code)) {
      console.warn('Writes still conflicting after the driver\'s retries', error.code, error.message);
      return new AppError('database_busy', DATABASE_BUSY_MESSAGE);
    }
    // Any other transient error (memory, threads, too many transactions) is load that passes, not an outage.
    if (isRetryableError(error) || /Connection acquisition timed out/.test(error.message)) {
      console.warn('Database too busy to answer', error.code, error.message);
      return new AppError('database_busy', DATABASE_TOO_BUSY_MESSAGE);
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
