import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { NextRequest } from 'next/server';
import { DEMO_SOURCE } from '@/db/seed/demo';
import { TEST_USERS } from '@/db/testing/accounts';
import type { DemoDatabase } from '@/db/testing/demo-database';
import { createActor } from '@/db/commands/actors';
import { createMeeting } from '@/db/commands/meetings';
import type { Label } from '@/db/commands/records';
import { createTie } from '@/db/commands/ties';
import { createSource } from '@/db/commands/sources';
import { deleteRecord } from '@/db/commands/tombstones';
import type { Principal, Role } from '@/lib/auth/roles';
import { actorInputSchema } from '@/lib/schemas/actor';
import { meetingInputSchema } from '@/lib/schemas/meeting';
import { tieInputSchema } from '@/lib/schemas/tie';
import { sourceInputSchema } from '@/lib/schemas/source';
import * as accountPassword from './account/password/route';
import * as actor from './actors/[id]/route';
import * as actorRestore from './actors/[id]/restore/route';
import * as actors from './actors/route';
import * as extractRoute from './extract/route';
import * as extractAccept from './extract/accept/route';
import * as importRoute from './import/route';
import * as meeting from './meetings/[id]/route';
import * as meetingCitations from './meetings/[id]/citations/route';
import * as meetingRestore from './meetings/[id]/restore/route';
import * as meetings from './meetings/route';
import * as tie from './ties/[id]/route';
import * as tieCitations from './ties/[id]/citations/route';
import * as tieRestore from './ties/[id]/restore/route';
import * as ties from './ties/route';
import * as snapshot from './snapshots/[id]/route';
import * as snapshots from './snapshots/route';
import * as source from './sources/[id]/route';
import * as sourceRestore from './sources/[id]/restore/route';
import * as sources from './sources/route';
import * as user from './users/[id]/route';
import * as users from './users/route';

/**
 * Every state-changing route under app/api, for the role matrix and the cross-site tests: the least role it needs,
 * and how to make a request to it that would succeed for that role (records it acts on are made fresh each time, so
 * that one role's success does not change what the next finds).
 */

type Context = { params: Promise<{ id: string }> };
type AnyHandler = (request: NextRequest, context: Context) => Promise<Response>;

export interface PreparedWrite {
  /** Path and query, from the site's root. */
  path: string;
  /** Route parameters, for routes under `[id]`. */
  id?: string;
  body?: unknown;
  /** A body that is not JSON (the import's file). */
  rawBody?: string;
  contentType?: string;
  /** The role this request is for, when the request itself depends on who sends it (changing one's own password). */
}

export interface WriteRoute {
  name: string;
  method: 'POST' | 'PATCH' | 'DELETE';
  handler: AnyHandler;
  /** The least role that may call it. */
  role: Role;
  /** Makes what the request needs in the database and answers the request; `role` is who will send it. */
  prepare(db: DemoDatabase, unique: string, role: Role | null): Promise<PreparedWrite>;
}

const CITATION = { source: { id: DEMO_SOURCE.id }, quote: 'le Qatar', credibility: 3 };
const ICEWS = readFileSync(path.join(__dirname, '../../lib/import/fixtures/icews-events.tsv'), 'utf8');

// Records a request acts on are made as the app makes them, through its commands, by an admin.
const { id: adminId, username: adminUsername, name: adminName } = TEST_USERS.admin;
const SEEDER: Principal = { id: adminId, username: adminUsername, name: adminName, role: 'admin' };

/** Deletes the record just made when the route needs a deleted one (a restore), and answers its id. */
async function deletedIf(deleted: boolean, label: Label, id: string): Promise<string> {
  if (deleted) await deleteRecord({ label, id, version: 1, principal: SEEDER });
  return id;
}

async function freshActor(name: string, deleted = false): Promise<string> {
  const { body } = await createActor({ input: actorInputSchema.parse({ name, kind: 'person' }), principal: SEEDER, idempotency: null });
  return deletedIf(deleted, 'Actor', body.id);
}

async function freshSource(title: string, deleted = false): Promise<string> {
  const input = sourceInputSchema.parse({ title, language: 'en', reliability: 'B' });
  const { body } = await createSource({ input, principal: SEEDER, idempotency: null });
  return deletedIf(deleted, 'Source', body.id);
}

const SEED_CITATION = { source: { id: DEMO_SOURCE.id }, quote: 'q', credibility: 3 };

async function freshTie(deleted = false): Promise<string> {
  const input = tieInputSchema.parse({ type: 'SUPPORTS', subjectId: 'qatar', objectId: 'hamas', confidence: 'low', citations: [SEED_CITATION] });
  const { body } = await createTie({ input, principal: SEEDER, idempotency: null });
  return deletedIf(deleted, 'Tie', body.id);
}

