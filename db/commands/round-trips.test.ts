import { ManagedTransaction } from 'neo4j-driver';
import { describe, expect, it, vi } from 'vitest';
import type { Principal } from '../../lib/auth/roles';
import { DEMO_SOURCE } from '../seed/demo';
import { TEST_USERS } from '../testing/accounts';
import { useDemoDatabase } from '../testing/demo-database';
import { createActor } from './actors';
import { sweepExpiredKeysNowAndThen } from './idempotency';
import { createMeeting } from './meetings';
import { createTie } from './ties';

const { id, username, name } = TEST_USERS.editor;
const editor: Principal = { id, username, name, role: 'editor' };
const citation = { source: { id: DEMO_SOURCE.id }, quote: 'le Qatar', credibility: 3 };
const newSource = { new: { title: 'A new source', url: null, publisher: null, publishedAt: null, language: 'en', section: null, reliability: 'B' as const } };

/**
 * Each statement of a write is a round trip to Neo4j, made while the write holds its locks: a create names its
 * statements here, so that one more is a choice and not a drift.
 */
describe('round trips of single-record writes (against Neo4j)', () => {
  useDemoDatabase();

  /** How many statements `write` runs, across every transaction it opens. */
  async function statementsOf(write: () => Promise<unknown>): Promise<number> {
    const run = vi.spyOn(ManagedTransaction.prototype, 'run');
    try {
      await write();
      return run.mock.calls.length;
    } finally {
      run.mockRestore();
    }
  }

  it('creates a tie citing an existing source in 10 statements, its idempotency key included', async () => {
    // The first keyed write of a minute also sweeps expired keys, in a transaction of its own: not part of the tie.
    await sweepExpiredKeysNowAndThen();
    const statements = await statementsOf(() =>
      createTie({
        input: { subjectId: 'qatar', objectId: 'egypt', type: 'NEGOTIATES_WITH', since: null, until: null, confidence: 'high', summary: '', citations: [citation] },
        principal: editor,
        idempotency: { key: 'round-trips-tie', scope: 'POST /api/ties' },
      }),
    );
    expect(statements).toBe(10);
  });

  it('creates a tie and the new source it cites in 10 statements', async () => {
    const statements = await statementsOf(() =>
      createTie({
        input: { subjectId: 'qatar', objectId: 'hamas', type: 'SUPPORTS', since: null, until: null, confidence: 'low', summary: '', citations: [{ ...citation, source: newSource }] },
        principal: editor,
        idempotency: null,
      }),
    );
    expect(statements).toBe(10);
  });

  it('creates a meeting in 8 statements and an actor in 3', async () => {
    const meeting = await statementsOf(() =>
      createMeeting({
        input: {
          title: 'A round-trip meeting',
          kind: 'mediation',
          date: null,
          location: null,
          summary: '',
          participants: [{ actorId: 'qatar', role: 'mediator' }, { actorId: 'egypt', role: 'mediator' }],
          citations: [citation],
        },
        principal: editor,
        idempotency: null,
      }),
    );
    const actor = await statementsOf(() =>
      createActor({ input: { name: 'Round Trip', kind: 'person', aliases: [], description: '', country: null, wikidataId: null }, principal: editor, idempotency: null }),
    );
    expect({ meeting, actor }).toEqual({ meeting: 8, actor: 3 });
  });
});
