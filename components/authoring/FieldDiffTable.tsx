import styles from './forms.module.css';

export interface FieldDiffRow {
  field: string;
  left: string;
  right: string;
}

/** A field-by-field comparison of two versions of a record (yours and now, before and after). */
export function FieldDiffTable({ headings, rows }: { headings: [string, string]; rows: FieldDiffRow[] }) {
  return (
    <table className={styles.diff}>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">{headings[0]}</th>
          <th scope="col">{headings[1]}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.field}>
            <th scope="row">{row.field}</th>
            <td>{row.left}</td>
            <td>{row.right}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
