import { describe, expect, it } from 'vitest';
import { useDemoDatabase } from '@/db/testing/demo-database';
import { hasRole, type Role } from '@/lib/auth/roles';
import { recordFigures } from './figures.testing';
import { callRoute, writeRequest } from './write-request.testing';
import { WRITE_ROUTES } from './write-routes.testing';

/**
 * Every write route tried as an anonymous visitor, a viewer, an editor and an admin: 401 without a session, 403
 * below the route's role (both writing nothing at all), 2xx from its role up.
 */

const WHO: (Role | null)[] = [null, 'viewer', 'editor', 'admin'];

describe('the role matrix of every write route (against Neo4j)', () => {
  const db = useDemoDatabase();
  let tried = 0;
  let serverErrors = 0;

  describe.each(WRITE_ROUTES.map((route) => [route.name, route] as const))('%s', (_name, route) => {
    it.each(WHO.map((who) => [who ?? 'anonymous', who] as const))('as %s', async (label, who) => {
      const prepared = await route.prepare(db, `${route.name.replace(/\W+/g, '-').toLowerCase()}-${label}`, who);
      const before = await db.counts();
      const response = await callRoute(route, prepared, writeRequest(route, prepared, who));
      tried += 1;
      if (response.status >= 500) serverErrors += 1;
      const allowed = who !== null && hasRole({ id: '', username: '', name: '', role: who }, route.role);
      if (allowed) {
        expect(response.status, await response.clone().text()).toBeGreaterThanOrEqual(200);
        expect(response.status).toBeLessThan(300);
        return;
      }
      expect(response.status).toBe(who === null ? 401 : 403);
      const { error } = await response.json();
      expect(error.code).toBe(who === null ? 'unauthorized' : 'forbidden');
      expect(error.message).toMatch(who === null ? /Sign in/ : new RegExp(`You need the ${route.role} role`));
      expect(await db.counts()).toEqual(before);
    });
  });

  it('tried every route as every kind of visitor, with no 5xx', () => {
    expect(tried).toBe(WRITE_ROUTES.length * WHO.length);
    expect(serverErrors).toBe(0);
    recordFigures('roleMatrix', { requests: tried, serverErrors });
  });
});
