import type { Metadata } from 'next';
import { DeletedRecords } from '@/components/records/DeletedRecords';
import styles from '@/components/records/RecordPage.module.css';

export const metadata: Metadata = { title: 'Deleted records' };

/** Tombstoned records with Restore and History; the list comes from `GET /api/deleted` in the browser. */
export default function DeletedPage() {
  return (
    <div className={styles.page}>
      <DeletedRecords />
    </div>
  );
}
