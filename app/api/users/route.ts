import type { NextRequest } from 'next/server';
import { principalOf } from '@/db/accounts/request';
import { createUser, listUsers } from '@/db/accounts/users';
import { respond } from '@/lib/api-response';
import { userCreateSchema } from '@/lib/schemas/account';
import { readJsonBody } from '@/lib/write-api';
import { guardWrite } from '../guard';

/** `GET /api/users` (admin): `{users: [{id, username, name, role, disabled, createdAt}]}` by username. */
export async function GET(request: NextRequest): Promise<Response> {
  return respond(async () => ({ users: await listUsers({ principal: await principalOf(request) }) }));
}

/** `POST /api/users` (admin) `{username, name, role, password}`: 201 `{user}`; 409 when the username is taken. */
export async function POST(request: NextRequest): Promise<Response> {
  return respond(
    async () => {
      const principal = await guardWrite(request);
      const input = await readJsonBody(request, userCreateSchema);
      return { user: await createUser({ principal, input }) };
    },
    { status: 201 },
  );
}
