import { getSnapshot } from '@/db/queries/snapshots';
import { PREVIEW_SIZE, previewImage } from '@/components/preview/previewImage';
import { requirePageReader } from '@/app/page-guard';

export const size = PREVIEW_SIZE;
export const contentType = 'image/png';
export const alt = 'The snapshot of a Parley graph view';

/** The snapshot's own picture, drawn where its nodes stood when it was taken. */
export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  await requirePageReader();
  const snapshot = await getSnapshot({ id: (await params).id });
  return previewImage(snapshot.bundle, `Snapshot of ${snapshot.createdAt.slice(0, 10)}`, snapshot.positions);
}
