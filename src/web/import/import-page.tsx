import { useEffect, useRef } from 'react';
import { Link } from 'wouter';
import {
  formatLabels,
  type ImportFormat,
  type ImportProgress,
  type ImportSummary,
  importFormats,
  useDuplicates,
} from '../api/import.js';
import { ErrorMessage } from '../components/error-message.js';
import { ImportPeople } from './import-people.js';
import { useImportUpload } from './use-import-upload.js';
import './import-page.css';

/** Import contacts (dry run first, then commit) and download exports and a full backup. */
export function ImportPage() {
  return (
    <section className="page narrow" aria-labelledby="import-title">
      <div className="page-header">
        <h1 id="import-title">Import and export</h1>
      </div>
      <ImportPanel />
      <ExportPanel />
    </section>
  );
}

function ImportPanel() {
  const {
    file,
    format,
    setFormat,
    dragging,
    setDragging,
    preview,
    setPreview,
    done,
    progress,
    skipUnreadable,
    setSkipUnreadable,
    run,
    unreadable,
    choose,
    start,
    drop,
  } = useImportUpload();

  return (
    <section className="panel" aria-labelledby="import-file-title">
      <h2 id="import-file-title">Import contacts</h2>
      <p className="muted small">
        A LinkedIn export (Settings → Data privacy → Get a copy of your data → Connections), a Google Contacts CSV, or a
        vCard file from your phone. You see what would change before anything is saved.
      </p>
      <label
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <span>
          <strong>Choose a file</strong> or drop it here
        </span>
        <input
          type="file"
          accept=".csv,.vcf,text/csv,text/vcard"
          aria-label="Contacts file"
          onChange={(event) => void choose(event.currentTarget.files?.[0])}
        />
      </label>
      {file ? (
        <div className="form import-form">
          <p className="small">
            <strong>{file.name}</strong> · {file.rows.toLocaleString()} lines
          </p>
          <label>
            <span>Format</span>
            <select
              value={format}
              onChange={(event) => {
                setFormat(event.currentTarget.value as ImportFormat | '');
                setPreview(null);
              }}
            >
              <option value="">Choose the format…</option>
              {importFormats.map((value) => (
                <option key={value} value={value}>
                  {formatLabels[value]}
                </option>
              ))}
            </select>
          </label>
          <div className="actions">
            <button type="button" className="button" disabled={!format || run.isPending} onClick={() => start(true)}>
              Preview
            </button>
            {preview ? (
              <button type="button" className="button primary" disabled={run.isPending} onClick={() => start(false)}>
                Import {preview.created + preview.updated} people
              </button>
            ) : null}
          </div>
        </div>
      ) : null}
      {run.isPending && progress ? <Progress progress={progress} rows={file?.rows ?? 0} /> : null}
      <ErrorMessage error={run.error} />
      {run.error ? (
        <p className="small muted">
          Nothing was imported.{' '}
          {unreadable.length > 0
            ? 'Fix the file and choose it again, or skip what cannot be read:'
            : 'Fix the file and choose it again.'}
        </p>
      ) : null}
      {unreadable.length > 0 || skipUnreadable ? (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={skipUnreadable}
            onChange={(event) => {
              setSkipUnreadable(event.currentTarget.checked);
              setPreview(null);
            }}
          />{' '}
          {unreadable.length === 1
            ? 'Skip the unreadable record'
            : `Skip the ${unreadable.length || ''} unreadable records`}{' '}
          and import the rest (they are listed after the import)
        </label>
      ) : null}
      {preview ? <Summary summary={preview} title="Preview (nothing saved yet)" /> : null}
      {done ? (
        <>
          <Summary summary={done} title="Imported" />
          <p>
            <Link href="/people" className="button">
              See your people
            </Link>
          </p>
          <PossibleDuplicates
            shown={done.people.created.flatMap((person) => (person.likelyDuplicate && person.id ? [person.id] : []))}
          />
        </>
      ) : null}
    </section>
  );
}

