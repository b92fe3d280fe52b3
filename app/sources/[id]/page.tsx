import type { Metadata } from 'next';
import { SourceProfileView } from '@/components/records/SourceProfileView';
import styles from '@/components/records/RecordPage.module.css';
import { requirePageReader } from '@/app/page-guard';

export const metadata: Metadata = { title: 'Source' };

/** A source and every claim it backs; the data comes from `GET /api/sources/:id` in the browser. */
export default async function SourcePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageReader();
  const { id } = await params;
  return (
    <div className={styles.page}>
      <SourceProfileView id={id} />
    </div>
  );
}
