import type { NextRequest } from 'next/server';
import { sessionTokenOf } from '@/db/accounts/request';
import { tokenHash } from '@/db/accounts/sessions';
import { changePassword } from '@/db/accounts/users';
import { respond } from '@/lib/api-response';
import { withSignInLimits } from '@/db/accounts/limits';
import { clientAddress } from '@/lib/auth/limits';
import { passwordChangeSchema } from '@/lib/schemas/account';
import { readJsonBody } from '@/lib/write-api';
import { guardWrite } from '../../guard';

/**
 * `POST /api/account/password` `{currentPassword, newPassword}`: 200 `{changed: true}`; the user's other sessions end.
 * Tries count as sign-in attempts, so that a borrowed session cannot be used to guess the password.
 */
export async function POST(request: NextRequest): Promise<Response> {
  return respond(async () => {
    const principal = await guardWrite(request);
    const { currentPassword, newPassword } = await readJsonBody(request, passwordChangeSchema);
    const token = sessionTokenOf(request);
    await withSignInLimits(principal.username, clientAddress(request.headers), () =>
      changePassword({ principal, currentPassword, newPassword, keepSession: token && tokenHash(token) }),
    );
    return { changed: true };
  });
}
