import { describePace, importPace } from '@/lib/import/rate';
import type { UploadState } from './useImportUpload';
import styles from './Import.module.css';

const number = (value: number) => value.toLocaleString('en');

/**
 * How far an import has got: the upload in bytes, then the records decided, said in words (with records a second
 * and the time left, at the pace of the progress lines so far) and drawn as a bar.
 */
export function ImportProgress({ state }: { state: Extract<UploadState, { phase: 'uploading' | 'processing' }> }) {
  const what = state.dryRun ? 'Previewing' : 'Importing';
  const { value, max, label } =
    state.phase === 'uploading'
      ? { value: state.sent, max: Math.max(state.size, 1), label: `Uploading… ${Math.round((100 * state.sent) / Math.max(state.size, 1))}% of ${number(Math.ceil(state.size / 1024))} KB` }
      : state.total === 0
        ? { value: undefined, max: 1, label: `${what}: reading the file…` }
        : { value: state.done, max: state.total, label: `${what}… ${number(state.done)} of ${number(state.total)} records${paceOf(state)}` };
  return (
    <div className={styles.progress} aria-busy="true">
      <progress value={value} max={max} aria-label="Import progress" />
      <p role="status">{label}</p>
    </div>
  );
}

function paceOf({ startedAt, at, done, total }: Extract<UploadState, { phase: 'processing' }>): string {
  const pace = describePace(importPace({ startedAt, now: at, done, total }), 'records');
  return pace ? ` · ${pace}` : '';
}
