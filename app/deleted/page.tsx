import type { Metadata } from 'next';
import { DeletedRecords } from '@/components/records/DeletedRecords';
import styles from '@/components/records/RecordPage.module.css';
import { requirePageReader } from '@/app/page-guard';

export const metadata: Metadata = { title: 'Deleted records' };

/** Tombstoned records with Restore and History; the list comes from `GET /api/deleted` in the browser. */
export default async function DeletedPage() {
  await requirePageReader();
  return (
    <div className={styles.page}>
      <DeletedRecords />
    </div>
  );
}
