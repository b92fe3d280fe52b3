import 'server-only';
import { hasRole, roleNeededMessage, SIGN_IN_NEEDED_MESSAGE, type Principal, type Role } from '../../lib/auth/roles';
import { AppError } from '../../lib/errors';

declare const authorized: unique symbol;

/** A principal that `requireRole` let through: the write runners accept nothing else. */
export type Authorized = Principal & { readonly [authorized]: Role };

/**
 * The one authorization check of the data-access layer: every write calls it before touching the database.
 * 401 when no one is signed in, 403 when the role is too low.
 */
export function requireRole(principal: Principal | null, role: Role): Authorized {
  if (!principal) throw new AppError('unauthorized', SIGN_IN_NEEDED_MESSAGE);
  if (!hasRole(principal, role)) throw new AppError('forbidden', roleNeededMessage(role));
  return principal as Authorized;
}
