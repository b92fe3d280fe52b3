import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { updateUser } from '@/db/accounts/users';
import { parseRequest, respond } from '@/lib/api-response';
import { userIdSchema, userUpdateSchema } from '@/lib/schemas/account';
import { readJsonBody } from '@/lib/write-api';
import { guardWrite } from '../../guard';

const paramsSchema = z.object({ id: userIdSchema });

/** `PATCH /api/users/:id` (admin) `{name?, role?, disabled?}`: 200 `{user}`; disabling ends the user's sessions. */
export async function PATCH(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return respond(async () => {
    const principal = await guardWrite(request);
    const { id } = parseRequest(paramsSchema, await params);
    const changes = await readJsonBody(request, userUpdateSchema);
    return { user: await updateUser({ principal, id, changes }) };
  });
}
