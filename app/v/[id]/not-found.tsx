import Link from 'next/link';
import styles from '@/components/records/RecordPage.module.css';

/** A snapshot link that names no snapshot: said in words, with the way back, instead of a bare 404. */
export default function SnapshotNotFound() {
  return (
    <div className={styles.page}>
      <div className={styles.inner}>
        <h1 className={styles.title}>This snapshot does not exist</h1>
        <p>
          No snapshot is stored under this link. Whoever took it may have deleted it, or the link may have been cut short or
          mistyped when it was copied: a snapshot link ends in <code>/v/</code> and ten letters, digits, dashes or underscores.
          Ask whoever shared it for the whole link.
        </p>
        <p>
          <Link href="/" className="button-link">
            Go to the graph
          </Link>
        </p>
      </div>
    </div>
  );
}
