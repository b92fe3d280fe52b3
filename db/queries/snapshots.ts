import 'server-only';
import { randomBytes } from 'node:crypto';
import { int } from 'neo4j-driver';
import type { ExportBundle } from '../../lib/export/bundle';
import { configured } from '../../lib/auth/limits';
import { hasRole, type Principal } from '../../lib/auth/roles';
import { AppError } from '../../lib/errors';
import { requireRole } from '../accounts/authorize';
import type { SnapshotInput } from '../../lib/schemas/snapshot';
import { snapshotTitle, type Snapshot, type SnapshotListing } from '../../lib/snapshot';
import { readTransaction, writeTransaction } from '../driver';

function newSnapshotId(): string {
  return randomBytes(8).toString('base64url').slice(0, 10);
}

/**
 * What one snapshot may hold and how many one account may keep: `PARLEY_SNAPSHOT_MAX_KB` (default 2048, 2 MB) and
 * `PARLEY_SNAPSHOT_QUOTA` (default 100), read at each share so that a changed setting applies at once. A snapshot
 * stores the whole content of its view with every quote, which is far larger than the request that asks for it.
 */
export function snapshotLimits(): { maxBytes: number; perUser: number } {
  return { maxBytes: configured('PARLEY_SNAPSHOT_MAX_KB', 2048) * 1024, perUser: configured('PARLEY_SNAPSHOT_QUOTA', 100) };
}

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024).toLocaleString('en')} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Stores a snapshot: the view's content as it is now (with its citations) and the picture's positions, so that
 * its link shows the same picture whatever changes later. There is no update: snapshots are immutable. Refused
 * (413) when what it would store is over the size limit, and (409) when its user already keeps their quota.
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
    createdById: sharer.id,
    view,
    bundle,
    positions: input.positions,
    zoom: input.zoom,
    pan: input.pan,
  };
  const stored = { bundle: JSON.stringify(snapshot.bundle), positions: JSON.stringify(snapshot.positions) };
  const bytes = Buffer.byteLength(stored.bundle) + Buffer.byteLength(stored.positions) + Buffer.byteLength(view);
  const limits = snapshotLimits();
  if (bytes > limits.maxBytes) {
    const limit = formatSize(limits.maxBytes);
    throw new AppError(
      'content_too_large',
      `This view is too large to keep as a snapshot: with its content and quotes it comes to ${formatSize(bytes)}, and a ` +
        `snapshot may hold at most ${limit}. Show fewer actors or claims (filters, hiding) and share again, or copy the ` +
        'link to the view, which stores nothing.',
      [{ field: 'view', message: `At most ${limit} with the content and quotes it shows` }],
      { limitBytes: limits.maxBytes, sizeBytes: bytes },
    );
  }
  await writeTransaction(async (tx) => {
    // The user's node is locked first, so that shares sent at once are counted one after the other.
    const kept = await tx.run(
      `MATCH (u:User {id: $userId}) SET u._lock = true REMOVE u._lock
       RETURN COUNT { MATCH (s:Snapshot {createdById: $userId}) WHERE s.deletedAt IS NULL } AS kept`,
      { userId: sharer.id },
    );
    const count = Number(kept.records[0]?.get('kept') ?? 0);
    if (count >= limits.perUser) {
      throw new AppError(
        'conflict',
        `You keep ${count.toLocaleString('en')} snapshots, the most one account may keep on this server. Delete some you ` +
          'no longer need (your account page lists them, each with a Delete button), then share again.',
        [],
        { quota: limits.perUser, kept: count },
      );
    }
    await tx.run(
      `CREATE (:Snapshot {id: $id, createdAt: $createdAt, createdBy: $createdBy, createdById: $createdById, view: $view,
                          title: $title, bundle: $bundle, positions: $positions, zoom: $zoom, panX: $panX, panY: $panY})`,
      {
        id: snapshot.id,
        title: snapshotTitle(snapshot.bundle.actors),
        createdAt: snapshot.createdAt,
        createdBy: snapshot.createdBy,
        createdById: snapshot.createdById,
        view: snapshot.view,
        bundle: stored.bundle,
        positions: stored.positions,
        zoom: snapshot.zoom,
        panX: snapshot.pan.x,
        panY: snapshot.pan.y,
      },
    );
  });
  return snapshot;
}