async function freshMeeting(title: string, deleted = false): Promise<string> {
  const input = meetingInputSchema.parse({
    title,
    kind: 'mediation',
    participants: [
      { actorId: 'qatar', role: 'party' },
      { actorId: 'egypt', role: 'party' },
    ],
    citations: [SEED_CITATION],
  });
  const { body } = await createMeeting({ input, principal: SEEDER, idempotency: null });
  return deletedIf(deleted, 'Meeting', body.id);
}

async function freshUser(db: DemoDatabase, id: string): Promise<void> {
  await db.run(
    `CREATE (:User {id: $id, username: $username, name: 'Someone', role: 'viewer', disabled: false, passwordHash: 'none',
                    createdAt: '2026-01-01', updatedAt: '2026-01-01'})`,
    { id, username: `u-${id.slice(-12)}` },
  );
}

/** A UUID made from a test's unique text, for routes whose ids are UUIDs. */
function uuidOf(unique: string): string {
  return `00000000-0000-4000-8000-${createHash('sha256').update(unique).digest('hex').slice(0, 12)}`;
}

export const WRITE_ROUTES: WriteRoute[] = [
  { name: 'POST /api/actors', method: 'POST', handler: actors.POST, role: 'editor', prepare: async (_db, unique) => ({ path: '/api/actors', body: { name: `Actor ${unique}`, kind: 'person' } }) },
  {
    name: 'PATCH /api/actors/:id',
    method: 'PATCH',
    handler: actor.PATCH,
    role: 'editor',
    prepare: async (_db, unique) => {
      const id = await freshActor(`a-${unique}`);
      return { path: `/api/actors/${id}`, id, body: { version: 1, changes: { description: 'Changed.' } } };
    },
  },
  {
    name: 'DELETE /api/actors/:id',
    method: 'DELETE',
    handler: actor.DELETE,
    role: 'editor',
    prepare: async (_db, unique) => {
      const id = await freshActor(`a-${unique}`);
      return { path: `/api/actors/${id}?version=1`, id };
    },
  },
  {
    name: 'POST /api/actors/:id/restore',
    method: 'POST',
    handler: actorRestore.POST,
    role: 'admin',
    prepare: async (_db, unique) => {
      const id = await freshActor(`a-${unique}`, true);
      return { path: `/api/actors/${id}/restore`, id };
    },
  },
  {
    name: 'POST /api/ties',
    method: 'POST',
    handler: ties.POST,
    role: 'editor',
    prepare: async () => ({ path: '/api/ties', body: { type: 'SUPPORTS', subjectId: 'qatar', objectId: 'hamas', confidence: 'high', citations: [CITATION] } }),
  },
  {
    name: 'PATCH /api/ties/:id',
    method: 'PATCH',
    handler: tie.PATCH,
    role: 'editor',
    prepare: async () => {
      const id = await freshTie();
      return { path: `/api/ties/${id}`, id, body: { version: 1, changes: { confidence: 'high' } } };
    },
  },
  {
    name: 'DELETE /api/ties/:id',
    method: 'DELETE',
    handler: tie.DELETE,
    role: 'editor',
    prepare: async () => {
      const id = await freshTie();
      return { path: `/api/ties/${id}?version=1`, id };
    },
  },
  {
    name: 'POST /api/ties/:id/citations',
    method: 'POST',
    handler: tieCitations.POST,
    role: 'editor',
    prepare: async () => {
      const id = await freshTie();
      return { path: `/api/ties/${id}/citations`, id, body: CITATION };
    },
  },
  {
    name: 'POST /api/ties/:id/restore',
    method: 'POST',
    handler: tieRestore.POST,
    role: 'admin',
    prepare: async () => {
      const id = await freshTie(true);
      return { path: `/api/ties/${id}/restore`, id };
    },
  },
  {
    name: 'POST /api/meetings',
    method: 'POST',
    handler: meetings.POST,
    role: 'editor',
    prepare: async (_db, unique) => ({
      path: '/api/meetings',
      body: {
        title: `Talks ${unique}`,
        kind: 'negotiation',
        participants: [
          { actorId: 'qatar', role: 'host' },
          { actorId: 'hamas', role: 'party' },
        ],
        citations: [CITATION],
      },
    }),
  },
  {
    name: 'PATCH /api/meetings/:id',
    method: 'PATCH',
    handler: meeting.PATCH,
    role: 'editor',
    prepare: async (_db, unique) => {
      const id = await freshMeeting(`m-${unique}`);
      return { path: `/api/meetings/${id}`, id, body: { version: 1, changes: { location: 'Doha' } } };
    },
  },
  {
    name: 'DELETE /api/meetings/:id',
    method: 'DELETE',
    handler: meeting.DELETE,
    role: 'editor',
    prepare: async (_db, unique) => {
      const id = await freshMeeting(`m-${unique}`);
      return { path: `/api/meetings/${id}?version=1`, id };
    },
  },
  {
    name: 'POST /api/meetings/:id/citations',
    method: 'POST',
    handler: meetingCitations.POST,
    role: 'editor',
    prepare: async (_db, unique) => {
      const id = await freshMeeting(`m-${unique}`);
      return { path: `/api/meetings/${id}/citations`, id, body: CITATION };
    },
  },
  {
    name: 'POST /api/meetings/:id/restore',
    method: 'POST',
    handler: meetingRestore.POST,
    role: 'admin',
    prepare: async (_db, unique) => {
      const id = await freshMeeting(`m-${unique}`, true);
      return { path: `/api/meetings/${id}/restore`, id };
    },
  },
  {
    name: 'POST /api/sources',
    method: 'POST',
    handler: sources.POST,
    role: 'editor',
    prepare: async (_db, unique) => ({ path: '/api/sources', body: { title: `Source ${unique}`, language: 'en', reliability: 'B', url: 'https://example.org/a' } }),
  },
  {
    name: 'PATCH /api/sources/:id',
    method: 'PATCH',
    handler: source.PATCH,
    role: 'editor',
    prepare: async (_db, unique) => {
      const id = await freshSource(`s-${unique}`);
      return { path: `/api/sources/${id}`, id, body: { version: 1, changes: { reliability: 'C' } } };
    },
  },
  {
    name: 'DELETE /api/sources/:id',
    method: 'DELETE',
    handler: source.DELETE,
    role: 'editor',
    prepare: async (_db, unique) => {
      const id = await freshSource(`s-${unique}`);
      return { path: `/api/sources/${id}?version=1`, id };
    },
  },
  {
    name: 'POST /api/sources/:id/restore',
    method: 'POST',
    handler: sourceRestore.POST,
    role: 'admin',
    prepare: async (_db, unique) => {
      const id = await freshSource(`s-${unique}`, true);
      return { path: `/api/sources/${id}/restore`, id };
    },
  },
  {
    name: 'POST /api/extract',
    method: 'POST',
    handler: extractRoute.POST,
    role: 'editor',
    prepare: async () => ({ path: '/api/extract', body: { text: 'Le Qatar a condamné Israël.' } }),
  },
  {
    name: 'POST /api/extract/accept',
    method: 'POST',
    handler: extractAccept.POST,
    role: 'editor',
    prepare: async (_db, unique) => ({
      path: '/api/extract/accept',
      body: {
        text: `${unique}: Le Qatar a condamné Israël.`,
        source: { id: DEMO_SOURCE.id },
        claims: [{ kind: 'tie', type: 'CRITICIZES', subject: { id: 'qatar' }, object: { id: 'israel' }, confidence: 'moderate', quote: 'Le Qatar a condamné Israël.', credibility: 6 }],
      },
    }),
  },
  {
    name: 'POST /api/snapshots',
    method: 'POST',
    handler: snapshots.POST,
    role: 'viewer',
    prepare: async () => ({ path: '/api/snapshots', body: { view: '?a=qatar,hamas', positions: {}, zoom: 1, pan: { x: 0, y: 0 } } }),
  },
  {
    name: 'DELETE /api/snapshots/:id',
    method: 'DELETE',
    handler: snapshot.DELETE,
    role: 'viewer',
    // Anyone signed in deletes the snapshots they took: each role deletes one of its own.
    prepare: async (db, unique, role) => {
      const id = createHash('sha256').update(unique).digest('base64url').slice(0, 10);
      await db.run(
        `CREATE (:Snapshot {id: $id, createdAt: '2026-01-01T00:00:00.000Z', createdBy: 'test', createdById: $ownerId, view: '?a=qatar',
                            bundle: '{}', positions: '{}', zoom: 1, panX: 0, panY: 0})`,
        { id, ownerId: TEST_USERS[role ?? 'viewer'].id },
      );
      return { path: `/api/snapshots/${id}`, id };
    },
  },
  {
    name: 'POST /api/import',
    method: 'POST',
    handler: importRoute.POST,
    role: 'editor',
    prepare: async () => ({ path: '/api/import?format=icews&dryRun=true', rawBody: ICEWS, contentType: 'text/plain' }),
  },
  {
    name: 'POST /api/users',
    method: 'POST',
    handler: users.POST,
    role: 'admin',
    prepare: async (_db, unique) => ({
      path: '/api/users',
      body: { username: `user-${unique}`.toLowerCase(), name: 'New User', role: 'viewer', password: 'a-long-password' },
    }),
  },
  {
    name: 'PATCH /api/users/:id',
    method: 'PATCH',
    handler: user.PATCH,
    role: 'admin',
    prepare: async (db, unique) => {
      const id = uuidOf(unique);
      await freshUser(db, id);
      return { path: `/api/users/${id}`, id, body: { role: 'editor' } };
    },
  },
  {
    name: 'POST /api/account/password',
    method: 'POST',
    handler: accountPassword.POST,
    role: 'viewer',
    // Each test user changes their own password, from the one the test accounts are made with.
    prepare: async (_db, _unique, role) => ({
      path: '/api/account/password',
      body: { currentPassword: role ? TEST_USERS[role].password : 'whatever-it-is', newPassword: 'a-new-long-password' },
    }),
  },
];
