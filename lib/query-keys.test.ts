import { MutationObserver, QueryClient, type QueryKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { getQueryClient } from './query-client';
import { invalidateChanged, queryKeys } from './query-keys';

/** One key of every kind the factory builds about the graph and its records, each of which a write can change. */
const RECORD_KEYS: QueryKey[] = [
  queryKeys.picture('a=hamas'),
  queryKeys.line('a=hamas', 'qatar|hamas', 2),
  queryKeys.actorSearch('ham'),
  queryKeys.actor('hamas'),
  queryKeys.expandPreview('hamas', 2),
  queryKeys.actorDeletion('hamas'),
  queryKeys.similarActors('Haniye', ['هنية']),
  queryKeys.tie('qatar-supports-hamas'),
  queryKeys.meeting('doha-talks'),
  queryKeys.timeline({ participant: 'hamas' }),
  queryKeys.paths({ from: 'qatar', to: 'israel' }),
  queryKeys.sourceSearch('reuters'),
  queryKeys.sourceProfile('reuters-2024'),
  queryKeys.history('actor', 'hamas'),
  queryKeys.deleted,
  // The header's "Database connected · 11 actors".
  queryKeys.health,
];

function clientHolding(keys: QueryKey[]): QueryClient {
  const client = new QueryClient();
  for (const queryKey of keys) client.setQueryData(queryKey, { cached: true });
  return client;
}

const invalidated = (client: QueryClient, queryKey: QueryKey) => client.getQueryState(queryKey)?.isInvalidated;

describe('what a write invalidates', () => {
  it('a record write reaches every key that shows records, the header’s actor count among them', async () => {
    const client = clientHolding([...RECORD_KEYS, queryKeys.users]);
    await invalidateChanged(client, 'records');
    for (const queryKey of RECORD_KEYS) expect({ queryKey, invalidated: invalidated(client, queryKey) }).toEqual({ queryKey, invalidated: true });
    expect(invalidated(client, queryKeys.users)).toBe(false);
  });

  it('a change of accounts reaches the accounts only', async () => {
    const client = clientHolding([...RECORD_KEYS, queryKeys.users]);
    await invalidateChanged(client, 'users');
    expect(invalidated(client, queryKeys.users)).toBe(true);
    expect(RECORD_KEYS.filter((queryKey) => invalidated(client, queryKey))).toEqual([]);
  });

  it('invalidating an actor reaches its preview and deletion check, not another actor', async () => {
    const client = clientHolding([queryKeys.expandPreview('hamas', 1), queryKeys.actorDeletion('hamas'), queryKeys.actor('qatar')]);
    await client.invalidateQueries({ queryKey: queryKeys.actor('hamas') });
    expect(invalidated(client, queryKeys.expandPreview('hamas', 1))).toBe(true);
    expect(invalidated(client, queryKeys.actorDeletion('hamas'))).toBe(true);
    expect(invalidated(client, queryKeys.actor('qatar'))).toBe(false);
  });

  it('the app’s client invalidates what a succeeded mutation says it changes, and nothing after a failed one', async () => {
    const client = getQueryClient();
    for (const queryKey of [queryKeys.actor('hamas'), queryKeys.health]) client.setQueryData(queryKey, { cached: true });

    const failing = new MutationObserver(client, { mutationFn: () => Promise.reject(new Error('refused')), meta: { changes: 'records' } });
    await expect(failing.mutate()).rejects.toThrow('refused');
    expect(invalidated(client, queryKeys.health)).toBe(false);

    const saving = new MutationObserver(client, { mutationFn: () => Promise.resolve({ id: 'hamas' }), meta: { changes: 'records' } });
    await saving.mutate();
    expect(invalidated(client, queryKeys.actor('hamas'))).toBe(true);
    expect(invalidated(client, queryKeys.health)).toBe(true);
  });
});
