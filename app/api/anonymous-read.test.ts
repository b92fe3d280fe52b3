import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it } from 'vitest';
import { proxy } from '@/proxy';
import { signedInAs } from '@/db/testing/accounts';
import { useDemoDatabase } from '@/db/testing/demo-database';
import { jsonRequest, TEST_ORIGIN } from '@/db/testing/requests';
import { GET as getView } from './view/route';
import { GET as getHealth } from './health/route';
import { GET as getSnapshot } from './snapshots/[id]/route';

/** PARLEY_ANONYMOUS_READ=false: reads need a signed-in user too; the default lets anonymous visitors read. */
describe('PARLEY_ANONYMOUS_READ (against Neo4j)', () => {
  useDemoDatabase();
  afterEach(() => {
    delete process.env.PARLEY_ANONYMOUS_READ;
  });

  it('lets anonymous visitors read by default', async () => {
    expect((await getView(jsonRequest('GET', '/api/view'))).status).toBe(200);
    expect(proxy(new NextRequest(`${TEST_ORIGIN}/`)).status).toBe(200);
  });

  it('answers 401 to anonymous API reads and sends pages to sign in when it is false', async () => {
    process.env.PARLEY_ANONYMOUS_READ = 'false';
    const refused = await getView(jsonRequest('GET', '/api/view'));
    expect(refused.status).toBe(401);
    expect((await refused.json()).error.message).toMatch(/Sign in to read Parley/);
    // A forged or expired cookie gets past the proxy's quick look, but not past the route.
    expect((await getView(jsonRequest('GET', '/api/view', undefined, { Cookie: 'parley_session=forged-token-forged-token' }))).status).toBe(401);
    expect((await getSnapshot(jsonRequest('GET', '/'), { params: Promise.resolve({ id: 'AAAAAAAAAA' }) })).status).toBe(401);
    expect((await getView(jsonRequest('GET', '/api/view', undefined, signedInAs('viewer')))).status).toBe(200);
    expect((await getHealth()).status).toBe(200);

    const page = proxy(new NextRequest(`${TEST_ORIGIN}/v/AAAAAAAAAA?x=1`));
    expect(page.status).toBe(307);
    expect(page.headers.get('location')).toBe(`${TEST_ORIGIN}/signin?next=%2Fv%2FAAAAAAAAAA%3Fx%3D1`);
    expect(proxy(new NextRequest(`${TEST_ORIGIN}/signin`)).status).toBe(200);
    expect(proxy(new NextRequest(`${TEST_ORIGIN}/`, { headers: signedInAs('viewer') })).status).toBe(200);
  });
});
