import Link from 'next/link';
import type { ImportCounts, ImportResult } from '@/lib/import/types';
import { DEFAULT_VIEW, viewQueryString } from '@/lib/view-state';
import styles from './Import.module.css';

/** Rows of errors and skipped rows shown at once; the rest are counted, so that a huge file cannot freeze the page. */
const MAX_LISTED = 500;

const KINDS: { key: keyof ImportCounts; label: string }[] = [
  { key: 'actors', label: 'Actors' },
  { key: 'ties', label: 'Ties' },
  { key: 'meetings', label: 'Meetings' },
  { key: 'sources', label: 'Sources' },
];

const number = (value: number) => value.toLocaleString('en');

/**
 * What an import did, or a dry run would do: counts by kind, which rows were taken to be actors already recorded,
 * every row left out with its line and why, and after an import a link to the actors it brought in.
 */
export function ImportResultView({ result }: { result: ImportResult }) {
  const created = KINDS.reduce((sum, { key }) => sum + result.created[key], 0);
  return (
    <section className={styles.result} aria-labelledby="import-result-heading">
      <h2 id="import-result-heading" className={styles.resultHeading}>
        {result.dryRun ? 'Preview (dry run): nothing has been written yet' : 'Import finished'}
      </h2>
      <p data-testid="import-summary">
        {number(result.rows)} rows read: {result.dryRun ? 'would create' : 'created'} {number(created)} records, {number(result.errors.length)}{' '}
        {result.errors.length === 1 ? 'row' : 'rows'} with errors, {number(result.skipped.length)} skipped.
      </p>
      <table className={styles.table} aria-label="Records">
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col">{result.dryRun ? 'Would be created' : 'Created'}</th>
            <th scope="col">{result.dryRun ? 'Would match existing' : 'Matched existing'}</th>
          </tr>
        </thead>
        <tbody>
          {KINDS.map(({ key, label }) => (
            <tr key={key}>
              <th scope="row">{label}</th>
              <td>{number(result.created[key])}</td>
              <td>{number(result.matched[key])}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {!result.dryRun && result.imported.ids.length > 0 && (
        <p>
          <Link href={`/${viewQueryString({ ...DEFAULT_VIEW, actors: result.imported.ids })}`} className="button-link">
            Show the {number(result.imported.ids.length)} actors of this import on the graph
          </Link>
          {result.imported.total > result.imported.ids.length && (
            <span className="muted"> (the first {number(result.imported.ids.length)} of {number(result.imported.total)}, in the order of the file)</span>
          )}
        </p>
      )}

      <h3>Actors matched to recorded ones ({number(result.actorMatches.length)})</h3>
      {result.actorMatches.length === 0 ? (
        <p className="muted">No actor of the file is one already recorded.</p>
      ) : (
        <RowTable
          label="Actors matched to recorded ones"
          columns={['Line', 'Name in the file', 'Recorded actor', 'Id']}
          rows={result.actorMatches.map((match) => [match.line, match.name, match.existingName, match.id])}
        />
      )}

      <h3>Rows with errors ({number(result.errors.length)})</h3>
      {result.errors.length === 0 ? (
        <p className="muted">No row has an error.</p>
      ) : (
        <RowTable label="Rows with errors" columns={['Line', 'Field', 'Problem']} rows={result.errors.map((row) => [row.line, row.field ?? '—', row.message])} />
      )}

      <h3>Skipped rows ({number(result.skipped.length)})</h3>
      {result.skipped.length === 0 ? (
        <p className="muted">No row was skipped.</p>
      ) : (
        <RowTable label="Skipped rows" columns={['Line', 'Reason']} rows={result.skipped.map((row) => [row.line, row.reason])} />
      )}
    </section>
  );
}

function RowTable({ label, columns, rows }: { label: string; columns: string[]; rows: (string | number)[][] }) {
  return (
    <>
      <div className={styles.scroll} tabIndex={0} role="region" aria-label={`${label}, scrollable`}>
        <table className={styles.table} aria-label={label}>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, MAX_LISTED).map((row, index) => (
              <tr key={index}>
                {row.map((cell, column) => (column === 0 ? <th key={column} scope="row">{cell}</th> : <td key={column}>{cell}</td>))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > MAX_LISTED && <p className="muted">…and {number(rows.length - MAX_LISTED)} more, not listed here.</p>}
    </>
  );
}