/** A percentage while the file goes up, then an indeterminate bar while the server reads and saves it. */
function Progress({ progress, rows }: { progress: ImportProgress; rows: number }) {
  const lines = rows.toLocaleString();
  if (progress.phase === 'processing') {
    return (
      <div role="status" className="import-progress">
        <progress aria-label="Processing the file" />
        <span className="small muted">Uploaded. Reading {lines} lines…</span>
      </div>
    );
  }
  const percent = progress.total > 0 ? Math.min(100, Math.floor((progress.loaded / progress.total) * 100)) : 0;
  return (
    <div role="status" className="import-progress">
      <progress aria-label="Uploading the file" value={percent} max={100} />
      <span className="small muted">
        Uploading {percent}% ({formatBytes(progress.loaded)} of {formatBytes(progress.total)})
      </span>
    </div>
  );
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function Summary({ summary, title }: { summary: ImportSummary; title: string }) {
  // A new preview or result takes the focus from the button that asked for it.
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (summary) requestAnimationFrame(() => headingRef.current?.focus());
  }, [summary]);
  return (
    <section className="import-summary" aria-label={title}>
      <h3 ref={headingRef} tabIndex={-1}>
        {title}
      </h3>
      <dl className="import-counts">
        <div>
          <dt>Created</dt>
          <dd>{summary.created}</dd>
        </div>
        <div>
          <dt>Updated</dt>
          <dd>{summary.updated}</dd>
        </div>
        <div>
          <dt>Skipped</dt>
          <dd>{summary.skipped}</dd>
        </div>
      </dl>
      <p className="small muted">
        {summary.records} records read from the {formatLabels[summary.format]}.
      </p>
      <ImportPeople summary={summary} />
      {summary.skippedRows.length > 0 ? (
        <details>
          <summary>
            Why {summary.skippedRows.length === 1 ? 'one row was' : `${summary.skippedRows.length} rows were`} skipped
          </summary>
          <ul className="plain-list small">
            {summary.skippedRows.slice(0, 200).map((row) => (
              <li key={`${row.line}-${row.reason}`}>
                Line {row.line}: {row.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

/** Likely duplicates in the whole network, besides those the import's list already offers to merge (`shown`). */
function PossibleDuplicates({ shown }: { shown: string[] }) {
  const duplicates = useDuplicates(true);
  const pairs = (duplicates.data?.items ?? []).filter(
    (pair) => !shown.includes(pair.a.id) && !shown.includes(pair.b.id),
  );
  if (pairs.length === 0) return null;
  return (
    <section aria-labelledby="duplicates-title">
      <h3 id="duplicates-title">Other possible duplicates</h3>
      <ul className="plain-list small">
        {pairs.map((pair) => (
          <li key={`${pair.a.id}-${pair.b.id}`}>
            <Link href={`/people/${pair.a.id}`}>{pair.a.displayName}</Link> and{' '}
            <Link href={`/people/${pair.b.id}`}>{pair.b.displayName}</Link>{' '}
            <span className="muted">({pair.evidence.join(', ')})</span>{' '}
            <Link
              href={`/people/merge?a=${pair.a.id}&b=${pair.b.id}`}
              className="button small"
              aria-label={`Merge ${pair.a.displayName} and ${pair.b.displayName}`}
            >
              Merge…
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ExportPanel() {
  return (
    <section className="panel" aria-labelledby="export-title">
      <h2 id="export-title">Export and back up</h2>
      <p className="muted small">Your people in formats other tools read, and everything you own as one JSON file.</p>
      <div className="actions">
        <a className="button" href="/api/v1/export/vcard" download>
          Download vCard
        </a>
        <a className="button" href="/api/v1/export/csv" download>
          Download CSV
        </a>
        <a className="button" href="/api/v1/export/google-csv" download>
          Download Google Contacts CSV
        </a>
        <a className="button" href="/api/v1/export/json" download>
          Download full backup (JSON)
        </a>
      </div>
    </section>
  );
}
