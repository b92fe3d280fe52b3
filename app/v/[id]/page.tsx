import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getGraphOfView } from '@/db/queries/graph';
import { getSnapshot } from '@/db/queries/snapshots';
import { SnapshotView } from '@/components/snapshot/SnapshotView';
import { AppError, leaveOut } from '@/lib/errors';
import { shownClaims } from '@/lib/picture';
import { snapshotIdSchema } from '@/lib/schemas/snapshot';
import { changesSince, snapshotTitle, type Snapshot } from '@/lib/snapshot';
import { parseViewState } from '@/lib/view-state';
import { summarizeView } from '@/components/explorer/view-summary';
import { requirePageReader } from '@/app/page-guard';

export const dynamic = 'force-dynamic';

/** The snapshot for the page and its metadata alike, once this visitor may read. */
async function loadSnapshot(id: string): Promise<Snapshot> {
  await requirePageReader();
  if (!snapshotIdSchema.safeParse(id).success) notFound();
  try {
    return await getSnapshot({ id });
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const snapshot = await loadSnapshot((await params).id);
  const title = snapshotTitle(snapshot.bundle.actors);
  const description = `${summarizeView(snapshot.bundle)}, as of ${snapshot.createdAt.slice(0, 10)}. Every tie cites its source.`;
  return { title, description, openGraph: { title, description, type: 'article' }, twitter: { card: 'summary_large_image', title, description } };
}

export default async function SnapshotPage({ params }: { params: Promise<{ id: string }> }) {
  const snapshot = await loadSnapshot((await params).id);
  const view = parseViewState(new URLSearchParams(snapshot.view.replace(/^\?/, ''))).state;
  // What the same view shows today, to say what changed; the snapshot itself needs nothing live.
  const now = await getGraphOfView(view)
    .then((graph) => shownClaims(graph, view))
    .catch(leaveOut(`the comparison of snapshot ${snapshot.id} with today's graph`));
  return <SnapshotView snapshot={snapshot} changes={now && changesSince(snapshot.bundle, now)} />;
}
