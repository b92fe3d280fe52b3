'use client';

import { useId, useState, type FormEvent } from 'react';
import { detectFormat } from '@/lib/import/detect';
import { DEFAULT_IMPORT_OPTIONS, IMPORT_FORMATS, type ImportFormat, type ImportOptions, type SectorActorOption } from '@/lib/import/types';
import { MAX_IMPORT_BYTES } from '@/lib/import/protocol';
import { ImportProgress } from './ImportProgress';
import { ImportResultView } from './ImportResultView';
import { useImportUpload } from './useImportUpload';
import styles from './Import.module.css';

const FORMAT_LABELS: Record<ImportFormat, string> = {
  'parley-json': 'Parley export (JSON)',
  'parley-csv': 'Parley export (CSV tables)',
  icews: 'ICEWS events (.tab or CSV)',
  gdelt: 'GDELT events (2.0, 1.0, or with a header row)',
  polecat: 'POLECAT events (PLOVER)',
  acled: 'ACLED export',
};

const SECTOR_LABELS: Record<SectorActorOption, string> = {
  keep: 'Keep them, each part of its country',
  skip: 'Leave their events out',
};

/** Enough of a file to tell its format by its first line. */
const SNIFF_BYTES = 64 * 1024;

/** The files chosen and the format they are read as: a preview must be of these before the import is offered. */
interface Selection {
  files: File[];
  format: ImportFormat | '';
  guessed: boolean;
}

/**
 * Import a file: choose it (the format is guessed from its name and first line), preview what it would create
 * or match with a dry run, then import it. Progress shows while it uploads and runs; the result lists every row
 * left out with its line number.
 */
export function ImportForm() {
  const ids = { file: useId(), format: useId(), sectors: useId(), hint: useId() };
  const [selection, setSelection] = useState<Selection>({ files: [], format: '', guessed: false });
  const [options, setOptions] = useState<ImportOptions>(DEFAULT_IMPORT_OPTIONS);
  const { state, start, reset } = useImportUpload();
  const busy = state.phase === 'uploading' || state.phase === 'processing';
  const previewed = state.phase === 'done' && state.dryRun;
  const tooLarge = selection.files.reduce((sum, file) => sum + file.size, 0) > MAX_IMPORT_BYTES;
  const ready = selection.files.length > 0 && selection.format !== '' && !tooLarge && !busy;
  const names = selection.files.map((file) => file.name).join(', ');
  // Chosen, and neither its first line nor its name says which format it is in: say so, rather than wait.
  const unrecognised = selection.files.length > 0 && selection.format === '' && !selection.guessed;

  const choose = async (files: File[]) => {
    reset();
    const first = files[0];
    const format = first ? detectFormat(first.name, await first.slice(0, SNIFF_BYTES).text()) : null;
    setSelection({ ...selection, files, format: format ?? '', guessed: format !== null });
  };

  const submit = (event: FormEvent<HTMLFormElement>, dryRun: boolean) => {
    event.preventDefault();
    if (ready && selection.format) start(selection.files, selection.format, dryRun, options);
  };

  return (
    <div className={styles.page}>
      <h1 className={styles.title}>Import</h1>
      <p className={styles.intro}>
        Bring in records from a Parley export (JSON, or its CSV tables — choose several at once), or event data: an ICEWS, GDELT,
        POLECAT or ACLED file. Actors are matched to existing ones by name or alias, and importing the same file again creates nothing.
      </p>
      <form className={styles.form} onSubmit={(event) => submit(event, !previewed)} aria-describedby={ids.hint}>
        <div className={styles.field}>
          <label htmlFor={ids.file}>File</label>
          <input
            id={ids.file}
            type="file"
            multiple
            accept=".json,.csv,.tsv,.tab,.txt,.CSV,text/csv,text/tab-separated-values,application/json,text/plain"
            disabled={busy}
            onChange={(event) => void choose([...(event.target.files ?? [])])}
          />
        </div>
        <div className={styles.field}>
          <label htmlFor={ids.format}>Format</label>
          <select
            id={ids.format}
            value={selection.format}
            disabled={busy}
            onChange={(event) => {
              reset();
              setSelection({ ...selection, format: event.target.value as ImportFormat | '', guessed: false });
            }}
          >
            <option value="">Choose a format…</option>
            {IMPORT_FORMATS.map((format) => (
              <option key={format} value={format}>
                {FORMAT_LABELS[format]}
              </option>
            ))}
          </select>
        </div>
        {selection.format === 'icews' && (
          <div className={styles.field}>
            <label htmlFor={ids.sectors}>Generic sector actors (“Citizen (Iran)”, “Police (India)”)</label>
            <select
              id={ids.sectors}
              value={options.sectors}
              disabled={busy}
              onChange={(event) => {
                reset();
                setOptions({ ...options, sectors: event.target.value as SectorActorOption });
              }}
            >
              {Object.entries(SECTOR_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
        )}
        {(selection.format === 'icews' || selection.format === 'gdelt') && (
          <div className={styles.field}>
            <label>
              <input
                type="checkbox"
                checked={options.keepStatements}
                disabled={busy}
                onChange={(event) => {
                  reset();
                  setOptions({ ...options, keepStatements: event.target.checked });
                }}
              />{' '}
              Keep statements (CAMEO 01), as “made a statement about” ties
            </label>
            <p className="muted">PLOVER does not code statements, so they are left out unless you tick this; the report counts them.</p>
          </div>
        )}
        {unrecognised ? (
          <p id={ids.hint} className={styles.error} role="alert">
            {names}: not recognised. Its first line is not that of a Parley export nor of an ICEWS, GDELT, POLECAT or ACLED events file. If it is one
            of these, choose its format; otherwise Parley cannot import it.
          </p>
        ) : (
          <p id={ids.hint} className="muted">
            {selection.files.length === 0
              ? 'No file chosen yet.'
              : tooLarge
                ? `These files are larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB: split them and import the parts.`
                : `${names}${selection.guessed ? ' — format recognised from the file' : ''}.`}
          </p>
        )}
        <div className={styles.actions}>
          <button type="button" disabled={!ready} onClick={() => selection.format && start(selection.files, selection.format, true, options)}>
            Preview (dry run)
          </button>
          <button type="button" className={styles.primary} disabled={!ready || !previewed} onClick={() => selection.format && start(selection.files, selection.format, false, options)}>
            Import
          </button>
          {!previewed && ready && <span className="muted">Preview first: the import is offered once you have seen what it would do.</span>}
        </div>
      </form>

      {(state.phase === 'uploading' || state.phase === 'processing') && <ImportProgress state={state} />}
      {state.phase === 'error' && (
        <p className={styles.error} role="alert">
          {state.dryRun ? 'The preview failed' : 'The import failed'}: {state.message}
        </p>
      )}
      {state.phase === 'idle' && selection.files.length === 0 && <p className="muted">Choose a file to see what it would add to the graph.</p>}
      {state.phase === 'done' && <ImportResultView result={state.result} />}
    </div>
  );
}