function deletedMessage(id: string, deletedAt: string): string {
  return `The snapshot "${id}" was deleted on ${deletedAt.slice(0, 10)}.`;
}

export async function getSnapshot({ id }: { id: string }): Promise<Snapshot> {
  const record = await readTransaction(async (tx) => {
    const result = await tx.run('MATCH (s:Snapshot {id: $id}) RETURN s', { id });
    return result.records[0]?.get('s').properties as Record<string, string | number> | undefined;
    // A snapshot keeps its view's whole content: up to PARLEY_SNAPSHOT_MAX_KB.
  }, 'largeRead');
  if (!record) throw new AppError('not_found', `No snapshot with id "${id}".`);
  if (record.deletedAt) throw new AppError('not_found', deletedMessage(id, String(record.deletedAt)));
  return {
    id: String(record.id),
    createdAt: String(record.createdAt),
    createdBy: String(record.createdBy),
    createdById: String(record.createdById),
    view: String(record.view),
    bundle: JSON.parse(String(record.bundle)) as ExportBundle,
    positions: JSON.parse(String(record.positions)) as Snapshot['positions'],
    zoom: Number(record.zoom),
    pan: { x: Number(record.panX), y: Number(record.panY) },
  };
}

/**
 * Deletes a snapshot, for the user who took it or an admin. What it showed goes (freeing the quota and the space,
 * and withdrawing what was shared); a tombstone keeps its id, so that the link is never reused, and who deleted it
 * when. Nothing is left to restore, as the content is gone. 404 for an unknown or already deleted snapshot.
 */
export async function deleteSnapshot({ id, principal }: { id: string; principal: Principal | null }): Promise<{ id: string; deletedAt: string }> {
  const user = requireRole(principal, 'viewer');
  const deletedAt = new Date().toISOString();
  await writeTransaction(async (tx) => {
    const result = await tx.run(
      `MATCH (s:Snapshot {id: $id}) SET s._lock = true REMOVE s._lock
       RETURN s.createdById AS ownerId, s.deletedAt AS deletedAt`,
      { id },
    );
    const found = result.records[0];
    if (!found) throw new AppError('not_found', `No snapshot with id "${id}".`);
    if (found.get('deletedAt')) throw new AppError('not_found', deletedMessage(id, found.get('deletedAt') as string));
    if (found.get('ownerId') !== user.id && !hasRole(user, 'admin')) {
      throw new AppError('forbidden', 'Only the user who took this snapshot, or an admin, may delete it.');
    }
    await tx.run(
      `MATCH (s:Snapshot {id: $id})
       SET s.deletedAt = $deletedAt, s.deletedBy = $deletedBy, s.deletedById = $deletedById
       REMOVE s.view, s.title, s.bundle, s.positions, s.zoom, s.panX, s.panY`,
      { id, deletedAt, deletedBy: user.name, deletedById: user.id },
    );
  });
  return { id, deletedAt };
}

/**
 * The snapshots a user keeps, newest first, as many as the quota lets them keep. Snapshots taken before titles
 * were stored are named by their date.
 */
export async function listSnapshotsOf(principal: Principal | null): Promise<{ snapshots: SnapshotListing[]; quota: number }> {
  const user = requireRole(principal, 'viewer');
  const { perUser } = snapshotLimits();
  const snapshots = await readTransaction(async (tx) => {
    const result = await tx.run<{ id: string; createdAt: string; title: string | null }>(
      `MATCH (s:Snapshot {createdById: $userId}) WHERE s.deletedAt IS NULL
       RETURN s.id AS id, s.createdAt AS createdAt, s.title AS title
       ORDER BY s.createdAt DESC LIMIT $limit`,
      { userId: user.id, limit: int(perUser) },
    );
    return result.records.map((record) => {
      const { id, createdAt, title } = record.toObject();
      return { id, createdAt, title: title ?? `Snapshot of ${createdAt.slice(0, 10)}` };
    });
  });
  return { snapshots, quota: perUser };
}
