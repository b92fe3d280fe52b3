/** Server side: the one error type the API turns into a response (the client sees it as `ApiClientError`): its code decides the HTTP status, its message is safe to show. */
export const ERROR_STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  content_too_large: 413,
  too_many_requests: 429,
  database_unavailable: 503,
  /** Reachable (it accepts connections) but not replying within the call's deadline: hung, frozen or cut off. */
  database_not_answering: 503,
  /** Reachable, but too busy (writes in each other's way, no memory to spare) even after the driver's retries. */
  database_busy: 503,
  /** Answering, but this read needs longer than its deadline: not worth retrying as it is (no Retry-After). */
  read_too_long: 503,
  internal: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

export interface FieldIssue {
  /** Dotted path of the field, e.g. `citations.0.quote`. */
  field: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
    /** More that the client can act on, such as the current record of a 409 (`current`); sent inside `error`. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  toJSON() {
    return {
      error: { code: this.code, message: this.message, ...(this.issues.length ? { issues: this.issues } : {}), ...this.details },
    };
  }
}

/**
 * For `.catch` on a part a page can do without (a preview's title, the comparison with today): the page is shown
 * without it, and the server's log says what failed and where.
 */
export function leaveOut(part: string): (error: unknown) => null {
  return (error) => {
    console.warn(`Left out ${part}:`, error);
    return null;
  };
}
