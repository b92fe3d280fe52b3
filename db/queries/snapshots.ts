import 'server-only';
import { randomBytes } from 'node:crypto';
import type { ExportBundle } from '../../lib/export/bundle';
import type { Principal } from '../../lib/auth/roles';
import { AppError } from '../../lib/errors';
import { requireRole } from '../accounts/authorize';
import type { SnapshotInput } from '../../lib/schemas/snapshot';
import type { Snapshot } from '../../lib/snapshot';
import { readTransaction, writeTransaction } from '../driver';

function newSnapshotId(): string {
  return randomBytes(8).toString('base64url').slice(0, 10);
}

/**
 * Stores a snapshot: the view's content as it is now (with its citations) and the picture's positions, so that
 * its link shows the same picture whatever changes later. There is no update: snapshots are immutable.
 */
export async function createSnapshot({
  input,
  bundle,
  view,
  principal,
}: {
  input: SnapshotInput;
  bundle: ExportBundle;
  view: string;
  principal: Principal | null;
}): Promise<Snapshot> {
  // Sharing is for every signed-in user, viewers included; anonymous visitors only open links.
  const sharer = requireRole(principal, 'viewer');
  const snapshot: Snapshot = {
    id: newSnapshotId(),
    createdAt: bundle.exportedAt,
    createdBy: sharer.name,
    view,
    bundle,
    positions: input.positions,
    zoom: input.zoom,
    pan: input.pan,
  };
  await writeTransaction((tx) =>
    tx.run(
      `CREATE (:Snapshot {id: $id, createdAt: $createdAt, createdBy: $createdBy, createdById: $createdById, view: $view,
                          bundle: $bundle, positions: $positions, zoom: $zoom, panX: $panX, panY: $panY})`,
      {
        id: snapshot.id,
        createdAt: snapshot.createdAt,
        createdBy: snapshot.createdBy,
        createdById: sharer.id,
        view: snapshot.view,
        bundle: JSON.stringify(snapshot.bundle),
        positions: JSON.stringify(snapshot.positions),
        zoom: snapshot.zoom,
        panX: snapshot.pan.x,
        panY: snapshot.pan.y,
      },
    ),
  );
  return snapshot;
}

export async function getSnapshot({ id }: { id: string }): Promise<Snapshot> {
  const record = await readTransaction(async (tx) => {
    const result = await tx.run('MATCH (s:Snapshot {id: $id}) RETURN s', { id });
    return result.records[0]?.get('s').properties as Record<string, string | number> | undefined;
  });
  if (!record) throw new AppError('not_found', `No snapshot with id "${id}".`);
  return {
    id: String(record.id),
    createdAt: String(record.createdAt),
    createdBy: String(record.createdBy),
    view: String(record.view),
    bundle: JSON.parse(String(record.bundle)) as ExportBundle,
    positions: JSON.parse(String(record.positions)) as Snapshot['positions'],
    zoom: Number(record.zoom),
    pan: { x: Number(record.panX), y: Number(record.panY) },
  };
}
